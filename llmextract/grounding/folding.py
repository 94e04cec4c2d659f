"""Folding text for matching, with a map from folded offsets back to raw ones.

Models copy text imperfectly: curly quotation marks become straight, dashes change, whitespace
is collapsed, "..." stands for "…", zero-width characters vanish. Grounding compares a snippet
with the article after folding both the same way (``normalise``); the article's ``OffsetMap``
turns a match in the folded text back into offsets of the raw one.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

__all__ = [
    "DOUBLE_QUOTES",
    "ELLIPSIS",
    "END_PUNCT",
    "QUOTES",
    "SINGLE_QUOTES",
    "THIN_SPACES",
    "OffsetMap",
    "normalise",
]

DOUBLE_QUOTES = '"“”„‟«»〝〞＂「」『』'
SINGLE_QUOTES = "'‘’‚‛‹›"
QUOTES = DOUBLE_QUOTES + SINGLE_QUOTES
END_PUNCT = ".,;:!?…。，；：！？"
_SPACES = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
_SPACES += "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
THIN_SPACES = " \xa0\u202f"
_DASHES = "‐‑‒–—―−"
ELLIPSIS = "…"
#: Written for an apostrophe, though no quotation mark: modifier letter apostrophe, prime, grave
#: and acute accents ("don`t", "don´t").
_APOSTROPHE_LIKE = "ʼ′`´"

_FOLD = {
    **dict.fromkeys(DOUBLE_QUOTES[1:], '"'),
    **dict.fromkeys(SINGLE_QUOTES[1:], "'"),
    **dict.fromkeys(_APOSTROPHE_LIKE, "'"),
    **dict.fromkeys(_DASHES, "-"),
    **dict.fromkeys(_SPACES, " "),
}
#: What an ASCII text can hold of ``_FOLD`` (control characters that are spaces).
_FOLD_ASCII = {ch: folded for ch, folded in _FOLD.items() if ch.isascii()}
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
#: Combining marks (accents written as a second code point, "e\u0301"): dropped like invisible
#: characters, while precomposed letters lose their accent one to one ("é" -> "e"), so that a
#: snippet and an article that write accents differently still meet.
_COMBINING = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"


def _base_letters() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0xC0, 0x2000):
        decomposed = unicodedata.normalize("NFD", chr(code))
        marks = decomposed[1:]
        if marks and all(unicodedata.combining(c) for c in marks) and len(decomposed[0].lower()) == 1:
            table[code] = decomposed[0]
    return table


_BASE_LETTERS = _base_letters()
# Applied after folding, each with a literal prefix so that the scan is fast: whitespace runs,
# ellipses ("...", "[...]", "[…]") and invisible characters.
_RUNS = re.compile("  +")
_DOTS = re.compile(r"\.\.\.+")
_BRACKETED = re.compile(r"\[(?:\.\.\.|…)\]")
_HIDDEN = re.compile("[" + _INVISIBLE + _COMBINING + "]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold(raw: str) -> str:
    """Quotation marks, dashes and spaces folded one to one (faster than ``str.translate``)."""
    ascii_only = raw.isascii()
    for ch, folded in (_FOLD_ASCII if ascii_only else _FOLD).items():
        if ch in raw:
            raw = raw.replace(ch, folded)
    if ascii_only:
        return raw
    # accented letters: each one the text holds replaced at once (``translate`` steps through every
    # character of the text, four times slower); a base letter is never itself accented
    for ch in set(_NON_ASCII.findall(raw)):
        base = _BASE_LETTERS.get(ord(ch))
        if base is not None:
            raw = raw.replace(ch, base)
    return raw


def _dash_runs(text: str) -> list[tuple[int, int]]:
    """Dashes and hyphens, spaced or not, single or doubled ("a—b", "a - b", "a -- b", "a-b"): where
    the pattern " *-+ *" matches, found from each hyphen with ``str.find`` (a pattern that may begin
    with a space is tried at every character). Each becomes " - ", so that a model's dash meets the
    article's whatever the style, and stays a word of its own."""
    spans: list[tuple[int, int]] = []
    size = len(text)
    end = 0  # where the previous run ended: its spaces are not the next one's
    at = text.find("-")
    while at >= 0:
        start = at
        while start > end and text[start - 1] == " ":
            start -= 1
        stop = at + 1
        while stop < size and text[stop] == "-":
            stop += 1
        while stop < size and text[stop] == " ":
            stop += 1
        spans.append((start, stop))
        end = stop
        at = text.find("-", stop)
    return spans


