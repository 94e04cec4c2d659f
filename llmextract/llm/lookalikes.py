"""Folding look-alike characters to the ASCII they pass for, with a way back to the raw offsets.

A model reads ``＜/article＞``, ``<\u200b/article>``, ``</аrticle>`` (Cyrillic ``а``) and
``&lt;/article&gt;`` as ``</article>``; the prompt fence must see them as the model does. ``fold``
applies, in this order, the compatibility mapping of NFKC (fullwidth forms, ligatures, mathematical
letters), removes default-ignorable and format characters (zero-width spaces and joiners, bidi
controls, variation selectors, tags), maps the Cyrillic, Greek and other homoglyphs of ASCII
letters and of the few punctuation marks that build tags (``CONFUSABLES``; the few that NFKC would
turn into another letter, such as the lunate sigma, before NFKC), and decodes one level of HTML
character references. Everything else, combining marks included, stays: a mark on a bracket
changes how it looks, so ``<\u0338`` (``≮``) is not ``<``.

``Folded.origin`` turns an offset of the folded text into the offset of the raw character that
produced it, so a finding can be neutralised in the raw text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["CONFUSABLES", "IGNORABLE", "Folded", "fold"]

#: Default_Ignorable_Code_Point and general category Cf (format), as one character class.
IGNORABLE = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb\u0600-\u0605\u06dd\u070f"
    "\u0890\u0891\u08e2\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0000-\U000e0fff"
)
_IGNORABLE = re.compile(f"[{IGNORABLE}]")

# Each group: an ASCII character, then the characters that pass for it. Cyrillic, Greek, Armenian
# and Latin letters after Unicode's confusables.txt (fullwidth, mathematical and other compatibility
# forms are NFKC's), then the punctuation that builds tags and turn markers.
_LOOKALIKES = (
    "aаαɑ bЬ cсϲᴄ dԁ eеҽ fք gɡցᶃ hһհ iіιıɩꙇɪ jјϳȷ kкκ lӏƖ nηոռ oоοօσᴏ pрρϱ qԛզգ rгᴦ sѕꜱ tτ"
    " uυսʋᴜ vνѵᴠ wԝωѡաɯᴡ xхχ yуүγɣʏ zᴢ"
    " AАΑ BВΒ CСϹ EЕΕ FϜ GԌ HНΗ IІӀΙ JЈͿ KКΚ MМΜϺ NΝ OОΟՕ PРΡ QԚ RƦ SЅՏ TТΤ UՍ VѴ WԜ XХΧ YУҮΥϒ"
    " ZΖ <˂ᐸ >˃ᐳ /∕⁄⧸╱ |∣ǀ│❘⏐¦▏ [⁅ ]⁆ #♯ _ˍ &ꝸ"
)
#: Each look-alike character and the ASCII character it passes for.
CONFUSABLES: dict[str, str] = {ch: group[0] for group in _LOOKALIKES.split() for ch in group[1:]}
CONFUSABLES["\u2800"] = " "  # braille blank
_CONFUSABLE_TABLE = str.maketrans(CONFUSABLES)
# Look-alikes that NFKC would turn into something else (lunate sigma "ϲ" into "ς"): mapped first.
_BEFORE_NFKC = str.maketrans(
    {ch: a for ch, a in CONFUSABLES.items() if unicodedata.normalize("NFKC", ch) != ch}
)
# Python's own pattern for character references, as html.unescape reads them.
_CHARREF = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_KEPT = re.compile(f"[^{IGNORABLE}]+")


@dataclass(frozen=True)
class _Map:
    """Offsets of one text in another, by segments: an identity segment maps one to one, any
    other segment maps each of its offsets to the segment's start."""

    starts: list[int]
    origins: list[int]
    identity: list[bool]

    def __call__(self, pos: int) -> int:
        k = bisect_right(self.starts, pos) - 1
        return self.origins[k] + (pos - self.starts[k] if self.identity[k] else 0)


class _Builder:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.map = _Map([], [], [])

    def add(self, text: str, origin: int, identity: bool) -> None:
        if not text:
            return
        self.parts.append(text)
        self.map.starts.append(self.size)
        self.map.origins.append(origin)
        self.map.identity.append(identity)
        self.size += len(text)


