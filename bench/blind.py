"""The offline baseline on the blind news set: what ``llmextract eval`` reports, by language and overall.

    python bench/blind.py [GOLD]      # default: blind/news/gold.jsonl next to this folder

Runs ``run_eval`` and ``build_report`` (what ``llmextract eval GOLD -m baseline`` runs: the batch run,
the predictions file read back, the scorer, the bootstrap) and prints, for each language and for all
articles: quotes overlap >= 0.3 F1, joint F1 (span >= 0.3 and speaker), actor F1, stance (holder,
target) pair F1 and precision; then two figures issue 25 sets bars on for French, German and Spanish:
direct quotes found with the right speaker, and reported statements (indirect quotes) found. Each gold
quote is scored alone against the article's prediction by ``score_article``, so "found" is a match at
overlap >= 0.3 and "right speaker" the scorer's entity accuracy. Last line: one JSON object.

The set is for measuring, never for tuning (``blind/README.md``).
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from llmextract.config import ExtractorConfig
from llmextract.errors import InputError
from llmextract.evaluation.gold import GoldArticle, load_gold
from llmextract.evaluation.report import build_report
from llmextract.evaluation.runner import load_predictions, run_eval
from llmextract.evaluation.scorer import score_article
from llmextract.schema import Extraction

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "blind" / "news" / "gold.jsonl"
RESAMPLES = 1000
FIGURES: dict[str, tuple[str, ...]] = {
    "quotes_f1": ("quotes", "overlap_0.3", "f1"),
    "joint_f1": ("quotes", "joint_f1"),
    "actors_f1": ("actors", "f1"),
    "stance_pairs_f1": ("stances", "pairs", "f1"),
    "stance_pairs_precision": ("stances", "pairs", "precision"),
}
HEAD = "| language | articles | quotes ≥0.3 F1 | joint F1 | actors F1 | stance pairs F1 | stance pairs P "
HEAD += "| direct quotes, right speaker | reported statements found |"


def quote_hits(gold: list[GoldArticle], predicted: Mapping[str, Extraction]) -> dict[str, dict[str, int]]:
    """Per language: gold direct quotes, those found with the right speaker, indirect ones, those found."""
    out: dict[str, dict[str, int]] = {}
    for article in gold:
        hits = out.setdefault(article.lang or "?", dict.fromkeys(("direct", "right", "indirect", "found"), 0))
        extraction = predicted.get(article.id)
        for quote in article.quotes:
            alone = article.model_copy(update={"quotes": [quote], "tasks": ["quotes"]})
            counts = score_article(alone, extraction)
            found = counts["quotes.overlap_0.3.tp"] == 1
            if quote.kind == "direct":
                hits["direct"] += 1
                hits["right"] += found and counts["quotes.entity_ok"] == 1
            else:
                hits["indirect"] += 1
                hits["found"] += found
    out["all"] = {key: sum(h[key] for h in out.values()) for key in ("direct", "right", "indirect", "found")}
    return out


def _value(node: Mapping[str, Any], path: tuple[str, ...]) -> float | None:
    for key in path:
        node = node[key]
    value = node["value"] if isinstance(node, Mapping) else node
    return None if value is None else round(100 * float(value), 1)


def _pct(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _cell(x: float | None) -> str:
    return "–" if x is None else f"{x:.1f}"


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else GOLD
    try:
        gold = load_gold(path)
    except InputError as exc:
        print(f"bench/blind.py: {exc}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as folder:
        [run] = run_eval(gold, ["baseline"], out_dir=folder, config=ExtractorConfig(cache=False))
        assert run.predictions is not None
        predicted = load_predictions(run.predictions).extractions
    report = build_report([run], gold=str(path), resamples=RESAMPLES)["runs"][0]
    hits = quote_hits(gold, predicted)
    rows: dict[str, dict[str, Any]] = {}
    for lang, figures in [*report["by_language"].items(), ("all", report)]:
        h = hits[lang]
        rows[lang] = {
            "articles": figures["articles"] if lang != "all" else len(gold),
            **{name: _value(figures, p) for name, p in FIGURES.items()},
            "direct_right_speaker": _pct(h["right"], h["direct"]),
            "reported_found": _pct(h["found"], h["indirect"]),
            "counts": h,
        }
    print(f"Offline baseline: {len(gold)} articles ({path}); figures in %")
    print()
    print(HEAD)
    print("|" + "---|" * 9)
    for lang, row in rows.items():
        h = row["counts"]
        cells = [lang, str(row["articles"]), *(_cell(row[name]) for name in FIGURES)]
        cells.append(f"{h['right']}/{h['direct']} ({_cell(row['direct_right_speaker'])})")
        cells.append(f"{h['found']}/{h['indirect']} ({_cell(row['reported_found'])})")
        print("| " + " | ".join(cells) + " |")
    print()
    intervals = []
    for name, figure_path in FIGURES.items():
        node: Any = report
        for key in figure_path:
            node = node[key]
        lo, hi = node["ci95"] or (None, None)
        span = "" if lo is None else f" ({100 * lo:.1f}–{100 * hi:.1f})"
        intervals.append(f"{name} {_cell(_value(report, figure_path))}{span}")
    print(
        f"All articles, 95% bootstrap intervals over articles ({RESAMPLES} resamples): "
        + "; ".join(intervals)
    )
    print(json.dumps({"articles": len(gold), "by_language": rows}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
