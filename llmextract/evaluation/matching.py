"""Matching primitives for the scorer: span overlap, one-to-one matchings, name normalisation.

Kept apart from the metrics so each rule can be tested by hand: a scorer is only as honest as
the way it decides that a prediction "is" a gold item.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable, Sequence

__all__ = [
    "SpanPair",
    "dice",
    "greedy_match",
    "max_bipartite_match",
    "normalize_name",
    "overlap",
    "overlapping_pairs",
    "shared_chars",
]

SpanPair = tuple[int, int]

_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "the"}
_NON_WORD = re.compile(r"[^\w]+")


def shared_chars(a: SpanPair, b: SpanPair) -> int:
    """Characters two half-open spans have in common."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def overlap(gold: SpanPair, pred: SpanPair) -> float:
    """Shared characters over gold characters (the Gender Gap Tracker definition).

    A predicted span that covers the gold span scores 1.0 however long it is; see ``dice``.
    """
    length = gold[1] - gold[0]
    return shared_chars(gold, pred) / length if length > 0 else 0.0


def dice(gold: SpanPair, pred: SpanPair) -> float:
    """2 × shared / (gold + predicted characters): penalises spans far longer than the gold."""
    total = (gold[1] - gold[0]) + (pred[1] - pred[0])
    return 2 * shared_chars(gold, pred) / total if total > 0 else 0.0


def overlapping_pairs(gold: Sequence[SpanPair], pred: Sequence[SpanPair]) -> list[tuple[int, int]]:
    """Every (gold, pred) index pair sharing at least one character, without trying all pairs.

    Empty spans share nothing, so they never match. Predictions are sorted by start with a
    running maximum of their ends, so the scan for one gold span stops as soon as no earlier
    prediction can reach it.
    """
    order = sorted(range(len(pred)), key=lambda p: pred[p])
    starts = [pred[p][0] for p in order]
    reach: list[int] = []
    for p in order:
        reach.append(max(pred[p][1], reach[-1] if reach else 0))
    pairs: list[tuple[int, int]] = []
    for g, (g_start, g_end) in enumerate(gold):
        k = bisect_left(starts, g_end) - 1
        while k >= 0 and reach[k] > g_start:
            p = order[k]
            if pred[p][1] > g_start:
                pairs.append((g, p))
            k -= 1
    return pairs


def greedy_match(candidates: Iterable[tuple[float, int, int]], threshold: float) -> list[tuple[int, int]]:
    """One-to-one greedy matching over ``(score, gold, pred)``: best scores first.

    Each item is used at most once; candidates scoring below ``threshold`` (or 0) never
    match. Ties are broken by gold then prediction order, so the result is deterministic. A
    prediction overlapping two gold items takes the one it scores best with; the other stays
    unmatched (a false negative) unless another prediction claims it.
    """
    ranked = sorted((-s, g, p) for s, g, p in candidates if s >= threshold and s > 0)
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, g, p in ranked:
        if g in used_gold or p in used_pred:
            continue
        used_gold.add(g)
        used_pred.add(p)
        pairs.append((g, p))
    pairs.sort()
    return pairs


def max_bipartite_match(
    edges: Sequence[Iterable[int]],
    n_pred: int,
    fixed: dict[int, int] | None = None,
) -> dict[int, int]:
    """Maximum one-to-one matching ``{gold: pred}`` over yes/no edges (Kuhn's algorithm).

    ``edges[g]`` lists the predictions gold item ``g`` may match. ``fixed`` is a matching to
    start from and extend (its pairs may be re-routed but never lost), which lets the
    stance scorer prefer same-polarity pairs and then add the rest. Used where every match
    is equally good (shared names), so the largest matching is the fair one.
    """
    adj = [sorted(set(e)) for e in edges]
    gold_of: list[int | None] = [None] * n_pred
    for g, p in (fixed or {}).items():
        gold_of[p] = g

    def augment(g: int, seen: set[int]) -> bool:
        for p in adj[g]:
            if p in seen:
                continue
            seen.add(p)
            owner = gold_of[p]
            if owner is None or augment(owner, seen):
                gold_of[p] = g
                return True
        return False

    matched = set((fixed or {}).keys())
    for g in range(len(adj)):
        if g not in matched and augment(g, set()):
            matched.add(g)
    return {g: p for p, g in enumerate(gold_of) if g is not None}


def normalize_name(name: str) -> str:
    """Compare names loosely: case, accents, punctuation, possessive 's and honorifics ignored.

    "Mr. Obama's" and "obama" normalise alike; "Barack Obama" and "Obama" do not: aliases
    carry that link, not the normaliser.
    """
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = text.replace("\u2019", "'")
    words = [w for w in _NON_WORD.split(re.sub(r"'s\b", "", text)) if w]
    while len(words) > 1 and words[0] in _HONORIFICS:
        words = words[1:]
    # a mention made only of punctuation (PolNeAR has a Source "'s") still equals itself
    return " ".join(words) or " ".join(text.split())
