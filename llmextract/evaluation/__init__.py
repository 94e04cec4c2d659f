"""Evaluation against gold annotations: gold format, importers, scorer, eval runs and reports.

gold      GoldArticle and its strict JSONL loader (``load_gold``)
polnear   PolNeAR brat standoff -> gold          seesaw   SEESAW JSON -> gold
matching  span overlap, one-to-one matchings, name normalisation
scorer    per-article counts and the figures computed from them
report    report dict (bootstrap intervals, deltas, worst articles) -> .md / .json / .html
runner    predictions JSONL, eval runs over (model, prompt) pairs
cli       the ``gold import``, ``score`` and ``eval`` commands
"""

from __future__ import annotations

from llmextract.evaluation.gold import (
    GoldActor,
    GoldArticle,
    GoldQuote,
    GoldStance,
    ImportResult,
    dump_gold,
    load_gold,
)
from llmextract.evaluation.polnear import import_polnear
from llmextract.evaluation.report import RunScores, build_report, render_markdown, write_report
from llmextract.evaluation.runner import load_predictions, run_eval, score_predictions
from llmextract.evaluation.scorer import score_article
from llmextract.evaluation.seesaw import import_seesaw

__all__ = [
    "GoldActor",
    "GoldArticle",
    "GoldQuote",
    "GoldStance",
    "ImportResult",
    "RunScores",
    "build_report",
    "dump_gold",
    "import_polnear",
    "import_seesaw",
    "load_gold",
    "load_predictions",
    "render_markdown",
    "run_eval",
    "score_article",
    "score_predictions",
    "write_report",
]
