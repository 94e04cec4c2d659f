"""A result as a gold line: speakers by actor name, cues found in the text where results omit them."""

from __future__ import annotations

import pytest
from review_sample import TEXT, sample_extraction

from llmextract.export.gold_lines import CUE_WINDOW, extraction_to_gold, locate_cue
from llmextract.schema import Quote


def quote_at(text: str, part: str, cue: str | None) -> Quote:
    start = text.index(part)
    return Quote(id="q1", text=part, start=start, end=start + len(part), kind="indirect", cue=cue,
                 alignment="exact")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "part", "cue", "expected"),
    [
        ("He said the plan works, and she said so too.", "the plan works", "said", 3),  # nearest, before
        ("The plan works, said Ana. Bo said no.", "The plan works", "said", 16),  # nearest, after
        ("The plan, she said, works", "The plan, she said, works", "said", 14),  # a quote cut by its cue
        ("The plan works.", "The plan works", "told", None),  # words not in the text
        ("The plan works, said Ana.", "The plan works", None, None),
        ("said " + "x" * CUE_WINDOW + " the plan works", "the plan works", "said", None),  # too far
    ],
)
def test_cue_words_are_placed_nearest_the_quote(
    text: str, part: str, cue: str | None, expected: int | None
) -> None:
    span = locate_cue(text, quote_at(text, part, cue))
    assert (span[0] if span else None) == expected
    if span:
        assert text[span[0] : span[1]] == cue


def test_gold_line_names_speakers_and_stances_by_their_actors() -> None:
    gold = extraction_to_gold(sample_extraction())
    assert gold.tasks == ["quotes", "actors", "stances"] and gold.text == TEXT
    assert [q.speaker for q in gold.quotes] == ["Ilse Brandt", "Ilse Brandt", "Tomas Vik", None]
    assert [(s.holder, s.target) for s in gold.stances] == [
        ("Harbour Guild", "the ferry plan"),
        ("Ilse Brandt", "Harbour Guild"),
    ]
    assert all(TEXT[q.start : q.end] == q.text for q in gold.quotes)


def test_a_result_without_its_text_cannot_be_gold() -> None:
    ex = sample_extraction()
    ex.article.text = None
    with pytest.raises(ValueError, match="no article text"):
        extraction_to_gold(ex)
