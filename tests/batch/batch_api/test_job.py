"""Batch API runs against the fake server, through the real openai client."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from batch_api_server import BatchApiServer

from llmextract.article import Article
from llmextract.batch.batch_api.job import BatchApiJob, BatchApiOptions
from llmextract.batch.batch_api.remote import Remote
from llmextract.batch.batch_api.run import run_batch_api
from llmextract.batch.batch_api.state import RunState, state_folder
from llmextract.batch.run import BatchOptions, RunOutcome
from llmextract.config import ExtractorConfig
from llmextract.pipeline import Extractor

ARTICLES = {
    "one": "“The harbour will be rebuilt by spring,” said Mara Jensen at the quay.",
    "two": "“We oppose the new toll,” said Olaf Brandt. The council met on Monday.",
    "three": "Nothing quoted here, only a plain report about the weather.",
}


def write_inputs(folder: Path, articles: dict[str, str]) -> Path:
    path = folder / "in.jsonl"
    path.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in articles.items()))
    return path


@pytest.fixture
def server() -> Iterator[BatchApiServer]:
    with BatchApiServer() as running:
        yield running


def options(server: BatchApiServer, **extra: Any) -> dict[str, Any]:
    return {"model": "gpt-test", "base_url": server.base_url, "api_key": "sk-test", **extra}


def run(
    server: BatchApiServer, inputs: Path, output: Path, api: BatchApiOptions | None = None, **extra: Any
) -> RunOutcome:
    api = api or BatchApiOptions(poll_seconds=0)
    return run_batch_api(
        [str(inputs)],
        ExtractorConfig(**options(server, **extra)),
        BatchOptions(output=output, quiet=True),
        api,
    )


def lines(output: Path) -> dict[str, dict[str, Any]]:
    rows = [json.loads(line) for line in output.read_text().splitlines()]
    ids = [row["article"]["id"] if "article" in row else row["id"] for row in rows]
    assert len(ids) == len(set(ids)), "an article was written twice"
    return dict(zip(ids, rows, strict=True))


def test_a_run_sends_one_batch_and_assembles_as_an_online_call_would(
    server: BatchApiServer, tmp_path: Path
) -> None:
    output = tmp_path / "out.jsonl"
    outcome = run(server, write_inputs(tmp_path, ARTICLES), output, cache=False)
    assert outcome.complete
    assert (server.created, server.uploads, server.online) == (1, 1, 0)
    rows = lines(output)
    assert set(rows) == set(ARTICLES)
    online = Extractor(**options(server, cache=False)).extract(ARTICLES["one"])
    batch = rows["one"]
    assert batch["quotes"] == json.loads(online.model_dump_json())["quotes"]
    assert "The harbour will be rebuilt by spring," in batch["quotes"][0]["text"]
    assert batch["provenance"]["mode"] == "json_schema"
    body = json.loads(server.contents[next(iter(server.files))].decode().splitlines()[0])
    assert body["url"] == "/v1/chat/completions" and body["custom_id"] == "one#0"
    assert server.batches["batch-2"]["completion_window"] == "24h"


def test_large_runs_are_split_into_several_batches(server: BatchApiServer, tmp_path: Path) -> None:
    output = tmp_path / "out.jsonl"
    outcome = run(
        server, write_inputs(tmp_path, ARTICLES), output, BatchApiOptions(poll_seconds=0, max_requests=2)
    )
    assert outcome.complete and server.created == 2
    assert sorted(server.requests_in(b) for b in server.batches) == [1, 2]


def test_no_wait_submits_and_the_same_command_collects(server: BatchApiServer, tmp_path: Path) -> None:
    inputs, output = write_inputs(tmp_path, ARTICLES), tmp_path / "out.jsonl"
    first = run(server, inputs, output, BatchApiOptions(poll_seconds=0, no_wait=True))
    assert first.waiting and not first.complete and output.read_text() == ""
    assert server.created == 1
    second = run(server, inputs, output, BatchApiOptions(poll_seconds=0, no_wait=True))
    assert server.created == 1  # polled once: still in flight
    while not second.complete:
        second = run(server, inputs, output, BatchApiOptions(poll_seconds=0, no_wait=True))
        assert server.retrieves < 10
    assert server.created == 1 and set(lines(output)) == set(ARTICLES)


class Killed(Exception):
    pass


STEPS = [
    "planned",
    "upload-started",
    "uploaded-unsaved",
    "uploaded",
    "create-started",
    "created-unsaved",
    "created",
    "downloaded",
]


@pytest.mark.parametrize("step", STEPS)
def test_a_run_killed_at_any_step_resumes_without_paying_twice(
    server: BatchApiServer, tmp_path: Path, step: str
) -> None:
    inputs, output = write_inputs(tmp_path, ARTICLES), tmp_path / "out.jsonl"

    def die(name: str) -> None:
        if name == step:
            raise Killed(name)

    with pytest.raises(Killed):
        run(server, inputs, output, BatchApiOptions(poll_seconds=0, checkpoint=die), cache=False)
    outcome = run(server, inputs, output, cache=False)
    assert outcome.complete
    assert (server.created, server.uploads) == (1, 1)
    assert set(lines(output)) == set(ARTICLES)


def test_a_kill_between_written_articles_resumes_from_the_downloaded_answers(
    server: BatchApiServer, tmp_path: Path
) -> None:
    inputs, output = write_inputs(tmp_path, ARTICLES), tmp_path / "out.jsonl"
    assert run(server, inputs, output, cache=False).complete
    kept = output.read_text().splitlines(keepends=True)[:1]
    output.write_text("".join(kept))  # as if killed after the first line
    assert run(server, inputs, output, cache=False).complete
    assert set(lines(output)) == set(ARTICLES) and server.created == 1
    assert RunState.load(state_folder(output)).sets[0].downloaded


@pytest.mark.parametrize("fate", ["expire", "cancel", "null_output"])
def test_requests_of_unfinished_batches_are_sent_again(fate: str, tmp_path: Path) -> None:
    with BatchApiServer(fates=[fate]) as server:
        output = tmp_path / "out.jsonl"
        outcome = run(server, write_inputs(tmp_path, ARTICLES), output, cache=False)
        assert outcome.complete and server.created == 2
        resent = server.requests_in(list(server.batches)[-1])
        assert resent == (3 if fate == "null_output" else 2)
    assert set(lines(output)) == set(ARTICLES)


def test_error_lines_are_retried_within_the_budget_then_recorded(
    server: BatchApiServer, tmp_path: Path
) -> None:
    articles = {**ARTICLES, "flaky": "A report. [batch-fail:1]", "broken": "Another report. [batch-fail:9]"}
    output = tmp_path / "out.jsonl"
    outcome = run(server, write_inputs(tmp_path, articles), output, cache=False, max_retries=2)
    rows = lines(output)
    assert set(rows) == set(articles)
    assert "article" in rows["flaky"]
    assert rows["broken"]["error"]["attempts"] == 3 and "HTTP 500" in rows["broken"]["error"]["message"]
    assert server.created == 3 and not outcome.complete


def test_answers_that_fail_validation_are_re_asked_online(server: BatchApiServer, tmp_path: Path) -> None:
    articles = {"bad": "“Fine words,” said Ada Lind. [batch-invalid:1]"}
    output = tmp_path / "out.jsonl"
    assert run(server, write_inputs(tmp_path, articles), output, cache=False).complete
    assert (server.created, server.online) == (1, 1)
    assert "Fine words," in lines(output)["bad"]["quotes"][0]["text"]


def test_cached_answers_are_reused_and_new_ones_cached(server: BatchApiServer, tmp_path: Path) -> None:
    inputs = write_inputs(tmp_path, ARTICLES)
    assert run(server, inputs, tmp_path / "a.jsonl").complete
    assert run(server, inputs, tmp_path / "b.jsonl").complete
    assert server.created == 1
    assert all(row["provenance"]["cached"] for row in lines(tmp_path / "b.jsonl").values())


def test_ctrl_c_while_polling_ends_the_run_as_interrupted(server: BatchApiServer, tmp_path: Path) -> None:
    inputs, output = write_inputs(tmp_path, ARTICLES), tmp_path / "out.jsonl"

    def interrupt(sets: object) -> None:
        raise KeyboardInterrupt

    outcome = run(server, inputs, output, BatchApiOptions(poll_seconds=0, on_poll=interrupt))
    assert outcome.interrupted and not outcome.complete
    assert run(server, inputs, output).complete and server.created == 1


class HostileIds(Remote):
    """A remote whose server names its batches with paths: ``../../../escape-N`` and ``/abs/...``."""

    def __init__(self, client: Any, root: Path) -> None:
        super().__init__(client)
        self.real: dict[str, str] = {}
        self.names = iter([f"{'../' * 3}escape-1", f"{root}/abs-escape-2", "..", "batch/../../x"])

    def create(self, file_id: str, key: str) -> str:
        hostile = next(self.names)
        self.real[hostile] = super().create(file_id, key)
        return hostile

    def find_batch(self, key: str) -> str | None:
        found = super().find_batch(key)
        return next((h for h, r in self.real.items() if r == found), found)

    def retrieve(self, batch_id: str) -> Any:
        return super().retrieve(self.real.get(batch_id, batch_id))


def test_batch_ids_from_the_server_never_name_a_file_outside_the_state_folder(
    server: BatchApiServer, tmp_path: Path
) -> None:
    inside = tmp_path / "deep" / "er"
    inside.mkdir(parents=True)
    output = inside / "out.jsonl"
    articles = {**ARTICLES, "four": "“Reopen the pier,” said Ines Vale. [batch-fail:1]"}
    extractor = Extractor(**options(server, cache=False))
    folder = state_folder(output)
    state = RunState.load(folder)
    remote = HostileIds(extractor.llm().batch_client(), tmp_path)
    emitted: list[Any] = []
    todo = [Article(text=text, id=key) for key, text in articles.items()]
    try:
        job = BatchApiJob(extractor, state, remote, emitted.append, BatchApiOptions(poll_seconds=0))
        finished = job.run(todo)
    finally:
        extractor.close()
    assert finished and len(emitted) == len(articles)
    written = {p for p in tmp_path.rglob("*") if p.is_file()}
    assert all(folder in p.parents for p in written), sorted(map(str, written))
    assert any(p.name.endswith(".output.jsonl") for p in written)
