"""Name spans of the rules baseline: where a name starts and ends."""

from __future__ import annotations

import pytest

from llmextract import extract
from llmextract.baseline.model import baseline_extract
from llmextract.baseline.name_spans import actors_from_names, person_of_place, within_sentence


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We go now,” said Mayor Ann Lee. The council met.", "Ann Lee"),
        ("“Rain,” said Mayor Ann Lee. He left.", "Ann Lee"),
        ("“It is over,” said Governor Mark Ode. Voters went home.", "Mark Ode"),
        ("“Yes,” said Donald J. Trump. Trump left.", "Donald J. Trump"),
        ("“We build,” said Dr. Ines Vale. Work starts Monday.", "Ines Vale"),
    ],
)
def test_a_name_never_runs_across_a_sentence_end(text: str, speaker: str) -> None:
    result = extract(text, "baseline")
    assert [q.speaker for q in result.quotes] == [speaker]
    assert all("." not in a.name.replace("J.", "") for a in result.actors), [a.name for a in result.actors]
    assert not result.warnings


@pytest.mark.parametrize(
    ("run", "kept"),
    [
        ("Mayor Ann Lee. The", "Mayor Ann Lee."),
        ("Ann Lee Jr. The", "Ann Lee Jr."),
        ("Dr. Ann Lee", "Dr. Ann Lee"),
        ("Donald J. Trump", "Donald J. Trump"),
        ("U.S. Navy", "U.S. Navy"),
        ("Schengen. Ultimately Blocher", "Schengen."),
    ],
)
def test_runs_of_capitals_stop_at_the_sentence_end(run: str, kept: str) -> None:
    assert within_sentence(run) == kept


def _actors(text: str) -> dict[str, tuple[str, str | None, list[str]]]:
    return {a.name: (a.type, a.role, a.aliases) for a in extract(text, "baseline").actors}


def test_headline_words_next_to_a_name_are_no_part_of_it() -> None:
    text = (
        "Vera Lund Quips As Struggling Otto Brandt Claims Victory\n"
        "HALDBY — Otto Brandt spoke first. He claims he won. Hammering Vera Lund, his aides said she quips.\n"
        "Later, Vera Lund thanked Otto Brandt for the debate.\n"
    )
    names = set(_actors(text))
    assert {"Vera Lund", "Otto Brandt"} <= names
    assert not [n for n in names if {"Quips", "Struggling", "Claims", "Hammering"} & set(n.split())]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Prime Minister Omar al Haddad met the envoy.", "Omar al Haddad", "Prime Minister"),
        ("Speaker of the Assembly Ruth Okafor closed the session.", "Ruth Okafor", "Speaker of the Assembly"),
        ("Senate Majority Leader Carl Brisk blocked the bill.", "Carl Brisk", "Senate Majority Leader"),
        ("Democrat Nora Fenn won the seat.", "Nora Fenn", "Democrat"),
    ],
)
def test_a_title_or_party_before_a_name_is_its_role(text: str, name: str, role: str) -> None:
    actors = _actors(text)
    assert actors[name][1] == role, actors


def test_a_title_for_someone_names_that_someone_and_no_one_else() -> None:
    actors = _actors("Pia Sorel, Finance Director for Nora Fenn, resigned on Friday.")
    assert {"Pia Sorel", "Nora Fenn"} <= set(actors)
    assert not [n for n in actors if "Director" in n]


def test_a_qualifier_before_an_organisation_is_dropped() -> None:
    text = "The Haldby-based Council of Free Ports (or CFP) rejected the plan. The CFP will meet again."
    actors = _actors(text)
    assert "Council of Free Ports" in actors, actors
    assert "CFP" in actors["Council of Free Ports"][2]
    assert not [n for n in actors if "based" in n or n == "CFP"]


