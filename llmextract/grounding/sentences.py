"""One sentence segmentation of a whole text, shared by stance evidence and the gold importers.

Stance evidence is a sentence of the article, so the span a result gives and the span a gold file
gives must come from the same segmentation, not from two rules that happen to agree. ``sentences``
segments a text once (cached per text) and ``sentence_span`` (in :mod:`span_policy`) reads it.

Rules, in order:

* a line break always ends a sentence, and a sentence never holds one;
* a sentence ends at ``. ! ? …`` (or ``...``) with the closing quotation marks and brackets after
  it, when whitespace or the end of the line follows;
* not when the next word begins with a lower-case letter (“Why now?” she asked; “… and then”);
* a full stop after a title ("Mr.", "Dr.", "Sen.") or an initial ("J. Smith") never ends one; after
  another abbreviation ("U.S.", "Calif.", "Inc.") only when a word that usually begins a sentence
  follows ("in the U.S. The plan ..."); a dot inside a number ("3.5") is not followed by a space.

Why: tuned on SEESAW, whose articles are given one sentence a line: segmenting the sentences joined
by spaces recovers 99.2% of the sentence-like lines, and 98.8% of the lines as imported are one
sentence (``bench/sentences.py``; the rest are mostly SEESAW's own cuts: after "Capt.", before
the reply that follows “…?” in lower case, or lines that hold a paragraph break).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from llmextract.grounding.folding import QUOTES

__all__ = ["Sentences", "sentences"]

# an end: . ! ? … or "..." (a run, spaced or not: "?!", ". . .", "edges. …"), the closing marks
# and brackets after it, then a space or the end of the line; or a line break
_END = re.compile("[.!?…](?:[ \\xa0]?[.!?…])*[" + QUOTES + ")\\]]*(?=[ \\t\\xa0\\u202f\\r\\n]|$)|\\n")
_ELLIPSIS_ONLY = re.compile(r"(?:…|\.{3,})$")
_WORD_BEFORE = re.compile(r"(?<![\w'’])([A-Za-z][A-Za-z.]*|\d+)$")
_NEXT = re.compile("[ \\t\\xa0\\u202f]*[" + QUOTES + "(\\[]*(\\S)?")
_NEXT_WORD = re.compile(r"[ \t\xa0\u202f]*[" + QUOTES + r"(\[]*([A-Za-z]+)")
_DOTTED_PARTS = re.compile(r"(?:[A-Za-z]{1,2}\.)+[A-Za-z]{1,2}")
#: Words after which a full stop never ends a sentence: a name follows.
_TITLE_WORDS = (
    "mr mrs ms messrs dr prof sr jr st gen sen sens rep reps gov lt col sgt capt cmdr adm maj rev fr "
    "hon pres supt det insp ft vs v"
)
TITLES = frozenset(_TITLE_WORDS.split())
#: Abbreviations that may also end a sentence ("Inc." at the end of one), written capitalised
#: ("Ill." is Illinois, "ill." a word); ``LOWER_ABBREVIATIONS`` are written in lower case.
_ABBREVIATION_WORDS = (
    "inc co corp ltd bros mt ave blvd dept univ assn jan feb mar apr jun jul aug sep sept oct nov dec "
    "ala ariz ark calif colo conn del fla ga ill ind kan ky la mass md mich minn miss mo mont neb nev "
    "okla ore pa tenn tex va vt wash wis wyo"
)
ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_LOWER_WORDS = "etc approx est"
LOWER_ABBREVIATIONS = frozenset(_LOWER_WORDS.split())
#: Words that usually begin a sentence: after an abbreviation they say a new one has begun.
_STARTER_WORDS = (
    "the a an he she it they we i you his her its their our this that these those there here but and "
    "so yet or in on at for if when while as after before since because although though however "
    "meanwhile still then now also instead last next many most some no not one two three what who why "
    "how mr mrs ms dr"
)
STARTERS = frozenset(_STARTER_WORDS.split())


@dataclass(frozen=True, slots=True)
class Sentences:
    """The sentences of one text: ``text[starts[i]:ends[i]]``, in order, never overlapping."""

    starts: tuple[int, ...]
    ends: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.starts)

    def spans(self) -> list[tuple[int, int]]:
        return list(zip(self.starts, self.ends, strict=True))

    def covering(self, start: int, end: int) -> tuple[int, int] | None:
        """The run of sentences that ``text[start:end]`` touches, from the first one's start to the
        last one's end; ``None`` when it touches none (it lies in whitespace)."""
        first = bisect_right(self.ends, start)  # the first sentence ending after ``start``
        last = bisect_left(self.starts, max(end, start + 1)) - 1  # the last one starting before ``end``
        if first > last:
            return None
        return self.starts[first], self.ends[last]


def _is_end(text: str, match: re.Match[str]) -> bool:
    """Whether the candidate end found by ``_END`` ends a sentence (module docstring)."""
    if match.group() == "\n":
        return True
    nxt = _NEXT.match(text, match.end())
    following = nxt.group(1) if nxt is not None else None
    if following is None or following in "\r\n":  # the end of the line or of the text
        return True
    if following.islower():
        return False
    a = match.start()
    run = match.group().rstrip(QUOTES + ")]")
    if _ELLIPSIS_ONLY.match(run):  # words left out inside a sentence, unless a quotation closes
        return len(run) < len(match.group())
    if run != ".":
        return True
    word = _WORD_BEFORE.search(text, max(0, a - 16), a)
    if word is None:
        return True
    token = word.group(1)
    if token.isdigit():  # "1. The first point": a list number at the start of a line
        line_start = text.rfind("\n", 0, a) + 1
        return text[line_start : word.start()].strip() != ""
    lowered = token.lower()
    if lowered in TITLES or (lowered in ("no", "nos") and following.isdigit()):
        return False
    if len(token) == 1:  # an initial ("J. Smith") unless a sentence plainly begins
        return token.islower() or _starts(text, match.end())
    if "." in token:  # "U.S", "a.m" (a domain name such as "state.gov" ends a sentence)
        return not _DOTTED_PARTS.fullmatch(token) or _starts(text, match.end())
    if (lowered in ABBREVIATIONS and token[0].isupper()) or token in LOWER_ABBREVIATIONS:
        return _starts(text, match.end())
    return True


def _starts(text: str, at: int) -> bool:
    """Whether the word at ``at`` (after spaces and opening marks) usually begins a sentence."""
    word = _NEXT_WORD.match(text, at)
    return word is not None and word.group(1).lower() in STARTERS


@lru_cache(maxsize=16)
def sentences(text: str) -> Sentences:
    """The sentences of ``text`` (rules: module docstring), each without surrounding whitespace."""
    starts: list[int] = []
    ends: list[int] = []
    begin = 0
    for match in _END.finditer(text):
        if not _is_end(text, match):
            continue
        stop = match.start() if match.group() == "\n" else match.end()
        _add(text, begin, stop, starts, ends)
        begin = match.end()
    _add(text, begin, len(text), starts, ends)
    return Sentences(tuple(starts), tuple(ends))


def _add(text: str, start: int, end: int, starts: list[int], ends: list[int]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        starts.append(start)
        ends.append(end)