@dataclass(frozen=True)
class Folded:
    """A folded text and the maps back to the raw one."""

    text: str
    _maps: tuple[_Map, ...]

    def origin(self, pos: int) -> int:
        """Offset in the raw text of the first character of what became ``text[pos]``."""
        for offset_map in reversed(self._maps):
            pos = offset_map(pos)
        return pos


@lru_cache(maxsize=8192)
def _fold_cluster(cluster: str) -> tuple[str, bool]:
    """A character with its marks, folded; and whether the folding is one to one."""
    normal = unicodedata.normalize("NFKC", cluster)
    if normal == cluster and not _IGNORABLE.search(cluster):
        return cluster.translate(_CONFUSABLE_TABLE), True
    normal = unicodedata.normalize("NFKC", cluster.translate(_BEFORE_NFKC))
    return _IGNORABLE.sub("", normal).translate(_CONFUSABLE_TABLE), False


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch)[0] == "M"


_Pieces = tuple[tuple[int, str, bool], ...]


def _fold_run(run: str) -> _Pieces:
    """A run of non-ASCII text (with the ASCII character its first mark belongs to) as pieces:
    (offset in the run, folded text, one to one or not)."""
    if unicodedata.is_normalized("NFKC", run):  # only ignorables to drop: the rest is one to one
        return tuple(
            (kept.start(), kept.group().translate(_CONFUSABLE_TABLE), True) for kept in _KEPT.finditer(run)
        )
    pieces: list[tuple[int, str, bool]] = []
    same = 0  # start of the current stretch of clusters that fold one to one
    i = 0
    while i < len(run):
        j = i + 1
        while j < len(run) and _is_mark(run[j]):
            j += 1
        folded, identity = _fold_cluster(run[i:j])
        if not identity:
            if same < i:
                pieces.append((same, run[same:i].translate(_CONFUSABLE_TABLE), True))
            pieces.append((i, folded, False))
            same = j
        i = j
    if same < len(run):
        pieces.append((same, run[same:].translate(_CONFUSABLE_TABLE), True))
    return tuple(pieces)


_fold_short_run = lru_cache(maxsize=4096)(_fold_run)  # words and punctuation recur in a text


def _fold_characters(raw: str) -> tuple[str, _Map | None]:
    """NFKC, ignorables and homoglyphs; a character and its combining marks fold as one cluster,
    as they compose under NFKC."""
    if raw.isascii():
        return raw, None
    if unicodedata.is_normalized("NFKC", raw) and not _IGNORABLE.search(raw):
        return raw.translate(_CONFUSABLE_TABLE), None  # one to one: offsets are unchanged
    out = _Builder()
    pos = 0
    for run in _NON_ASCII.finditer(raw):
        start, end = run.span()
        if start > pos and _is_mark(raw[start]):
            start -= 1  # the mark belongs to the ASCII character before it
        out.add(raw[pos:start], pos, True)
        chunk = raw[start:end]
        pieces = _fold_short_run(chunk) if len(chunk) <= 64 else _fold_run(chunk)
        for offset, folded, identity in pieces:
            out.add(folded, start + offset, identity)
        pos = end
    out.add(raw[pos:], pos, True)
    return "".join(out.parts), out.map


def _decode_references(text: str) -> tuple[str, _Map | None]:
    if "&" not in text:
        return text, None
    out = _Builder()
    pos = 0
    for ref in _CHARREF.finditer(text):
        raw, decoded = ref.group(), html.unescape(ref.group())
        # What html.unescape leaves as it was (no reference at all, or the rest after a legacy
        # name without ";", as in "&ltarticle") stays one to one.
        kept = 0
        while kept < len(raw) - 1 and kept < len(decoded) and raw[-1 - kept] == decoded[-1 - kept]:
            kept += 1
        if decoded == raw:
            kept = len(raw)
        out.add(text[pos : ref.start()], pos, True)
        out.add(decoded[: len(decoded) - kept], ref.start(), False)
        out.add(raw[len(raw) - kept :], ref.end() - kept, True)
        pos = ref.end()
    out.add(text[pos:], pos, True)
    return "".join(out.parts), out.map


def fold(raw: str) -> Folded:
    """``raw`` as a reader takes it: look-alikes folded to the ASCII they pass for."""
    text, first = _fold_characters(raw)
    text, second = _decode_references(text)
    return Folded(text, tuple(m for m in (first, second) if m is not None))
