"""The check every end-to-end test makes: what a result claims to have found is in the article."""

from __future__ import annotations

from llmextract import Extraction


def assert_grounded(result: Extraction, text: str) -> None:
    """Each quote is exactly ``text[start:end]``; each piece of stance evidence lies inside ``text``."""
    for quote in result.quotes:
        assert text[quote.start : quote.end] == quote.text
    for stance in result.stances:
        for span in stance.evidence:
            assert 0 <= span.start < span.end <= len(text)
