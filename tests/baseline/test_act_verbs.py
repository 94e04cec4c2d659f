"""Verbs of doing make quotes only when they act on something that holds words."""

from __future__ import annotations

import pytest

from llmextract import extract


def _quotes(text: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.cue, q.text) for q in extract(text, model="baseline").quotes]


@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Authority signed maritime agreements with Ostland last month.",
        "The club gave its new striker a five-year contract on Friday.",
        "The mayor named her deputy as the head of the transport board.",
        "Ostland's navy released two fishing boats it had held since June.",
        "The union voted 41-3 in favour of the new rota.",
        "The campaign raised $4 million in the first quarter.",
    ],
)
def test_an_act_on_things_makes_no_quote(text: str) -> None:
    assert _quotes(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The ministry released a statement saying the talks had failed.", "released"),
        ("The governor signed an order that bans the sale of fireworks.", "signed"),
        ("The judge ordered that the files be made public.", "ordered"),
        ("Ms Varga pushed back on the claim that the fund was empty.", "pushed"),
        ("The coach gave an interview in which he blamed the referee.", "gave"),
    ],
)
def test_an_act_on_words_still_reports_them(text: str, cue: str) -> None:
    assert [c for _, c, _ in _quotes(text)] == [cue]


def test_a_speech_verb_beside_an_act_keeps_its_quote() -> None:
    text = "The council signed the lease, and the mayor said the deal would save the library."
    assert _quotes(text) == [("the mayor", "said", "the deal would save the library")]
