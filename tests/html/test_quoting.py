"""Quoted words get one pair of quotation marks, never a second around their own."""

from __future__ import annotations

import pytest
from pagetree import parse
from shown_text import shown_text

from llmextract.html.quoting import carries_marks, in_marks, quoted_html


@pytest.mark.parametrize(
    "words",
    ['"We go now,"', "“We go now,”", "«Nous partons»", "„Wir gehen“", "‘fine’", "“We go now,” she said."],
)
def test_words_with_their_own_marks_get_none_added(words: str) -> None:
    assert carries_marks(words)
    assert in_marks(words) == words
    root, _ = parse(f"<p>{quoted_html(words)}</p>")
    assert shown_text(root) == words


@pytest.mark.parametrize("words", ["the harbour will stay open", "said", "that it would <b>not</b> pass"])
def test_bare_words_get_one_pair(words: str) -> None:
    assert not carries_marks(words)
    assert in_marks(words) == f"“{words}”"
    root, _ = parse(f"<p>{quoted_html(words, 'quote-text')}</p>")
    assert shown_text(root) == f"“{words}”"  # markup in the words is escaped, shown as written
    (q,) = root.find_all("q")
    assert q.attrs["class"] == "quote-text"


def test_a_span_keeps_its_class_beside_the_own_marks_one() -> None:
    root, _ = parse(f"<p>{quoted_html('“Yes.”', 'evidence')}</p>")
    (span,) = root.find_all("span")
    assert span.classes() == {"evidence", "own-marks"}
