"""Cue words in the description of a later cue's speaker attribute nothing of their own."""

from __future__ import annotations

import pytest

from llmextract.baseline.model import baseline_extract
from llmextract.baseline.relative_cues import in_speaker_clause
from llmextract.baseline.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Ines Brandt, a chemist who advised the water board for years, said the wells are safe.",
            "Ines Brandt",
            "the wells are safe",
        ),
        (
            "Tomas Ek, who has promised a new bridge, also said the tolls will stay.",
            "Tomas Ek",
            "the tolls will stay",
        ),
        (
            "Ana Ruiz, an engineer who warned of floods in 2019, told reporters the wall held.",
            "Ana Ruiz",
            "the wall held",
        ),
    ],
)
def test_the_outer_cue_carries_the_sentence(text: str, speaker: str, content: str) -> None:
    quotes = baseline_extract(text, "en").quotes
    assert [(q.text, q.speaker) for q in quotes] == [(content, speaker)]


def test_a_relative_clause_without_a_later_cue_keeps_its_cue() -> None:
    toks = tokenize("Ines Brandt, a chemist who warned of floods, lives in Ghent.")
    k = next(i for i, t in enumerate(toks) if t.word == "warned")
    assert not in_speaker_clause(toks, k, 0, len(toks))


def test_a_cue_in_the_main_clause_is_no_description() -> None:
    toks = tokenize("The board warned that the wells are low, the mayor said.")
    k = next(i for i, t in enumerate(toks) if t.word == "warned")
    assert not in_speaker_clause(toks, k, 0, len(toks))


def test_a_participle_in_the_speakers_description_attributes_nothing() -> None:
    quotes = baseline_extract(
        "Vidal, citing figures from the port authority, said the quay is too short.", "en"
    ).quotes
    assert [(q.text, q.speaker) for q in quotes] == [("the quay is too short", "Vidal")]
