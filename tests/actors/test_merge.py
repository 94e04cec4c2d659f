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


def test_every_pair_the_merge_rules_join_is_a_candidate() -> None:
    """The look-ups that pick which pairs to compare miss no pair the rules would join: spellings
    (Bashagha, Basaga), initials, acronyms and their spelled-out names, bare surnames."""
    from itertools import combinations

    from llmextract.actors.merge import _candidate_pairs, _same, seed_groups

    names = [
        ("Fathi Bashagha", "person"),
        ("Fethi Basaga", "person"),
        ("H. Akar", "person"),
        ("Hulusi Akar", "person"),
        ("Akar", "person"),
        ("Government of National Accord", "organization"),
        ("GNA", "organization"),
        ("Vera Lund", "person"),
        ("Dale Whitcombe", "person"),
        ("Whitcombe", "person"),
        ("National Oil Corporation", "organization"),
        ("NOC", "organization"),
    ]
    actors = [{"name": n, "type": t} for n, t in names]
    seeds = seed_groups(LLMExtraction.model_validate({"actors": actors, "quotes": [], "stances": []}))
    joined = {
        (i, j)
        for i, j in combinations(range(len(seeds)), 2)
        if _same(seeds[i], seeds[j], seeds[i].bare and seeds[j].bare)
    }
    assert joined == {(0, 1), (2, 3), (5, 6), (10, 11)}  # bare surnames join later, by rule 4
    assert joined <= set(_candidate_pairs(seeds))
    assert (7, 8) not in _candidate_pairs(seeds)  # Vera Lund and Dale Whitcombe are never compared
