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
    out: list[Span] = []
    start = 0
    for i in range(len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        if "\n" in text[t.end : nxt.start]:
            out.append((start, i + 1))
            start = i + 1
        elif not in_quote[i]:
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


def _closing_cue(toks: list[Tok], p: int) -> bool:
    """Whether toks[p] is a cue that ends its sentence: "asked." in "“Why?” Akar asked."."""
    last = p + 1 >= len(toks) or toks[p + 1].text in ENDS
    return toks[p].word in CUE_VERBS and (toks[p].text[-1] == "." or last)


def ends_sentence(tok: Tok) -> bool:
    if tok.text in ENDS:
        return True
    return tok.text.endswith(".") and tok.text.lower() not in ABBREVIATIONS and len(tok.text) > 2
