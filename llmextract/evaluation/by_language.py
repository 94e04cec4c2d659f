"""Evaluation figures split by article language: one row per language in the report.

A model that is good in English and poor in French shows it here instead of averaging it away.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from llmextract.evaluation.scorer import FIGURES, Counts, FigurePath, compute_figures, sum_counts
from llmextract.utils.neutralise import markdown_row, markdown_rule

__all__ = ["figures_by_language", "language_table"]

_TABLE: list[tuple[str, FigurePath]] = [
    ("quotes exact F1", ("quotes", "exact", "f1")),
    ("quotes overlap_0.3 F1", ("quotes", "overlap_0.3", "f1")),
    ("speaker entity accuracy", ("quotes", "speaker_entity_accuracy")),
    ("quotes joint F1", ("quotes", "joint_f1")),
]


def figures_by_language(languages: Sequence[str], counts: Sequence[Counts]) -> dict[str, Any]:
    """Micro figures of each language's articles: ``{"fr": {"articles": 3, "quotes": {...}, ...}}``.

    Empty when the languages are not known for every article.
    """
    if not languages or len(languages) != len(counts):
        return {}
    groups: dict[str, list[Counts]] = {}
    for lang, c in zip(languages, counts, strict=True):
        groups.setdefault(lang, []).append(c)
    out: dict[str, Any] = {}
    for lang in sorted(groups):
        micro = compute_figures(sum_counts(groups[lang]))
        nested: dict[str, Any] = {"articles": len(groups[lang])}
        for path, _ in FIGURES:
            node = nested
            for key in path[:-1]:
                node = node.setdefault(key, {})
            value = micro[path]
            node[path[-1]] = None if value is None else round(value, 6)
        out[lang] = nested
    return out


def language_table(by_language: Mapping[str, Any]) -> list[str]:
    """Markdown lines of a table with one row per language."""
    head = ["language", "articles", *(label for label, _ in _TABLE)]
    lines = ["By language:", "", markdown_row(head), markdown_rule(len(head))]
    for lang, figs in by_language.items():
        cells = [lang, str(figs["articles"]), *(_pct(_get(figs, path)) for _, path in _TABLE)]
        lines.append(markdown_row(cells))
    return [*lines, ""]


def _get(node: Mapping[str, Any], path: FigurePath) -> Any:
    for key in path:
        node = node[key]
    return node


def _pct(x: float | None) -> str:
    return "–" if x is None else f"{100 * x:.1f}"
