"""Cost beside quality in the eval report: USD per article and per 1,000, joint F1 per dollar, and
the cheapest run whose joint F1 lies within the best run's 95% interval.

Each run's ``cost`` (:func:`llmextract.cost.run_cost.run_cost`) gains ``joint_f1_per_usd``: the
quotes' joint F1 (a fraction) divided by the online USD per 1,000 articles, so a run twice as good
for the same money, or as good for half of it, scores twice as high. The report's ``cost_choice``
names the best run by joint F1 and the cheapest run (online, per 1,000 articles) whose joint F1 is
at least the lower end of the best run's interval: the money a user need not spend.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from llmextract.utils.neutralise import markdown_row, markdown_rule, markdown_text

__all__ = ["cost_choice", "cost_markdown", "has_cost", "joint_f1", "per_1000", "with_f1_per_usd"]


def has_cost(run: Mapping[str, Any]) -> bool:
    """Whether a run has anything to say about cost: a price, or tokens spent."""
    cost = run.get("cost")
    if not isinstance(cost, Mapping):
        return False
    tokens = cost.get("tokens") or {}
    return bool(cost.get("prices")) or any(tokens.get(k) for k in ("prompt", "completion"))


def joint_f1(run: Mapping[str, Any]) -> dict[str, Any] | None:
    fig = (run.get("quotes") or {}).get("joint_f1")
    return fig if isinstance(fig, dict) and fig.get("value") is not None else None


def per_1000(run: Mapping[str, Any], rate: str = "online") -> float | None:
    """USD per 1,000 articles of a run (``online`` or ``batch_api``), None when not known."""
    per = (run.get("cost") or {}).get("per_1000")
    return float(per[rate]) if isinstance(per, dict) and per.get(rate) is not None else None


def with_f1_per_usd(cost: dict[str, Any] | None, run: Mapping[str, Any]) -> dict[str, Any] | None:
    """The run's cost with ``joint_f1_per_usd`` (None when the F1 or a non-zero cost is missing)."""
    if cost is None:
        return None
    fig, usd = joint_f1({**run, "cost": cost}), per_1000({"cost": cost})
    value = round(fig["value"] / usd, 6) if fig is not None and usd else None
    return {**cost, "joint_f1_per_usd": value}


def cost_choice(runs: Sequence[Mapping[str, Any]]) -> dict[str, Any] | None:
    """The best run by joint F1 and the cheapest run within its 95% interval; None without costs."""
    scored = [(i, fig) for i, r in enumerate(runs) if (fig := joint_f1(r)) is not None]
    if not scored or all(per_1000(r) is None for r in runs):
        return None
    best, best_fig = max(scored, key=lambda item: item[1]["value"])
    floor = best_fig["ci95"][0] if best_fig.get("ci95") else best_fig["value"]
    within = [
        (per_1000(runs[i]), i) for i, fig in scored if fig["value"] >= floor and per_1000(runs[i]) is not None
    ]
    if not within:
        return {"best": best, "floor": floor, "cheapest": None}
    cheapest = min(within, key=lambda item: (item[0], item[1]))[1]
    return {"best": best, "floor": floor, "cheapest": cheapest}


def _usd(x: float | None) -> str:
    if x is None:
        return "–"
    return f"${x:,.6f}" if x < 0.01 else f"${x:,.4f}" if x < 1 else f"${x:,.2f}"


def cost_markdown(report: Mapping[str, Any], name: Any) -> list[str]:
    """The report's cost table and its choice as Markdown lines; none when no run has a cost."""
    runs = report["runs"]
    if not any(has_cost(r) for r in runs):  # the baseline's runs: no price, no tokens
        return []
    head = ["run", "paid articles", "tokens in / out", "$ / article", "$ / 1,000", "$ / 1,000 Batch API",
            "joint F1 per $ (per 1,000)", "prices"]  # fmt: skip
    lines = ["## Cost", "", markdown_row(head), markdown_rule(len(head))]
    for run in runs:
        cost = run.get("cost") or {}
        tokens = cost.get("tokens") or {}
        per_article = (cost.get("per_article") or {}).get("online")
        ratio = cost.get("joint_f1_per_usd")
        cells = [
            name(run),
            str(cost.get("paid_articles", "–")),
            f"{tokens.get('prompt', 0):,} / {tokens.get('completion', 0):,}",
            _usd(per_article),
            _usd(per_1000(run)),
            _usd(per_1000(run, "batch_api")),
            "–" if ratio is None else f"{ratio:.4f}",
            markdown_text(str(cost.get("prices") or "no known price")),
        ]
        lines.append(markdown_row(cells))
    lines.append("")
    choice = report.get("cost_choice")
    if choice and choice.get("cheapest") is not None:
        best, cheapest = runs[choice["best"]], runs[choice["cheapest"]]
        usd = markdown_text(_usd(per_1000(cheapest)))
        lines.append(
            f"Cheapest run whose joint F1 is within the best run's 95% interval "
            f"(≥ {100 * choice['floor']:.1f}, best: {markdown_text(name(best))}): "
            f"**{markdown_text(name(cheapest))}** at {usd} per 1,000 articles."
        )
        lines.append("")
    lines.append(
        "Per-article costs are over the articles paid for in the run (answers from the response "
        "cache cost nothing); Batch API: the price table's batch discount."
    )
    lines.append("")
    return lines
