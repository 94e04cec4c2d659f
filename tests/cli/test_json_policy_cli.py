"""Deep JSON and lone surrogates through every command: a result, an error record naming the line, or
exit 2 naming ``path:line``; never a traceback, and every line of a batch answered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from llmextract.cli.app import app
from llmextract.utils.json_policy import MAX_DEPTH, VALUE_MAX_DEPTH
from llmextract.utils.jsonl import read_jsonl

SAID = "“We will not back down,” said Mayor Ines Duarte."


def cli(*args: str, stdin: str | None = None) -> Result:
    result = CliRunner().invoke(app, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output
    return result


def deep(depth: int) -> str:
    return "[" * depth + "]" * depth


def article_line(article_id: str, meta: str = "{}", text: str = json.dumps(SAID, ensure_ascii=False)) -> str:
    return f'{{"id": "{article_id}", "text": {text}, "meta": {meta}}}'


DEPTHS = [VALUE_MAX_DEPTH + 5, MAX_DEPTH + 1, 300, 600, 5_000]


def test_a_batch_answers_every_line_deep_or_not_and_resumes(tmp_path: Path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    lines = [
        article_line("fine"),
        *(article_line(f"d{d}", deep(d)) for d in DEPTHS),
        article_line("lone", text=r'"\u201cWe stay\ud800,\u201d said Ines Duarte."'),
        article_line("last"),
    ]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    ran = cli("extract", str(source), "-o", str(out), "-m", "baseline", "-q")
    assert ran.exit_code == 1, ran.output  # some failed
    records = {r.value.get("id") or r.value["article"]["id"]: r.value for r in read_jsonl(out)}
    assert len(records) == len(lines)
    assert {"fine", "lone", "last"} <= set(records) and "article" in records["fine"]
    assert records["lone"]["article"]["text"] == "“We stay\ufffd,” said Ines Duarte."
    for number, depth in enumerate(DEPTHS, 2):
        error = records[f"{source}:{number}"]["error"]
        assert error["type"] == "InputError"
        if depth <= MAX_DEPTH:  # read, then refused as an article: it would not read back as a result
            assert f"its metadata nests deeper than {VALUE_MAX_DEPTH} levels" in error["message"]
        else:
            assert f"{source}:{number}: nested {depth + 1:,} levels deep" in error["message"]

    resumed = cli("extract", str(source), "-o", str(out), "-m", "baseline", "-q", "--resume")
    assert resumed.exit_code in (0, 1) and len(list(read_jsonl(out))) == len(lines)
    retried = cli("extract", str(source), "-o", str(out), "-m", "baseline", "-q", "--retry-failed")
    assert retried.exit_code == 1 and len(list(read_jsonl(out))) == len(lines)


def test_a_folder_file_that_is_too_deep_is_an_error_record_and_the_others_run(tmp_path: Path) -> None:
    folder, out = tmp_path / "articles", tmp_path / "out.jsonl"
    folder.mkdir()
    (folder / "deep.json").write_text(article_line("x", deep(2_000)), encoding="utf-8")
    (folder / "fine.txt").write_text(SAID, encoding="utf-8")
    ran = cli("extract", str(folder), "-o", str(out), "-m", "baseline", "-q")
    assert ran.exit_code == 1
    error, result = sorted((r.value for r in read_jsonl(out)), key=lambda v: "article" in v)
    assert error["id"] == str(folder / "deep.json") and "levels deep" in error["error"]["message"]
    assert result["article"]["id"] == "fine"


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (article_line("x", deep(600)), "deep.json: nested 601 levels deep"),
        (article_line("x", deep(VALUE_MAX_DEPTH + 1)), f"metadata nests deeper than {VALUE_MAX_DEPTH}"),
        ('{"text": "a", "n": ' + "1" * 5_000 + "}", "deep.json: invalid JSON (a number too long"),
    ],
)
def test_one_article_file_that_is_refused_exits_2_naming_it(tmp_path: Path, content: str, says: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text(content, encoding="utf-8")
    result = cli("extract", str(path), "-m", "baseline")
    assert result.exit_code == 2 and says in result.output


def test_a_lone_surrogate_in_a_json_file_or_on_stdin_is_a_replacement_character(tmp_path: Path) -> None:
    path = tmp_path / "lone.json"
    path.write_text(article_line("lone", text=r'"Ines Duarte said \udc00 no."'), encoding="utf-8")
    for args, stdin in (([str(path)], None), (["-"], path.read_text(encoding="utf-8"))):
        result = cli("extract", *args, "-m", "baseline", stdin=stdin)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)["article"]["text"] == "Ines Duarte said \ufffd no."
    refused = cli("extract", "-", "-m", "baseline", stdin=article_line("s", deep(900)))
    assert refused.exit_code == 2 and "<stdin>: nested 901 levels deep" in refused.output


@pytest.fixture
def results(tmp_path: Path) -> Path:
    """A results file whose line 2 (of 3) is a result holding metadata 500 levels deep."""
    source, out = tmp_path / "in.jsonl", tmp_path / "results.jsonl"
    source.write_text(article_line("a") + "\n" + article_line("c") + "\n", encoding="utf-8")
    assert cli("extract", str(source), "-o", str(out), "-m", "baseline", "-q").exit_code == 0
    first, last = out.read_text(encoding="utf-8").splitlines()
    spoiled = first.replace('"id":"a"', '"id":"b"', 1).replace(
        '"metadata":{', f'"metadata":{{"m":{deep(500)},', 1
    )
    assert spoiled != first
    out.write_text("\n".join([first, spoiled, last]) + "\n", encoding="utf-8")
    return out


def gold_file(tmp_path: Path, second: str) -> Path:
    gold = tmp_path / "gold.jsonl"
    first = json.dumps({"id": "a", "text": SAID, "tasks": ["quotes"]}, ensure_ascii=False)
    gold.write_text(first + "\n" + second + "\n", encoding="utf-8")
    return gold


def test_every_command_reading_results_exits_2_naming_the_deep_line(tmp_path: Path, results: Path) -> None:
    where = f"{results}:2"
    gold = gold_file(tmp_path, json.dumps({"id": "c", "text": SAID, "tasks": ["quotes"]}, ensure_ascii=False))
    commands = {
        "view": ["view", str(results), "-o", str(tmp_path / "views")],
        "corpus": ["corpus", str(results), "-o", str(tmp_path / "corpus")],
        "score": ["score", str(gold), str(results), "--resamples", "0"],
        "resume": ["extract", str(tmp_path / "in.jsonl"), "-o", str(results), "-m", "baseline", "--resume"],
    }
    for name, args in commands.items():
        result = cli(*args)
        assert result.exit_code == 2, (name, result.output)
        assert f"{where}: nested 503 levels deep" in result.output, (name, result.output)


def test_a_single_result_file_too_deep_exits_2_naming_it(tmp_path: Path, results: Path) -> None:
    single = tmp_path / "one.json"
    single.write_text(results.read_text(encoding="utf-8").splitlines()[1], encoding="utf-8")
    result = cli("view", str(single), "-o", str(tmp_path / "views"))
    assert result.exit_code == 2 and f"{single}: nested 503 levels deep" in result.output


@pytest.mark.parametrize("command", ["score", "eval"])
def test_a_deep_gold_line_exits_2_naming_it(tmp_path: Path, results: Path, command: str) -> None:
    gold = gold_file(tmp_path, '{"id": "b", "text": "x", "tasks": ["quotes"], "quotes": ' + deep(700) + "}")
    args = ["score", str(gold), str(results)] if command == "score" else ["eval", str(gold), "-m", "baseline"]
    result = cli(*args, "--resamples", "0")
    assert result.exit_code == 2 and f"{gold}:2: nested 701 levels deep" in result.output, result.output


def test_lone_surrogates_in_results_and_gold_are_read(tmp_path: Path) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "results.jsonl"
    source.write_text(
        article_line("a", text=r'"\u201cWe stay,\u201d said Ines Duarte.\udfff"') + "\n", encoding="utf-8"
    )
    assert cli("extract", str(source), "-o", str(out), "-m", "baseline", "-q").exit_code == 0
    # a results line written by another tool, with the lone surrogate escaped in its metadata
    line = (
        out.read_text(encoding="utf-8")
        .strip()
        .replace('"metadata":{', '"metadata":{"k\\ud800":"v\\udbff",', 1)
    )
    out.write_text(line + "\n", encoding="utf-8")
    text = json.loads(line)["article"]["text"]
    assert text.endswith("\ufffd")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "a", "text": text[:-1] + "\udfff", "tasks": ["quotes"]}) + "\n")
    for args in (
        ["view", str(out), "-o", str(tmp_path / "views")],
        ["corpus", str(out), "-o", str(tmp_path / "corpus")],
        ["score", str(gold), str(out), "--resamples", "0"],
    ):
        result = cli(*args)
        assert result.exit_code == 0, (args[0], result.output)


def test_an_aliases_file_too_deep_exits_2_naming_it(tmp_path: Path, results: Path) -> None:
    clean = tmp_path / "clean.jsonl"
    clean.write_text(results.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    aliases = tmp_path / "aliases.json"
    aliases.write_text('{"aliases": {}, "never_merge": ' + deep(3_000) + "}", encoding="utf-8")
    result = cli("corpus", str(clean), "-o", str(tmp_path / "corpus"), "--aliases", str(aliases))
    assert result.exit_code == 2 and f"{aliases}: cannot read the aliases file (nested" in result.output
