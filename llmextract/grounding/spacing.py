"""Spaces around punctuation put back where news writes them: a model copying a quote sometimes
puts a space before a comma ("together , that's") or leaves out the one after it ("hands,enhanced",
"Mr.Lee"), and the quote is then found only fuzzily. Works on folded text (``folding.normalise``).
"""

from __future__ import annotations

import re

__all__ = ["respaced"]

_BEFORE = re.compile(r"(?<=\w) +(?=[,;:!?](?:\s|$))|(?<=\w) +(?=\.(?:\s|$))")
# a comma, semicolon, colon, question or exclamation mark, or a full stop after two letters
# ("mr.lee", not the "u.s" of "u.s."), run into the next word
_AFTER = re.compile(r"(?<=[^\W\d_])([,;:!?]|(?<=[^\W\d_]{2})\.)(?=[^\W\d_]{2})")


def respaced(norm_snippet: str) -> str:
    """``norm_snippet`` with no space before a comma or full stop and one after it; unchanged
    when it has neither fault."""
    out = _BEFORE.sub("", norm_snippet)
    return _AFTER.sub(r"\1 ", out)
