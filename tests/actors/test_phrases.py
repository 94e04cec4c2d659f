"""Bodies named for a person and ministries in lower case: kept by what a reader accepts, no more."""

from __future__ import annotations

import pytest

from llmextract.actors.forms import find_forms
from llmextract.actors.phrases import lower_case_mentions, person_body_mentions, phrase_mentions
from llmextract.actors.resolve import resolve_actors
from llmextract.core.answer import LLMExtraction


def forms(name: str, text: str, states: tuple[str, ...] = ()) -> list[str]:
    return [text[f.start : f.end] for f in find_forms(name, text, states=states)]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "Anna Halvorsen presidential campaign",
            "Anna Halvorsen spoke in Tromsø. The Halvorsen campaign said turnout was high.",
            ["Halvorsen campaign"],
        ),
        (
            "Anna Halvorsen 2028 presidential campaign",
            "Anna Halvorsen's rivals scoffed. Halvorsen's campaign did not reply.",
            ["Halvorsen's campaign"],
        ),
        (
            "Tomas Lindqvist administration",
            "Tomas J. Lindqvist took office in May. The Lindqvist administration denied it.",
            ["Lindqvist administration"],
        ),
        (
            "Ministry of Defence of Ostland",
            "Ostland sent troops. Ostland's defence ministry said the drill was planned.",
            ["defence ministry"],
        ),
        (
            "Ostland Ministry of Foreign Affairs",
            "In Ostland, the foreign ministry summoned the envoy.",
            ["foreign ministry"],
        ),
        (
            "United States Department of Justice",
            "Officials at the justice department declined to comment.",
            ["justice department"],
        ),
        ("Harbour News Network", "Harbour News reported the vote first.", ["Harbour News"]),
    ],
)
def test_a_true_canonical_name_is_mentioned(name: str, text: str, expected: list[str]) -> None:
    states = ("Ostland",) if "Ostland" in name else ()
    assert forms(name, text, states) == expected


@pytest.mark.parametrize(
    ("name", "text"),
    [
        # a first name the article never gives the surname: an invented "Maria Halvorsen"
        ("Maria Halvorsen presidential campaign", "Anna Halvorsen spoke. The Halvorsen campaign said no."),
        # no first name anywhere: the model's is a guess
        ("Erik Moen presidential campaign", "Moen rallied. The Moen campaign said no."),
        # first name and surname apart, not a name: "Anna and Moen"
        ("Anna Moen presidential campaign", "Anna and Moen met. The Moen campaign said no."),
        # "the ministry" of another field, or with no field at all
        ("Ministry of Fisheries of Ostland", "In Ostland, the agriculture ministry said the quota stands."),
        ("Ministry of Fisheries of Ostland", "In Ostland, the ministry said the quota stands."),
        # another country's ministry, or a country the article never names
        ("Ministry of Defence of Ostland", "Kestria's defence ministry said the drill was planned."),
        ("Ministry of Defence of Ostland", "The defence ministry said the drill was planned."),
        ("Glassworks News Network", "Harbour News reported the vote first."),
    ],
)
def test_an_invented_canonical_name_is_not_mentioned(name: str, text: str) -> None:
    states = ("Ostland", "Kestria") if "Ostland" in name else ()
    assert forms(name, text, states) == []


def test_a_campaign_holds_its_candidates_mention() -> None:
    """The person and the body named for them are both kept, the body's mention around the person's."""
    text = "Anna Halvorsen spoke. The Halvorsen campaign said turnout was high."
    answer = LLMExtraction.model_validate(
        {
            "actors": [
                {"name": "Anna Halvorsen", "type": "person"},
                {"name": "Anna Halvorsen presidential campaign", "type": "organization"},
            ]
        }
    )
    actors = resolve_actors(text, answer).actors
    campaign = next(a for a in actors if a.type == "organization")
    assert [text[m.start : m.end] for m in campaign.mentions] == ["Halvorsen campaign"]
    assert len(actors) == 2


def test_person_body_mentions_needs_a_person_head() -> None:
    text = "Anna Halvorsen spoke. The Halvorsen foundation said no."
    assert list(person_body_mentions(["anna", "halvorsen", "foundation"], "foundation", text)) == []


def test_lower_case_mentions_keeps_the_opener_for_the_caller() -> None:
    text = "Kestria's defence ministry said so."
    assert list(lower_case_mentions(["defence"], "ministry", text)) == [("Kestria", 10, 26)]


