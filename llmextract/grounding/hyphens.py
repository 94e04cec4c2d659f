"""Hyphenation spelled the article's way: a model copying a quote drops a compound's hyphen
("well known", "wellknown" for "well-known") or keeps a hyphen the article's layout put in a word
it broke over a line ("govern-\nment", "ambi- tions"); the quote is then found only fuzzily, or not
at all, its edges off. Both texts are folded (``folding.normalise``), where every hyphen and dash
with its spaces is " - ", so the forms here are too. A form is changed only into one the article
itself writes.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["rehyphenated"]

_MIN_CLOSED = 3  # a compound closed up ("wellknown", "RTX" for "R-TX") is looked up from this many letters
_COMPOUND = re.compile(r"(?<![\w'])([^\W_]+) - (?=([^\W_]+)(?![\w']))")
_SPACED = re.compile(r"(?<![\w'])([^\W_]+) (?=([^\W_]+)(?![\w']))")
_CLOSED = re.compile(rf"(?<![\w'])[^\W_]{{{_MIN_CLOSED},}}(?![\w'])")
_BROKEN = re.compile(r"(?<![\w'])([^\W_]+) - ([^\W_]+)(?!\w)")  # "moder- ators'"
_WORDS = re.compile(r"[^\W_]+")


@lru_cache(maxsize=4)
def _article_forms(norm_text: str) -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    """The article's hyphenated pairs ("well known" for its "well - known"), its compounds by
    their closed-up spelling ("wellknown" -> "well - known") and its words: once per article."""
    pairs: set[str] = set()
    closed: dict[str, str] = {}
    for m in _COMPOUND.finditer(norm_text):
        first, second = m.group(1), m.group(2)
        pairs.add(f"{first} {second}")
        closed.setdefault(first + second, f"{first} - {second}")
    return frozenset(pairs), closed, frozenset(_WORDS.findall(norm_text))


def rehyphenated(norm_snippet: str, norm_text: str) -> str:
    """``norm_snippet`` with the article's hyphenation: a word it broke with a hyphen joined where
    the article writes it whole and not broken, and two words or one closed-up word made the
    article's hyphenated compound where the article writes that and not the snippet's form;
    unchanged otherwise."""
    pairs, closed, words = _article_forms(norm_text)

    def join(m: re.Match[str]) -> str:
        whole = m.group(1) + m.group(2)
        broken = f"{m.group(1)} {m.group(2)}" in pairs
        return whole if whole in words and not broken else m.group()

    out = _BROKEN.sub(join, norm_snippet) if " - " in norm_snippet else norm_snippet
    if not pairs:
        return out

    def hyphen(m: re.Match[str]) -> str:
        spaced = f"{m.group(1)} {m.group(2)}"
        return f"{m.group(1)} - " if spaced in pairs and spaced not in norm_text else m.group()

    out = _SPACED.sub(hyphen, out)
    return _CLOSED.sub(lambda m: m.group() if m.group() in words else closed.get(m.group(), m.group()), out)
