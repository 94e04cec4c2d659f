"""A hand-built evaluation report in the shape ``llmextract.evaluation.report`` writes."""

from __future__ import annotations

from typing import Any

HOSTILE_ID = "<script>alert(1)</script>"


def fig(value: float | None, lo: float | None = None, hi: float | None = None) -> dict[str, Any]:
    ci = None if value is None or lo is None or hi is None else [lo, hi]
    return {"value": value, "ci95": ci, "macro": value}


def prf(p: float, r: float, f: float, w: float = 0.05) -> dict[str, Any]:
    return {"precision": fig(p, p - w, p + w), "recall": fig(r, r - w, r + w), "f1": fig(f, f - w, f + w)}


def run(model: str, prompt: str | None, base: float, articles: int = 14) -> dict[str, Any]:
    rows = [
        {
            "id": HOSTILE_ID if i == 3 else f"art-{i:02d}",
            "quotes_f1": round((base + i * 0.37) % 1, 4),
            "joint_f1": None if i % 5 == 0 else round((base + i * 0.21) % 1, 4),
            "actors_f1": round((base + i * 0.11) % 1, 4),
            "stances_f1": None,
            "errors": ["timeout after 3 attempts"] if i == 7 else [],
        }
        for i in range(articles)
    ]
    scored = sorted(rows, key=lambda r: r["quotes_f1"])
    return {
        "model": model,
        "prompt": prompt,
        "predictions": f"runs/{model}.jsonl",
        "failed_articles": 1,
        "missing_articles": 0,
        "quotes": {
            "exact": prf(base, base - 0.1, base - 0.05),
            "overlap_0.8": prf(base + 0.1, base, base + 0.05),
            "overlap_0.3": prf(base + 0.15, base + 0.05, base + 0.1),
            "dice_0.5": prf(base + 0.12, base + 0.02, base + 0.07),
            "speaker_mention_accuracy": fig(0.8, 0.7, 0.9),
            "speaker_entity_accuracy": fig(None),
            "joint_f1": fig(base - 0.1, base - 0.2, base),
        },
        "actors": prf(0.7, 0.6, 0.65),
        "stances": {
            "triples": prf(0.3, 0.2, 0.25),
            "pairs": prf(0.5, 0.4, 0.45),
            "polarity_accuracy": fig(0.9, 0.85, 0.95),
        },
        "delta_to_first": None,
        "articles": rows,
        "worst": [r["id"] for r in scored[:10]],
    }


def report() -> dict[str, Any]:
    first = run("gpt-4o-mini", "extract v1", 0.6)
    second = run('<img src=x onerror="alert(2)">', "extract v2", 0.7)
    second["delta_to_first"] = {
        "quotes": {"exact": {"f1": fig(0.1, 0.02, 0.18), "precision": fig(-0.05, -0.12, 0.01)}},
        "actors": {"f1": fig(-0.1, -0.15, -0.04)},
    }
    return {
        "format": 1,
        "gold": "gold/dev.jsonl",
        "gold_articles": 14,
        "bootstrap": {"resamples": 1000, "seed": 0},
        "runs": [first, second],
    }
