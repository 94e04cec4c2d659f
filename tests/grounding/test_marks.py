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


@pytest.mark.parametrize(
    ("text", "snippet", "quote"),
    [
        # a bracketed insertion among the words left out
        (
            "Abadi said: “We could not work [with the harbour board],” and left.",
            "“We could not work [with the”",
            "“We could not work [with the harbour board],”",
        ),
        # single marks with an apostrophe inside
        (
            "The headline read ‘I’m the Worst Thing That Happened to the Harbour.’ Nobody laughed.",
            "‘I’m the Worst Thing That Happened to the’",
            "‘I’m the Worst Thing That Happened to the Harbour.’",
        ),
        # a short first sentence of the quotation left out
        (
            "Abadi said: “Yes. For fifteen years I have watched the harbour wall crumble.” Then she left.",
            "“For fifteen years I have watched the harbour wall crumble.”",
            "“Yes. For fifteen years I have watched the harbour wall crumble.”",
        ),
    ],
)
def test_the_words_left_out_may_hold_brackets_apostrophes_and_a_sentence_end(
    text: str, snippet: str, quote: str
) -> None:
    found = Grounder(text).locate(snippet)
    assert found is not None
    assert text[found.start : found.end] == quote
