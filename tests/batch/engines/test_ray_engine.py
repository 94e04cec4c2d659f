"""The worker side (ExtractBatch) and the Ray Data entry, skipped when Ray is not installed."""

from __future__ import annotations

import json
import pickle
from typing import Any

import pytest
from fake_openai import FakeServer

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray")  # Ray's own settings, not ours

ray = pytest.importorskip("ray")
ray_data = pytest.importorskip("ray.data")

from llmextract.article import Article  # noqa: E402
from llmextract.batch.engines.ray_engine import ExtractBatch  # noqa: E402
from llmextract.config import ExtractorConfig  # noqa: E402
from llmextract.pipeline import Extractor  # noqa: E402
from llmextract.ray import extract_dataset  # noqa: E402

ARTICLES = {
    "a": "“The bridge opens in May,” said Mara Jensen. The mayor agreed with her plan.",
    "b": "“We oppose the new toll,” said Olaf Brandt, who leads the drivers' union.",
    "c": "Senator Ida Holm said the budget would pass. Critics disagreed on Tuesday.",
    "d": "“Prices will fall,” said Per Lund of the central bank at the meeting.",
}


def without_timing(line: str) -> dict[str, Any]:
    data = json.loads(line)
    if "provenance" in data:
        data["provenance"].pop("seconds")
    return data


def test_the_config_is_small_and_nothing_is_built_before_the_first_batch() -> None:
    worker = ExtractBatch(ExtractorConfig(model="baseline", include_text=False))
    copy = pickle.loads(pickle.dumps(worker))
    assert copy.extractor is None and copy.loop is None
    assert copy.config == ExtractorConfig(model="baseline", include_text=False)


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


def on_server(server: FakeServer, rows: list[dict[str, str]], workers: int, batch_size: int) -> Any:
    """The Dataset of ``rows``' results, their calls made to ``server``, once, without cache."""
    return extract_dataset(
        ray_data.from_items(rows),
        "gpt-test",
        workers=workers,
        batch_size=batch_size,
        base_url=server.base_url,
        api_key="sk-test",
        cache=False,
        max_retries=0,
    )


def test_llm_calls_run_on_the_workers_and_failures_are_records(cluster: None) -> None:
    rows = [{"id": k, "text": v} for k, v in ARTICLES.items()] + [
        {"id": "bad", "text": "A note. [status:400]"}
    ]
    with FakeServer() as server:
        out = on_server(server, rows, workers=2, batch_size=2).take_all()
    got = {row["id"]: json.loads(row["result"]) for row in out}
    assert "The bridge opens in May," in got["a"]["quotes"][0]["text"]
    assert got["bad"]["error"]["type"] == "ProviderError"


def test_rows_keep_the_input_order_and_an_unusable_row_is_an_error_record() -> None:
    with ExtractBatch(ExtractorConfig(model="baseline")) as worker:
        out = worker({"id": ["a", "blank", "b"], "text": [ARTICLES["a"], "   ", ARTICLES["b"]]})
        assert worker.loop is not None and not worker.loop.is_closed()
        loop = worker.loop
    assert loop.is_closed() and worker.extractor is None
    assert out["id"] == ["a", "blank", "b"]
    assert out["failed"] == [False, True, False]
    assert json.loads(out["result"][1])["error"]["type"] == "InputError"
    assert json.loads(out["result"][2])["article"]["id"] == "b"


def test_a_refused_key_fails_the_dataset_with_our_message_only(cluster: None) -> None:
    rows = [{"id": "k", "text": "A note from the port. [status:401]"}]
    with FakeServer() as server:
        ds = on_server(server, rows, workers=1, batch_size=1)
        with pytest.raises(Exception, match="refused the run") as raised:
            ds.take_all()
    assert "RunStopped" in str(raised.value)
    assert "AuthenticationError" not in str(raised.value)  # the openai error and its text stay on the worker
