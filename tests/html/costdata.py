"""Hand-built eval reports with costs, in the shape ``llmextract.evaluation.report`` writes."""

from __future__ import annotations

from typing import Any

from reportdata import fig, run

from llmextract.evaluation.cost_columns import cost_choice, with_f1_per_usd


def cost(per_1000: float | None, paid: int = 14) -> dict[str, Any]:
    known = per_1000 is not None
    return {
        "prices": "price table of 2025-08-15" if known else None,
        "paid_articles": paid,
        "tokens": {"prompt": 21_000, "completion": 9_000, "cached": 0},
        "usd": {"online": per_1000 * paid / 1000, "batch_api": per_1000 * paid / 2000} if known else None,
        "per_article": {"online": per_1000 / 1000, "batch_api": per_1000 / 2000} if known else None,
        "per_1000": {"online": per_1000, "batch_api": per_1000 / 2} if known else None,
    }


def costed_report() -> dict[str, Any]:
    """Four runs: the best is dear, a cheap one is inside its interval, one is cheap and poor, and
    one local model has no price."""
    specs = [
        ("gpt-4.1", 0.72, (0.64, 0.80), 9.5),
        ("gpt-4o-mini", 0.66, (0.57, 0.74), 0.61),
        ("gpt-4.1-nano", 0.41, (0.33, 0.50), 0.18),
        ('<b onclick="alert(3)">local</b>', 0.58, (0.49, 0.66), None),
    ]
    runs = []
    for name, value, (lo, hi), per_1000 in specs:
        r = run(name, "extraction@v3", 0.6)
        r["quotes"]["joint_f1"] = fig(value, lo, hi)
        r["cost"] = with_f1_per_usd(cost(per_1000), r)
        runs.append(r)
    return {
        "format": 1,
        "gold": "gold/dev.jsonl",
        "gold_articles": 14,
        "bootstrap": {"resamples": 1000, "seed": 0},
        "runs": runs,
        "cost_choice": cost_choice(runs),
    }
