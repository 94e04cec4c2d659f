"""``llmextract extract --engine ray``: the local run's inputs, output, resume and exits, on Ray workers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fake_openai import FakeServer
from typer.testing import CliRunner

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray")  # Ray's own settings, not ours

pytest.importorskip("ray")

from llmextract.batch.engines.ray_run import batch_size, run_ray  # noqa: E402
from llmextract.batch.run import BatchOptions, run_batch  # noqa: E402
from llmextract.cli.app import app  # noqa: E402
from llmextract.config import ExtractorConfig  # noqa: E402
from llmextract.errors import ConfigError  # noqa: E402

ROWS = [
    {"id": "a", "text": "“The bridge opens in May,” said Mara Jensen. The mayor agreed.", "lang": "en"},
    {"id": "b", "text": "« Nous refusons ce péage », a déclaré Olaf Brandt, chef du syndicat.", "lang": "fr"},
    {
        "id": "c",
        "text": "Senator Ida Holm said the budget would pass.",
        "date": "2026-03-01",
        "url": "https://news.example/c",
        "source": "Harbour Herald",
    },
    {"id": "d", "text": "“Prices will fall,” said Per Lund of the central bank at the meeting."},
]


def write_inputs(folder: Path, bad_line: bool = False) -> Path:
    lines = [json.dumps(row) for row in ROWS]
    if bad_line:
        lines.insert(2, '{"id": "broken", "text": ')
    path = folder / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def by_id(output: Path) -> dict[str, dict[str, Any]]:
    got: dict[str, dict[str, Any]] = {}
    for line in output.read_text().splitlines():
        data = json.loads(line)
        key = data["article"]["id"] if "article" in data else data["id"]
        assert key not in got, f"{key} written twice"
        data.get("provenance", {}).pop("seconds", None)
        got[key] = data
    return got


def test_the_results_are_those_of_a_local_run(cluster: None, tmp_path: Path) -> None:
    inputs = write_inputs(tmp_path, bad_line=True)
    local, remote = tmp_path / "local.jsonl", tmp_path / "ray.jsonl"
    run_batch([str(inputs)], ExtractorConfig("baseline"), BatchOptions(output=local, quiet=True))
    outcome = run_ray(
        [str(inputs)], ExtractorConfig("baseline"), BatchOptions(output=remote, quiet=True), workers=2
    )
    assert outcome.counters.total == 5 and outcome.counters.failed == 1
    assert by_id(remote) == by_id(local)
    got = by_id(remote)
    assert got["b"]["article"]["metadata"]["lang"] == "fr"  # articles travel whole, metadata too
    assert got["c"]["article"]["metadata"]["source"] == "Harbour Herald"
    assert got[f"{inputs}:3"]["error"]["type"] == "InputError"


def test_resume_skips_what_the_output_holds(cluster: None, tmp_path: Path) -> None:
    inputs, output = write_inputs(tmp_path), tmp_path / "out.jsonl"
    run_batch([str(inputs)], ExtractorConfig("baseline"), BatchOptions(output=output, quiet=True))
    output.write_text(
        "".join(output.read_text().splitlines(keepends=True)[:1])
    )  # as if killed after one line
    outcome = run_ray(
        [str(inputs)],
        ExtractorConfig("baseline"),
        BatchOptions(output=output, resume=True, quiet=True),
        workers=2,
    )
    assert outcome.complete and outcome.counters.skipped == 1 and outcome.counters.done == 3
    assert set(by_id(output)) == {"a", "b", "c", "d"}


def test_more_workers_than_the_cluster_has_cpus_fail_before_the_output_is_touched(
    cluster: None, tmp_path: Path
) -> None:
    inputs, output = write_inputs(tmp_path), tmp_path / "out.jsonl"
    with pytest.raises(ConfigError, match="--ray-workers 3"):
        run_ray(
            [str(inputs)], ExtractorConfig("baseline"), BatchOptions(output=output, quiet=True), workers=3
        )
    assert not output.exists()


def test_a_batch_is_four_rounds_of_calls_and_at_least_16_articles() -> None:
    assert batch_size(8) == 32
    assert batch_size(1) == 16


def test_the_command_line_runs_on_ray(cluster: None, tmp_path: Path) -> None:
    inputs, output = write_inputs(tmp_path), tmp_path / "out.jsonl"
    args = ["extract", str(inputs), "-o", str(output), "-m", "baseline", "--engine", "ray", "-q"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert set(by_id(output)) == {"a", "b", "c", "d"}
    refused = CliRunner().invoke(app, [*args, "--ray-workers", "4", "--overwrite"])
    assert refused.exit_code == 2 and "cluster has 2" in refused.output


def test_a_refused_key_exits_1_and_keeps_the_finished_articles(
    cluster: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = [{"id": f"n{i}", "text": f"[id:n{i}] “Pier {i} reopens,” said Lena Holm."} for i in range(3)]
    rows.append({"id": "k", "text": "[id:k] A note from the port. [status:401]"})
    inputs, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    inputs.write_text("".join(json.dumps(r) + "\n" for r in rows))
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    with FakeServer() as server:
        args = ["extract", str(inputs), "-o", str(output), "-m", "gpt-test", "--base-url", server.base_url]
        args += ["--engine", "ray", "--ray-workers", "1", "--concurrency", "1", "--no-cache"]
        result = CliRunner().invoke(app, [*args, "--max-retries", "0", "-q"])
    assert result.exit_code == 1, result.output
    assert "refused the run" in result.output and "--resume" in result.output
    assert set(by_id(output)) == {"n0", "n1", "n2"}  # the refused article has no record: --resume redoes it
