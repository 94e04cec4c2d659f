"""Counts in warnings and messages read as English."""

from __future__ import annotations

from llmextract.utils.wording import plural


def test_plural_adds_s_unless_the_count_is_one() -> None:
    assert plural(0, "stance") == "0 stances"
    assert plural(1, "ungrounded quote") == "1 ungrounded quote"
    assert plural(3, "call") == "3 calls"
