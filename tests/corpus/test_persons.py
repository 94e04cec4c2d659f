"""Grouping of person keys: fullest first, suffixes apart, headline words dropped on evidence."""

from __future__ import annotations

from llmextract.corpus.normal import person_form
from llmextract.corpus.persons import group_persons


def grouped(names: dict[str, int], apart: set[frozenset[str]] | None = None):  # type: ignore[no-untyped-def]
    forms = {person_form(n).key: person_form(n) for n in names}
    weight = {person_form(n).key: w for n, w in names.items()}
    return group_persons(forms, weight, apart)


def test_middle_initials_fit_and_suffixes_stay_apart() -> None:
    g = grouped(
        {"Donald J. Trump": 3, "Donald Trump": 40, "Donald Trump Jr.": 5, "Trump Jr": 2, "Ivanka Trump": 4}
    )
    assert g.seed["donald trump"] == g.seed["donald j trump"] == "donald j trump"
    assert g.seed["donald trump jr"] == g.seed["trump jr"] == "donald trump jr"
    assert g.seed["ivanka trump"] == "ivanka trump"
    assert g.rule["trump jr"] == "surname of the one full name in the corpus"


def test_a_father_written_sr_or_without_suffix_is_one_and_his_son_another() -> None:
    g = grouped({"Harold Vance Sr.": 2, "Harold Vance": 3, "Harold Vance Jr.": 4, "Vance Sr.": 1})
    assert g.seed["harold vance"] == g.seed["harold vance sr"] == g.seed["vance sr"]
    assert g.seed["harold vance jr"] != g.seed["harold vance"]


def test_headline_words_are_dropped_on_the_corpus_evidence() -> None:
    g = grouped(
        {"Donald Trump": 50, "Struggling Donald Trump": 1, "Donald Trump Leads": 1, "Real Donald Trump": 1}
    )
    assert {g.seed[k] for k in ("struggling donald trump", "donald trump leads", "real donald trump")} == {
        "donald trump"
    }
    assert g.rule["struggling donald trump"].startswith("words around a known name dropped")


def test_a_given_name_the_corpus_knows_is_never_dropped() -> None:
    g = grouped({"John Trump": 9, "Donald John Trump": 1, "Donald Trump": 30})
    assert g.seed["donald john trump"] != g.seed["john trump"]
    assert g.seed["donald trump"] == g.seed["donald john trump"]
    g = grouped({"Channing D. Phillips": 1, "D. Phillips": 4})  # an initial is never dropped
    assert "channing d phillips" not in g.reduced


def test_a_bare_surname_with_several_full_names_is_ambiguous() -> None:
    g = grouped({"Hillary Clinton": 9, "Bill Clinton": 4, "Clinton": 3})
    assert g.seed["hillary clinton"] != g.seed["bill clinton"]
    assert sorted(g.ambiguous["clinton"]) == ["bill clinton", "hillary clinton"]


def test_a_name_that_fits_two_people_stays_its_own() -> None:
    g = grouped({"John A. Smith": 2, "John B. Smith": 2, "John Smith": 5})
    assert g.seed["john smith"] == "john smith" and g.rule["john smith"] == "kept apart: fits 2 persons"


def test_never_merge_keeps_fitting_names_apart() -> None:
    g = grouped({"Marta K. Velde": 1, "Marta Velde": 3}, {frozenset(("marta k velde", "marta velde"))})
    assert g.seed["marta velde"] != g.seed["marta k velde"]
