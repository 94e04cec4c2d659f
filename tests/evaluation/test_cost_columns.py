"""Cost beside quality: joint F1 per dollar, the cheapest run within the best run's interval, and
the report's cost table (md, json) from a real eval run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from fake_openai import FakeServer

from llmextract.config import ExtractorConfig
from llmextract.cost.prices import PriceSource
from llmextract.evaluation.cost_columns import cost_choice, with_f1_per_usd
from llmextract.evaluation.gold import load_gold
from llmextract.evaluation.report import build_report, render_markdown, write_report
from llmextract.evaluation.runner import run_eval

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "gold" / "news.jsonl"


def run(value: float | None, ci: tuple[float, float] | None, per_1000: float | None) -> dict[str, Any]:
    cost = None if per_1000 is None else {"per_1000": {"online": per_1000, "batch_api": per_1000 / 2}}
    r: dict[str, Any] = {"quotes": {"joint_f1": {"value": value, "ci95": list(ci) if ci else None}}}
    r["cost"] = with_f1_per_usd(cost, r)
    return r


def test_f1_per_dollar_divides_the_joint_f1_by_the_cost_of_1000_articles() -> None:
    assert run(0.6, (0.5, 0.7), 2.0)["cost"]["joint_f1_per_usd"] == 0.3
    assert run(None, None, 2.0)["cost"]["joint_f1_per_usd"] is None
    assert run(0.6, None, 0.0)["cost"]["joint_f1_per_usd"] is None  # free: no ratio, not infinity
    assert run(0.6, None, None)["cost"] is None


def test_the_cheapest_run_within_the_best_runs_interval() -> None:
    runs = [
        run(0.70, (0.62, 0.78), 9.0),
        run(0.64, (0.55, 0.72), 0.6),
        run(0.61, (0.5, 0.7), 0.1),
        run(0.9, None, None),
    ]
    choice = cost_choice(runs)
    assert choice == {
        "best": 3,
        "floor": 0.9,
        "cheapest": None,
    }  # the best has no price, nothing else is as good
    choice = cost_choice(runs[:3])
    assert choice == {"best": 0, "floor": 0.62, "cheapest": 1}  # 0.61 is under the best's 0.62
    tie = cost_choice([run(0.7, (0.6, 0.8), 1.0), run(0.7, (0.6, 0.8), 1.0)])
    assert tie is not None and tie["cheapest"] == 0
    assert cost_choice([run(0.7, (0.6, 0.8), None)]) is None


def test_an_eval_report_carries_costs_in_json_and_markdown(tmp_path: Path) -> None:
    gold = load_gold(EXAMPLES)
    with FakeServer() as server:
        config = ExtractorConfig(
            base_url=server.base_url, cache=False, prices=PriceSource(price_in=2.0, price_out=8.0)
        )
        runs = run_eval(gold, ["gpt-4o-mini", "local"], out_dir=tmp_path / "p", config=config)
    report = build_report(runs, gold=str(EXAMPLES), resamples=50)
    cost = report["runs"][0]["cost"]
    articles = len(gold)
    assert (
        cost["paid_articles"] == articles and cost["tokens"]["prompt"] == 100 * articles
    )  # the fake bills 100 + 20
    assert cost["per_article"]["online"] == (100 * 2.0 + 20 * 8.0) / 1e6
    assert (
        cost["prices"] == "--price-in/--price-out"
        and report["runs"][1]["cost"]["prices"] == "--price-in/--price-out"
    )
    text = render_markdown(report)
    assert (
        "## Cost" in text and "| gpt-4o-mini / extraction@" in text and "Cheapest run whose joint F1" in text
    )
    path = write_report(report, tmp_path / "r.json")
    assert json.loads(path.read_text())["cost_choice"]["best"] in (0, 1)


def test_a_report_without_costs_has_no_cost_table() -> None:
    from llmextract.evaluation.report import RunScores

    empty = RunScores(model="m", prompt=None, article_ids=[], counts=[])
    report = build_report([empty], gold="g", resamples=0)
    assert report["runs"][0]["cost"] is None and report["cost_choice"] is None
    assert "## Cost" not in render_markdown(report)


def test_runs_with_no_price_and_no_tokens_show_no_cost_table_but_tokens_alone_do() -> None:
    from llmextract.cost.run_cost import run_cost
    from llmextract.evaluation.report import RunScores
    from llmextract.schema import Usage

    free = RunScores(model="baseline", prompt=None, article_ids=[], counts=[], cost=run_cost([Usage()], None))
    assert "## Cost" not in render_markdown(build_report([free], gold="g", resamples=0))
    spent = run_cost([Usage(prompt_tokens=900, completion_tokens=100)], None)
    local = RunScores(model="local", prompt=None, article_ids=[], counts=[], cost=spent)
    text = render_markdown(build_report([local], gold="g", resamples=0))
    assert "## Cost" in text and "| 900 / 100 |" in text and "no known price" in text
