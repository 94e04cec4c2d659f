"""The review page as HTML: present only when asked for, self-contained, its data inert and exact."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import make_extraction
from pagetree import parse
from review_sample import TEXT, sample_extraction
from typer.testing import CliRunner

from llmextract.cli.app import app
from llmextract.html.review import review_data
from llmextract.html.view import render_extraction_html


def script_data(html: str, element_id: str) -> object:
    root, _ = parse(html)
    [script] = root.find_all("script", id=element_id)
    return json.loads(script.text)


def test_the_panel_is_there_only_in_review_mode() -> None:
    plain = render_extraction_html(sample_extraction())
    review = render_extraction_html(sample_extraction(), review=True)
    assert 'id="review"' not in plain and "review-data" not in plain
    root, attrs = parse(review)
    assert root.find_all("section", id="review")
    assert all(v.startswith("#") for _, k, v in attrs if k in {"src", "href"})  # self-contained
    buttons = root.find_all("button")
    assert buttons and all(b.attrs.get("type") == "button" for b in buttons)
    assert root.find_all("label", **{"for": "rv-line"})


def test_the_data_is_the_result_in_python_offsets() -> None:
    data = review_data(sample_extraction())
    assert script_data(render_extraction_html(sample_extraction(), review=True), "review-data") == data
    assert data["article"]["text"] == TEXT
    assert data["storage_key"].startswith("llmextract-review:tidewater-ferry:")
    q2 = data["quotes"][1]
    assert TEXT[q2["start"] : q2["end"]] == "“We will not leave the islands alone,”"
    assert TEXT[q2["cue_span"][0] : q2["cue_span"][1]] == "told"
    assert q2["speaker"] == "a1" and TEXT[slice(*q2["speaker_span"])] == "Brandt"
    assert data["stances"][0]["target"] is None and data["stances"][0]["topic"] == "the ferry plan"


def test_work_in_progress_is_keyed_by_text_and_result() -> None:
    """Corrections kept for one result are not restored over another result of the same article."""
    first = review_data(sample_extraction())["storage_key"]
    assert review_data(sample_extraction())["storage_key"] == first
    other = sample_extraction()
    other.quotes[0].kind = "direct"
    assert review_data(other)["storage_key"] != first
    assert review_data(sample_extraction("another"))["storage_key"] != first


def test_hostile_text_stays_data() -> None:
    hostile = make_extraction(
        'Ana Reyes said "</script><script>alert(1)</script>" today.',
        [("q1", "</script><script>alert(1)", "a1")],
    )
    html = render_extraction_html(hostile, review=True)
    root, _ = parse(html)
    assert len(root.find_all("script")) == 4  # view data, view script, review data, review script
    assert script_data(html, "review-data") == json.loads(json.dumps(review_data(hostile)))


def test_view_review_option(tmp_path: Path) -> None:
    results = tmp_path / "r.jsonl"
    results.write_text(sample_extraction().model_dump_json() + "\n", encoding="utf-8")
    out = tmp_path / "views"
    result = CliRunner().invoke(app, ["view", str(results), "-o", str(out), "--review"])
    assert result.exit_code == 0, result.output
    assert 'id="review"' in (out / "tidewater-ferry.html").read_text(encoding="utf-8")
