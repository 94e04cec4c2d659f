"""``extract --batch-api [--no-wait]`` and the flags that do not combine with it."""

from __future__ import annotations

import json
from pathlib import Path

from batch_api_server import BatchApiServer
from typer.testing import CliRunner

from llmextract.cli.app import app

runner = CliRunner()
ARTICLES = {
    "x": "“The ferry runs again on Friday,” said Lena Moss at the pier.",
    "y": "“Rents must come down,” said Tom Ekdal. The vote is next week.",
}


def test_batch_api_submits_then_the_same_command_collects(tmp_path: Path) -> None:
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in ARTICLES.items()))
    output = tmp_path / "out.jsonl"
    with BatchApiServer() as server:
        base = ["extract", str(inputs), "-o", str(output), "-m", "gpt-test", "--base-url", server.base_url]
        first = runner.invoke(app, [*base, "--batch-api", "--no-wait"])
        assert first.exit_code == 0, first.output
        assert "run the same command again" in first.output and output.read_text() == ""
        second = runner.invoke(app, [*base, "--batch-api", "--poll-seconds", "0"])
        assert second.exit_code == 0, second.output
        assert server.created == 1
    ids = sorted(json.loads(line)["article"]["id"] for line in output.read_text().splitlines())
    assert ids == ["x", "y"]


def test_batch_api_needs_an_output_file_and_no_ray(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLES["x"])
    assert runner.invoke(app, ["extract", str(article), "-m", "gpt-test", "--batch-api"]).exit_code == 2
    both = runner.invoke(app, ["extract", str(article), "-o", "o.jsonl", "--batch-api", "--engine", "ray"])
    assert both.exit_code == 2 and "does not combine" in both.output
    assert runner.invoke(app, ["extract", str(article), "-o", "o.jsonl", "--no-wait"]).exit_code == 2
    budget = runner.invoke(
        app, ["extract", str(article), "-o", "o.jsonl", "--batch-api", "--max-tokens-total", "9"]
    )
    assert budget.exit_code == 2 and "--max-tokens-total does not combine" in budget.output


def test_a_refused_key_stops_the_run_with_a_message_and_keeps_the_state(tmp_path: Path) -> None:
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in ARTICLES.items()))
    output = tmp_path / "out.jsonl"
    with BatchApiServer() as server:
        server.refuse = 401
        base = ["extract", str(inputs), "-o", str(output), "-m", "gpt-test", "--base-url", server.base_url]
        refused = runner.invoke(app, [*base, "--batch-api", "--poll-seconds", "0"])
        assert refused.exit_code == 1 and "HTTP 401" in refused.output and "Traceback" not in refused.output
        server.refuse = None
        again = runner.invoke(app, [*base, "--batch-api", "--poll-seconds", "0"])
        assert again.exit_code == 0, again.output
        assert (server.created, server.uploads) == (1, 1)
