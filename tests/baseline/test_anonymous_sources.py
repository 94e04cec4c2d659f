"""Unnamed sources described by what they know speak as the whole phrase."""

from __future__ import annotations

import pytest

from llmextract.baseline.anonymous_sources import anonymous_source
from llmextract.baseline.model import baseline_extract
from llmextract.baseline.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "The ferry will be sold, a person close to the board said.",
            "a person close to the board",
            "The ferry will be sold",
        ),
        (
            "Officials briefed on the audit said the books were sound.",
            "Officials briefed on the audit",
            "the books were sound",
        ),
        (
            "Two people with direct knowledge of the bid say the price was too low.",
            "Two people with direct knowledge of the bid",
            "the price was too low",
        ),
    ],
)
def test_the_source_is_the_whole_phrase(text: str, speaker: str, content: str) -> None:
    assert [(q.speaker, q.text) for q in baseline_extract(text, "en").quotes] == [(speaker, content)]


@pytest.mark.parametrize(
    "phrase",
    ["The mayor was close to tears", "Voters familiar, the council", "The plan close to the port"],
)
def test_no_source_without_a_speaking_head_before_the_modifier(phrase: str) -> None:
    toks = tokenize(phrase)
    assert anonymous_source(toks, len(toks) - 1, 0) is None