def test_possessives_are_never_names_or_aliases() -> None:
    text = "Ms Fenn’s aides said the plan failed. Nora Fenn's team was silent. Ms Fenn left."
    actors = _actors(text)
    assert "Nora Fenn" in actors
    assert not [n for a, (_, _, al) in actors.items() for n in [a, *al] if n.endswith(("'s", "’s", "aides"))]


def test_a_campaign_named_after_a_person_is_an_organisation() -> None:
    text = "Otto Brandt toured Haldby. The Brandt campaign said turnout was high. The Brandt campaign left."
    actors = _actors(text)
    assert actors["Brandt campaign"][0] == "organization"
    assert actors["Otto Brandt"][0] == "person"


def test_a_junior_is_not_his_father() -> None:
    text = "Otto Brandt Jr. said his father would win. Otto Brandt thanked him."
    assert {"Otto Brandt Jr", "Otto Brandt"} <= set(_actors(text))


def test_a_description_after_a_name_is_no_actor() -> None:
    actors = _actors("Nora Fenn, a Haldby Democrat, won the seat. Otto Brandt, Haldby Republican, lost it.")
    assert "Nora Fenn" in actors
    assert not {"Haldby Democrat", "Haldby Republican"} & set(actors), actors


def test_places_events_and_texts_are_no_actors() -> None:
    text = (
        "Nora Fenn flew to South Haldby after Election Day. She spoke at Harbor Hill Airport about the"
        " Second Amendment and the Ports Agreement. Nora Fenn then met Otto Brandt."
    )
    names = set(_actors(text))
    assert {"Nora Fenn", "Otto Brandt"} <= names
    assert (
        not {"South Haldby", "Election Day", "Harbor Hill Airport", "Second Amendment", "Ports Agreement"}
        & names
    )


def test_an_organisation_named_once_in_passing_is_no_actor_but_one_named_twice_is() -> None:
    text = (
        "Nora Fenn, who once worked at Ardent Holdings, leads the Free Ports Council. The Free Ports"
        " Council met on Monday."
    )
    names = set(_actors(text))
    assert "Free Ports Council" in names
    assert "Ardent Holdings" not in names


def test_a_party_is_named_by_its_members() -> None:
    text = "Republicans in Haldby met on Monday. A Republican said the vote was close."
    party = [(n, aliases) for n, (_, _, aliases) in _actors(text).items() if n == "Republican Party"]
    assert party == [("Republican Party", ["Republicans"])]


def test_dotted_abbreviations_stay_inside_a_run() -> None:
    names = set(_actors("The U.S. Harbor Agency warned Nora Fenn. The U.S. Harbor Agency then left."))
    assert "U.S. Harbor Agency" in names
    assert not [n for n in names if n.startswith("S.")]


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        ("Nora Fenn praised “Harbor Lights” and its author. Nora Fenn met Otto Brandt.", "Harbor Lights"),
        (
            "The Department of Ports and Coastal Works sued. The Department of Ports and Coastal Works won.",
            "Coastal Works",
        ),
        ("Some Delegates walked out as Nora Fenn spoke. Otto Brandt stayed.", "Some Delegates"),
        ("The Haldby Gov. and his rival Otto Brandt met Nora Fenn.", "Haldby Gov"),
    ],
)
def test_titles_of_works_org_name_tails_and_bare_titles_are_no_actors(text: str, not_actor: str) -> None:
    assert not_actor not in _actors(text)


@pytest.mark.parametrize(
    ("text", "actor", "not_actors"),
    [
        # some of a group is no actor, as a speaker or in passing
        ("“No,” said Several Greens. “Yes,” said Mayor Ana Roe.", "Ana Roe", {"Several Greens", "Greens"}),
        (
            "Many Tories said the plan was wrong. “Yes,” said Mayor Ana Roe.",
            "Ana Roe",
            {"Many Tories", "Tories"},
        ),
        # an instruction to the reader is no part of a name
        (
            "Follow Ines Vale on Twitter. Ines Vale said the fund was short.",
            "Ines Vale",
            {"Follow Ines Vale"},
        ),
    ],
)
def test_a_quantifier_or_an_instruction_is_no_part_of_a_name(
    text: str, actor: str, not_actors: set[str]
) -> None:
    names = set(_actors(text))
    assert actor in names and not not_actors & names, names


