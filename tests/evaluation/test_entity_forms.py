"""Names that name one organisation, state or group in another form, and near-misses that do not."""

from __future__ import annotations

import pytest

from llmextract.evaluation.entity_forms import Side, gold_type, is_form, names_of, same_by_form


@pytest.mark.parametrize(
    ("canonical", "written", "state"),
    [
        ("Republican Party", "Republicans", False),
        ("Democratic Party", "Democrats", False),
        ("Federal Bureau of Investigation", "FBI", False),
        ("United States Department of Justice", "the Justice Department", False),
        ("United States Department of Justice", "Justice Department", False),
        ("United States Senate", "the Senate", False),
        ("Russian Federation", "Russia", True),
        ("United States", "U.S.", True),
        ("Kestrian Harbour Authority", "KHA", False),
    ],
)
def test_forms_a_reader_accepts(canonical: str, written: str, state: bool) -> None:
    assert is_form(canonical, written, state)


@pytest.mark.parametrize(
    ("canonical", "written", "state"),
    [
        ("Democratic Party", "Republicans", False),
        ("Federal Bureau of Prisons", "FBI", False),
        ("United States Senate", "the Senate Committee", False),
        ("United States Senate", "Senate Judiciary Committee", False),
        ("Republican Party", "Senate Republicans", False),  # a caucus is no whole form of the party
        ("Federal Bureau of Investigation", "the Bureau of Land Management", False),
        ("Kestrian Harbour Authority", "Harbour", False),
        ("Kestrian Harbour Authority", "", False),
        ("", "Harbour", False),
    ],
)
def test_near_misses_are_no_forms(canonical: str, written: str, state: bool) -> None:
    assert not is_form(canonical, written, state)


def test_both_directions() -> None:
    gold_canonical = Side(("Republican Party",), "organization")
    pred_written = Side(("Republicans",), "group")
    assert same_by_form(gold_canonical, pred_written)
    gold_written = Side(("Russia",), "state")
    pred_canonical = Side(("Russian Federation",), "state")
    assert same_by_form(gold_written, pred_canonical)


def test_untyped_prediction_may_be_written_form_but_untyped_gold_may_not() -> None:
    # a predicted stance end without an actor is free text; a gold one is an unknown entity
    assert same_by_form(Side(("Republican Party",), "organization"), Side(("Republicans",), None))
    assert not same_by_form(Side(("Republicans",), None), Side(("Republican Party",), "organization"))


def test_persons_never_match_by_form() -> None:
    # a gold person and an organisation sharing a word: neither is a form of the other
    assert not same_by_form(Side(("Vera Harbour",), "person"), Side(("Harbour Company",), "organization"))
    assert not same_by_form(Side(("Harbour",), "person"), Side(("Harbour Company",), "organization"))
    assert not same_by_form(Side(("Harbour Company",), "organization"), Side(("Harbour",), "person"))
    assert not same_by_form(Side(("Maria Trump",), "person"), Side(("Donald Trump",), "person"))


def test_a_state_is_no_organisation() -> None:
    assert not same_by_form(
        Side(("United States Congress",), "organization"), Side(("United States",), "state")
    )
    assert not same_by_form(
        Side(("United States",), "state"), Side(("United States Senate",), "organization")
    )
    assert same_by_form(Side(("United States",), "state"), Side(("U.S.",), None))


def test_other_types_give_no_canonical_name() -> None:
    assert not same_by_form(Side(("Republican Party",), "other"), Side(("Republicans",), "group"))


def test_names_of_drops_empty_and_repeats() -> None:
    assert names_of(["FBI", None, "", " ", "FBI", "Bureau"]) == ("FBI", "Bureau")


def test_gold_type_reads_an_organisation_typed_person_by_its_name() -> None:
    assert gold_type("person", ["Kestrian Labour Party"]) == "organization"
    assert gold_type("person", ["Vera Harbour"]) == "person"
    assert gold_type("person", ["Kestrian Labour Party", "Vera Harbour"]) == "person"
    assert gold_type("person", []) == "person"
    assert gold_type("state", ["Kestria"]) == "state"
    assert gold_type(None, ["Kestrian Labour Party"]) is None
