"""Normal forms: what is dropped from a name and what is kept to tell people apart."""

from __future__ import annotations

import pytest

from llmextract.corpus.normal import given_fit, person_form, suffix_fit


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Donald Trump", "donald trump"),
        ("Donald J. Trump", "donald j trump"),
        ("Donald Trump's", "donald trump"),
        ("Donald Trump’s", "donald trump"),
        ("Bernie Sanders'", "bernie sanders"),
        ("TRUMP", "trump"),
        ("Democrat Hillary Clinton", "hillary clinton"),
        ("Republican nominee Donald Trump", "donald trump"),
        ("Former Secretary of State Hillary Clinton", "hillary clinton"),
        ("Russian President Vladimir Putin", "vladimir putin"),
        ("the Democratic candidate Vera Lund", "vera lund"),
        ("Sen. Ted Cruz of Texas", "ted cruz"),
        ("Louis Dorfman for Trump", "louis dorfman"),
        ("Donald Trump Claims", "donald trump"),
        ("Hillary Clinton Said", "hillary clinton"),
        ("Donald Trump Is", "donald trump"),
        ("Why Donald Trump", "donald trump"),
        ("Whether Clinton", "clinton"),
        ("Mr. Trump", "trump"),
        ("Hillary Rodham Clinton", "hillary rodham clinton"),
    ],
)
def test_words_that_are_no_part_of_the_name_are_dropped(name: str, key: str) -> None:
    form = person_form(name)
    assert form.person and form.key == key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Donald Trump Jr.", "donald trump jr"),
        ("Trump Jr", "trump jr"),
        ("Walter Brannock, Jr.", "walter brannock jr"),
        ("Former Sen. Walter T. Brannock, Jr.'s", "walter t brannock jr"),
        ("Harold Vance Sr.", "harold vance sr"),
        ("John Smith III", "john smith iii"),
        ("King Abdullah II", "abdullah ii"),
        ("Martin Luther King Jr.", "martin luther king jr"),
    ],
)
def test_generational_suffixes_are_kept(name: str, key: str) -> None:
    assert person_form(name).key == key


@pytest.mark.parametrize(
    "name",
    [
        "Trump campaign",
        "Clinton aides",
        "Okafor Campaign",
        "Donald Trump and Mike Pence",
        "Trump and Clinton",
        "Republicans",
        "House Democrats",
        "the GOP",
        "FactCheckers",
        "NewsWire",
    ],
)
def test_organisations_descriptions_and_pairs_are_no_person(name: str) -> None:
    assert not person_form(name).person


def test_titles_and_honorifics_are_kept_as_evidence() -> None:
    form = person_form("Former Sen. Walter Brannock")
    assert form.titles == ("former", "sen") and form.key == "walter brannock"
    assert person_form("Mrs. Clinton").honorific == "mrs"
    assert "party label" in person_form("Democrat Nina Okafor").dropped


def test_given_names_fit_in_order_with_initials() -> None:
    assert given_fit(("donald",), ("donald", "j"))
    assert given_fit(("d",), ("donald",))
    assert given_fit((), ("hillary",))
    assert not given_fit(("bill",), ("hillary",))
    assert not given_fit(("ivana",), ("ivanka",))  # close spellings are different names
    assert not given_fit(("ann",), ("mary", "ann"))  # a first name is never left out
    assert not given_fit(("j", "t"), ("j", "k"))


def test_suffixes_fit_only_their_own_and_sr_fits_none() -> None:
    assert suffix_fit("jr", "jr") and suffix_fit("", "sr") and suffix_fit("sr", "")
    assert not suffix_fit("", "jr") and not suffix_fit("jr", "sr") and not suffix_fit("ii", "iii")


@pytest.mark.parametrize("name", ["McCallister", "MacKenzie", "DeVries", "LaRue", "Okafor", "Ana DeVries"])
def test_surnames_with_a_capital_inside_are_people(name: str) -> None:
    assert person_form(name).person
