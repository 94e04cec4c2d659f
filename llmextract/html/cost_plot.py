"""The eval report's cost section in HTML: a table of costs and a plot of joint F1 against cost.

Input is the report dict (``runs[i]["cost"]`` and ``cost_choice``, see
``llmextract.evaluation.cost_columns``). The plot puts each priced run at its online USD per
1,000 articles (a log scale when the costs span ten times or more) and its joint F1 with its 95%
interval; the best run's interval is a band across the plot, and the cheapest run inside it is
ringed and named. Runs with no known price are listed under the plot, not placed on it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any

from llmextract.evaluation.cost_columns import has_cost, joint_f1, per_1000

__all__ = ["cost_section"]

# Plot geometry, in SVG user units.
WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 560, 300, 46, 16, 12, 40
LABEL_CHARS = 28
PALETTE = 10  # the report's run colours, spk-0 .. spk-9
CHAR_W = 5.8  # width of one label character at the plot's 10px font, a little generous
CHEAPEST = "cheapest within the interval"


def _usd(x: float | None) -> str:
    if x is None:
        return "–"
    return f"${x:,.6f}" if x < 0.01 else f"${x:,.4f}" if x < 1 else f"${x:,.2f}"


def _scale(costs: list[float]) -> tuple[Callable[[float], float], list[dict[str, Any]], bool]:
    """x of a cost, the ticks, and whether the axis is logarithmic."""
    lo, hi = min(costs), max(costs)
    span = WIDTH - LEFT - RIGHT
    if lo > 0 and hi / lo >= 10:
        a, b = math.floor(math.log10(lo)), math.ceil(math.log10(hi))
        b = b if b > a else a + 1

        def x_log(v: float) -> float:
            return LEFT + (math.log10(v) - a) / (b - a) * span

        ticks = [{"x": x_log(10.0**k), "label": f"${10.0**k:g}"} for k in range(a, b + 1)]
        return x_log, ticks, True
    top = hi * 1.15 if hi > 0 else 1.0

    def x_lin(v: float) -> float:
        return LEFT + v / top * span

    ticks = [{"x": x_lin(top * t / 4), "label": f"${top * t / 4:.3g}"} for t in range(5)]
    return x_lin, ticks, False


def _y(f1: float) -> float:
    return TOP + (1 - min(max(f1, 0.0), 1.0)) * (HEIGHT - TOP - BOTTOM)


def _rows(
    runs: list[Mapping[str, Any]], name: Callable[[Mapping[str, Any], int], str]
) -> list[dict[str, Any]]:
    rows = []
    for i, run in enumerate(runs):
        cost = run.get("cost") or {}
        tokens = cost.get("tokens") or {}
        ratio = cost.get("joint_f1_per_usd")
        rows.append(
            {
                "name": name(run, i),
                "color": i % PALETTE,
                "paid": cost.get("paid_articles", "–"),
                "tokens": f"{tokens.get('prompt', 0):,} / {tokens.get('completion', 0):,}",
                "per_article": _usd((cost.get("per_article") or {}).get("online")),
                "per_1000": _usd(per_1000(run)),
                "per_1000_batch": _usd(per_1000(run, "batch_api")),
                "ratio": "–" if ratio is None else f"{ratio:.4f}",
                "prices": str(cost.get("prices") or "no known price"),
            }
        )
    return rows


def _plot(
    runs: list[Mapping[str, Any]], names: list[str], choice: Mapping[str, Any] | None
) -> dict[str, Any]:
    placed = [(i, per_1000(r), joint_f1(r)) for i, r in enumerate(runs)]
    points = [(i, c, f) for i, c, f in placed if c is not None and f is not None]
    if not points:
        return {"points": [], "unplaced": names}
    x_of, ticks, log = _scale([c for _, c, _ in points])
    if log:
        points = [(i, c, f) for i, c, f in points if c > 0]
    cheapest = choice.get("cheapest") if choice else None
    out = []
    for i, cost, fig in points:
        lo, hi = fig["ci95"] if fig.get("ci95") else (fig["value"], fig["value"])
        label = names[i] if len(names[i]) <= LABEL_CHARS else names[i][: LABEL_CHARS - 1] + "…"
        x = x_of(cost)
        wide = max(len(label), len(CHEAPEST) if i == cheapest else 0) * CHAR_W
        left = x + 8 + wide > WIDTH - 2  # the label would leave the plot on the right: put it left
        out.append(
            {
                "x": round(x, 1),
                "y": round(_y(fig["value"]), 1),
                "lo_y": round(_y(lo), 1),
                "hi_y": round(_y(hi), 1),
                "color": i % PALETTE,
                "label": label,
                "anchor": "end" if left else "start",
                "dx": -8 if left else 8,
                "cheapest": i == cheapest,
                "title": f"{names[i]}: joint F1 {100 * fig['value']:.1f}% "
                f"(95% CI {100 * lo:.1f}–{100 * hi:.1f}), {_usd(cost)} per 1,000 articles",
            }
        )
    band = None
    if choice is not None:
        best = joint_f1(runs[choice["best"]])
        top = best["ci95"][1] if best and best.get("ci95") else choice["floor"]
        band = {"y": round(_y(top), 1), "height": round(_y(choice["floor"]) - _y(top), 1)}
    return {
        "points": out,
        "ticks": ticks,
        "y_ticks": [{"y": round(_y(t / 4), 1), "label": f"{25 * t}%"} for t in range(5)],
        "band": band,
        "log": log,
        "unplaced": [names[i] for i, c, f in placed if c is None or f is None],
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "top": TOP,
        "axis_y": HEIGHT - BOTTOM,
    }


def cost_section(
    report: Mapping[str, Any], name: Callable[[Mapping[str, Any], int], str]
) -> dict[str, Any] | None:
    """The template's cost section, or None when no run carries a cost."""
    runs = [r for r in report.get("runs") or [] if isinstance(r, Mapping)]
    if not any(has_cost(r) for r in runs):
        return None
    names = [name(r, i) for i, r in enumerate(runs)]
    choice = report.get("cost_choice") if isinstance(report.get("cost_choice"), Mapping) else None
    summary = None
    if choice is not None and choice.get("cheapest") is not None:
        summary = {
            "cheapest": names[choice["cheapest"]],
            "best": names[choice["best"]],
            "floor": f"{100 * choice['floor']:.1f}%",
            "per_1000": _usd(per_1000(runs[choice["cheapest"]])),
        }
    return {
        "rows": _rows(runs, name),
        "plot": _plot(runs, names, choice),
        "summary": summary,
        "cheapest_note": CHEAPEST,
    }
