from __future__ import annotations

from pathlib import Path

import pytest

from llmextract.errors import InputError
from llmextract.evaluation.gold import GoldArticle, ImportResult
from llmextract.evaluation.seesaw import SENTENCE_SEPARATOR, import_seesaw

FIXTURES = Path(__file__).parent / "fixtures" / "seesaw"


@pytest.fixture(scope="module")
def imported() -> ImportResult:
    return import_seesaw(FIXTURES)


@pytest.fixture(scope="module")
def council(imported: ImportResult) -> GoldArticle:
    return imported.articles[0]


def test_articles_and_their_tasks(imported: ImportResult) -> None:
    assert [a.id for a in imported.articles] == ["STORY_900_DOCUMENT_0", "STORY_900_DOCUMENT_1"]
    assert imported.skipped["annotation without its article"] == 1
    assert all(a.tasks == ["actors", "stances"] and not a.quotes for a in imported.articles)


def test_text_joins_sentences_in_id_order(imported: ImportResult) -> None:
    budget = imported.articles[1]
    assert budget.text == SENTENCE_SEPARATOR.join(
        ["Treasurer Ana Silva delayed the budget vote.", "The vote was moved to Friday."]
    )
    assert budget.title == "Budget vote delayed"


def test_actors_by_majority_type_topics_and_events_left_out(council: GoldArticle) -> None:
    assert [(a.name, a.type) for a in council.actors] == [
        ("Lena Ortiz", "person"),
        ("Green Party", "organization"),  # Organization 2 votes to People 1
        ("Tom Reed", "person"),
        ("Norway", "state"),
    ]


def test_stances_with_sentence_evidence(council: GoldArticle) -> None:
    triples = [(s.holder, s.polarity, s.target) for s in council.stances]
    assert triples == [
        ("Lena Ortiz", "support", "harbour wind farm"),
        ("Green Party", "support", "Lena Ortiz"),
        ("Tom Reed", "oppose", "harbour wind farm"),
        ("Tom Reed", "oppose", "Lena Ortiz"),
        ("Norway", "support", "harbour wind farm"),
    ]
    first = council.stances[0].evidence[0]
    assert council.text[first[0] : first[1]] == "Mayor Lena Ortiz backed the harbour wind farm on Monday."


def test_repeated_triple_is_merged_with_both_sentences(council: GoldArticle, imported: ImportResult) -> None:
    reed = council.stances[3]
    assert [council.text[s:e] for s, e in reed.evidence] == [
        "Councillor Tom Reed attacked the plan and the mayor.",
        "Reed said Ortiz had ignored the fishermen.",
    ]
    assert imported.skipped["repeated triple (merged: its sentence added as evidence)"] == 1


def test_skipped_triples_are_counted(imported: ImportResult) -> None:
    assert imported.skipped['triple with subject or object "None" / "Not in the list"'] == 2
    assert imported.skipped["triple whose holder is a topic or event, not an actor"] == 1


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no SEESAW data"):
        import_seesaw(tmp_path)


def test_malformed_json_names_the_file(tmp_path: Path) -> None:
    (tmp_path / "annotations").mkdir()
    (tmp_path / "articles").mkdir()
    (tmp_path / "annotations" / "D.json").write_text("{", encoding="utf-8")
    (tmp_path / "articles" / "D.json").write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match=r"D\.json: invalid JSON"):
        import_seesaw(tmp_path)
