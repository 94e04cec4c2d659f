"""``llmextract extract`` on one article: formats, output file, stdin, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from llmextract.cli.app import app

TEXT = "Mayor Ines Duarte said on Monday: “The bridge will open in June.” Critics disagreed."
runner = CliRunner()


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "bridge.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def test_extract_json_on_offline_default(article: Path) -> None:
    result = runner.invoke(app, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["article"]["id"] == "bridge"
    assert any("bridge will open" in q["text"] for q in data["quotes"])
    assert "offline rules baseline" in result.stderr


def test_extract_from_stdin_as_jsonl() -> None:
    result = runner.invoke(app, ["extract", "-", "-m", "baseline", "--format", "jsonl"], input=TEXT)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["provenance"]["model"] == "baseline"
    assert "offline rules baseline" not in result.stderr


def test_extract_table_and_output_file(article: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(article), "-m", "baseline", "-f", "table"])
    assert result.exit_code == 0
    assert "Quotes in bridge" in result.stdout and "Ines Duarte" in result.stdout
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["extract", str(article), "-m", "baseline", "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(out.read_text())["article"]["chars"] == len(TEXT)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "nope.txt"], "no such file"),
        (["extract", "-m", "gpt-4o-mini", "ARTICLE"], "OPENAI_API_KEY"),
        (
            ["extract", "--prompt", "nosuch@v1", "-m", "m", "--base-url", "http://127.0.0.1:9/v1", "ARTICLE"],
            "unknown prompt",
        ),
        (["prompts", "show", "extraction@v99"], "no version 99"),
    ],
)
def test_usage_errors_exit_2_without_traceback(args: list[str], message: str, article: Path) -> None:
    result = runner.invoke(app, [str(article) if a == "ARTICLE" else a for a in args])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output


def test_empty_stdin_exits_2() -> None:
    result = runner.invoke(app, ["extract", "-", "-m", "baseline"], input="")
    assert result.exit_code == 2 and "empty" in result.stderr


def test_unreachable_endpoint_exits_1(article: Path) -> None:
    result = runner.invoke(
        app,
        [
            "extract",
            str(article),
            "-m",
            "m",
            "--base-url",
            "http://127.0.0.1:9/v1",
            "--max-retries",
            "0",
            "--timeout",
            "2",
        ],
    )
    assert result.exit_code == 1
    assert "127.0.0.1:9" in result.stderr and "Traceback" not in result.output
