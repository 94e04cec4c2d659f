"""A quotation the model marked whole but copied a word short reaches the article's own marks."""

from __future__ import annotations

import pytest

from llmextract.grounding.aligner import Grounder

TEXT = (
    "Asked about the quay, Ines Abadi said: “Frankly, the old harbour wall will not last the winter.”"
    " Then she left."
)
QUOTE = "“Frankly, the old harbour wall will not last the winter.”"


@pytest.mark.parametrize(
    "snippet",
    [
        "“the old harbour wall will not last the winter.”",  # the first word left out, marks kept
        "“Frankly, the old harbour wall will not last the”",  # the last word left out
        "“Frankly, the old harbour wall will not last”",  # two
    ],
)
def test_the_span_reaches_the_marks_the_model_kept(snippet: str) -> None:
    found = Grounder(TEXT).locate(snippet)
    assert found is not None
    assert TEXT[found.start : found.end] == QUOTE


@pytest.mark.parametrize(
    ("text", "snippet", "quote"),
    [
        # unmarked words, marked by the model: no mark of the article's to reach
        (
            "Ines Abadi said the old harbour wall will not last the winter, and left.",
            "“the old harbour wall will not last the winter”",
            "the old harbour wall will not last the winter",
        ),
        # a mark three words away is another quotation's
        (
            "She called it “a relic” and said the old harbour wall will not last the winter.",
            "“said the old harbour wall will not last the winter”",
            "said the old harbour wall will not last the winter",
        ),
        # the article's quotation does not close where the span does: the model's marks are its own
        (
            "“Frankly, the old harbour wall will not last the winter and we know it,” she said.",
            "“the old harbour wall will not last the winter”",
            "the old harbour wall will not last the winter",
        ),
    ],
)
def test_no_mark_of_the_article_no_widening(text: str, snippet: str, quote: str) -> None:
    found = Grounder(text).locate(snippet)
    assert found is not None
    assert text[found.start : found.end] == quote
