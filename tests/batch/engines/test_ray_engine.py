"""The Ray engine on a small local cluster (2 CPUs, no dashboard), skipped when Ray is not installed."""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_openai import FakeServer

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray")  # Ray's own settings, not ours

ray = pytest.importorskip("ray")
ray_data = pytest.importorskip("ray.data")

from llmextract.article import Article  # noqa: E402
from llmextract.batch.engines.ray_engine import EngineConfig, ExtractBatch  # noqa: E402
from llmextract.batch.engines.ray_run import run_ray  # noqa: E402
from llmextract.batch.run import BatchOptions  # noqa: E402
from llmextract.pipeline import Extractor  # noqa: E402
from llmextract.ray import extract_dataset  # noqa: E402

ARTICLES = {
    "a": "“The bridge opens in May,” said Mara Jensen. The mayor agreed with her plan.",
    "b": "“We oppose the new toll,” said Olaf Brandt, who leads the drivers' union.",
    "c": "Senator Ida Holm said the budget would pass. Critics disagreed on Tuesday.",
    "d": "“Prices will fall,” said Per Lund of the central bank at the meeting.",
}


@pytest.fixture(scope="module")
def cluster() -> Iterator[None]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        yield
    finally:
        ray.shutdown()


def without_timing(line: str) -> dict[str, Any]:
    data = json.loads(line)
    if "provenance" in data:
        data["provenance"].pop("seconds")
    return data


def test_the_config_is_small_and_nothing_is_built_before_the_first_batch() -> None:
    worker = ExtractBatch(EngineConfig(model="baseline", options={"include_text": False}))
    copy = pickle.loads(pickle.dumps(worker))
    assert copy.extractor is None and copy.loop is None
    assert copy.config == EngineConfig(model="baseline", options={"include_text": False})


def test_extract_dataset_gives_what_a_local_run_gives(cluster: None) -> None:
    rows = [{"id": k, "text": v} for k, v in ARTICLES.items()] + [{"id": "empty", "text": "  "}]
    out = extract_dataset(ray_data.from_items(rows), "baseline", workers=2, batch_size=2).take_all()
    got = {row["id"]: row["result"] for row in out}
    assert set(got) == {*ARTICLES, "empty"}
    local = Extractor("baseline")
    for article_id, text in ARTICLES.items():
        expected = local.extract(Article(text=text, id=article_id)).model_dump_json()
        assert without_timing(got[article_id]) == without_timing(expected)
    assert json.loads(got["empty"])["error"]["type"] == "InputError"


def test_llm_calls_run_on_the_workers_and_failures_are_records(cluster: None) -> None:
    rows = [{"id": k, "text": v} for k, v in ARTICLES.items()] + [
        {"id": "bad", "text": "A note. [status:400]"}
    ]
    with FakeServer() as server:
        out = extract_dataset(
            ray_data.from_items(rows),
            "gpt-test",
            workers=2,
            batch_size=2,
            base_url=server.base_url,
            api_key="sk-test",
            cache=False,
            max_retries=0,
        ).take_all()
    got = {row["id"]: json.loads(row["result"]) for row in out}
    assert "The bridge opens in May," in got["a"]["quotes"][0]["text"]
    assert got["bad"]["error"]["type"] == "ProviderError"


def test_the_command_path_resumes_without_duplicates(cluster: None, tmp_path: Path) -> None:
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in ARTICLES.items()))
    output = tmp_path / "out.jsonl"
    first = Extractor("baseline").extract(Article(text=ARTICLES["a"], id="a"))
    output.write_text(first.model_dump_json() + "\n")
    outcome = run_ray(
        [str(inputs)], {"model": "baseline"}, BatchOptions(output=output, resume=True, quiet=True), workers=2
    )
    assert outcome.complete and outcome.counters.skipped == 1 and outcome.counters.done == 3
    ids = [json.loads(line)["article"]["id"] for line in output.read_text().splitlines()]
    assert sorted(ids) == sorted(ARTICLES)


def test_the_command_line_runs_on_ray(cluster: None, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from llmextract.cli.app import app

    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in ARTICLES.items()))
    output = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app, ["extract", str(inputs), "-o", str(output), "-m", "baseline", "--engine", "ray"]
    )
    assert result.exit_code == 0, result.output
    assert sorted(json.loads(line)["article"]["id"] for line in output.read_text().splitlines()) == sorted(
        ARTICLES
    )
