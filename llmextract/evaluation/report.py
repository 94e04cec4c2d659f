"""Reports: scored runs -> one JSON-ready dict -> Markdown, JSON or HTML.

The report dict (JSON figures are fractions in [0, 1]; Markdown shows percentages)::

    {
      "format": 1,
      "gold": "<path of the gold file>",
      "gold_articles": <int>,
      "bootstrap": {"resamples": <int>, "seed": <int>},
      "runs": [
        {
          "model": str, "prompt": str | null,
          "predictions": str | null,          # predictions JSONL kept beside the report
          "failed_articles": int,             # error lines, scored as empty predictions
          "missing_articles": int,            # gold articles with no prediction line at all
          "quotes": {
            "exact" | "overlap_0.8" | "overlap_0.3" | "dice_0.5":
                {"precision": FIGURE, "recall": FIGURE, "f1": FIGURE},
            "speaker_mention_accuracy": FIGURE,
            "speaker_entity_accuracy": FIGURE,
            "joint_f1": FIGURE,
          },
          "actors": {"precision": FIGURE, "recall": FIGURE, "f1": FIGURE},
          "stances": {
            "triples" | "pairs": {"precision": FIGURE, "recall": FIGURE, "f1": FIGURE},
            "polarity_accuracy": FIGURE,
          },
          "delta_to_first": null for the first run, else
              {"quotes": {...}, "actors": {...}, "stances": {...}}   # same keys, FIGURE of
                                                                      # this run minus run 0
          "articles": [{"id": str, "quotes_f1": float|null, "joint_f1": float|null,
                        "actors_f1": float|null, "stances_f1": float|null, "errors": [str]}],
          "worst": [ids of up to ten articles with the lowest mean of their defined F1s,
                    perfect articles left out],
          "by_language": {lang: {"articles": int, "quotes": ..., "actors": ..., "stances": ...}},
                    # micro values (no intervals) of each language's articles; {} if unknown
          "cost": null | {tokens, USD per article, per 1,000, F1 per USD}  # + "cost_choice": cost_columns.py
        }
      ],
    }

    FIGURE = {"value": float | null, "ci95": [lo, hi] | null, "macro": float | null}

``value`` is the micro average (ratio of counts summed over articles); ``macro`` the mean of
the per-article ratios over the articles where the ratio is defined; ``ci95`` the 2.5th and
97.5th percentiles of ``value`` over bootstrap resamples of the articles (for deltas, a paired
bootstrap: both runs are resampled with the same articles). ``null`` means undefined: nothing
predicted (precision), nothing in gold (recall), no matched quotes (accuracies), or the task
is not annotated in this gold file. Per-article ``quotes_f1`` is at ``overlap_0.3`` and
``stances_f1`` is on triples.
"""

from __future__ import annotations

import importlib
import json
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from llmextract.errors import InputError
from llmextract.evaluation.by_language import figures_by_language, language_table
from llmextract.evaluation.cost_columns import cost_choice, cost_markdown, with_f1_per_usd
from llmextract.evaluation.scorer import COUNT_KEYS, FIGURES, Counts, FigurePath, compute_figures, sum_counts
from llmextract.utils.neutralise import markdown_row, markdown_rule, markdown_text
from llmextract.utils.outputs import write_text

__all__ = [
    "REPORT_FORMAT",
    "RunScores",
    "build_report",
    "render_markdown",
    "write_report",
]

REPORT_FORMAT = 1
HTML_RENDERER = "llmextract.html.report"
WORST = 10
_BITS = 40  # per-count field width when packing an article's counts into one int
_MASK = (1 << _BITS) - 1


@dataclass
class RunScores:
    """One run's per-article counts, in gold order, ready for reporting."""

    model: str
    prompt: str | None
    article_ids: list[str]
    counts: list[Counts]
    errors: dict[str, list[str]] = field(default_factory=dict)
    failed_articles: int = 0
    missing_articles: int = 0
    predictions: str | None = None
    #: each article's language, in gold order (empty: not known, no split by language)
    languages: list[str] = field(default_factory=list)
    cost: dict[str, Any] | None = None  #: tokens and USD spent (llmextract.cost.run_cost), if known


