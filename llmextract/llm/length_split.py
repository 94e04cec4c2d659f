"""Answers cut at the token limit (``finish_reason: length``): ask again on smaller text.

Asking again with the same text and the same cap would be cut again, so a chunk whose answer was
cut is split in about halves, each asked on its own, at most ``MAX_LENGTH_SPLITS`` times deep and
never below ``2 * MIN_SPLIT_CHARS`` characters.
"""

from __future__ import annotations

from llmextract.assembly.chunking import Chunk, split_text

__all__ = ["MAX_LENGTH_SPLITS", "MIN_SPLIT_CHARS", "smaller_chunks"]

MAX_LENGTH_SPLITS = 3
MIN_SPLIT_CHARS = 200


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
