"""``llmextract export brat|labelstudio`` and ``llmextract gold import labelstudio``, end to end."""

from __future__ import annotations

import json
from pathlib import Path

from review_sample import sample_extraction
from typer.testing import CliRunner

from llmextract.cli.app import app
from llmextract.evaluation.gold import load_gold

runner = CliRunner()


def results_file(tmp_path: Path) -> Path:
    path = tmp_path / "results.jsonl"
    path.write_text(sample_extraction().model_dump_json() + "\n", encoding="utf-8")
    return path


def test_export_brat_then_import_polnear(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "brat", str(results_file(tmp_path)), "-o", str(tmp_path / "brat")])
    assert result.exit_code == 0, result.output
    assert "wrote 1 article(s), 4 quotes" in result.stderr and "1 quote(s) without a speaker" in result.stderr
    back = runner.invoke(
        app, ["gold", "import", "polnear", str(tmp_path / "brat"), "-o", str(tmp_path / "g.jsonl")]
    )
    assert back.exit_code == 0, back.output
    assert "Wrote 1 articles" in back.stderr and "4 quotes" in back.stderr


def test_export_labelstudio_import_and_score_100(tmp_path: Path) -> None:
    results = results_file(tmp_path)
    tasks, config = tmp_path / "tasks.json", tmp_path / "config.xml"
    result = runner.invoke(
        app, ["export", "labelstudio", str(results), "-o", str(tasks), "--config", str(config)]
    )
    assert result.exit_code == 0, result.output
    assert "wrote 1 task(s)" in result.stderr and config.read_text(encoding="utf-8").startswith("<View>")
    assert json.loads(tasks.read_text(encoding="utf-8"))[0]["data"]["article_id"] == "tidewater-ferry"
    gold = tmp_path / "gold.jsonl"
    back = runner.invoke(app, ["gold", "import", "labelstudio", str(tasks), "-o", str(gold)])
    assert back.exit_code == 0, back.output
    assert "Wrote 1 articles to" in back.stderr and "its prediction was used" in back.stderr
    assert len(load_gold(gold)) == 1
    scored = runner.invoke(app, ["score", str(gold), str(results), "--resamples", "0"])
    assert scored.exit_code == 0, scored.output
    assert scored.stdout.count("100.0") >= 5, scored.stdout


def test_results_without_text_exit_2(tmp_path: Path) -> None:
    ex = sample_extraction()
    ex.article.text = None
    path = tmp_path / "r.jsonl"
    path.write_text(ex.model_dump_json() + "\n", encoding="utf-8")
    for command in (["brat", "-o", str(tmp_path / "b")], ["labelstudio", "-o", str(tmp_path / "t.json")]):
        result = runner.invoke(app, ["export", command[0], str(path), *command[1:]])
        assert result.exit_code == 2 and "no article text" in result.stderr
