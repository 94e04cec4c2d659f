"""What ``extract`` prints for one article or a batch: nothing in the data may act on the terminal."""

from __future__ import annotations

import io
import json
import re
import unicodedata
from pathlib import Path

import pytest
from typer.testing import CliRunner

from llmextract.article import text_sha256
from llmextract.cli.app import app
from llmextract.cli.formats import write_table
from llmextract.schema import Extraction

runner = CliRunner()

ATTACKS = (
    "\x1b[2J\x1b[H \x1b]0;owned\x07 \x1b]8;;https://evil.example/\x1b\\here\x1b]8;;\x1b\\ \x08\x08 \x9b31m"
)
TEXT = (
    f"Mayor Ines Duarte said on Monday: “The bridge {ATTACKS} will open [/x] in "
    "[link=https://evil.example]June[/link].” Critics disagreed."
)
TITLE = "Bridge \x1b]2;owned\x1b\\ [bold]news[/bold] :smile:"


def controls(text: str) -> set[str]:
    """Every control character, and the raw code points (DEL, C1, U+2028/9) a terminal may act on."""
    return {c for c in text if unicodedata.category(c) in {"Cc", "Zl", "Zp"}}


def hostile_article(folder: Path, name: str = "evil") -> Path:
    path = folder / f"{name}.json"
    data = {"id": f"{name}\x1b[31m", "title": TITLE, "text": TEXT}
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_table_shows_every_escape_sequence_visibly(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(hostile_article(tmp_path)), "-m", "baseline", "-f", "table"])
    assert result.exit_code == 0, result.output  # a "[/x]" in a quote was a MarkupError traceback
    out = result.stdout
    assert controls(out) <= {"\n"}
    assert "␛[2J␛[H" in out and "␛]0;owned␇" in out and "\\x9b31m" in out
    assert "␛]2;owned" in out and "[bold]news[/bold]" in out and ":smile:" in out  # the title
    assert "[/x]" in out and "[link=https://evil.example]" in out.replace("\n", "")


@pytest.mark.parametrize("colour", [False, True])
def test_table_cells_and_warnings_are_never_markup(colour: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if colour:  # as on a colour terminal: rich writes its own sequences, and only those
        monkeypatch.setenv("FORCE_COLOR", "1")
        monkeypatch.setenv("TERM", "xterm-256color")
        monkeypatch.delenv("NO_COLOR", raising=False)
    text = "Ann [red]Lee[/red] said “we go\x1b[5m”."
    quote = {"id": "q1", "text": "we go\x1b[5m", "start": 25, "end": 32, "speaker_id": "a1"}
    extraction = Extraction.model_validate(
        {
            "article": {"id": "a[/b]", "sha256": text_sha256(text), "chars": len(text), "text": text},
            "actors": [{"id": "a1", "name": "Ann [red]Lee[/red]", "type": "person", "aliases": ["[/]"]}],
            "quotes": [{**quote, "kind": "direct", "alignment": "exact"}],
            "provenance": {"model": "m\x1b]0;t\x07", "toolkit_version": "0"},
            "warnings": ["dropped [/yellow] speaker \x1b[2J\x9b2J"],
        }
    )
    out = io.StringIO()
    write_table(extraction, out, width=100)
    assert ("\x1b[" in out.getvalue()) is colour
    shown = re.sub("\x1b\\[[0-9;]*m", "", out.getvalue())  # rich's own colours
    assert controls(shown) <= {"\n"}
    assert "Ann [red]Lee[/red]" in shown and "[/]" in shown and "we go␛[5m" in shown
    assert "dropped [/yellow] speaker ␛[2J\\x9b2J" in shown


def test_json_on_stdout_holds_the_same_text_and_nothing_a_terminal_acts_on(tmp_path: Path) -> None:
    article = hostile_article(tmp_path)
    for fmt in ("json", "jsonl"):
        result = runner.invoke(app, ["extract", str(article), "-m", "baseline", "-f", fmt])
        assert result.exit_code == 0, result.output
        assert controls(result.stdout) <= {"\n"}
        assert json.loads(result.stdout)["article"]["text"] == TEXT


def test_a_batch_on_stdout_holds_nothing_a_terminal_acts_on(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("one", "two"):
        hostile_article(folder, name)
    result = runner.invoke(app, ["extract", str(folder), "-m", "baseline", "-q"])
    assert result.exit_code == 0, result.output
    assert controls(result.stdout) <= {"\n"}
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["article"]["text"] == TEXT for line in lines)


def test_an_html_page_on_stdout_holds_nothing_a_terminal_acts_on(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(hostile_article(tmp_path)), "-m", "baseline", "-f", "html"])
    assert result.exit_code == 0, result.output
    page = result.stdout
    assert controls(page) <= {"\n", "\t", "\r"}
    assert "&#x1b;[2J" in page  # a character reference: the same text to a browser
    assert "<title>Bridge &#x1b;]2;owned&#x1b;\\ [bold]news[/bold] :smile: · llmextract</title>" in page
