"""Messages on stderr and stdout: ids, paths and server text in them never act on the terminal."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from llmextract.cli.app import app
from llmextract.cli.exits import fail, say

runner = CliRunner()
SEQUENCE = "\x1b]0;owned\x07\x1b[2J\x9b2J"
SHOWN = "␛]0;owned␇␛[2J\\x9b2J"


def controls(text: str) -> set[str]:
    return {c for c in text if unicodedata.category(c) in {"Cc", "Zl", "Zp"}}


def test_an_error_naming_a_hostile_path_shows_its_sequences(tmp_path: Path) -> None:
    result = runner.invoke(app, ["view", str(tmp_path / f"nosuch{SEQUENCE}.jsonl")])
    assert result.exit_code == 2
    assert controls(result.stderr) <= {"\n"}
    assert SHOWN in result.stderr


def test_an_error_naming_a_hostile_id_shows_its_sequences(tmp_path: Path) -> None:
    article = tmp_path / "a.json"
    article.write_text(json.dumps({"id": f"a{SEQUENCE}", "text": ""}), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(article), "-m", "baseline"])
    assert result.exit_code == 2, result.output
    assert controls(result.stderr) <= {"\n"}
    assert f"article a{SHOWN} is empty" in result.stderr


def test_say_keeps_the_messages_own_lines_and_shows_the_rest(capsys: pytest.CaptureFixture[str]) -> None:
    say(f"one{SEQUENCE}\ntwo\r\u2028", err=True)
    assert capsys.readouterr().err == f"one{SHOWN}\ntwo␍\\u2028\n"
    with pytest.raises(typer.Exit) as exit_info:
        fail(f"bad{SEQUENCE}")
    assert exit_info.value.exit_code == 2
    assert capsys.readouterr().err == f"llmextract: error: bad{SHOWN}\n"
