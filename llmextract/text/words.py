"""Where a word or phrase is written whole: no letter, digit or joining mark just beside it.

Found with ``str.find``, not a pattern: a pattern that opens with a look-behind is tried at every
character of the text, and these searches run once per name or speaker of an article, so a pattern
made a long article's cost grow with the square of its length.
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["whole_starts"]


def whole_starts(text: str, form: str, joined: frozenset[str]) -> Iterator[int]:
    """Each start of ``form`` in ``text`` with neither a letter or digit nor one of ``joined`` just
    before or after it, in text order."""
    at = text.find(form)
    while at >= 0:
        end = at + len(form)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in joined or after.isalnum() or after in joined):
            yield at
        at = text.find(form, at + 1)
