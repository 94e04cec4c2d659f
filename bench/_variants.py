"""LLM-style changes to a quote's text, for ``bench/grounding.py``.

``TUNED``: the kinds the aligner was fixed against (the original set, and the classes named in
issue 24: the first letter's case, trailing punctuation, one word changed beside an ellipsis,
closing or opening marks doubled, a word dropped or the article's next word added at an edge, a
word dropped inside, apostrophes, hyphens and dashes, doubled spaces and line breaks inside).
``HELD_OUT``: kinds written after the fix and never tuned on; they are reported apart.
Every function takes the quote and a seeded ``random.Random``; one that cannot change the quote
returns it unchanged (the caller skips it).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

MIN_WORDS_FOR_WORD_EDITS = 8  # ellipsis and changed-word variants need a quote this long
_QUOTE_CHARS = "\"“”'‘’«»"
_REPLACEMENTS = ("house", "minister", "plan", "report", "country", "vote", "people", "policy", "week")
_WORD = re.compile(r"\w+")

Change = Callable[[str, random.Random], str]


def _swap_quotes(s: str, rng: random.Random) -> str:
    out = []
    double_open = True
    for ch in s:
        if ch in "“”":
            out.append('"')
        elif ch in "‘’":
            out.append("'")
        elif ch == '"':
            out.append("“" if double_open else "”")
            double_open = not double_open
        elif ch == "'":
            out.append("’")
        else:
            out.append(ch)
    return "".join(out)


def _toggle_punct(s: str, rng: random.Random) -> str:
    body, tail = s, ""
    while body and body[-1] in _QUOTE_CHARS:
        body, tail = body[:-1], body[-1] + tail
    if body and body[-1] in ".,;:!?":
        return body.rstrip(".,;:!?") + tail
    return body + rng.choice(".,") + tail


def _toggle_quotes(s: str, rng: random.Random) -> str:
    if s[0] in _QUOTE_CHARS or s[-1] in _QUOTE_CHARS:
        return s.strip(_QUOTE_CHARS)
    return f"“{s}”"


def _flip_first_case(s: str, rng: random.Random) -> str:
    for i, ch in enumerate(s):
        if ch.isalpha():
            return s[:i] + (ch.lower() if ch.isupper() else ch.upper()) + s[i + 1 :]
    return s


def _whitespace(s: str, rng: random.Random) -> str:
    return " " + " ".join(s.split()) + "\n"


def _elide(words: list[str], rng: random.Random) -> tuple[list[str], int, int]:
    i = rng.randrange(2, len(words) - 4)
    j = rng.randrange(i + 1, len(words) - 2)
    mark = rng.choice(["...", "…", "[...]"])
    return [*words[:i], mark, *words[j:]], i, j


def _ellipsis(s: str, rng: random.Random) -> str:
    words = s.split()
    if len(words) < MIN_WORDS_FOR_WORD_EDITS:
        return s
    return " ".join(_elide(words, rng)[0])


def _change_word(words: list[str], k: int, rng: random.Random) -> None:
    if words[k].lower().strip(",.;:") == "the":
        words[k] = words[k].replace("the", "this").replace("The", "This")
        return
    new = rng.choice([w for w in _REPLACEMENTS if w != words[k].lower()])
    words[k] = _WORD.sub(new, words[k], count=1) if _WORD.search(words[k]) else new


def _word_changed(s: str, rng: random.Random) -> str:
    words = s.split()
    if len(words) < MIN_WORDS_FOR_WORD_EDITS:
        return s
    _change_word(words, rng.randrange(len(words)), rng)
    return " ".join(words)


def _ellipsis_swap(s: str, rng: random.Random) -> str:
    """An ellipsis, and one word changed outside the stretch it stands for ("the" -> "this")."""
    words = s.split()
    if len(words) < MIN_WORDS_FOR_WORD_EDITS:
        return s
    elided, i, _ = _elide(words, rng)
    choices = [k for k in range(len(elided)) if k != i]
    thes = [k for k in choices if elided[k].lower() == "the"]
    _change_word(elided, rng.choice(thes or choices), rng)
    return " ".join(elided)


def _double_close(s: str, rng: random.Random) -> str:
    if s[-1] in _QUOTE_CHARS:
        return s + s[-1]
    return s + rng.choice(['""', "””"])


def _double_open(s: str, rng: random.Random) -> str:
    if s[0] in _QUOTE_CHARS:
        return s[0] + s
    return rng.choice(['""', "““"]) + s


def _edge_word_dropped(s: str, rng: random.Random) -> str:
    words = s.split(" ")
    if len(words) < 6:
        return s
    return " ".join(words[1:] if rng.random() < 0.5 else words[:-1])


def _inner_word_dropped(s: str, rng: random.Random) -> str:
    words = s.split(" ")
    if len(words) < MIN_WORDS_FOR_WORD_EDITS:
        return s
    k = rng.randrange(1, len(words) - 1)
    return " ".join(words[:k] + words[k + 1 :])


def _apostrophes(s: str, rng: random.Random) -> str:
    return s.replace("’", "'") if "’" in s else s.replace("'", "’")


def _dashes(s: str, rng: random.Random) -> str:
    """An em or en dash written as a spaced or doubled hyphen, or a spaced dash closed up."""
    if "—" in s or "–" in s:
        return re.sub(r"\s*[—–]\s*", lambda m: rng.choice([" - ", " -- ", "--", "-", " — "]), s)
    if re.search(r"\s-\s", s):
        return re.sub(r"\s-\s", rng.choice(["—", " – ", "--"]), s)
    return s


def _inner_spaces(s: str, rng: random.Random) -> str:
    gaps = [m.start() for m in re.finditer(" ", s)]
    if not gaps:
        return s
    k = rng.choice(gaps)
    return s[:k] + rng.choice(["  ", "\n", "\n\n", " \n "]) + s[k + 1 :]


TUNED: dict[str, Change] = {
    "quotes_toggled": _toggle_quotes,
    "quote_style": _swap_quotes,
    "whitespace": _whitespace,
    "punct_toggled": _toggle_punct,
    "first_case": _flip_first_case,
    "ellipsis": _ellipsis,
    "word_changed": _word_changed,
    "ellipsis_swap": _ellipsis_swap,
    "doubled_close": _double_close,
    "doubled_open": _double_open,
    "edge_word_dropped": _edge_word_dropped,
    "inner_word_dropped": _inner_word_dropped,
    "apostrophes": _apostrophes,
    "dashes": _dashes,
    "inner_spaces": _inner_spaces,
}
HELD_OUT: dict[str, Change] = {}


def variants(
    original: str, rng: random.Random, kinds: dict[str, Change] | None = None
) -> list[tuple[str, str]]:
    """(kind, text) pairs: the original and each change of ``kinds`` (default: the tuned ones)
    that alters it."""
    out = [("original", original)]
    for kind, change in (TUNED if kinds is None else kinds).items():
        changed = change(original, rng)
        if changed.strip() != original.strip():
            out.append((kind, changed))
    return out
