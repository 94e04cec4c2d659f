"""A content ends where another attribution of the sentence begins."""

from __future__ import annotations

import pytest

from llmextract.baseline.content_ends import after_comma, content_end
from llmextract.baseline.model import baseline_extract
from llmextract.baseline.tokens import quote_mask, quote_spans, tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pereira said the bridge “will open in June,” adding that the tolls will be low.",
            [("the bridge “will open in June,”", "Pereira"), ("that the tolls will be low", "Pereira")],
        ),
        (
            "Pereira said the bridge will open in June, adding that the tolls will be low.",
            [("the bridge will open in June", "Pereira"), ("that the tolls will be low", "Pereira")],
        ),
    ],
)
def test_a_participle_after_a_quoted_comma_opens_a_second_content(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(q.text, q.speaker) for q in baseline_extract(text, "en").quotes] == expected


def test_a_content_without_another_cue_runs_to_the_sentence_end() -> None:
    text = "Pereira said the bridge, long delayed, will open in June."
    toks = tokenize(text)
    mask = quote_mask(toks, quote_spans(text))
    start = next(i for i, t in enumerate(toks) if t.word == "said") + 1
    assert content_end(toks, mask, start, len(toks)) == len(toks) - 1


def test_after_comma_reads_a_comma_inside_the_closing_quotation_mark() -> None:
    toks = tokenize("“It will open,” adding")
    assert after_comma(toks, len(toks) - 1, 0)
    assert not after_comma(tokenize("It will open adding"), 3, 0)
