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
        # a chamber named for its members is named by its head, as the Senate is
        ("United States House of Representatives", "The House voted.", [("House", "form")]),
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
        ("House of Commons", "The House voted."),  # a distinctive word ("Commons") missing
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


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # a seat or short name news uses for the institution (actors.known_forms)
        ("Department of Defense", "Pentagon officials briefed reporters.", [("Pentagon", "form")]),
        ("Bank of England", "Threadneedle Street kept rates on hold.", [("Threadneedle Street", "form")]),
        ("Scottish Parliament", "Holyrood passed the bill.", [("Holyrood", "form")]),
        ("Casa Real", "La Zarzuela guardó silencio.", [("Zarzuela", "form")]),
        ("Liberal Democrats", "A Lib Dem peer resigned.", [("Lib Dem", "form")]),
        # a national qualifier in any language left out
        ("Ukrainian Verkhovna Rada", "The Verkhovna Rada met in Kyiv.", [("Verkhovna Rada", "form")]),
        (
            "Italienische Abgeordnetenkammer",
            "Die Abgeordnetenkammer stimmte zu.",
            [("Abgeordnetenkammer", "form")],
        ),
        (
            "Conseil constitutionnel français",
            "Le Conseil constitutionnel a tranché.",
            [("Conseil constitutionnel", "form")],
        ),
        # only a head left: the article names the country
        ("Mexican Senate", "Mexico's Senate approved the treaty.", [("Mexico's Senate", "form")]),
        ("Senado de Chile", "En Chile, el Senado aprobó la reforma.", [("Senado", "form")]),
        # a chamber named for its members, by its head
        ("Chamber of Deputies", "The Chamber voted late on Friday.", [("Chamber", "form")]),
        # a party by its members, French and Spanish after an article, German plural
        ("Parti communiste", "Les communistes ont quitté la salle.", [("communistes", "form")]),
        ("Partido Socialista", "Los socialistas votaron en contra.", [("socialistas", "form")]),
        ("Christlich-Soziale Partei", "Die Christlich-Sozialen lehnten ab.", []),  # no rule for this one
        # a state's government by the state
        ("Canadian government", "Canada said it would not extradite him.", [("Canada", "form")]),
        ("Gouvernement italien", "L'Italie a refusé de signer.", [("Italie", "form")]),
        # two names joined in one capitalised run
        ("United States Senate", "The House and Senate met.", [("Senate", "form")]),
        (
            "United States Department of Labor",
            "On Friday the Labor Department said so.",
            [("Labor Department", "form")],
        ),
        # a party's caucus in a chamber by its members there
        ("House Democratic Caucus", "House Democrats walked out.", [("House Democrats", "form")]),
        ("Senate Republican Conference", "Senate Republicans met.", [("Senate Republicans", "form")]),
        ("Ministry of Foreign Affairs", "The Foreign Ministry said no.", [("Foreign Ministry", "form")]),
        # an acronym leading a longer run
        ("Federal Aviation Administration", "An FAA Safety Team report found faults.", [("FAA", "acronym")]),
    ],
)
def test_forms_in_four_languages(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(name, text) == expected


@pytest.mark.parametrize(
    ("name", "state", "text", "expected"),
    [
        ("República Italiana", True, "Italia y Francia firmaron.", [("Italia", "form")]),
        ("République française", True, "La Belgique a signé.", []),  # a shared language is no country
        ("Bundesrepublik Deutschland", True, "Deutschland stimmte zu.", [("Deutschland", "form")]),
        ("Reino de los Países Bajos", True, "Holland voted no.", [("Holland", "form")]),  # CLDR: Países Bajos
        ("Kingdom of the Netherlands", True, "Holland voted no.", [("Holland", "form")]),
        ("United States", True, "America and Canada agreed.", [("America", "form")]),
    ],
)
def test_states_by_their_names_in_four_languages(
    name: str, state: bool, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(text[f.start : f.end], f.kind) for f in find_forms(name, text, state=state)] == expected


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Department of Agriculture", "The Pentagon said no."),  # a seat names only its institution
        ("Conservative Party", "Labour said no."),
        ("Federal Reserve", "He fed the horses."),  # the short name in its capitals only
        ("Brazilian Senate", "The Senate passed the bill."),  # the country never named
        ("Gouvernement belge", "Le gouvernement a démissionné."),  # same: no country in the text
        ("Canadian government", "Mexico said no."),  # another country
        ("Partido Popular", "Los socialistas votaron en contra."),
        ("Parti socialiste", "The socialists walked out."),  # English lower case: an adjective
        ("Austrian Parliament", "The Bundestag voted."),  # another head
        ("Senate Democratic Caucus", "House Democrats walked out."),  # another chamber
        ("House Republican Conference", "Republicans in the House met."),  # not one name
    ],
)
def test_no_form_in_four_languages(name: str, text: str) -> None:
    assert mentions(name, text) == []


