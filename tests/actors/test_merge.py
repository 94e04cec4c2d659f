"""Merge rules for name forms: suffixes, possessives and acronyms in parentheses (invented texts)."""

from __future__ import annotations

import pytest

from llmextract.actors.resolve import resolve_actors
from llmextract.core.answer import LLMExtraction


def _resolve(text: str, names: list[str]) -> dict[str, list[str]]:
    actors = [{"name": n} for n in names]
    extraction = LLMExtraction.model_validate({"actors": actors, "quotes": [], "stances": []})
    return {a.name: a.aliases for a in resolve_actors(text, extraction).actors}


def test_a_suffix_makes_another_person() -> None:
    text = "Otto Brandt Jr. spoke first. Otto Brandt spoke last. Otto Brandt Sr. did not speak."
    actors = _resolve(text, ["Otto Brandt Jr.", "Otto Brandt", "Otto Brandt Sr."])
    assert {"Otto Brandt Jr", "Otto Brandt", "Otto Brandt Sr"} <= {n.rstrip(".") for n in actors}, actors
    assert len(actors) == 3


def test_a_possessive_form_is_no_alias() -> None:
    text = "Nora Fenn spoke. Ms Fenn’s aides left, and Fenn's rivals stayed."
    actors = _resolve(text, ["Nora Fenn", "Ms Fenn’s", "Fenn's"])
    assert list(actors) == ["Nora Fenn"]
    assert not [a for a in actors["Nora Fenn"] if a.endswith(("'s", "’s"))], actors


def test_or_before_an_acronym_in_parentheses_spells_it_out() -> None:
    text = "The Council of Free Ports (or CFP) met. The CFP voted no."
    actors = _resolve(text, ["Council of Free Ports", "CFP"])
    assert actors == {"Council of Free Ports": ["CFP"]}


def _speakers_as_actors(text: str, speaker: str) -> list[str]:
    quote = {"text": "it will rain", "speaker": speaker}
    extraction = LLMExtraction.model_validate({"actors": [], "quotes": [quote], "stances": []})
    return [a.name for a in resolve_actors(text, extraction).actors]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Forecasters said it will rain. The forecasters were sure.", "Forecasters"),
        ("Some said it will rain on the fair.", "Some"),
        ("I'm sure it will rain, the farmer said.", "I'm"),
        ("We’re told it will rain, the farmer said.", "We’re"),
    ],
)
def test_a_speaker_that_is_a_common_word_makes_no_actor(text: str, speaker: str) -> None:
    assert _speakers_as_actors(text, speaker) == []


def test_a_one_word_speaker_the_text_never_writes_in_lower_case_stays() -> None:
    assert _speakers_as_actors("Halvorsen said it will rain over Port Ellery.", "Halvorsen") == ["Halvorsen"]
