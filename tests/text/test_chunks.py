"""Splitting long articles: chunks cover the text, stay within size, cut on boundaries, overlap."""

from __future__ import annotations

import itertools

from llmextract.text.chunks import Chunk, split_text

ARTICLE = "\n\n".join(
    f"The council of Vestmark met on day {n} to settle the ferry line. “We are ready to run the boats "
    f"ourselves,” said Rosa Lindqvist, who chairs the islanders' association. She spoke in the rain."
    for n in range(10)
)


def test_short_text_is_one_chunk() -> None:
    assert split_text("One sentence.", 100, 20) == [Chunk(0, 13)]


def test_chunks_cover_the_text_within_size_and_cut_on_boundaries() -> None:
    chunks = split_text(ARTICLE, 500, 150)
    assert len(chunks) > 3 and chunks[0].start == 0 and chunks[-1].end == len(ARTICLE)
    for before, after in itertools.pairwise(chunks):
        assert after.start <= before.end, "no gap between chunks"
        assert before.start < after.start, "every chunk moves forward"
        assert ARTICLE[before.end - 1].isspace() or ARTICLE[before.end - 2] in ".!?”", "cut after a sentence"
    assert all(c.end - c.start <= 500 for c in chunks)
    assert any(c.start < p.end for p, c in itertools.pairwise(chunks)), "some chunks overlap"


def test_text_without_spaces_is_cut_hard() -> None:
    chunks = split_text("x" * 250, 100, 10)
    assert chunks[-1].end == 250 and all(c.end - c.start <= 100 for c in chunks)
