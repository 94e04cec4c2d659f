"""Tokens, quotation spans and sentence breaks: how the rules baseline cuts an article up.

Every look-around is bounded, so the work stays linear in the article's length.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

from llmextract.baseline.word_tables import ABBREVIATIONS, CUE_VERBS

Span = tuple[int, int]
TOKEN = re.compile(r"''|(?:[A-Za-z]\.){2,}|\w[\w'’\-]*\.?|[^\w\s]")
QUOTE_MARK = re.compile(r"''|[“”\"]")
_BREAK_CHARS = re.compile(r"[\n.!?]")
OPEN, CLOSE = "“", "”"
ENDS = frozenset(".!?")
QUOTES = frozenset(["“", "”", '"', "''"])
CLOSERS = frozenset([",", "”", '"', "''", "—", "“"])  # “ too: often mistyped for ”


class Tok(NamedTuple):
    start: int
    end: int
    text: str
    word: str  # lower case, without a final full stop
    cap: bool  # starts with an upper-case letter


def tokenize(text: str) -> list[Tok]:
    """Words (with a final full stop kept), abbreviations, and single punctuation marks."""
    # one pass, about 1,000 tokens an article; ``tuple.__new__`` skips the NamedTuple's Python-level
    # constructor, which cost as much as the regex itself
    new = tuple.__new__
    return [
        new(
            Tok,
            (
                m.start(),
                m.end(),
                token,
                word.rstrip(".") if word[-1] == "." and len(word) > 1 else word,
                token[0].isupper(),
            ),
        )
        for m in TOKEN.finditer(text)
        for token in (m.group(),)
        for word in (token.lower(),)
    ]


def quote_spans(text: str) -> list[Span]:
    """Quotation spans with their marks; a quotation its paragraph leaves open runs on."""
    spans: list[Span] = []
    pos = 0
    for para in text.split("\n"):
        p0, pos = pos, pos + len(para) + 1
        open_at: int | None = None
        for m in QUOTE_MARK.finditer(para):
            ch, at = m.group(), p0 + m.start()
            if open_at is None:
                open_at = None if ch == CLOSE else at
            elif ch != OPEN or (para[m.start() - 1] in ",.?!" and para[m.end() : m.end() + 1] in " "):
                spans.append((open_at, at + len(ch)))  # also a mistyped “ closing a quotation
                open_at = None
            else:
                open_at = at
        if open_at is not None and len(text[open_at : p0 + len(para)].split()) > 2:
            spans.append((open_at, p0 + len(para.rstrip())))
    joined: list[Span] = []
    for s, e in spans:
        if joined and text[joined[-1][1] - 1] not in "”\"'":
            gap = text[joined[-1][1] : s]
            if "\n" in gap and not gap.strip():
                joined[-1] = (joined[-1][0], e)
                continue
        joined.append((s, e))
    return joined


def quote_mask(toks: list[Tok], quotes: list[Span]) -> list[bool]:
    """For each token, whether it lies strictly inside a quotation (the marks excluded)."""
    mask = [False] * len(toks)
    starts = [t.start for t in toks]
    for qs, qe in quotes:
        i, j = bisect_right(starts, qs), bisect_left(starts, qe)
        while j > i and toks[j - 1].end >= qe:
            j -= 1
        mask[i:j] = [True] * (j - i)
    return mask


def sentences(text: str, toks: list[Tok], in_quote: list[bool], quotes: list[Span]) -> list[Span]:
    """Token ranges of sentences; no break inside a quotation except at a paragraph end."""
    q_starts = {qs for qs, _ in quotes}
    q_ends = {qe for _, qe in quotes}
    last = len(toks) - 1
    out: list[Span] = []
    start = 0
    for i in _break_candidates(text, toks, q_ends):
        if i >= last:
            break
        if "\n" in text[toks[i].end : toks[i + 1].start]:
            out.append((start, i + 1))
            start = i + 1
        elif not in_quote[i]:
            t, nxt = toks[i], toks[i + 1]
            if t.end in q_ends and i > 0:
                final = toks[i - 1].text[-1] in ENDS and ends_sentence(toks[i - 1])
                # “Why not?” Akar asked. -- the attribution still belongs to the quotation
                final = final and not any(_closing_cue(toks, p) for p in range(i + 1, min(i + 5, len(toks))))
            else:
                final = t.start not in q_starts and ends_sentence(t)
            if final and (nxt.cap or nxt.start in q_starts):
                out.append((start, i + 1))
                start = i + 1
    if start < len(toks):
        out.append((start, len(toks)))
    return out


def _break_candidates(text: str, toks: list[Tok], q_ends: set[int]) -> list[int]:
    """The tokens after which a sentence can break, in order: one a line break follows, one that
    ends in a full stop, "!" or "?", one that closes a quotation. Only these are weighed (a tenth of
    an article's tokens), found by bisection from where those characters are in the text."""
    starts = [t.start for t in toks]
    ends = [t.end for t in toks]
    found: set[int] = set()
    for m in _BREAK_CHARS.finditer(text):
        p = m.start()
        i = bisect_right(starts, p) - 1
        if i >= 0 and (m.group() == "\n" or ends[i] == p + 1):  # no token holds a line break
            found.add(i)
    for qe in q_ends:
        i = bisect_left(ends, qe)
        if i < len(ends) and ends[i] == qe:
            found.add(i)
    return sorted(found)


def _closing_cue(toks: list[Tok], p: int) -> bool:
    """Whether toks[p] is a cue that ends its sentence: "asked." in "“Why?” Akar asked."."""
    last = p + 1 >= len(toks) or toks[p + 1].text in ENDS
    return toks[p].word in CUE_VERBS and (toks[p].text[-1] == "." or last)


def ends_sentence(tok: Tok) -> bool:
    if tok.text in ENDS:
        return True
    return tok.text.endswith(".") and tok.text.lower() not in ABBREVIATIONS and len(tok.text) > 2
