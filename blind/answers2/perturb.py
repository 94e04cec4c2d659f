"""How a model miscopies a quote or an evidence sentence: one function per kind, each giving the
changed text or None when the kind does not apply (or would change nothing).

Kinds named in issue 24: ``first_lower``, ``edge_punct`` (a trailing comma or full stop kept or
dropped against the article's convention), ``ellipsis_swap`` (words of a long quote elided and the word
beside the ellipsis swapped), ``doubled_close``. Kinds written for this set, which the issue does not
name: ``tail_attribution`` (the attribution after the quote copied too), ``that_edge`` (a leading
"that"/"que" dropped or added), ``contraction`` (a contraction spelled out or made), ``dash_hyphen``
(dashes and compound hyphens retyped), ``accents_stripped``, ``marks_localised`` (the language's own
quotation marks replaced by English ones), ``number_words`` (a number written in digits or words the
other way), ``word_dropped`` (one short word left out, no ellipsis). Evidence kinds: ``ev_clause``,
``ev_end_dropped``, ``ev_first_lower``, ``ev_marks_straight``, ``ev_dateline_dropped``.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable

CLOSERS = "”’»“‘\"'"
MARKS = "“”‘’«»„‚\"'"
END = ".,;:!?…"
SPACES = " \u00a0\u202f"

_SWAPS = {
    "the": "this", "a": "the", "and": "but", "will": "would", "is": "was", "are": "were", "we": "they",
    "our": "their", "to": "into", "of": "for", "la": "cette", "le": "ce", "les": "ces", "et": "mais",
    "die": "diese", "der": "dieser", "das": "dieses", "und": "aber", "el": "este", "los": "estos",
    "y": "pero", "de": "del", "that": "this", "in": "on", "for": "to", "den": "diesen", "einen": "den",
    "ist": "war", "des": "les", "une": "la", "un": "le", "las": "estas", "en": "con",
}  # fmt: skip
_SHORT = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "that",
        "and",
        "in",
        "on",
        "for",
        "de",
        "la",
        "le",
        "les",
        "des",
        "et",
        "der",
        "die",
        "das",
        "und",
        "el",
        "los",
        "y",
        "en",
    ]
)
_CONTRACTIONS = [
    ("won’t", "will not"), ("can’t", "cannot"), ("don’t", "do not"), ("doesn’t", "does not"),
    ("isn’t", "is not"), ("haven’t", "have not"), ("I’m", "I am"), ("I’ve", "I have"), ("I’ll", "I will"),
    ("it’s", "it is"), ("We’ve", "We have"), ("They’ve", "They have"), ("We are", "We’re"),
    ("we are", "we’re"), ("do not", "don’t"), ("did not", "didn’t"), ("is not", "isn’t"),
    ("will not", "won’t"), ("cannot", "can’t"),
]  # fmt: skip
_NUMBERS = [
    ("eighteen", "18"), ("eleven", "11"), ("five", "5"), ("two", "2"), ("three", "3"), ("four", "4"),
    ("six", "6"), ("seven", "7"), ("40,000", "40000"), ("2022", "twenty twenty-two"), ("80", "eighty"),
    ("zwei", "2"), ("sechs", "6"), ("cuatro", "4"), ("seis", "6"),
]  # fmt: skip
_STRAIGHT = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'"})
_DATELINE = re.compile(r"^[A-ZÀ-Ý .]{3,}\s+[—–]\s+")

Change = Callable[[str, str, tuple[int, int], str, random.Random], str | None]


def _split_tail(s: str) -> tuple[str, str]:
    """(body, closing marks with the spaces inside them) of a quote."""
    i = len(s)
    while i > 0 and (s[i - 1] in CLOSERS or s[i - 1] in SPACES[1:]):
        i -= 1
    return s[:i], s[i:]


def first_lower(s: str, *_: object) -> str | None:
    """The first letter lower-cased (not in a word written all in capitals, as a dateline is)."""
    for i, ch in enumerate(s):
        if ch.isalpha():
            word = re.match(r"\w+", s[i:])
            if not ch.isupper() or (word and len(word.group()) > 1 and word.group().isupper()):
                return None
            return s[:i] + ch.lower() + s[i + 1 :]
    return None


def edge_punct(s: str, text: str, span: tuple[int, int], *_: object) -> str | None:
    body, tail = _split_tail(s)
    if tail:
        if body and body[-1] in END:
            return body[:-1] + tail
        after = text[span[1] : span[1] + 1]
        return body + (after if after and after in ".," else ",") + tail
    after = text[span[1] : span[1] + 1]
    return s + (after if after and after in END else ".")


def ellipsis_swap(s: str, text: str, span: tuple[int, int], lang: str, rng: random.Random) -> str | None:
    """Words from the middle of a long quote elided, and the word on one side of the ellipsis swapped."""
    words = s.split(" ")
    if len(words) < 12:
        return None
    for _ in range(20):
        i = rng.randrange(3, len(words) - 6)
        j = rng.randrange(i + 2, len(words) - 3)
        for k in (i - 1, j):
            core = re.sub(r"\W", "", words[k])
            if core.lower() in _SWAPS:
                out = [*words[:i], rng.choice(["…", "...", "[...]"]), *words[j:]]
                out[k if k < i else i + 1] = words[k].replace(core, _SWAPS[core.lower()], 1)
                return " ".join(out)
    return None


def doubled_close(s: str, *_: object) -> str | None:
    return s + s[-1] if s[-1] in CLOSERS else None


def tail_attribution(s: str, text: str, span: tuple[int, int], *_: object) -> str | None:
    """The quote with the two or three words after it, when they are in the same sentence."""
    body, _ = _split_tail(s)
    rest = text[span[1] : span[1] + 60]
    found = re.match(r",?[ \u00a0\u202f]+((?:[\w’'-]+ ){1,2}[\w’'-]+)", rest)
    if not found or body[-1:] in ".!?" or "\n" in found.group(0):
        return None
    return s + found.group(0)


def that_edge(s: str, text: str, span: tuple[int, int], lang: str, *_: object) -> str | None:
    word = {"en": "that", "fr": "que", "es": "que", "de": "dass"}[lang]
    if s.startswith(word + " "):
        return s[len(word) + 1 :]
    if s[0] in MARKS or lang == "de":
        return None
    return f"{word} {s}"


def contraction(s: str, *_: object) -> str | None:
    for old, new in _CONTRACTIONS:
        if re.search(rf"\b{re.escape(old)}\b", s):
            return re.sub(rf"\b{re.escape(old)}\b", new, s, count=1)
    return None


def dash_hyphen(s: str, *_: object) -> str | None:
    if "—" in s or "–" in s:
        return s.replace(" — ", " -- ").replace("—", "--").replace("–", "-")
    found = re.search(r"\w+(?:-\w+)+", s)
    return s[: found.start()] + found.group().replace("-", " ") + s[found.end() :] if found else None


def accents_stripped(s: str, *_: object) -> str | None:
    out = "".join(
        c for c in unicodedata.normalize("NFKD", s.replace("ß", "ss")) if not unicodedata.combining(c)
    )
    return out if out != s else None


def marks_localised(s: str, text: str, span: tuple[int, int], lang: str, *_: object) -> str | None:
    """The language's own marks as English ones: « x » and „x“ become “x”, ‚x‘ becomes ‘x’."""
    if lang == "en":
        return None
    if lang == "de":
        out = s.replace("“", "”").replace("„", "“").replace("‘", "’").replace("‚", "‘")
    else:
        out = re.sub("«[\u00a0\u202f ]?", "“", re.sub("[\u00a0\u202f ]?»", "”", s))
    return out if out != s else None


