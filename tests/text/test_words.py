"""Whole-word search with ``str.find``: the same starts as the boundary pattern it stands for."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from llmextract.text.words import whole_starts


@given(
    st.text(alphabet="ab -'’_\n1é", max_size=30),
    st.sampled_from(["ab", "a", "b-a", "é", "a b"]),
    st.sampled_from(["-_", "_'’-"]),
)
def test_the_starts_are_where_the_boundary_pattern_matches(text: str, form: str, joined: str) -> None:
    marks = re.escape(joined)
    pattern = re.compile(rf"(?<![^\W_]|[{marks}])(?={re.escape(form)}(?![^\W_]|[{marks}]))")
    assert list(whole_starts(text, form, frozenset(joined))) == [m.start() for m in pattern.finditer(text)]


def test_a_form_inside_a_word_or_joined_by_a_mark_is_not_written_whole() -> None:
    text = "neighbors said; the neighbors’ fence; US-Mexico; Mexico"
    assert list(whole_starts(text, "neighbors", frozenset("_'’-"))) == [0]
    assert list(whole_starts(text, "Mexico", frozenset("-_"))) == [text.rindex("Mexico")]
