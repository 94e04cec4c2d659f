"""Quote spans become laminar pieces and nested marks that cover every character once."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest
from markupsafe import Markup

from llmextract.html.spans import Piece, laminar_pieces, mark_text


def _laminar(pieces: list[Piece]) -> bool:
    for a in pieces:
        for b in pieces:
            overlap = a.start < b.end and b.start < a.end
            nested = (a.start <= b.start and b.end <= a.end) or (b.start <= a.start and a.end <= b.end)
            if overlap and not nested:
                return False
    return True


def _coverage(pieces: list[Piece], key: str) -> list[tuple[int, int]]:
    return sorted((p.start, p.end) for p in pieces if p.key == key)


def test_disjoint_and_nested_spans_stay_whole() -> None:
    pieces = laminar_pieces([("outer", 0, 20), ("inner", 5, 9), ("later", 25, 30)])
    assert {(p.key, p.start, p.end, p.part) for p in pieces} == {
        ("outer", 0, 20, 0),
        ("inner", 5, 9, 0),
        ("later", 25, 30, 0),
    }


def test_crossing_span_is_cut_where_the_earlier_one_ends() -> None:
    pieces = laminar_pieces([("b", 5, 15), ("a", 0, 10)])
    assert [(p.key, p.start, p.end, p.part) for p in pieces] == [
        ("a", 0, 10, 0),
        ("b", 5, 10, 0),
        ("b", 10, 15, 1),
    ]


def test_empty_spans_are_dropped() -> None:
    assert laminar_pieces([("e", 4, 4)]) == []


@pytest.mark.parametrize("seed", range(40))
def test_random_spans_become_laminar_pieces_covering_each_span_exactly(seed: int) -> None:
    rng = random.Random(seed)
    spans = []
    for i in range(rng.randint(1, 9)):
        start = rng.randint(0, 40)
        spans.append((f"k{i}", start, start + rng.randint(1, 15)))
    pieces = laminar_pieces(spans)
    assert _laminar(pieces)
    for key, start, end in spans:
        parts = _coverage(pieces, key)
        assert parts[0][0] == start and parts[-1][1] == end
        assert all(a[1] == b[0] for a, b in pairwise(parts))  # contiguous, no gaps or overlaps
        numbers = sorted(p.part for p in pieces if p.key == key)
        assert numbers == list(range(len(parts)))


def _open(piece: Piece) -> Markup:
    return Markup('<m k="{}" p="{}">').format(piece.key, piece.part)


def test_mark_text_nests_and_escapes() -> None:
    text = "a <b> & c"
    html = mark_text(text, laminar_pieces([("x", 0, 9), ("y", 2, 5)]), _open, Markup("</m>"))
    assert html == '<m k="x" p="0">a <m k="y" p="0">&lt;b&gt;</m> &amp; c</m>'


def test_mark_text_renders_crossing_spans_as_split_pieces() -> None:
    text = "0123456789ABCDE"
    html = mark_text(text, laminar_pieces([("a", 0, 10), ("b", 5, 15)]), _open, Markup("</m>"))
    assert html == '<m k="a" p="0">01234<m k="b" p="0">56789</m></m><m k="b" p="1">ABCDE</m>'


def test_mark_text_refuses_crossing_pieces() -> None:
    with pytest.raises(ValueError, match="not laminar"):
        mark_text("0123456789", [Piece("a", 0, 6, 0), Piece("b", 3, 9, 0)], _open, Markup("</m>"))
