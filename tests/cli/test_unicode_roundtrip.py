"""Results holding line-breaking characters round-trip: written by ``extract``, read by ``view``,
``score``, ``corpus`` and ``--resume``; a bad input line becomes an error record naming it."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from llmextract.batch.output import read_output
from llmextract.cli.app import app
from llmextract.corpus.reading import ResultStream
from llmextract.evaluation.gold import GoldArticle, dump_gold, load_gold
from llmextract.evaluation.runner import load_predictions

# every character str.splitlines breaks at besides \n and \r: legal, unescaped, inside JSON strings
BREAKERS = ["\u2028", "\u2029", "\u0085", "\u000b", "\u000c", "\u001c", "\u001d", "\u001e"]


def _inputs(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    texts = {
        f"u{i}": f"“The line{ch}holds,” said Mayor Ines Duarte.{ch}The council met{ch}again."
        for i, ch in enumerate(BREAKERS)
    }
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": k, "text": v}, ensure_ascii=False) for k, v in texts.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, texts


def _extract(*args: str) -> object:
    return CliRunner().invoke(app, ["extract", *args, "-m", "baseline", "-q"])


def test_results_with_line_breaking_characters_round_trip(tmp_path: Path) -> None:
    source, texts = _inputs(tmp_path)
    out = tmp_path / "out.jsonl"
    result = _extract(str(source), "-o", str(out))
    assert result.exit_code == 0, result.output  # type: ignore[attr-defined]
    raw = out.read_text(encoding="utf-8")
    assert all(ch in raw for ch in "\u2028\u2029\u0085"), "written unescaped, as JSON allows"
    assert len(raw.split("\n")) == len(texts) + 1

    views = CliRunner().invoke(app, ["view", str(out), "-o", str(tmp_path / "views")])
    assert views.exit_code == 0, views.output
    assert len(list((tmp_path / "views").glob("*.html"))) == len(texts) + 1

    preds = load_predictions(out)
    assert {k: e.article.text for k, e in preds.extractions.items()} == texts
    assert [e.article.id for e in ResultStream([out])] == list(texts)

    gold = tmp_path / "gold.jsonl"
    dump_gold([GoldArticle(id=k, text=v, tasks=["quotes"]) for k, v in texts.items()], gold)
    assert [g.text for g in load_gold(gold)] == list(texts.values())
    scored = CliRunner().invoke(app, ["score", str(gold), str(out), "--resamples", "0"])
    assert scored.exit_code == 0, scored.output

    state = read_output(out)
    assert state.done == set(texts) and not state.partial
    again = _extract(str(source), "-o", str(out), "--resume")
    assert again.exit_code == 0, again.output  # type: ignore[attr-defined]
    assert out.read_text(encoding="utf-8") == raw, "resume finds every id done and adds nothing"


def test_resume_drops_a_cut_last_line_and_redoes_its_article(tmp_path: Path) -> None:
    source, texts = _inputs(tmp_path)
    out = tmp_path / "out.jsonl"
    assert _extract(str(source), "-o", str(out)).exit_code == 0  # type: ignore[attr-defined]
    whole = out.read_text(encoding="utf-8")
    out.write_text(whole[: whole.rindex("\n", 0, len(whole) - 1) + 40], encoding="utf-8")
    assert read_output(out).partial
    assert _extract(str(source), "-o", str(out), "--resume").exit_code == 0  # type: ignore[attr-defined]
    assert {
        json.loads(line)["article"]["id"] for line in out.read_text(encoding="utf-8").split("\n") if line
    } == set(texts)


def test_a_bad_line_in_the_middle_becomes_an_error_record_and_the_rest_run(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    good = [json.dumps({"id": f"g{i}", "text": f"“Bridge {i} opens,” said Ana Ruiz."}) for i in range(4)]
    source.write_text("\n".join([*good[:2], '{"id": "broken", "text": ', *good[2:]]) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = _extract(str(source), "-o", str(out))
    assert result.exit_code == 1  # type: ignore[attr-defined]
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    done = sorted(r["article"]["id"] for r in records if "article" in r)
    [error] = [r for r in records if "error" in r]
    assert done == ["g0", "g1", "g2", "g3"]
    assert error["id"] == f"{source}:3" and "in.jsonl:3" in error["error"]["message"]
    assert "invalid JSON" in error["error"]["message"]