@pytest.mark.parametrize(
    ("name", "states", "text", "expected"),
    [
        # the answer's own states are national qualifiers, as CLDR's countries are
        (
            "Varnian Interior Ministry",
            ("Varnia",),
            "In Varnia, the Interior Ministry said no.",
            [("Interior Ministry", "form")],
        ),
        (
            "Senate of Lorvia",
            ("Lorvia",),
            "Lorvia's Senate voted. The Senate met again.",
            [("Lorvia's Senate", "form"), ("Senate", "form")],
        ),
        (
            "Ostlandic Parliament",
            ("Ostland",),
            "Ostland's parliament met. The Parliament voted.",
            # the country's possessive names its parliament in lower case too
            [("Ostland's parliament", "form"), ("Parliament", "form")],
        ),
        # ... only the answer's states: another qualifier still needs its words written
        ("Varnian Interior Ministry", (), "In Varnia, the Interior Ministry said no.", []),
        # ... and a bare head still needs the country in the text
        ("Senate of Lorvia", ("Lorvia",), "The Senate voted.", []),
    ],
)
def test_the_answers_states_qualify_names(
    name: str, states: tuple[str, ...], text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(text[f.start : f.end], f.kind) for f in find_forms(name, text, states=states)] == expected


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # initials without the generic head and joiners, three letters or more
        ("United States Department of Health and Human Services", "HHS said so.", [("HHS", "acronym")]),
        (
            "Office of the United Nations High Commissioner for Refugees",
            "The UNHCR said so.",
            [("UNHCR", "acronym")],
        ),
        ("Republican Party", "The GOP said so.", [("GOP", "form")]),
        (
            "Ministry of Economy and Finance",
            "The economy and finance ministry said so.",
            [("economy and finance ministry", "form")],
        ),
    ],
)
def test_long_official_forms_are_named(name: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert mentions(name, text) == expected


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("United States Department of Health and Human Services", "HS said so."),  # two letters: too loose
        ("Ministry of Economy and Finance", "The Finance Ministry said so."),  # "economy" is missing
        ("Department of Housing", "The DOJ said so."),
        ("Democratic Party", "The GOP said so."),
    ],
)
def test_long_official_forms_need_every_word(name: str, text: str) -> None:
    assert mentions(name, text) == []


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        # the other canonical forms models write for a party, a department, a chamber
        (
            "Democratic Party of the United States",
            "Democrats in Orlen County walked out.",
            [("Democrats", "form")],
        ),
        ("U.S. Republican Party", "Republicans in Orlen County cheered.", [("Republicans", "form")]),
        ("Republican Party (United States)", "Two Republicans rebelled.", [("Republicans", "form")]),
        ("Department of Justice", "The Justice Department will appeal.", [("Justice Department", "form")]),
        ("US Department of Justice", "The Justice Department will appeal.", [("Justice Department", "form")]),
        ("U.S. House of Representatives", "The House voted on Friday.", [("House", "form")]),
    ],
)
def test_other_canonical_forms_a_reader_accepts(
    name: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert mentions(name, text) == expected


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Libertarian Party of the United States", "Republicans and Democrats split the vote."),
        ("Department of Falconry", "The Justice Department will appeal."),
        ("U.S. House of Lords", "The House voted on Friday."),
    ],
)
def test_other_canonical_forms_of_invented_bodies_find_no_mention(name: str, text: str) -> None:
    assert mentions(name, text) == []