class OffsetMap:
    """Raw offset of each normalised offset, kept as segments (one per collapsed stretch)."""

    __slots__ = ("_norm_starts", "_raw_starts")

    def __init__(self, norm_starts: list[int], raw_starts: list[int]) -> None:
        self._norm_starts = norm_starts
        self._raw_starts = raw_starts

    def __getitem__(self, pos: int) -> int:
        k = bisect_right(self._norm_starts, pos) - 1
        return self._raw_starts[k] + pos - self._norm_starts[k]

    def norm_floor(self, raw: int) -> int:
        """The first normalised offset whose raw offset is at or after ``raw`` (or the end)."""
        k = max(bisect_right(self._raw_starts, raw) - 1, 0)
        pos = self._norm_starts[k] + max(raw - self._raw_starts[k], 0)
        following = self._norm_starts[k + 1] if k + 1 < len(self._norm_starts) else pos
        return min(pos, following)


def normalise(raw: str) -> tuple[str, OffsetMap]:
    """Fold ``raw`` for matching; also return the map from folded offsets to raw ones.

    Curly and straight quotation marks and apostrophes, dashes and spaces are folded one to
    one, and accented letters lose their accent; then case; then whitespace runs become one
    space, "...", "[...]" and "[…]" become "…", every run of hyphens (dashes folded) with the
    spaces around it becomes " - ", and zero-width characters and combining marks go.
    """
    folded = _fold(raw)
    lowered = folded.lower()
    if len(lowered) != len(folded):  # a character whose lower case is longer (e.g. "İ"): keep it
        lowered = "".join(ch if len(ch.lower()) > 1 else ch.lower() for ch in folded)
    hidden = not lowered.isascii() and _HIDDEN.search(lowered) is not None
    dashes = "-" in lowered
    bracketed = "[" in lowered and ("[..." in lowered or "[…]" in lowered)
    if "  " not in lowered and "..." not in lowered and not hidden and not dashes and not bracketed:
        return lowered, OffsetMap([0], [0])  # nothing to collapse: the usual snippet
    matches = [m.span() for m in _RUNS.finditer(lowered)]
    if dashes:
        matches += _dash_runs(lowered)
    if "..." in lowered:
        matches += (m.span() for m in _DOTS.finditer(lowered))
    if bracketed:  # "[...]" or "[…]"
        matches += (m.span() for m in _BRACKETED.finditer(lowered))
    if hidden:
        matches += (m.span() for m in _HIDDEN.finditer(lowered))
    matches.sort(key=lambda m: (m[0], -m[1]))
    out: list[str] = []
    norm_starts = [0]
    raw_starts = [0]
    size = 0
    pos = 0
    for a, b in matches:
        if a < pos:  # "..." inside an already collapsed "[...]"
            continue
        out.append(lowered[pos:a])
        size += a - pos
        group = lowered[a:b]
        if "-" in group:  # " - ", each character mapped to the first hyphen
            hyphen = a + group.index("-")
            out.append(" - ")
            norm_starts.extend((size, size + 1, size + 2))
            raw_starts.extend((hyphen, hyphen, hyphen))
            size += 3
        elif replacement := (" " if group[0] == " " else ELLIPSIS if group[0] in ".[" else ""):
            out.append(replacement)
            norm_starts.append(size)
            raw_starts.append(a)
            size += 1
        norm_starts.append(size)
        raw_starts.append(b)
        pos = b
    out.append(lowered[pos:])
    return "".join(out), OffsetMap(norm_starts, raw_starts)
