"""``llmextract gold import polnear|seesaw``."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from llmextract.cli.app import app
from llmextract.evaluation.gold import load_gold

FIXTURES = Path(__file__).resolve().parents[1] / "evaluation" / "fixtures"
runner = CliRunner()


def test_gold_import_polnear(tmp_path: Path) -> None:
    out = tmp_path / "polnear.jsonl"
    result = runner.invoke(
        app, ["gold", "import", "polnear", str(FIXTURES / "polnear" / "dev"), "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert "Wrote 2 articles" in result.output and "8 quotes" in result.output
    assert "skipped 1: attribution without content" in result.output
    assert len(load_gold(out)) == 2


def test_gold_import_seesaw(tmp_path: Path) -> None:
    out = tmp_path / "seesaw.jsonl"
    result = runner.invoke(app, ["gold", "import", "seesaw", str(FIXTURES / "seesaw"), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "5 actors, 5 stances" in result.output
    assert [a.id for a in load_gold(out)] == ["STORY_900_DOCUMENT_0", "STORY_900_DOCUMENT_1"]


def test_import_of_a_missing_folder_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["gold", "import", "seesaw", str(tmp_path / "nope"), "-o", str(tmp_path / "o")]
    )
    assert result.exit_code == 2
    assert "llmextract: error:" in result.stderr and "no SEESAW data" in result.stderr
