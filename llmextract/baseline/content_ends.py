"""Where a reported content ends: at the sentence end, or where another attribution begins.

"Lee said the depot will close, adding that ..." and "… “the race is open,” adding that …" hold two
contents; the first ends before the participle, whether its comma stands outside the quotation
marks or inside them.
"""

from __future__ import annotations

from collections.abc import Sequence

from llmextract.baseline.phrases import name_back
from llmextract.baseline.tokens import QUOTES, Tok
from llmextract.baseline.word_tables import CUE_VERBS, INVERTING_CUES, PARTICIPLE_CUES

__all__ = ["after_comma", "content_end"]


def after_comma(toks: Sequence[Tok], k: int, lo: int) -> bool:
    """Whether a comma comes right before token k, or before the quotation mark that closes there."""
    return toks[k - 1].text == "," or (k - 2 >= lo and toks[k - 1].text in QUOTES and toks[k - 2].text == ",")


def content_end(toks: list[Tok], in_quote: Sequence[bool], a: int, hi: int) -> int:
    """Last token of a content starting at a: the sentence end or the next attribution."""
    cues = CUE_VERBS
    for b in range(a + 1, hi):
        t = toks[b]
        if in_quote[b]:
            continue
        if t.text == ";" or (t.word in ("and", "but") and b + 1 < hi and toks[b + 1].word in cues):
            return b - 1
        if t.word in PARTICIPLE_CUES and toks[b - 1].text in QUOTES and after_comma(toks, b, a):
            return b - 1  # "… “the race is open,” adding that …": the comma is the quotation's
        if t.text == "," and b + 1 < hi:
            n = toks[b + 1]
            if n.word == "according" or n.word in PARTICIPLE_CUES or n.word in INVERTING_CUES:
                return b - 1  # "..., adding", "X, who has proposed Y, said": another cue's
            if b + 2 < hi and toks[b + 2].word in cues and name_back(toks, b + 1, b + 1) is not None:
                return b - 1
    return hi - 1
