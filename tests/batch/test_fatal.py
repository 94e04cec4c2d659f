"""A refused key (401/403) or an unknown model (404) stops the run after the calls in flight."""

from __future__ import annotations

from pathlib import Path

import pytest
from fake_openai import FakeServer
from typer.testing import CliRunner

from llmextract.article import Article
from llmextract.batch.many import FailureRecord, extract_many, fatal_hint, result_id
from llmextract.cli.app import app
from llmextract.errors import ProviderError, RunStopped
from llmextract.schema import Extraction


def refused(n: int, status: int = 401) -> list[Article]:
    return [
        Article(id=f"r{i}", text=f"[id:r{i}] “Gate {i} is shut,” said Ana Ruiz. [status:{status}]")
        for i in range(n)
    ]


@pytest.mark.parametrize(("status", "check"), [(401, "API key"), (403, "API key"), (404, "--base-url")])
@pytest.mark.parametrize("concurrency", [1, 4])
def test_a_refused_run_stops_the_library_run(status: int, check: str, concurrency: int) -> None:
    with FakeServer() as server, pytest.raises(RunStopped) as caught:
        list(
            extract_many(
                refused(20, status), "m", base_url=server.base_url, concurrency=concurrency, cache=False
            )
        )
    assert 1 <= server.total_requests <= concurrency
    assert caught.value.status_code == status
    assert check in str(caught.value) and "127.0.0.1" in str(caught.value)


def test_results_finished_before_the_refusal_are_yielded() -> None:
    good = [Article(id=f"g{i}", text=f"[id:g{i}] “Road {i} is open,” said Ana Ruiz.") for i in range(3)]
    got: list[Extraction | FailureRecord] = []
    with FakeServer() as server, pytest.raises(RunStopped):
        for result in extract_many(
            [*good, *refused(5)], "m", base_url=server.base_url, concurrency=1, cache=False
        ):
            got.append(result)
    assert [result_id(r) for r in got] == ["g0", "g1", "g2"]
    assert server.total_requests == 4


def test_other_statuses_are_ordinary_failures() -> None:
    with FakeServer() as server:
        results = list(
            extract_many(refused(3, 400), "m", base_url=server.base_url, concurrency=1, cache=False)
        )
    assert len(results) == 3 and all(isinstance(r, FailureRecord) for r in results)


@pytest.mark.parametrize(
    ("message", "check"),
    [("The model `tiny` does not exist", "model name"), ("no route /chat/completions", "--base-url")],
)
def test_a_404_says_what_to_check(message: str, check: str) -> None:
    original = RuntimeError(message)
    hint = fatal_hint(ProviderError(message, host="h", status_code=404, original=original), "tiny")
    assert hint is not None and check in hint
    assert fatal_hint(ProviderError(message, host="h", status_code=400), "tiny") is None


def _folder(tmp_path: Path, texts: list[str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(texts):
        (folder / f"a{i:02d}.txt").write_text(f"[id:a{i:02d}] {text}", encoding="utf-8")
    return folder


def _extract(folder: Path, out: Path, base_url: str, *extra: str) -> object:
    args = [
        "extract",
        str(folder),
        "-o",
        str(out),
        "-m",
        "m",
        "--base-url",
        base_url,
        "--no-cache",
        "-q",
        *extra,
    ]
    return CliRunner().invoke(app, args)


@pytest.mark.parametrize(("concurrency", "most"), [(1, 1), (4, 4)])
def test_the_cli_stops_a_refused_batch_with_one_message(tmp_path: Path, concurrency: int, most: int) -> None:
    folder = _folder(tmp_path, [f"“Pier {i} reopens,” said Ana Ruiz. [status:401]" for i in range(20)])
    out = tmp_path / "out.jsonl"
    with FakeServer() as server:
        result = _extract(folder, out, server.base_url, "--concurrency", str(concurrency))
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert 1 <= server.total_requests <= most
    stderr = result.output  # type: ignore[attr-defined]
    assert stderr.count("llmextract: error:") == 1
    assert "API key" in stderr and "127.0.0.1" in stderr and "--resume" in stderr
    assert "Traceback" not in stderr
    assert out.read_text(encoding="utf-8") == "", "a refused article gets no record: --resume redoes it"


def test_finished_results_are_kept_and_resume_continues(tmp_path: Path) -> None:
    texts = [f"“Pier {i} reopens,” said Ana Ruiz." for i in range(8)]
    texts[5] += " [status:401]"
    folder = _folder(tmp_path, texts)
    out = tmp_path / "out.jsonl"
    with FakeServer() as server:
        first = _extract(folder, out, server.base_url, "--concurrency", "1")
        assert first.exit_code == 1  # type: ignore[attr-defined]
        assert len(out.read_text(encoding="utf-8").splitlines()) == 5
        (folder / "a05.txt").write_text("[id:a05] “Pier 5 reopens,” said Ana Ruiz.", encoding="utf-8")
        second = _extract(folder, out, server.base_url, "--concurrency", "1", "--resume")
        assert second.exit_code == 0, second.output  # type: ignore[attr-defined]
        assert server.total_requests == 6 + 3
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 8 and '"error"' not in out.read_text(encoding="utf-8")
