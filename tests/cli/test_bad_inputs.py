"""The table of bad inputs: each ends in exit 2 with a message, or in a result; never a traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import Result
from fake_openai import FakeServer
from typer.testing import CliRunner

from llmextract.cli.app import app

SAID = "“We will not back down,” said Mayor Ines Duarte."
PAGE = (
    "<!DOCTYPE html>\n<html><body><h1>Vote</h1><p>&ldquo;We stay&rdquo;, said Ines Duarte.</p></body></html>"
)
INLINE_MARKUP = "<div><p>“We stay,” said Ines Duarte.</p><p>The vote</p><p>is on.</p></div>"


def run(*args: str, stdin: bytes | None = None) -> Result:
    result = CliRunner().invoke(app, ["extract", *args], input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output
    return result


def error_line(result: Result) -> str:
    lines = [line for line in result.output.splitlines() if line.startswith("llmextract: error:")]
    assert len(lines) == 1, result.output
    return lines[0]


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("empty.txt", b"", "empty article"),
        ("blank.txt", b"  \n\t\n ", "empty article"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        ("latin1.txt", "Caf\xe9 owner Zo\xeb Marchal said no.".encode("latin-1"), "not valid UTF-8"),
        ("page.htm", b"just words", "no article text found in this HTML page"),
        ("gone.html", b"<html><head><title>Gone</title></head><body></body></html>", "no article text"),
        ("list.json", b"[1, 2, 3]", "expected a JSON object with a string 'text' field"),
        ("untexted.json", json.dumps({"id": "a", "title": "No text"}).encode(), "string 'text' field"),
        ("broken.json", b'{"text": "cut', "invalid JSON"),
    ],
)
def test_unusable_files_exit_2_with_a_message(tmp_path: Path, name: str, content: bytes, says: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = run(str(path), "-m", "baseline")
    assert result.exit_code == 2
    line = error_line(result)
    assert says in line and name in line


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("page.html", PAGE.encode()),
        ("page.txt", PAGE.encode()),
        ("inline.txt", INLINE_MARKUP.encode()),
        ("markup.json", json.dumps({"text": PAGE}).encode()),
    ],
)
def test_html_gives_the_page_text_and_its_quote_grounds(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = run(str(path), "-m", "baseline", "-f", "json")
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    text = out["article"]["text"]
    assert "<" not in text and "&ldquo;" not in text
    [quote] = out["quotes"]
    assert quote["speaker"] == "Ines Duarte" and text[quote["start"] : quote["end"]] == quote["text"]


def test_latin1_is_refused_with_the_fix_named(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\xe9 owner said no.".encode("latin-1"))
    line = error_line(run(str(path), "-m", "baseline"))
    assert "byte 3" in line and "iconv" in line


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_a_bom_are_decoded(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "wide.txt"
    bom = {"utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    path.write_bytes(bom + SAID.encode(encoding))
    result = run(str(path), "-m", "baseline")
    assert result.exit_code == 0, result.output
    extraction = json.loads(result.stdout)
    assert extraction["article"]["text"] == SAID
    assert [q["text"] for q in extraction["quotes"]] == ["“We will not back down,”"]


def test_ten_megabytes_are_refused_from_the_file_size(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes((SAID + "\n").encode() * (10_000_000 // len(SAID.encode())))
    line = error_line(run(str(path), "-m", "baseline"))
    assert "over the limit of 4,000,000" in line and "--max-chars" in line


def test_ten_megabytes_on_stdin_are_refused_without_reading_them_all(tmp_path: Path) -> None:
    result = run("-", "-m", "baseline", stdin=b"x" * 10_000_000)
    assert result.exit_code == 2 and "over the limit" in error_line(result)


def test_max_chars_holds_for_the_baseline(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SAID, encoding="utf-8")
    result = run(str(path), "-m", "baseline", "--max-chars", "20")
    assert result.exit_code == 2 and "over the limit of 20" in error_line(result)


def test_an_oversized_jsonl_article_is_an_error_record_and_the_rest_run(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    lines = [{"id": "small", "text": SAID}, {"id": "big", "text": SAID * 40}]
    source.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run(str(source), "-m", "baseline", "--max-chars", "1000", "-o", str(out), "-q")
    assert result.exit_code == 1
    records = {r.get("id") or r["article"]["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert "article" in records["small"] and "over the limit" in records["big"]["error"]["message"]


def test_a_jsonl_line_holding_html_is_read_as_its_page_text(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": "ok", "text": SAID}) + "\n" + json.dumps({"id": "page", "text": PAGE}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert run(str(source), "-m", "baseline", "-o", str(out), "-q").exit_code == 0
    rows = {r["article"]["id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert rows["page"]["article"]["text"] == "“We stay”, said Ines Duarte."


def test_duplicate_ids_are_refused_naming_both_lines(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(
        "\n".join(json.dumps({"id": "same", "text": t}) for t in ["One story.", "Another."]) + "\n",
        encoding="utf-8",
    )
    line = error_line(run(str(source), "-m", "baseline", "-o", str(tmp_path / "out.jsonl")))
    assert "duplicate article id 'same'" in line and "in.jsonl:1" in line and "in.jsonl:2" in line


@pytest.mark.parametrize("text", ['"', "“", "'"])
def test_an_article_that_is_one_quotation_mark_gets_a_result(tmp_path: Path, text: str) -> None:
    path = tmp_path / "mark.txt"
    path.write_text(text, encoding="utf-8")
    result = run(str(path), "-m", "baseline")
    assert result.exit_code == 0, result.output
    extraction = json.loads(result.stdout)
    assert extraction["article"]["text"] == text and extraction["quotes"] == []


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--prompt", "nope@v9"], "unknown prompt 'nope'"),
        (["--prompt", "extraction@v999"], "has no version 999"),
        (["--max-retries", "-5"], "--max-retries must be >= 0"),
        (["--max-chars", "0"], "--max-chars"),
        (["--chunk-chars", "-1"], "--chunk-chars"),
    ],
)
def test_invalid_options_exit_2_with_the_baseline_too(tmp_path: Path, args: list[str], says: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SAID, encoding="utf-8")
    result = run(str(path), "-m", "baseline", *args)
    assert result.exit_code == 2 and says in result.output


@pytest.mark.parametrize("target", ["no/such/dir/x.json", "folder"])
def test_an_unwritable_output_path_exits_2_before_any_request(tmp_path: Path, target: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SAID, encoding="utf-8")
    (tmp_path / "folder").mkdir()
    output = tmp_path / target
    with FakeServer() as server:
        result = run(str(path), "-m", "m", "--base-url", server.base_url, "--no-cache", "-o", str(output))
        assert server.total_requests == 0
    assert result.exit_code == 2
    assert str(output) in error_line(result)


def test_a_batch_output_in_a_missing_folder_exits_2_before_any_request(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SAID, encoding="utf-8")
    with FakeServer() as server:
        result = run(
            str(folder), "-m", "m", "--base-url", server.base_url, "-o", str(tmp_path / "no/x.jsonl")
        )
        assert server.total_requests == 0
    assert result.exit_code == 2 and "does not exist" in error_line(result)


def test_eval_refuses_an_unknown_prompt_with_the_baseline(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": SAID, "tasks": ["quotes"]}) + "\n", encoding="utf-8")
    folder = tmp_path / "preds"
    args = ["eval", str(gold), "-m", "baseline", "-p", "nope@v9", "--predictions-dir", str(folder)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2 and "unknown prompt 'nope'" in result.output
    assert not folder.exists(), "refused before any work"
