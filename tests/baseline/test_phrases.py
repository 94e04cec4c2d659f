"""The phrase rules at a cue: the listener between a cue and what was said is no part of it."""

from __future__ import annotations

import pytest

from llmextract.baseline.model import baseline_extract


def _contents(text: str) -> list[str]:
    return [q.text for q in baseline_extract(text).quotes]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mayor Ines Duarte told a packed hall that the farm would pay.", "that the farm would pay"),
        ("Rafe Okoro told the council the company would pay for it.", "the company would pay for it"),
        ("Lena Varga warned the board she would resign.", "she would resign"),
        ("Tom Esk told his own supporters that the race was close.", "that the race was close"),
        ("Ada Holm told reporters that the plan was dead.", "that the plan was dead"),
        ("Ada Holm told The Courier that she would run.", "that she would run"),
    ],
)
def test_a_listener_described_by_a_noun_phrase_is_left_out(text: str, content: str) -> None:
    assert _contents(text) == [content]


@pytest.mark.parametrize(
    "text",
    [
        "Ada Holm told the story of the strike to her grandchildren.",
        "Ada Holm told the man who hired her that he was wrong.",
        "Ada Holm told the crowd and the press that she would run.",
    ],
)
def test_words_after_the_cue_that_are_no_listener_phrase_stay_in_the_content(text: str) -> None:
    """A preposition, a relative pronoun or a conjunction ends the search: nothing is cut."""
    after_cue = text.split(" told ", 1)[1].rstrip(".")
    contents = _contents(text)
    assert contents and all(after_cue.startswith(c) for c in contents)
