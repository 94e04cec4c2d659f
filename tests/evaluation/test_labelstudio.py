"""Label Studio export -> gold: predictions accepted, corrections applied, offsets checked."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from review_sample import TEXT, sample_extraction

from llmextract.errors import InputError
from llmextract.evaluation.gold import dump_gold, load_gold
from llmextract.evaluation.labelstudio import import_labelstudio, python_span
from llmextract.evaluation.scorer import compute_figures, score_article
from llmextract.export.labelstudio import tasks_json


def exported(tasks: list[dict[str, Any]], tmp_path: Path) -> Path:
    """A project export as Label Studio writes it: ids, annotations with their results, timestamps."""
    for n, task in enumerate(tasks, start=1):
        task.setdefault("id", n)
        task.setdefault("annotations", [])
        for p in (p for p in task["predictions"] if isinstance(p, dict)):
            p.update({"id": n, "task": n, "score": None, "created_ago": "1 minute"})
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path


def accepted(task: dict[str, Any], result: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The prediction taken over as an annotation, as 'accept prediction' does."""
    items = copy.deepcopy(result if result is not None else task["predictions"][0]["result"])
    for item in items:
        if item["type"] != "relation":
            item["origin"] = "prediction"
    return {"id": 1, "completed_by": 1, "was_cancelled": False, "ground_truth": False, "result": items,
            "created_at": "2026-01-01T10:00:00Z", "lead_time": 4.2}  # fmt: skip


def test_accepted_predictions_score_100_against_the_results(tmp_path: Path) -> None:
    extraction = sample_extraction()
    tasks = tasks_json([extraction]).tasks
    tasks[0]["annotations"] = [accepted(tasks[0])]
    imported = import_labelstudio(exported(tasks, tmp_path))
    assert not imported.skipped and not imported.notes
    dump_gold(imported.articles, tmp_path / "gold.jsonl")
    [gold] = load_gold(tmp_path / "gold.jsonl")  # the strict loader takes it
    figures = compute_figures(score_article(gold, extraction))
    wanted = [
        ("quotes", "exact", "f1"),
        ("quotes", "speaker_mention_accuracy"),
        ("quotes", "speaker_entity_accuracy"),
        ("actors", "f1"),
        ("stances", "triples", "f1"),
    ]
    for path in wanted:
        assert figures[path] == 1.0, path
    brandt = next(a for a in gold.actors if a.name == "Ilse Brandt")
    assert (brandt.type, brandt.aliases) == ("person", ["Mayor Ilse Brandt", "Brandt"])
    assert [q.cue for q in gold.quotes] == ["said", "told", "said", "warned"]


def test_a_task_left_alone_falls_back_on_its_prediction(tmp_path: Path) -> None:
    imported = import_labelstudio(exported(tasks_json([sample_extraction()]).tasks, tmp_path))
    assert len(imported.articles[0].quotes) == 4
    assert imported.notes == ["tidewater-ferry: no annotation, its prediction was used"]


def test_corrections_win_and_cancelled_annotations_are_passed_over(tmp_path: Path) -> None:
    tasks = tasks_json([sample_extraction()]).tasks
    items = copy.deepcopy(tasks[0]["predictions"][0]["result"])
    quote = next(i for i in items if i["type"] == "labels" and i["value"]["text"] == "fares could double")
    quote["value"]["labels"] = ["Direct quote"]  # the reviewer changes its kind
    start = TEXT.index("Critics")  # and names its speaker
    items += [
        {"id": "new1", "from_name": "label", "to_name": "text", "type": "labels", "origin": "manual",
         "value": {"start": start, "end": start + 7, "text": "Critics", "labels": ["Group"]}},
        {"from_id": "new1", "to_id": quote["id"], "type": "relation", "direction": "right",
         "labels": ["speaker"]},
    ]  # fmt: skip
    items = [i for i in items if not (i["type"] == "relation" and i["labels"] == ["neutral"])]  # wrong stance
    cancelled = accepted(tasks[0], []) | {"was_cancelled": True}
    tasks[0]["annotations"] = [accepted(tasks[0], items), cancelled]
    [gold] = import_labelstudio(exported(tasks, tmp_path)).articles
    last = gold.quotes[-1]
    assert (last.text, last.kind, last.speaker, last.speaker_spans) == (
        "fares could double", "direct", "Critics", [(start, start + 7)])  # fmt: skip
    assert [(s.holder, s.polarity) for s in gold.stances] == [("Harbour Guild", "oppose")]
    assert any(a.name == "Critics" and a.type == "group" for a in gold.actors)


def test_a_project_export_without_annotations_gives_no_gold(tmp_path: Path) -> None:
    """A project export lists a task's predictions by id only: nothing to fall back on."""
    tasks = tasks_json([sample_extraction()]).tasks
    tasks[0]["predictions"] = [7]
    imported = import_labelstudio(exported(tasks, tmp_path))
    assert imported.articles == []
    assert imported.skipped == {
        "task with no annotation (a project export lists only its predictions' ids)": 1
    }


def test_utf16_offsets_of_older_exports_are_read_by_their_words() -> None:
    start = TEXT.index("Mayor")
    assert python_span(TEXT, {"start": start + 1, "end": start + 6, "text": "Mayor"}) == (start, start + 5)
    assert python_span(TEXT, {"start": start, "end": start + 5, "text": "Mayor"}) == (start, start + 5)
    assert python_span(TEXT, {"start": start, "end": start + 5, "text": "Ferry"}) is None
    assert python_span(TEXT, {"start": 3, "end": 10**6}) is None


def test_a_region_that_points_at_other_words_is_skipped(tmp_path: Path) -> None:
    tasks = tasks_json([sample_extraction()]).tasks
    first = next(i for i in tasks[0]["predictions"][0]["result"] if i["type"] == "labels")
    first["value"]["text"] = "not these words"
    imported = import_labelstudio(exported(tasks, tmp_path))
    assert imported.skipped["region whose offsets do not match its words"] == 1


def test_not_an_export_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"tasks": []}', encoding="utf-8")
    with pytest.raises(InputError, match="expected a JSON list of tasks"):
        import_labelstudio(bad)
    with pytest.raises(InputError, match="no such Label Studio export"):
        import_labelstudio(tmp_path / "missing.json")
