"""A participial clause that opens its sentence: the main clause's subject is its speaker."""

from __future__ import annotations

import pytest

from llmextract.baseline.model import baseline_extract


def _first(text: str) -> tuple[str, str | None, str | None]:
    quotes = baseline_extract(text, "en").quotes
    assert quotes, text
    return quotes[0].text, quotes[0].speaker, quotes[0].cue


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Noting that the ferry ran late twice a week, Councillor Rosa Brandt called for an inquiry.",
            "that the ferry ran late twice a week",
            "Rosa Brandt",
        ),
        (
            "After arguing that the levy was unfair, she left the harbour board.",
            "that the levy was unfair",
            "she",
        ),
        (
            "In describing the new grain depot, the spokesman praised its builders.",
            "the new grain depot",
            "the spokesman",
        ),
        (
            "But while warning that rents would rise, Okafor kept his seat.",
            "that rents would rise",
            "Okafor",
        ),
    ],
)
def test_the_subject_after_the_participial_clause_speaks(text: str, content: str, speaker: str) -> None:
    assert _first(text)[:2] == (content, speaker)


@pytest.mark.parametrize(
    "text",
    [
        # the phrase after the comma is a list, not a subject and its verb
        "Citing Dover, Calais and Ostend, traders asked for more berths.",
        # the participle does not open the sentence: the normal rules read it
        "The mill was closed, saying nothing of the workers.",
    ],
)
def test_no_list_item_or_later_participle_becomes_a_fronted_speaker(text: str) -> None:
    quotes = baseline_extract(text, "en").quotes
    assert all(q.speaker not in ("Calais", "Ostend") for q in quotes)
    assert all(q.cue != "Citing" or q.speaker == "traders" for q in quotes)


def test_an_according_source_named_with_a_policy_word_is_a_source() -> None:
    text = "The canal will cost far more by 2030, according to the Water Policy Institute."
    assert _first(text) == (
        "The canal will cost far more by 2030",
        "the Water Policy Institute",
        "according to",
    )


def test_according_to_a_lower_case_law_is_no_source() -> None:
    assert baseline_extract("The ballots were counted according to state law.", "en").quotes == []


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Vasquez pointed out that the pier had no lights.", "that the pier had no lights", "pointed out"),
        ("Vasquez pointed to the empty warehouses as proof.", "the empty warehouses as proof", "pointed to"),
    ],
)
def test_pointed_out_and_pointed_to_are_cues(text: str, content: str, cue: str) -> None:
    assert _first(text) == (content, "Vasquez", cue)


def test_a_pointed_remark_is_no_cue() -> None:
    quotes = baseline_extract("The pointed remark drew laughter from the hall.", "en").quotes
    assert quotes == []
