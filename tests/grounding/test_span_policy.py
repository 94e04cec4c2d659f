"""The span policy: where a quotation's span begins and ends, whatever the model kept."""

from __future__ import annotations

import pytest

from llmextract.grounding import aligner as grounding
from llmextract.grounding.span_policy import canonical_span, sentence_span


def policy(text: str, inner: str) -> str:
    """The canonical span of the first occurrence of ``inner`` in ``text``."""
    start = text.index(inner)
    return text[slice(*canonical_span(text, start, start + len(inner)))]


def test_grounding_exports_the_same_function() -> None:
    assert grounding.canonical_span is canonical_span


def test_keeps_an_abbreviation_full_stop() -> None:
    text = "Officials said the talks would move to the U.S. Then they left."
    start = text.index("the talks")
    end = text.index(" Then")
    assert text[slice(*canonical_span(text, start, end))] == "the talks would move to the U.S."


@pytest.mark.parametrize(
    ("text", "inner", "expected"),
    [
        # reported speech stops before the sentence's own punctuation and any whitespace
        ("He said the plan will fail. Then he left.", " the plan will fail. ", "the plan will fail"),
        # enclosing marks belong to the quotation, with the punctuation inside the closing one
        ("“We will win,” he said.", "We will win", "“We will win,”"),
        ("“We will win,” he said.", "“We will win,”", "“We will win,”"),
        # a mark opened inside the span but closed after it pulls in the closing mark
        (
            "They fought for the cause of “reform.” Then they lost.",
            "the cause of “reform",
            "the cause of “reform.”",
        ),
        # an apostrophe inside a word is no quotation mark
        (
            "The drivers' pay would rise, the firm said.",
            "The drivers' pay would rise",
            "The drivers' pay would rise",
        ),
        # a state's abbreviation keeps its full stop
        (
            "The plant will move to Fresno, Calif. Workers were told.",
            "move to Fresno, Calif",
            "move to Fresno, Calif.",
        ),
    ],
)
def test_edges(text: str, inner: str, expected: str) -> None:
    assert policy(text, inner) == expected


def test_nothing_but_marks_and_punctuation_gives_an_empty_span() -> None:
    text = "He said: “…” and left."
    start = text.index("“")
    start2, end2 = canonical_span(text, start, start + 3)
    assert start2 == end2


@pytest.mark.parametrize(
    ("words", "sentence"),
    [
        ("the plan will fail", "He said the plan will fail."),
        ("We oppose", "Then “We oppose the U.S. plan,” she said!"),
        ("Lund spoke", "Mr. Lund spoke."),
        (
            "said the plan will fail. Then",
            "He said the plan will fail. Then “We oppose the U.S. plan,” she said!",
        ),
        ("No end", "No end"),
        ("second line", "A second line?"),
    ],
)
def test_sentence_span_is_the_whole_sentence_with_its_end(words: str, sentence: str) -> None:
    text = (
        "Mr. Lund spoke. He said the plan will fail. Then “We oppose the U.S. plan,” she said!"
        "\nA second line? No end"
    )
    start = text.index(words)
    got = sentence_span(text, start, start + len(words))
    assert text[got[0] : got[1]] == sentence
