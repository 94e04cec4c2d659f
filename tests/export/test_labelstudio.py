"""Label Studio tasks: the results as predictions in the documented JSON shapes, and the config."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

from review_sample import TEXT, sample_extraction

from llmextract.export.labelstudio import (
    LABEL_CONTROL,
    NAME_CONTROL,
    TEXT_OBJECT,
    labeling_config,
    tasks_json,
)


def regions(task: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {r["id"]: r["value"] for r in task["predictions"][0]["result"] if r["type"] == "labels"}


def test_one_task_per_article_with_text_id_and_title() -> None:
    export = tasks_json([sample_extraction(), sample_extraction("other")])
    assert [t["data"]["article_id"] for t in export.tasks] == ["tidewater-ferry", "other"]
    assert export.tasks[0]["data"] == {"text": TEXT, "article_id": "tidewater-ferry", "title": "Ferry vote"}
    assert export.tasks[0]["predictions"][0]["model_version"] == "rules"


def test_every_region_is_its_text_in_python_offsets() -> None:
    [task] = tasks_json([sample_extraction()]).tasks
    found = regions(task)
    assert all(TEXT[v["start"] : v["end"]] == v["text"] for v in found.values())
    labels = sorted(v["labels"][0] for v in found.values())
    assert labels.count("Direct quote") == 1 and labels.count("Indirect quote") == 3
    assert labels.count("Person") == 3 and labels.count("Organization") == 1 and labels.count("Cue") == 4
    assert labels.count("Topic") == 1  # the Guild's stance on a topic, at its evidence


def test_relations_join_speakers_cues_and_stances() -> None:
    [task] = tasks_json([sample_extraction()]).tasks
    found = regions(task)
    items = task["predictions"][0]["result"]
    rel = [(r["labels"][0], found[r["from_id"]]["text"], found[r["to_id"]]["text"]) for r in items
           if r["type"] == "relation"]  # fmt: skip
    assert ("speaker", "Brandt", "“We will not leave the islands alone,”") in rel
    assert ("cue", "told", "“We will not leave the islands alone,”") in rel
    assert ("oppose", "The Harbour Guild", "opposes the plan") in rel
    assert ("neutral", "Mayor Ilse Brandt", "The Harbour Guild") in rel
    names = {r["id"]: r["value"]["text"] for r in items if r.get("from_name") == NAME_CONTROL}
    speaker_of_q2 = next(r["from_id"] for r in items if r["type"] == "relation" and r["labels"] == ["speaker"]
                         and found[r["to_id"]]["text"].startswith("“We"))  # fmt: skip
    assert names[speaker_of_q2] == ["Ilse Brandt"]  # the mention carries its actor's name


def test_two_quotes_of_one_span_are_two_regions() -> None:
    ex = sample_extraction()
    twin = ex.quotes[0].model_copy(update={"id": "q5", "speaker_id": "a3", "speaker_span": None})
    ex.quotes.append(twin)
    [task] = tasks_json([ex]).tasks
    spans = [(v["start"], v["end"]) for v in regions(task).values() if v["labels"] == ["Indirect quote"]]
    assert spans.count((twin.start, twin.end)) == 2


def test_what_the_format_cannot_hold_is_counted() -> None:
    ex = sample_extraction()
    ex.actors[2].mentions = []  # Tomas Vik, never located
    ex.stances[1].holder_id = "a3"
    export = tasks_json([ex])
    assert export.left_out == {
        "actor without a mention in the text": 1,
        "stance whose holder or topic has no span in the text": 1,
    }


def test_config_names_every_label_and_relation_the_tasks_use() -> None:
    root = ET.fromstring(labeling_config())
    labels = root.find(f"Labels[@name='{LABEL_CONTROL}']")
    assert labels is not None and labels.get("toName") == TEXT_OBJECT
    values = {label.get("value") for label in labels}
    relations = {r.get("value") for r in root.iter("Relation")}
    [task] = tasks_json([sample_extraction()]).tasks
    for item in task["predictions"][0]["result"]:
        if item["type"] == "labels":
            assert item["value"]["labels"][0] in values
        elif item["type"] == "relation":
            assert item["labels"][0] in relations
        else:
            assert item["from_name"] == NAME_CONTROL
    area = next(root.iter("TextArea"))
    assert (area.get("name"), area.get("perRegion")) == (NAME_CONTROL, "true")
    assert root.find(f"Text[@name='{TEXT_OBJECT}']") is not None
