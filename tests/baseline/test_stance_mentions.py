"""Where an answer's actors are named, as the stance rules see it."""

from __future__ import annotations

import pytest

from llmextract.baseline.languages import STANCE_WORDS
from llmextract.baseline.stance_mentions import MentionReader
from llmextract.core.answer import LLMActor, LLMQuote
from tests.baseline.test_stance_rules import Triple, _triples

ACTORS = [
    LLMActor(name="United Arab Emirates", type="state"),
    LLMActor(name="United Nations", type="organization"),
    LLMActor(name="Ann Lee", aliases=["Ms Lee"]),
    LLMActor(name="Mexico", type="state"),
    LLMActor(name="Tom Berg’s"),
]


def _names(text: str) -> list[tuple[str, str]]:
    reader = MentionReader(text, ACTORS, [], STANCE_WORDS["en"])
    return [(text[m.start : m.end], m.name) for m in reader.mentions]


def test_the_longest_form_wins_and_a_surname_names_its_person() -> None:
    text = "The United Arab Emirates and the United Nations met Lee."
    assert _names(text) == [
        ("United Arab Emirates", "United Arab Emirates"),
        ("United Nations", "United Nations"),
        ("Lee", "Ann Lee"),
    ]


def test_names_inside_other_words_are_not_mentions() -> None:
    assert _names("The US-Mexico border and Mexicans.") == []


def test_a_possessive_name_is_found_without_its_s() -> None:
    assert _names("Berg’s team and Tom Berg spoke.") == [("Berg", "Tom Berg’s"), ("Tom Berg", "Tom Berg’s")]


def test_a_pronoun_speaker_is_the_person_named_last_outside_quotes() -> None:
    text = 'Ann Lee arrived. "The United Nations must act," she said.'
    quote = LLMQuote(text='"The United Nations must act,"', speaker="she")
    reader = MentionReader(text, ACTORS, [quote], STANCE_WORDS["en"])
    assert reader.quote_at(text.index("must")) == "Ann Lee"
    assert reader.quote_at(text.index("arrived")) is None


def test_a_sentence_that_supposes_or_asks_is_hypothetical() -> None:
    text = "If Ann Lee backs Mexico, fine. Ann Lee backs Mexico. Does Ann Lee back Mexico?"
    reader = MentionReader(text, ACTORS, [], STANCE_WORDS["en"])
    starts = [m.start for m in reader.mentions if m.name == "Ann Lee"]
    lo = [reader.sentence(at)[0] for at in starts]
    assert [reader.hypothetical(a, b) for a, b in zip(lo, starts, strict=True)] == [True, False, True]


# subjects joined by 'and' (joined_before) share the stance of their verb
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee and Vera Lund praised Tom Berg.",
            {("Ann Lee", "support", "Tom Berg"), ("Vera Lund", "support", "Tom Berg")},
        ),
        (
            "Ruritania, Borduria and Ann Lee condemned Tom Berg.",
            {
                ("Ruritania", "oppose", "Tom Berg"),
                ("Borduria", "oppose", "Tom Berg"),
                ("Ann Lee", "oppose", "Tom Berg"),
            },
        ),
        ("In Ruritania, Ann Lee praised Tom Berg.", {("Ann Lee", "support", "Tom Berg")}),  # a place
        ("Ann Lee's aide and Vera Lund praised Tom Berg.", {("Vera Lund", "support", "Tom Berg")}),
        # Ann Lee is the object of "met", not a subject of "praised"
        ("Tom Berg met Ann Lee and Vera Lund praised Pedro Ruiz.", {("Vera Lund", "support", "Pedro Ruiz")}),
    ],
)
def test_subjects_joined_by_and_share_the_stance(text: str, expected: set[Triple]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Ägypten und Russland unterstützen Anna Keller.",
            "de",
            {("Ägypten", "support", "Anna Keller"), ("Russland", "support", "Anna Keller")},
        ),
        (
            "Égypte et Marie Dubois soutiennent Paul Martin.",
            "fr",
            {("Égypte", "support", "Paul Martin"), ("Marie Dubois", "support", "Paul Martin")},
        ),
        (
            "Egipto y Pedro Ruiz apoyan a Lucía Gómez.",
            "es",
            {("Egipto", "support", "Lucía Gómez"), ("Pedro Ruiz", "support", "Lucía Gómez")},
        ),
    ],
)
def test_joined_subjects_in_each_language(text: str, lang: str, expected: set[Triple]) -> None:
    assert _triples(text, lang) == expected
