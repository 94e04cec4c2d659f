"""`llmextract extract` over many articles: JSONL out, exit codes, resume, Ctrl-C and kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_openai import FakeServer
from result_lines import ids_in
from typer.testing import CliRunner

from llmextract.cli.app import app

runner = CliRunner()


def story(i: int, extra: str = "") -> dict[str, str]:
    return {
        "id": f"n{i:03d}",
        "title": f"Story {i}",
        "text": f"[id:n{i:03d}] “Pier {i} reopens in spring,” said Lena Holm, the harbour chief.{extra}",
    }


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer(latency=0.02) as srv:
        yield srv


def test_folder_batch_on_the_baseline(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(3):
        (folder / f"a{i}.txt").write_text(
            f"“Vote {i} is tomorrow,” said Senator Ruth Ames.", encoding="utf-8"
        )
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(folder), "-m", "baseline", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert ids_in(out) == Counter({"a0": 1, "a1": 1, "a2": 1})
    assert "3 done (0 from cache), 0 failed" in result.stderr
    again = runner.invoke(app, ["extract", str(folder), "-m", "baseline", "-o", str(out), "--resume"])
    assert again.exit_code == 0 and "3 skipped" in again.stderr and sum(ids_in(out).values()) == 3


def test_failures_exit_1_and_retry_failed_keeps_one_line_per_id(tmp_path: Path, server: FakeServer) -> None:
    inputs = write_jsonl(tmp_path / "in.jsonl", [story(1), story(2, " [status:400]"), story(3)])
    out = tmp_path / "out.jsonl"
    args = ["extract", str(inputs), "-m", "m", "--base-url", server.base_url, "-o", str(out), "-q"]
    first = runner.invoke(app, args)
    assert first.exit_code == 1 and first.stderr == ""
    errors = [json.loads(line) for line in out.read_text().splitlines() if '"error"' in line]
    assert [(e["id"], e["error"]["type"], e["error"]["attempts"]) for e in errors] == [
        ("n002", "ProviderError", 1)
    ]
    retried = runner.invoke(app, [*args, "--retry-failed"])
    assert retried.exit_code == 1 and server.requests == Counter({"n001": 1, "n002": 2, "n003": 1})
    assert ids_in(out) == Counter({"n001": 1, "n002": 1, "n003": 1})


def test_cached_run_and_token_budget(tmp_path: Path, server: FakeServer) -> None:
    inputs = write_jsonl(tmp_path / "in.jsonl", [story(i) for i in range(6)])
    base = ["extract", str(inputs), "-m", "m", "--base-url", server.base_url, "--concurrency", "1"]
    limited = runner.invoke(app, [*base, "-o", str(tmp_path / "a.jsonl"), "--max-tokens-total", "200"])
    assert limited.exit_code == 1 and "token budget reached" in limited.stderr
    assert sum(ids_in(tmp_path / "a.jsonl").values()) == 2
    full = runner.invoke(app, [*base, "-o", str(tmp_path / "a.jsonl"), "--resume"])
    assert full.exit_code == 0 and "4 done (0 from cache)" in full.stderr
    warm = runner.invoke(app, [*base, "-o", str(tmp_path / "b.jsonl")])
    assert warm.exit_code == 0 and "6 done (6 from cache)" in warm.stderr and "; 0 tokens" in warm.stderr
    assert server.total_requests == 6


def test_batch_usage_errors(tmp_path: Path) -> None:
    inputs = write_jsonl(tmp_path / "in.jsonl", [story(1), story(1)])
    dup = runner.invoke(app, ["extract", str(inputs), "-m", "baseline", "-o", str(tmp_path / "o.jsonl")])
    assert dup.exit_code == 2 and "duplicate article id 'n001'" in dup.stderr
    table = runner.invoke(app, ["extract", str(inputs), "-m", "baseline", "-f", "table"])
    assert table.exit_code == 2 and "jsonl" in table.stderr
    resume = runner.invoke(app, ["extract", str(inputs), "-m", "baseline", "--resume"])
    assert resume.exit_code == 2 and "-o" in resume.stderr


def test_batch_without_output_writes_jsonl_to_stdout(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("“Yes,” said Judge Ana Cruz.", encoding="utf-8")
    b.write_text("“No,” said Judge Ana Cruz.", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(a), str(b), "-m", "baseline", "-q"])
    assert result.exit_code == 0
    assert sorted(json.loads(line)["article"]["id"] for line in result.stdout.splitlines()) == ["a", "b"]


def start(inputs: Path, out: Path, server: FakeServer, *extra: str) -> subprocess.Popen[bytes]:
    command = [
        "from llmextract.cli.app import main; main()",
        "extract",
        str(inputs),
        "-m",
        "m",
        "--base-url",
        server.base_url,
        "-o",
        str(out),
        "--concurrency",
        "4",
        "-q",
        *extra,
    ]
    log = out.with_suffix(".stderr")
    with log.open("ab") as err:  # the child keeps its own copy of the descriptor
        return subprocess.Popen([sys.executable, "-c", *command], stderr=err, env=dict(os.environ))


def wait_for_lines(out: Path, n: int, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= n:
            return
        time.sleep(0.02)
    pytest.fail(
        f"the run ended or stalled before {n} lines (exit {proc.poll()}): "
        f"{out.with_suffix('.stderr').read_text()}"
    )


def test_interrupted_then_killed_run_resumes_without_duplicates_or_gaps(tmp_path: Path) -> None:
    rows = [story(i) for i in range(150)]
    inputs = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    with FakeServer(latency=0.05) as server:
        first = start(inputs, out, server)
        wait_for_lines(out, 15, first)
        first.send_signal(signal.SIGINT)
        assert first.wait(30) == 130, "Ctrl-C stops the run cleanly"
        assert out.read_bytes().endswith(b"\n") and "interrupted" not in out.read_text()
        after_interrupt = sum(ids_in(out).values())  # parses every line: none cut in half

        second = start(inputs, out, server, "--resume")
        wait_for_lines(out, after_interrupt + 15, second)
        second.send_signal(signal.SIGKILL)
        assert second.wait(30) == -signal.SIGKILL
        written = ids_in(out)
        assert after_interrupt + 15 <= sum(written.values()) < 150 and max(written.values()) == 1

        third = start(inputs, out, server, "--resume")
        assert third.wait(60) == 0, out.with_suffix(".stderr").read_text()
        assert ids_in(out) == Counter({r["id"]: 1 for r in rows}), "no duplicate, no missing id"
        assert server.total_requests - 150 <= 2 * 4, "only calls in flight at each stop are paid twice"
