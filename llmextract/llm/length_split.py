"""Answers cut at the token limit (``finish_reason: length``): ask again on smaller text.

Asking again with the same text and the same cap would be cut again. Where the user allowed a
higher cap (``max_tokens_limit``), the same text is asked again with the cap doubled, up to that
limit; after that, the chunk is split in about halves, each asked on its own, at most
``MAX_LENGTH_SPLITS`` times deep and never below ``2 * MIN_SPLIT_CHARS`` characters.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from llmextract.schema import Span
from llmextract.text.chunks import Chunk, split_text

__all__ = [
    "MAX_LENGTH_SPLITS",
    "MIN_SPLIT_CHARS",
    "CutAnswers",
    "after_cut",
    "raised_cap",
    "smaller_chunks",
]

MAX_LENGTH_SPLITS = 3
MIN_SPLIT_CHARS = 200
SPLIT_OVERLAP = 1_000  # at most a quarter of a piece


def smaller_chunks(text: str, chunk: Chunk, overlap: int, depth: int) -> list[Chunk] | None:
    """``text[chunk]`` in about halves (article offsets), or None when it may not be split further."""
    size = chunk.end - chunk.start
    if depth >= MAX_LENGTH_SPLITS or size < 2 * MIN_SPLIT_CHARS:
        return None
    half = (size + 1) // 2
    pieces = split_text(text[chunk.start : chunk.end], half, min(overlap, half // 4))
    if len(pieces) < 2:
        return None
    return [Chunk(chunk.start + p.start, chunk.start + p.end) for p in pieces]


def raised_cap(cap: int | None, limit: int | None) -> int | None:
    """The next answer token cap after a cut answer: double, at most ``limit``; None when the user
    allowed no higher cap (no limit, or the cap is already there)."""
    if limit is None or (cap is not None and cap >= limit):
        return None
    return limit if cap is None else min(2 * cap, limit)


@dataclass
class CutAnswers:
    """What was done about an article's answers cut at the token limit, for its provenance."""

    split: list[Span] = field(default_factory=list)
    max_tokens: int | None = None


def after_cut(
    text: str, chunk: Chunk, depth: int, cap: int | None, limit: int | None, cuts: CutAnswers
) -> tuple[int | None, list[Chunk]]:
    """The cap and chunks to ask instead of an answer cut at the token limit, recorded in ``cuts``:
    ``[chunk]`` again with a raised cap, or smaller pieces with the same cap, or none (give up)."""
    raised = raised_cap(cap, limit)
    if raised is not None:
        cuts.max_tokens = max(cuts.max_tokens or 0, raised)
        return raised, [chunk]
    pieces = smaller_chunks(text, chunk, SPLIT_OVERLAP, depth)
    if pieces:
        cuts.split.append(Span(start=chunk.start, end=chunk.end))
    return cap, pieces or []
