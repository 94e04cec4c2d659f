"""What a sentence says is expected, with no one named who expects it."""

from __future__ import annotations

import pytest

from llmextract.baseline.expectations import expected_span
from llmextract.baseline.model import baseline_extract
from llmextract.baseline.tokens import quote_mask, quote_spans, tokenize


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The council is expected to approve the budget on Monday.",
            "The council is expected to approve the budget on Monday",
        ),
        ("But the ferry is widely expected to stop in May.", "the ferry is widely expected to stop in May"),
        (
            "Ana Ruiz will visit Tarsa, where she is expected to open a clinic.",
            "she is expected to open a clinic",
        ),
        (
            "The regatta, which is expected to draw big crowds, starts on Friday.",
            "which is expected to draw big crowds",
        ),
    ],
)
def test_an_expectation_is_a_quote_without_a_speaker(text: str, content: str) -> None:
    quotes = baseline_extract(text, "en").quotes
    assert [(q.text, q.speaker, q.cue) for q in quotes] == [(content, None, "expected")]


@pytest.mark.parametrize(
    "text",
    [
        "The result was expected.",
        "The mayor expected the storm.",
        "She said “the ferry is expected to stop” in May.",
    ],
)
def test_no_expectation_without_is_expected_to_outside_quotation_marks(text: str) -> None:
    toks = tokenize(text)
    assert expected_span(toks, quote_mask(toks, quote_spans(text)), 0, len(toks)) is None
