"""Organisations named in another form than the model's: kept by what a reader accepts, no more."""

from __future__ import annotations

import pytest

from llmextract.actors.forms import find_forms
from llmextract.article import Article
from llmextract.assembly.assemble import assemble
from llmextract.core.answer import LLMExtraction
from llmextract.schema import Provenance


def mentions(name: str, text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.kind) for f in find_forms(name, text)]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        (
            "Labour Party",
            "Labour won the seat. Labour voters cheered.",
            [("Labour", "form"), ("Labour", "form")],
        ),
        ("Conservative Party", "Two Conservatives rebelled.", [("Conservatives", "form")]),
        ("Democratic Party", "Senate Democrats walked out.", [("Democrats", "form")]),
        ("Ministry of Defence", "The Defence Ministry declined to comment.", [("Defence Ministry", "form")]),
        (
            "United States Department of State",
            "A State Department official said so.",
            [("State Department", "form")],
        ),
        (
            "United States House of Representatives",
            "The House of Representatives voted.",
            [("House of Representatives", "form")],
        ),
        ("United States Senate", "The bill now goes to the Senate.", [("Senate", "form")]),
        ("National Rifle Association", "The NRA said it would sue.", [("NRA", "acronym")]),
        ("United States Department of Justice", "DOJ lawyers filed the motion.", [("DOJ", "acronym")]),
    ],
)
def test_forms_a_reader_accepts(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(name, text) == expected


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Green Party", "Labour and the Conservatives split the vote."),  # invented: not written at all
        ("Kestrian Justice Department", "The Justice Department said it would appeal."),  # a word missing
        ("Federal Water Board", "The Water Authority raised its prices."),  # another head: another body
        ("Ministry of Defence", "Defence spending rose."),  # a distinctive word alone is no mention
        ("United States House of Representatives", "The House voted."),  # too short to be sure
        ("Democratic Party", "the democratic vote was close"),  # lower case: an adjective, not the party
        ("National Rifle Association", "Nra said nothing."),  # an acronym is written in capitals
    ],
)
def test_no_form_no_mention(name: str, text: str) -> None:
    assert mentions(name, text) == []


def test_a_form_inside_another_actors_mention_is_not_taken() -> None:
    text = "The Justice Department Employees Union met."
    union = (0, len("The Justice Department Employees Union"))
    assert find_forms("United States Department of Justice", text, [union]) == []


TEXT = (
    "Republicans in the Senate blocked the relief bill on Tuesday. The Justice Department said it would "
    "review the vote. Senator Ola Brenn said Democrats would bring the bill back next month."
)


def test_canonical_names_keep_their_actors_and_stances_and_invented_ones_go() -> None:
    answer = LLMExtraction.model_validate(
        {
            "actors": [
                {"name": "Republican Party", "type": "organization"},
                {"name": "United States Department of Justice", "type": "organization"},
                {"name": "United States Senate", "type": "organization"},
                {"name": "Democratic Party", "type": "organization"},
                {"name": "Ola Brenn"},
                {"name": "Maria Brenn"},
                {"name": "Green Party", "type": "organization"},
            ],
            "stances": [
                {
                    "holder": "Republican Party",
                    "target": "relief bill",
                    "polarity": "oppose",
                    "evidence": "Republicans in the Senate blocked the relief bill on Tuesday.",
                },
                {
                    "holder": "Green Party",
                    "target": "relief bill",
                    "polarity": "support",
                    "evidence": "Senator Ola Brenn said Democrats would bring the bill back next month.",
                },
            ],
        }
    )
    result = assemble(Article(text=TEXT, id="t"), answer, Provenance(model="t", toolkit_version="0"))
    by_name = {a.name: a for a in result.actors}
    assert set(by_name) == {
        "Republican Party",
        "United States Department of Justice",
        "United States Senate",
        "Democratic Party",
        "Ola Brenn",
    }, "true names kept under the model's name; the invented person and party dropped"
    justice = by_name["United States Department of Justice"]
    assert [TEXT[m.start : m.end] for m in justice.mentions] == ["Justice Department"]
    [stance] = result.stances
    assert stance.holder_id == by_name["Republican Party"].id


def state_mentions(name: str, text: str) -> list[tuple[str, str]]:
    return [(text[f.start : f.end], f.kind) for f in find_forms(name, text, state=True)]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("United Nations", "The U.N. voted on Monday.", [("U.N.", "acronym")]),
        ("European Union", "The EU agreed to the plan.", [("EU", "acronym")]),
        ("Sozialdemokratische Partei Deutschlands", "Die SPD lehnte den Entwurf ab.", [("SPD", "acronym")]),
        ("Partido Socialista Obrero Español", "El PSOE votó en contra.", [("PSOE", "acronym")]),
    ],
)
def test_short_and_dotted_initials_after_any_article(
    name: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert mentions(name, text) == expected


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Russian Federation", "Russia vetoed the text.", [("Russia", "form")]),
        ("Syrian Arab Republic", "Syria did not attend.", [("Syria", "form")]),
        ("Islamic Republic of Iran", "Iran rejected the offer.", [("Iran", "form")]),
        ("Federal Republic of Germany", "Germany abstained.", [("Germany", "form")]),
        ("People's Republic of China", "China abstained.", [("China", "form")]),
        ("United States of America", "The U.S. abstained.", [("U.S.", "acronym")]),
        ("Republic of Korea", "South Korea and Japan signed.", [("South Korea", "form")]),
    ],
)
def test_a_states_official_name_is_named_by_its_short_name(
    name: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert state_mentions(name, text) == expected


@pytest.mark.parametrize(
    ("name", "text", "state"),
    [
        ("Austrian Republic", "Australia signed the deal.", True),  # another country's adjective
        ("Russian Orthodox Church", "Russia vetoed the text.", False),  # an organisation is not its country
        ("Republic of Moldova", "Romania signed the deal.", True),
        ("Kestrian Federation", "The Federation Council met.", True),  # only the generic word
        ("United Nations Security Council", "The UN voted.", False),  # the council's initials are UNSC
    ],
)
def test_no_states_form_no_mention(name: str, text: str, state: bool) -> None:
    assert [(text[f.start : f.end]) for f in find_forms(name, text, state=state)] == []