def number_words(s: str, *_: object) -> str | None:
    for old, new in _NUMBERS:
        if re.search(rf"\b{re.escape(old)}\b", s):
            return re.sub(rf"\b{re.escape(old)}\b", new, s, count=1)
    return None


def word_dropped(s: str, text: str, span: tuple[int, int], lang: str, rng: random.Random) -> str | None:
    words = s.split(" ")
    inner = [k for k in range(2, len(words) - 2) if words[k].lower() in _SHORT]
    if len(words) < 8 or not inner:
        return None
    k = rng.choice(inner)
    return " ".join(words[:k] + words[k + 1 :])


QUOTE_KINDS: dict[str, Change] = {
    "first_lower": first_lower,
    "edge_punct": edge_punct,
    "ellipsis_swap": ellipsis_swap,
    "doubled_close": doubled_close,
    "tail_attribution": tail_attribution,
    "that_edge": that_edge,
    "contraction": contraction,
    "dash_hyphen": dash_hyphen,
    "accents_stripped": accents_stripped,
    "marks_localised": marks_localised,
    "number_words": number_words,
    "word_dropped": word_dropped,
}
FROM_ISSUE = ("first_lower", "edge_punct", "ellipsis_swap", "doubled_close")


def ev_clause(s: str, text: str, span: tuple[int, int], quotes: list[str]) -> str | None:
    """Only part of the sentence: a quote inside it, else the words before its first comma."""
    inside = [q for q in quotes if q in s and len(q) < len(s) - 10]
    if inside:
        return max(inside, key=len)
    head = s.split(", ")[0]
    return head if head != s and len(head.split()) >= 4 else None


def ev_end_dropped(s: str, *_: object) -> str | None:
    out = s.rstrip(END + CLOSERS + SPACES)
    return out if out != s else None


def ev_first_lower(s: str, *_: object) -> str | None:
    return first_lower(s)


def ev_marks_straight(s: str, *_: object) -> str | None:
    out = s.translate(_STRAIGHT)
    return out if out != s else None


def ev_dateline_dropped(s: str, *_: object) -> str | None:
    found = _DATELINE.match(s)
    return s[found.end() :] if found else None


EVIDENCE_KINDS: dict[str, Callable[..., str | None]] = {
    "ev_clause": ev_clause,
    "ev_end_dropped": ev_end_dropped,
    "ev_first_lower": ev_first_lower,
    "ev_marks_straight": ev_marks_straight,
    "ev_dateline_dropped": ev_dateline_dropped,
}
