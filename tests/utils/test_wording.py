"""Counts in warnings and messages read as English."""

from __future__ import annotations

from llmextract.utils.wording import plural, shorten


def test_plural_adds_s_unless_the_count_is_one() -> None:
    assert plural(0, "stance") == "0 stances"
    assert plural(1, "ungrounded quote") == "1 ungrounded quote"
    assert plural(3, "call") == "3 calls"


def test_shorten_flattens_and_cuts_with_an_ellipsis() -> None:
    assert shorten("a\n  b\tc", 10) == "a b c"
    assert shorten("x" * 12, 10) == "x" * 9 + "…"