def test_a_line_in_capitals_is_no_actor_but_a_name_the_text_spells_is() -> None:
    text = (
        "The harbour stays open, the council decided.\n\nREAD MORE.\n\n"
        "“We meet on Monday,” said Mayor Nora Fenn.\n\nFULL STORY.\n\n“It does,” said Senator Otto Brandt."
    )
    names = set(_actors(text))
    assert not {"READ MORE", "FULL STORY"} & names, names
    assert {"Nora Fenn", "Otto Brandt"} <= names


def test_a_peoples_plural_is_a_group_not_a_person() -> None:
    result = extract(
        "“We stay,” said Kestrian Americans in a statement. “We stay,” Kestrian Americans said again.",
        model="baseline",
    )
    types = {a.name: a.type for a in result.actors}
    assert types.get("Kestrian Americans") == "group", types


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("“The roof leaks,” said Principal Ines Vale.", "Ines Vale", "Principal"),
        ("“We train at six,” said Coach Omar Reyes.", "Omar Reyes", "Coach"),
        ("Headteacher Ada Berg wrote to parents. “We close,” Ada Berg said.", "Ada Berg", "Headteacher"),
    ],
)
def test_school_and_sport_titles_are_roles(text: str, name: str, role: str) -> None:
    actors = _actors(text)
    assert name in actors and actors[name][1] == role, actors


def test_plural_senator_titles_are_roles_not_names() -> None:
    text = "Sens. Orla Venn and Piet Marsh voted no, as did Reps. Ada Quill and Tom Brand."
    names = {a.name: a.role for a in actors_from_names(text, [])}
    assert names.get("Orla Venn") == "Sens."
    assert "Ada Quill" in names
    assert not any(n.startswith(("Sens", "Reps")) for n in names)


@pytest.mark.parametrize(
    ("run", "parts"),
    [
        ("Marta Vell of Idaho", ["Marta Vell"]),
        ("Judge Ian Porte of the U.S. Claims Court", ["Judge Ian Porte", "Claims Court"]),
        ("Bank of Carlow", ["Bank of Carlow"]),
        ("Minister of Works Ada Ferrin", ["Minister of Works Ada Ferrin"]),
    ],
)
def test_a_person_of_a_place_ends_before_of(run: str, parts: list[str]) -> None:
    assert person_of_place(run) == parts


def test_person_of_place_in_an_article() -> None:
    text = "The retiring senator, Marta Vell of Idaho, objected. Vell said the bill was rushed."
    names = {a.name for a in actors_from_names(text, [])}
    assert "Marta Vell" in names
    assert not any("Idaho" in n for n in names)


def test_days_and_leading_connectives_are_no_part_of_a_name() -> None:
    text = (
        "Governor Ines Calder Friday vetoed the plan. Like Omar Fenn, she objected. "
        "Once Fenn left, the Appeals Court Tuesday ruled."
    )
    names = {a.name for a in actors_from_names(text, [])}
    assert {"Ines Calder", "Omar Fenn"} <= names
    assert not any(n.split()[-1] in ("Friday", "Tuesday") or n.split()[0] in ("Like", "Once") for n in names)


def test_a_party_word_is_no_surname_of_a_group_named_after_it() -> None:
    text = (
        "The measure passed the Senate on Tuesday.\n"
        "Senate Democrats objected to the schedule, and Democrats in the state house agreed.\n"
        "Senator Ann Lee met the mayor. Lee said the vote would wait.\n"
    )
    actors = {a.name: a for a in actors_from_names(text, [])}
    assert "Senate Democrats" in actors
    assert actors["Democrats"].aliases == ["Democratic Party"]
    assert "Lee" not in actors  # a person's surname still goes with the full name


