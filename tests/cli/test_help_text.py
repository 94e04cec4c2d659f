"""Every command's --help shows click's placeholders (PATHS..., TEXT, [a|b]), whatever typer draws."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from llmextract.cli.app import app
from llmextract.cli.help_text import plain_placeholder, plain_row, plain_usage

TYPER_PLACEHOLDER = re.compile(r"<(?:str|int|float|path|bool|list\[[^\]]*\]|int range|float range)>")


def _paths(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    yield path
    for name, sub in getattr(command, "commands", {}).items():
        yield from _paths(sub, (*path, name))


COMMANDS = list(_paths(typer.main.get_command(app)))


def test_every_command_is_reached() -> None:
    assert {("extract",), ("eval",), ("gold", "import", "polnear"), ("corpus",)} <= set(COMMANDS)


@pytest.mark.parametrize("path", COMMANDS, ids=lambda p: " ".join(p) or "llmextract")
def test_help_has_no_type_placeholders(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, [*path, "--help"], prog_name="llmextract")
    assert result.exit_code == 0, result.output
    assert not TYPER_PLACEHOLDER.search(result.output), result.output
    usage = next(line for line in result.output.splitlines() if line.startswith("Usage:"))
    assert usage.startswith(" ".join(("Usage: llmextract", *path)))
    assert not re.search(r"\{\w+\}", usage), usage


def test_extract_help_reads_as_written() -> None:
    result = CliRunner().invoke(app, ["extract", "--help"], prog_name="llmextract")
    assert "Usage: llmextract extract [OPTIONS] PATHS..." in result.output
    assert re.search(r"^  PATHS\.\.\.  Articles", result.output, re.M)
    assert "-f, --format [json|jsonl|table|html]" in result.output
    assert re.search(r"--max-chars INTEGER ", result.output)


@pytest.mark.parametrize(
    ("angled", "plain"),
    [
        ("str", "TEXT"),
        ("int range", "INTEGER"),
        ("float", "NUMBER"),
        ("path", "PATH"),
        ("list[str]", "TEXT"),
        ("json|table", "[json|table]"),
        ("list[parquet|csv]", "[parquet|csv]"),
        ("model id", "MODEL_ID"),
    ],
)
def test_placeholders(angled: str, plain: str) -> None:
    assert plain_placeholder(angled) == plain


def test_usage_and_rows_of_either_typer_come_out_the_same() -> None:
    assert plain_usage("[OPTIONS] {paths}...") == plain_usage("[OPTIONS] PATHS...") == "[OPTIONS] PATHS..."
    assert plain_usage("[OPTIONS] {gold} [name]") == "[OPTIONS] GOLD [NAME]"
    assert plain_row("paths... <list[str]>") == plain_row("PATHS...") == "PATHS..."
    assert plain_row("gold <path>") == "GOLD"
    assert plain_row("-m, --model <list[str]>") == "-m, --model TEXT"
    assert plain_row("--temperature FLOAT|none") == "--temperature FLOAT|none"  # a metavar of our own
    assert plain_row("extract") == "extract"  # a command's name in a group's list
