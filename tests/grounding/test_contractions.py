"""Contractions respelled the article's way, and a quote copied with the other spelling found exactly."""

from __future__ import annotations

import pytest

from llmextract.grounding.aligner import Grounder
from llmextract.grounding.contractions import respelled


@pytest.mark.parametrize(
    ("snippet", "text", "expected"),
    [
        ("we do not close the pool", "she said we don't close the pool", "we don't close the pool"),
        ("they've won", "they have won, he said", "they have won"),
        ("i'm staying and it is final", "i am staying and it's final", "i am staying and it's final"),
        ("we cannot wait", "we can't wait", "we can't wait"),
    ],
)
def test_a_form_becomes_the_one_the_article_writes(snippet: str, text: str, expected: str) -> None:
    assert respelled(snippet, text) == expected


def test_a_form_the_article_writes_both_ways_or_not_at_all_stays() -> None:
    assert respelled("we do not stop", "we do not stop. we don't stop") == "we do not stop"
    assert respelled("we do not stop", "nothing of the kind") == "we do not stop"


@pytest.mark.parametrize(
    ("text", "snippet", "quote"),
    [
        (
            "“We won’t close the Harwick pool this summer,” said Mayor Ines Abadi.",
            "“We will not close the Harwick pool this summer,”",
            "“We won’t close the Harwick pool this summer,”",
        ),
        (
            "Coach Dorn said: “I am not going anywhere, and we are staying up.”",
            "“I’m not going anywhere, and we’re staying up.”",
            "“I am not going anywhere, and we are staying up.”",
        ),
    ],
)
def test_a_quote_copied_with_the_other_spelling_is_found_exactly(text: str, snippet: str, quote: str) -> None:
    found = Grounder(text).locate(snippet)
    assert found is not None and text[found.start : found.end] == quote


def test_an_invented_sentence_is_not_found_through_a_contraction() -> None:
    text = "“We don’t sell the harbour,” the council said."
    assert Grounder(text).locate("“We do not sell the airport to anyone who asks,”") is None