def test_phrase_mentions_stay_outside_other_actors_mentions() -> None:
    text = "the justice department said so."
    words = ["united", "states", "department", "of", "justice"]
    assert list(phrase_mentions(words, ["justice"], "department", frozenset(), text, [])) == [(4, 22)]
    assert list(phrase_mentions(words, ["justice"], "department", frozenset(), text, [(4, 11)])) == []


def _kept(text: str, *actors: tuple[str, str]) -> list[tuple[str, list[str]]]:
    answer = LLMExtraction.model_validate({"actors": [{"name": n, "type": t} for n, t in actors]})
    return [
        (a.name, [text[m.start : m.end] for m in a.mentions]) for a in resolve_actors(text, answer).actors
    ]


def test_a_government_is_named_around_its_states_mention() -> None:
    text = "Ostland's government said the talks would go on."
    kept = _kept(text, ("Ostland", "state"), ("Government of Ostland", "organization"))
    assert ("Government of Ostland", ["Ostland's government"]) in kept


def test_another_states_government_is_not_named() -> None:
    text = "Ostland's government said the talks would go on."
    kept = _kept(text, ("Ostland", "state"), ("Kestria", "state"), ("Government of Kestria", "organization"))
    assert [name for name, _ in kept] == ["Ostland"]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Social Democratic Party", "The Social Democrats walked out.", ["Social Democrats"]),
        ("Free Democratic Party", "Two Free Democrats abstained.", ["Free Democrats"]),
        (
            "Ministry of Health of Ostland",
            "In Ostland, the health ministry's spokesman spoke.",
            ["health ministry"],
        ),
        ("Federal Reserve System", "The Federal Reserve held rates.", ["Federal Reserve"]),
    ],
)
def test_members_possessives_and_short_names(name: str, text: str, expected: list[str]) -> None:
    assert forms(name, text, ("Ostland",)) == expected


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Free Democratic Party", "The Social Democrats walked out."),
        ("Social Democratic Party", "The Democrats walked out."),  # "Social" is not written
        ("Ministry of Health of Ostland", "In Ostland, the ministry's spokesman spoke."),
    ],
)
def test_members_and_possessives_need_every_word(name: str, text: str) -> None:
    assert forms(name, text, ("Ostland",)) == []


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "Constitutional Court of Ostland",
            "In Ostland, the constitutional court ruled.",
            ["constitutional court"],
        ),
        ("Parliament of Ostland", "Ostland's parliament voted.", ["Ostland's parliament"]),
        ("Ostland Army", "The Ostlandic army said so.", ["Ostlandic army"]),
        ("Ministry of Defense of Ostland", "Ostland's defence ministry said so.", ["defence ministry"]),
        ("Ministry of Defence", "The Defense Ministry said so.", ["Defense Ministry"]),
    ],
)
def test_national_bodies_in_lower_case_and_either_spelling(name: str, text: str, expected: list[str]) -> None:
    assert forms(name, text, ("Ostland",)) == expected


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Parliament of Ostland", "Kestria's parliament voted."),  # another country's
        ("Parliament of Ostland", "The parliament voted."),  # no country at all
        ("Constitutional Court of Ostland", "In Ostland, the supreme court ruled."),
        ("Ministry of Offence of Ostland", "In Ostland, the defence ministry said so."),
    ],
)
def test_national_bodies_need_their_country_and_words(name: str, text: str) -> None:
    assert forms(name, text, ("Ostland", "Kestria")) == []


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("President of Ostland", "Ostland's president said so.", ["Ostland's president"]),
        ("Ostlandic Prime Minister", "The Ostlandic prime minister said so.", ["Ostlandic prime minister"]),
        (
            "Foreign Minister of Ostland",
            "The foreign minister of Ostland said so.",
            ["foreign minister of Ostland"],
        ),
        ("Ostland Defense Minister", "Ostland's defence minister said so.", ["Ostland's defence minister"]),
        # invented: another country, another role, a role the text does not write whole
        ("President of Kestria", "Ostland's president said so.", []),
        ("Vice President of Ostland", "Ostland's president said so.", []),
        ("Foreign Minister of Ostland", "Ostland's defence minister said so.", []),
        ("President of Ostland", "The president said so.", []),
        ("Anna Halvorsen", "Ostland's president said so.", []),
    ],
)
def test_a_person_named_by_a_national_role(name: str, text: str, expected: list[str]) -> None:
    kept = _kept(text, ("Ostland", "state"), ("Kestria", "state"), (name, "person"))
    assert [m for n, ms in kept if n != "Ostland" for m in ms] == expected