def build_report(
    runs: Sequence[RunScores],
    *,
    gold: str,
    resamples: int = 1000,
    seed: int = 0,
) -> dict[str, Any]:
    """Score every run with bootstrap intervals and deltas to the first run."""
    if not runs:
        raise InputError("no runs to report")
    n = len(runs[0].counts)
    if any(len(r.counts) != n for r in runs):
        raise InputError("runs cover different numbers of articles; they cannot be compared")
    samples = _bootstrap(runs, resamples=resamples, seed=seed)
    out_runs: list[dict[str, Any]] = []
    for i, run in enumerate(runs):
        micro = compute_figures(sum_counts(run.counts))
        macro = _macro(run.counts)
        figs = {p: _figure(micro[p], macro[p], [s[p] for s in samples[i]]) for p, _ in FIGURES}
        delta: dict[str, Any] | None = None
        if i > 0:
            base_micro = compute_figures(sum_counts(runs[0].counts))
            base_macro = _macro(runs[0].counts)
            delta = _nest(
                {
                    p: _figure(
                        _diff(micro[p], base_micro[p]),
                        _diff(macro[p], base_macro[p]),
                        [_diff(s[p], b[p]) for s, b in zip(samples[i], samples[0], strict=True)],
                    )
                    for p, _ in FIGURES
                }
            )
        articles = _articles(run)
        out_runs.append(
            {
                "model": run.model,
                "prompt": run.prompt,
                "predictions": run.predictions,
                "failed_articles": run.failed_articles,
                "missing_articles": run.missing_articles,
                **_nest(figs),
                "delta_to_first": delta,
                "articles": articles,
                "worst": _worst(articles),
                "by_language": figures_by_language(run.languages, run.counts),
            }
        )
        out_runs[-1]["cost"] = with_f1_per_usd(run.cost, out_runs[-1])
    return {
        "format": REPORT_FORMAT,
        "gold": gold,
        "gold_articles": n,
        "bootstrap": {"resamples": resamples, "seed": seed},
        "runs": out_runs,
        "cost_choice": cost_choice(out_runs),
    }


