"""Splitting a long article into overlapping chunks, one model call each: plain text, no answers.

Cuts fall on paragraph breaks where possible, else on sentence ends, else on whitespace, so a
quote is rarely cut in two; consecutive chunks overlap by whole sentences so a quote cut by one
chunk's edge is whole in the next. Merging the chunks' answers is the assembly's
(``llmextract.assembly.chunking``); this module sits below both the LLM stage and the assembly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Chunk", "split_text"]

_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE = re.compile(r"[.!?…][\"'”’»)\]]*\s+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Chunk:
    """``text[start:end]`` of the article."""

    start: int
    end: int


def _ends(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[int]:
    """Positions in (lo, hi] right after a match: where the next chunk may start."""
    return [m.end() for m in pattern.finditer(text, lo, hi) if lo < m.end() <= hi]


def _cut(text: str, start: int, limit: int) -> int:
    """The best end for a chunk starting at ``start`` and ending at ``limit`` at the latest."""
    floor = start + (limit - start) // 2  # never shorter than half a chunk
    for pattern in (_PARAGRAPH, _SENTENCE, _SPACE):
        ends = _ends(pattern, text, floor, limit)
        if ends:
            return ends[-1]
    return limit


def _next_start(text: str, start: int, end: int, overlap: int) -> int:
    """Where the next chunk starts: the first sentence start at least ``overlap`` back from ``end``."""
    if overlap <= 0:
        return end
    lo = max(start + 1, end - overlap)
    for pattern in (_SENTENCE, _SPACE):
        starts = _ends(pattern, text, lo - 1, end - 1)
        if starts:
            return starts[0]
    return max(lo, start + 1)


def split_text(text: str, size: int, overlap: int = 0) -> list[Chunk]:
    """Chunks of at most ``size`` characters covering ``text``, overlapping by about ``overlap``."""
    if size <= 0:
        raise ValueError(f"chunk size must be > 0, not {size}")
    overlap = max(0, min(overlap, size // 2))
    chunks: list[Chunk] = []
    start = 0
    while True:
        if len(text) - start <= size:
            chunks.append(Chunk(start, len(text)))
            return chunks
        end = _cut(text, start, start + size)
        chunks.append(Chunk(start, end))
        start = _next_start(text, start, end, overlap)
