"""The evaluation report as one self-contained HTML page.

Input is the JSON-ready dict of ``llmextract.evaluation.report.build_report``: runs with figures
``{"value", "ci95", "macro"}`` (fractions in [0, 1]). The renderer is tolerant on purpose: a
figure may also be a bare number or ``[value, lo, hi]``, and parts that are missing are left
out rather than failing, so a report from an older or newer scorer still opens.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from llmextract.html.cost_plot import cost_section
from llmextract.html.templating import asset, environment

__all__ = ["Figure", "figure", "render_report_html"]

FigurePath = tuple[str, ...]
QUOTE_LEVELS = ("exact", "overlap_0.8", "overlap_0.3", "dice_0.5")
PRF = ("precision", "recall", "f1")
LABEL = {"precision": "precision", "recall": "recall", "f1": "F1"}
PALETTE_SIZE = 10

ROWS: list[tuple[str, FigurePath]] = [
    *(
        (f"quotes {lvl.replace('_', ' ')} {LABEL[m]}", ("quotes", lvl, m))
        for lvl in QUOTE_LEVELS
        for m in PRF
    ),
    ("speaker accuracy (mention)", ("quotes", "speaker_mention_accuracy")),
    ("speaker accuracy (entity)", ("quotes", "speaker_entity_accuracy")),
    ("quotes joint F1", ("quotes", "joint_f1")),
    *((f"actors {LABEL[m]}", ("actors", m)) for m in PRF),
    *((f"stances {kind} {LABEL[m]}", ("stances", kind, m)) for kind in ("triples", "pairs") for m in PRF),
    ("stance polarity accuracy", ("stances", "polarity_accuracy")),
]
CHARTS: list[tuple[str, FigurePath]] = [
    *((f"Quotes F1, {lvl.replace('_', ' ')}", ("quotes", lvl, "f1")) for lvl in QUOTE_LEVELS),
    ("Quotes joint F1 (span and speaker)", ("quotes", "joint_f1")),
    ("Actors F1", ("actors", "f1")),
    ("Stances F1, triples", ("stances", "triples", "f1")),
    ("Stances F1, pairs", ("stances", "pairs", "f1")),
]
ARTICLE_COLUMNS = [
    ("quotes_f1", "quotes F1"),
    ("joint_f1", "joint F1"),
    ("actors_f1", "actors F1"),
    ("stances_f1", "stances F1"),
]
WORST = 10
# Chart geometry, in SVG user units.
CHART_W, LABEL_H, BAR_H, ROW_GAP, AXIS_H, LABEL_CHARS = 320, 14, 12, 8, 18, 34


@dataclass(frozen=True)
class Figure:
    value: float
    lo: float | None = None
    hi: float | None = None

    @property
    def has_ci(self) -> bool:
        return self.lo is not None and self.hi is not None


def _number(x: Any) -> float | None:
    return float(x) if isinstance(x, int | float) and not isinstance(x, bool) else None


def _interval(ci: Any) -> tuple[float | None, float | None]:
    if isinstance(ci, Sequence) and not isinstance(ci, str) and len(ci) == 2:
        return _number(ci[0]), _number(ci[1])
    if isinstance(ci, Mapping):
        return _number(ci.get("lo", ci.get("low"))), _number(ci.get("hi", ci.get("high")))
    return None, None


def figure(node: Any) -> Figure | None:
    """Read one figure in any shape seen so far; None when it is missing or undefined."""
    if (value := _number(node)) is not None:
        return Figure(value)
    if isinstance(node, Sequence) and not isinstance(node, str) and len(node) == 3:
        value, lo, hi = (_number(x) for x in node)
        return None if value is None else Figure(value, lo, hi)
    if isinstance(node, Mapping):
        for key in ("value", "point", "estimate", "mean"):
            if (value := _number(node.get(key))) is not None:
                lo, hi = _interval(node.get("ci95", node.get("ci")))
                return Figure(value, lo, hi)
    return None


def _lookup(node: Any, path: FigurePath) -> Figure | None:
    for key in path:
        if not isinstance(node, Mapping) or key not in node:
            return None
        node = node[key]
    return figure(node)


def _pct(x: float | None, signed: bool = False) -> str:
    if x is None:
        return "–"
    return f"{100 * x:+.1f}" if signed else f"{100 * x:.1f}"


def _cell(fig: Figure | None, signed: bool = False) -> dict[str, Any]:
    if fig is None:
        return {"text": "–", "ci": "", "sort": "", "cls": "undefined"}
    ci = f"{_pct(fig.lo, signed)} – {_pct(fig.hi, signed)}" if fig.has_ci else ""
    cls = ""
    if signed and fig.lo is not None and fig.hi is not None:
        cls = "sig-up" if fig.lo > 0 else "sig-down" if fig.hi < 0 else "flat"
    return {
        "text": _pct(fig.value, signed) + ("" if signed else "%"),
        "ci": ci,
        "sort": f"{fig.value:.6f}",
        "cls": cls,
    }


def _run_name(run: Mapping[str, Any], i: int) -> str:
    model = str(run.get("model") or f"run {i + 1}")
    prompt = run.get("prompt")
    return f"{model} / {prompt}" if prompt else model


def _clamp(x: float) -> float:
    return min(1.0, max(0.0, x))


def _chart(title: str, path: FigurePath, runs: list[dict[str, Any]]) -> dict[str, Any] | None:
    rows = []
    y = 0.0
    for run in runs:
        fig = _lookup(run["data"], path)
        name = run["name"]
        label = name if len(name) <= LABEL_CHARS else name[: LABEL_CHARS - 1] + "…"
        row: dict[str, Any] = {
            "name": name,
            "label": label,
            "color": run["color"],
            "label_y": y + LABEL_H - 3,
        }
        bar_y = y + LABEL_H
        row.update({"bar_y": bar_y, "mid_y": bar_y + BAR_H / 2, "fig": fig})
        if fig is not None:
            row["width"] = _clamp(fig.value) * CHART_W
            row["short"] = row["text"] = f"{_pct(fig.value)}%"
            if fig.has_ci:
                row["lo_x"] = _clamp(fig.lo or 0.0) * CHART_W
                row["hi_x"] = _clamp(fig.hi or 0.0) * CHART_W
                row["short"] += f" [{_pct(fig.lo)}–{_pct(fig.hi)}]"
                row["text"] += f" (95% CI {_pct(fig.lo)}–{_pct(fig.hi)})"
        rows.append(row)
        y += LABEL_H + BAR_H + ROW_GAP
    if all(r["fig"] is None for r in rows):
        return None
    ticks = [{"x": t * CHART_W, "label": f"{round(t * 100)}%"} for t in (0, 0.25, 0.5, 0.75, 1)]
    return {"title": title, "rows": rows, "width": CHART_W, "height": y + AXIS_H, "axis_y": y, "ticks": ticks}


def _articles(run: Mapping[str, Any]) -> list[dict[str, Any]]:
    out = []
    for a in run.get("articles") or []:
        if not isinstance(a, Mapping):
            continue
        errors = a.get("errors") or []
        errors = [str(e) for e in errors] if isinstance(errors, list) else [str(errors)]
        out.append(
            {
                "id": str(a.get("id", "")),
                "cells": [_cell(figure(a.get(key))) for key, _ in ARTICLE_COLUMNS],
                "errors": errors,
            }
        )
    return out


def _context(report: Mapping[str, Any]) -> dict[str, Any]:
    raw_runs = [r for r in report.get("runs") or [] if isinstance(r, Mapping)]
    runs: list[dict[str, Any]] = []
    for i, r in enumerate(raw_runs):
        articles = _articles(r)
        by_id = {a["id"]: a for a in articles}
        worst_ids = [str(x) for x in (r.get("worst") or [])][:WORST]
        runs.append(
            {
                "index": i,
                "name": _run_name(r, i),
                "color": i % PALETTE_SIZE,
                "data": r,
                "delta": r.get("delta_to_first") if i > 0 else None,
                "facts": [
                    (label, r[key])
                    for key, label in (
                        ("failed_articles", "failed articles"),
                        ("missing_articles", "missing articles"),
                        ("predictions", "predictions"),
                    )
                    if r.get(key) is not None
                ],
                "articles": articles,
                "worst": [by_id.get(x, {"id": x, "cells": [], "errors": []}) for x in worst_ids],
            }
        )
    rows = []
    for label, path in ROWS:
        cells = []
        for run in runs:
            cells.append(_cell(_lookup(run["data"], path)))
            if run["delta"] is not None:
                cells.append(_cell(_lookup(run["delta"], path), signed=True))
        if any(c["cls"] != "undefined" for c in cells):
            rows.append({"label": label, "cells": cells})
    charts = [c for title, path in CHARTS if (c := _chart(title, path, runs)) is not None]
    boot = report.get("bootstrap")
    meta = [
        (label, report[key])
        for key, label in (("gold", "gold"), ("gold_articles", "gold articles"), ("format", "report format"))
        if report.get(key) is not None
    ]
    if isinstance(boot, Mapping):
        meta.append(("bootstrap", f"{boot.get('resamples', '?')} resamples, seed {boot.get('seed', '?')}"))
    return {
        "runs": runs,
        "rows": rows,
        "charts": charts,
        "cost": cost_section(report, _run_name),
        "meta": meta,
        "article_columns": [label for _, label in ARTICLE_COLUMNS],
        "css": asset("report.css"),
        "js": asset("report.js"),
    }


def render_report_html(report: dict[str, Any]) -> str:
    """One self-contained HTML page for an evaluation report dict."""
    return environment().get_template("report.html.j2").render(**_context(report))