def _diff(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


def _macro(counts: Sequence[Counts]) -> dict[FigurePath, float | None]:
    per_article = [compute_figures(c) for c in counts]
    out: dict[FigurePath, float | None] = {}
    for path, _ in FIGURES:
        values = [v for f in per_article if (v := f[path]) is not None]
        out[path] = sum(values) / len(values) if values else None
    return out


def _pack(c: Counts) -> int:
    return sum(c[key] << (_BITS * i) for i, key in enumerate(COUNT_KEYS))


def _unpack(x: int) -> Counts:
    return {key: (x >> (_BITS * i)) & _MASK for i, key in enumerate(COUNT_KEYS)}


def _bootstrap(
    runs: Sequence[RunScores], *, resamples: int, seed: int
) -> list[list[dict[FigurePath, float | None]]]:
    """Figures per run per resample; every run sees the same resampled articles (paired).

    Each article's counts are packed into one integer (a fixed-width field per count), so a
    resample's totals are one sum of integers over the drawn articles. Every run restarts the
    generator from ``seed``; ``choices`` draws the same indices for the same number of
    articles, which pairs the runs' resamples without storing them.
    """
    n = len(runs[0].counts)
    out: list[list[dict[FigurePath, float | None]]] = []
    for run in runs:
        rng = random.Random(seed)
        packed = [_pack(c) for c in run.counts]
        out.append(
            [compute_figures(_unpack(sum(rng.choices(packed, k=n)))) for _ in range(resamples)] if n else []
        )
    return out


def _figure(value: float | None, macro: float | None, samples: list[float | None]) -> dict[str, Any]:
    defined = sorted(s for s in samples if s is not None)
    ci = [_round(_quantile(defined, 0.025)), _round(_quantile(defined, 0.975))] if defined else None
    return {
        "value": None if value is None else _round(value),
        "ci95": None if value is None else ci,
        "macro": None if macro is None else _round(macro),
    }


def _quantile(values: list[float], q: float) -> float:
    pos = q * (len(values) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(values) - 1)
    return values[lo] + (values[hi] - values[lo]) * (pos - lo)


def _round(x: float) -> float:
    return round(x, 6)


def _nest(flat: Mapping[FigurePath, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for path, value in flat.items():
        node = out
        for key in path[:-1]:
            node = node.setdefault(key, {})
        node[path[-1]] = value
    return out


_ARTICLE_FIGURES: dict[str, FigurePath] = {
    "quotes_f1": ("quotes", "overlap_0.3", "f1"),
    "joint_f1": ("quotes", "joint_f1"),
    "actors_f1": ("actors", "f1"),
    "stances_f1": ("stances", "triples", "f1"),
}


def _articles(run: RunScores) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for article_id, counts in zip(run.article_ids, run.counts, strict=True):
        figs = compute_figures(counts)
        row: dict[str, Any] = {"id": article_id}
        for name, path in _ARTICLE_FIGURES.items():
            value = figs[path]
            row[name] = None if value is None else _round(value)
        row["errors"] = list(run.errors.get(article_id, []))
        rows.append(row)
    return rows


def _worst(articles: list[dict[str, Any]]) -> list[str]:
    """Up to ten imperfect articles, lowest mean F1 first (ties by id)."""
    scored: list[tuple[float, str]] = []
    for row in articles:
        values = [row[k] for k in _ARTICLE_FIGURES if row[k] is not None]
        if values and sum(values) < len(values):
            scored.append((sum(values) / len(values), row["id"]))
    return [article_id for _, article_id in sorted(scored)[:WORST]]


# --- writers -------------------------------------------------------------------------------

_SHORT = {"precision": "P", "recall": "R", "f1": "F1"}
_MD_ROWS: list[tuple[str, FigurePath]] = [
    *(
        (f"quotes {level} {_SHORT[m]}", ("quotes", level, m))
        for level in ("exact", "overlap_0.8", "overlap_0.3", "dice_0.5")
        for m in ("precision", "recall", "f1")
    ),
    ("speaker mention accuracy", ("quotes", "speaker_mention_accuracy")),
    ("speaker entity accuracy", ("quotes", "speaker_entity_accuracy")),
    ("quotes joint F1", ("quotes", "joint_f1")),
    *((f"actors {_SHORT[m]}", ("actors", m)) for m in ("precision", "recall", "f1")),
    *(
        (f"stances {kind} {_SHORT[m]}", ("stances", kind, m))
        for kind in ("triples", "pairs")
        for m in ("precision", "recall", "f1")
    ),
    ("stance polarity accuracy", ("stances", "polarity_accuracy")),
]


def _get(node: Mapping[str, Any], path: FigurePath) -> Any:
    for key in path:
        node = node[key]
    return node


def _pct(x: float | None, *, signed: bool = False) -> str:
    if x is None:
        return "–"
    return f"{100 * x:+.1f}" if signed else f"{100 * x:.1f}"


def _cell(fig: Mapping[str, Any], *, signed: bool = False) -> str:
    if fig["value"] is None:
        return "–"
    text = _pct(fig["value"], signed=signed)
    if fig["ci95"]:
        lo, hi = fig["ci95"]
        text += f" ({_pct(lo, signed=signed)} – {_pct(hi, signed=signed)})"
    return text


def render_markdown(report: Mapping[str, Any]) -> str:
    """A Markdown page: one column per run (figures in %, 95% intervals), then worst articles.

    Ids, model and prompt names and paths are data: every one passes
    :func:`~llmextract.utils.neutralise.markdown_text` (table cells through ``markdown_row``), so
    none can add HTML, a column or a line to the page.
    """
    runs = report["runs"]
    boot = report["bootstrap"]
    lines = [
        "# Evaluation report",
        "",
        f"Gold: {markdown_text(report['gold'])} ({report['gold_articles']} articles). "
        "Figures are micro averages in %, "
        f"with 95% bootstrap intervals over articles ({boot['resamples']} resamples, seed {boot['seed']}); "
        "Δ is the difference to the first run (paired bootstrap). – means undefined or not annotated.",
        "",
    ]
    header = ["figure"]
    for i, run in enumerate(runs):
        header.append(_run_name(run))
        if i > 0:
            header.append(f"Δ {_run_name(run)}")
    lines.append(markdown_row(header))
    lines.append(markdown_rule(len(header)))
    for label, path in _MD_ROWS:
        if all(_get(run, path)["value"] is None for run in runs):
            continue
        cells = [label]
        for i, run in enumerate(runs):
            cells.append(_cell(_get(run, path)))
            if i > 0:
                cells.append(_cell(_get(run["delta_to_first"], path), signed=True))
        lines.append(markdown_row(cells))
    lines.append("")
    lines += cost_markdown(report, _run_name)
    for run in runs:
        lines.append(f"## {markdown_text(_run_name(run))}")
        lines.append("")
        lines.append(
            f"Failed articles: {run['failed_articles']}; missing: {run['missing_articles']}"
            + (f"; predictions: {markdown_text(run['predictions'])}" if run["predictions"] else "")
        )
        lines.append("")
        by_language = run.get("by_language") or {}
        if len(by_language) > 1 or any(lang != "en" for lang in by_language):
            lines += language_table(by_language)
        if run["worst"]:
            by_id = {a["id"]: a for a in run["articles"]}
            head = ["article", "quotes F1", "joint F1", "actors F1", "stances F1"]
            lines += ["Worst articles:", "", markdown_row(head), markdown_rule(len(head))]
            for article_id in run["worst"]:
                a = by_id[article_id]
                lines.append(markdown_row([article_id, *(_pct(a[k]) for k in _ARTICLE_FIGURES)]))
            lines.append("")
    return "\n".join(lines)


def _run_name(run: Mapping[str, Any]) -> str:
    return f"{run['model']} / {run['prompt']}" if run["prompt"] else str(run["model"])


def write_report(report: Mapping[str, Any], path: str | Path) -> Path:
    """Write by suffix: .json, .md or .html (HTML comes from ``llmextract.html.report``)."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".json":
        text = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    elif suffix == ".md":
        text = render_markdown(report) + "\n"
    elif suffix in {".html", ".htm"}:
        text = _render_html(report)
    else:
        raise InputError(f"{p}: unknown report format {suffix!r}; use .md, .json or .html")
    return write_text(p, text)


def _render_html(report: Mapping[str, Any]) -> str:
    """Import the HTML renderer only when asked, so .md and .json never depend on it."""
    try:
        module = importlib.import_module(HTML_RENDERER)
    except ModuleNotFoundError as exc:
        if exc.name is None or not HTML_RENDERER.startswith(exc.name):
            raise
        raise InputError(
            f"HTML reports need {HTML_RENDERER}, which this installation lacks; use .md or .json"
        ) from exc
    html = module.render_report_html(dict(report))
    if not isinstance(html, str):
        raise TypeError(f"{HTML_RENDERER}.render_report_html returned {type(html).__name__}, not str")
    return html
