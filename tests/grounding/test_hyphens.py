"""Hyphenation spelled the article's way, and a quote copied with other hyphenation found exactly."""

from __future__ import annotations

import pytest

from llmextract.grounding.aligner import Grounder
from llmextract.grounding.folding import normalise
from llmextract.grounding.hyphens import rehyphenated


def _norm(s: str) -> str:
    return normalise(s)[0]


@pytest.mark.parametrize(
    ("snippet", "text", "expected"),
    [
        ("a well known pianist", "a well-known pianist", "a well - known pianist"),
        ("a wellknown pianist", "a well-known pianist", "a well - known pianist"),
        ("the govern- ment fell", "the government fell", "the government fell"),
        ("sen. ada vorn (dvt)", "sen. ada vorn (d-vt)", "sen. ada vorn (d - vt)"),
    ],
)
def test_a_form_becomes_the_one_the_article_writes(snippet: str, text: str, expected: str) -> None:
    assert rehyphenated(_norm(snippet), _norm(text)) == expected


def test_a_form_the_article_does_not_write_stays() -> None:
    # the article writes the words apart too, or writes no such compound, or breaks the word itself
    assert rehyphenated("a well known pianist", _norm("a well-known pianist, well known")) == (
        "a well known pianist"
    )
    assert rehyphenated("a well known pianist", _norm("a pianist")) == "a well known pianist"
    assert rehyphenated(_norm("co-op"), _norm("the co-op and a coop")) == "co - op"


@pytest.mark.parametrize(
    ("text", "snippet", "quote"),
    [
        (
            "“The long-term plan for the Marrow quay is dead,” said Ines Abadi.",
            "“The long term plan for the Marrow quay is dead,”",
            "“The long-term plan for the Marrow quay is dead,”",
        ),
        (
            "Coach Dorn said the club would appoint a full-time groundsman by spring.",
            "the club would appoint a fulltime groundsman by spring",
            "the club would appoint a full-time groundsman by spring",
        ),
        (
            "Coach Dorn said the neighbourhood committee would meet again in the autumn.",
            "the neighbour-\nhood committee would meet again in the autumn",
            "the neighbourhood committee would meet again in the autumn",
        ),
    ],
)
def test_a_quote_copied_with_other_hyphenation_is_found_exactly(text: str, snippet: str, quote: str) -> None:
    found = Grounder(text).locate(snippet)
    assert found is not None
    assert text[found.start : found.end] == quote
    assert found.alignment == "normalized"
