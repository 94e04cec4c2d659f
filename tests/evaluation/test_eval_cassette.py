"""An eval of an LLM model, offline: the example gold set replayed from a synthetic cassette.

The model answers are hand-written (tests/evaluation/eval_answers.py says what each gets wrong),
so every figure below was counted by hand from them and the gold.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import typer
from cassette_config import PLACEHOLDER_KEY, SYNTHETIC
from typer.testing import CliRunner

from llmextract.cli.evaluation import register

from .eval_answers import BASE_URL, MODEL

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "gold" / "news.jsonl"


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(SYNTHETIC)


def value(run: dict[str, Any], *path: str) -> float | None:
    node: Any = run
    for key in path:
        node = node[key]
    return node["value"]  # type: ignore[no-any-return]


@pytest.mark.vcr
def test_eval_examples_gold(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", PLACEHOLDER_KEY)
    app = typer.Typer()
    register(app)
    report = tmp_path / "eval.json"
    result = CliRunner().invoke(
        app,
        [
            "eval",
            str(EXAMPLES),
            "-m",
            MODEL,
            "--base-url",
            BASE_URL,
            "--report",
            str(report),
            "--resamples",
            "100",
        ],
    )
    assert result.exit_code == 0, result.output
    [run] = json.loads(report.read_text(encoding="utf-8"))["runs"]
    assert run["failed_articles"] == 0
    # 12 gold quotes, 10 predicted, all 10 exact: grounding restores the quotation marks the
    # answers dropped around Brand's and Okafor's words
    quotes = run["quotes"]
    for level in ("exact", "overlap_0.8", "overlap_0.3", "dice_0.5"):
        assert value(quotes, level, "precision") == 1.0
        assert value(quotes, level, "recall") == pytest.approx(10 / 12, abs=1e-6)
    # speakers are all named right, and each mention is the one nearest its quote on either side
    # ("Moreau" right after the contract quote, not the earlier "Ines Moreau")
    assert value(quotes, "speaker_entity_accuracy") == 1.0
    assert value(quotes, "speaker_mention_accuracy") == 1.0
    assert value(quotes, "joint_f1") == pytest.approx(2 * 10 / 22, abs=1e-6)
    # actors: 12 gold in the three articles that annotate them, 12 predicted there;
    # Pella is extra, the farmers' groups are missed
    assert value(run, "actors", "precision") == pytest.approx(11 / 12, abs=1e-6)
    assert value(run, "actors", "recall") == pytest.approx(11 / 12, abs=1e-6)
    # stances: 6 gold, 5 predicted, 4 right ("the plan" is not the floating wind farm)
    assert value(run, "stances", "triples", "precision") == pytest.approx(4 / 5)
    assert value(run, "stances", "triples", "recall") == pytest.approx(4 / 6, abs=1e-6)
    assert value(run, "stances", "polarity_accuracy") == 1.0
    lo, hi = run["stances"]["triples"]["f1"]["ci95"]
    assert lo < value(run, "stances", "triples", "f1") < hi
