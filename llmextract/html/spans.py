"""Quote spans -> nested HTML over the article text.

Quotes may nest (a reported remark inside a direct quote) or even cross. HTML elements can only
nest, so each quote is cut into *pieces* that form a laminar family (any two pieces are either
disjoint or one inside the other): a quote that crosses an earlier one is cut where the earlier
one ends. Every piece keeps its quote's key and a part number, so a quote's text is the
concatenation of its pieces, and the page renders every character exactly once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape

__all__ = ["Piece", "laminar_pieces", "mark_text"]


@dataclass(frozen=True)
class Piece:
    """Part ``part`` (0 = first) of the span ``key``, covering ``text[start:end]``."""

    key: str
    start: int
    end: int
    part: int


def _crosses(a_start: int, a_end: int, p: Piece) -> bool:
    overlap = p.start < a_end and a_start < p.end
    nested = (p.start <= a_start and a_end <= p.end) or (a_start <= p.start and p.end <= a_end)
    return overlap and not nested


def laminar_pieces(spans: Iterable[tuple[str, int, int]]) -> list[Piece]:
    """Cut ``(key, start, end)`` spans into pieces that nest; empty spans are dropped.

    Spans are placed by start, longer first, so an enclosing quote stays whole and the one
    inside it, or crossing out of it, is the one that is cut.
    """
    ordered = sorted(
        ((key, start, end, i) for i, (key, start, end) in enumerate(spans) if end > start),
        key=lambda t: (t[1], -t[2], t[3]),
    )
    placed: list[Piece] = []
    for key, start, end, _ in ordered:
        cuts = sorted(
            {b for p in placed if _crosses(start, end, p) for b in (p.start, p.end) if start < b < end}
        )
        bounds = [start, *cuts, end]
        placed.extend(Piece(key, lo, hi, part) for part, (lo, hi) in enumerate(pairwise(bounds)))
    return placed


def mark_text(
    text: str, pieces: Sequence[Piece], open_tag: Callable[[Piece], Markup], close_tag: Markup
) -> Markup:
    """Escape ``text`` and wrap each piece in its tags; pieces must be laminar."""
    ordered = sorted(enumerate(pieces), key=lambda t: (t[1].start, -t[1].end, t[0]))
    out: list[str] = []
    pos = 0
    stack: list[Piece] = []

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= limit:
            top = stack.pop()
            out.append(escape(text[pos : top.end]))
            out.append(close_tag)
            pos = top.end

    for _, piece in ordered:
        if stack and not (stack[-1].start <= piece.start and piece.end <= stack[-1].end):
            close_until(piece.start)
        if stack and piece.end > stack[-1].end:
            raise ValueError(f"pieces are not laminar: {piece} crosses {stack[-1]}")
        out.append(escape(text[pos : piece.start]))
        out.append(open_tag(piece))
        pos = piece.start
        stack.append(piece)
    close_until(len(text))
    out.append(escape(text[pos:]))
    return Markup("".join(out))