def test_a_party_and_state_tag_is_no_actor_nor_part_of_a_name() -> None:
    text = (
        "Sen. Vera Lund, R-Wis., said the levy would pass. Rep. Otto Brandt (D-Calif.) said it would not.\n"
        "Later, Otto Brandt D-Calif. met Vera Lund on Friday.\n"
    )
    names = set(_actors(text))
    assert {"Vera Lund", "Otto Brandt"} <= names
    assert not [n for n in names if "-" in n]


def test_a_speaker_named_before_a_party_tag_is_the_name() -> None:
    answer = baseline_extract("Sen. Vera Lund, R-Wis., said the levy would pass.")
    assert [(q.speaker, q.text) for q in answer.quotes] == [("Vera Lund", "the levy would pass")]


def test_lone_common_words_as_speakers_make_no_actors() -> None:
    text = (
        "Neighbours said the mill was loud. The neighbours met Ola Berg. Some said it was fine.\n"
        "Thirty said no.\n"
    )
    assert set(_actors(text)) == {"Ola Berg"}


def test_a_country_named_only_as_a_place_is_no_actor() -> None:
    text = "Ola Berg, who grew up in Norway, said the mill was loud. Later, Denmark said it would buy it.\n"
    names = set(_actors(text))
    assert "Denmark" in names
    assert "Norway" not in names


def test_a_speaker_described_by_a_common_noun_is_no_actor() -> None:
    text = (
        "A Harbour Authority official said the pier would close. Forty-two percent said they liked it.\n"
        "A Lund campaign aide said the Lund campaign would win. Harbour Authority chief Ola Berg agreed.\n"
    )
    names = set(_actors(text))
    assert {"Ola Berg", "Lund campaign"} <= names
    assert not [n for n in names if n.split()[-1] in ("official", "percent", "aide")]


def test_a_country_named_only_as_a_modifier_or_a_place_after_the_is_no_actor() -> None:
    text = (
        "Norwegian-born Ola Berg said Norway officials liked the mill. He moved to the Netherlands-based "
        "firm after living in the Netherlands. Later, Denmark said it would buy the mill.\n"
    )
    names = set(_actors(text))
    assert "Denmark" in names
    assert not {"Norway", "Netherlands"} & names


@pytest.mark.parametrize("qualifier", ["Norwegian-born", "Harbour-based", "Labour-led", "Lund-backed"])
def test_a_hyphenated_qualifier_before_a_name_is_no_part_of_it(qualifier: str) -> None:
    names = set(_actors(f"The {qualifier} Harbour Authority said the pier would close. Ola Berg agreed.\n"))
    assert "Harbour Authority" in names
    assert not [n for n in names if qualifier in n]


def test_a_hyphenated_qualifier_before_a_common_noun_stays() -> None:
    names = set(_actors("Anti-mill groups said the mill was loud, and Ola Berg agreed.\n"))
    assert "Ola Berg" in names


def test_a_body_whose_name_holds_and_is_one_actor() -> None:
    text = (
        "Officials at Harbour Safety and Rescue Services said the pier was closed. The Lund Fisheries and "
        "Coastal Affairs Committee met. Ola Berg of the Department of Ports and Coastal Services agreed.\n"
    )
    names = set(_actors(text))
    assert {
        "Harbour Safety and Rescue Services",
        "Lund Fisheries and Coastal Affairs Committee",
        "Department of Ports and Coastal Services",
        "Ola Berg",
    } <= names
    assert not {"Rescue Services", "Coastal Affairs Committee", "Department of Ports"} & names


def test_two_actors_joined_by_and_stay_two() -> None:
    text = (
        "Ola Berg and Vera Lund met the Harbour Council and the Port Authority. Later, Mayor Anna Rask "
        "and Lund Police Department officers agreed, as did the Daily Courier and Coastal News Network.\n"
    )
    names = set(_actors(text))
    assert {"Ola Berg", "Vera Lund", "Harbour Council", "Port Authority", "Coastal News Network"} <= names
    assert not [n for n in names if " and " in n]
