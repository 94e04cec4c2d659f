"""What a sentence says is expected, with no one named who expects it: "The House is expected to
pass the bill this week", "Lee, under pressure, is widely expected to resign".

News reports a belief held by unnamed observers through the passive "is expected to"; news
quotation studies (PolNeAR) annotate it as an attribution without a source. The content is the
clause from its subject to its end, the speaker none.
"""

from __future__ import annotations

from collections.abc import Sequence

from llmextract.baseline.content_ends import content_end
from llmextract.baseline.tokens import Tok
from llmextract.baseline.word_tables import ABBREVIATIONS, OPENERS

__all__ = ["expected_clause", "expected_span"]

_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_BETWEEN = frozenset({"widely", "also", "now", "still", "generally", "largely", "broadly"})
# Words that open the clause holding "is expected": its subject starts after them.
_CLAUSE_OPENERS = frozenset(
    {"where", "when", "while", "because", "although", "though", "if", "as", "since", "but", "and", "so"}
)
_RELATIVES = frozenset({"which", "who", "that"})
_MAX_SUBJECT = 20  # tokens from the clause start to "is expected"


def expected_clause(toks: list[Tok], in_quote: Sequence[bool], i0: int, i1: int) -> tuple[int, int] | None:
    """First and last token of the clause of "X is expected to ..." in the sentence i0..i1-1, or None."""
    for k in range(i0 + 1, i1 - 1):
        if toks[k].word != "expected" or in_quote[k] or toks[k + 1].word != "to":
            continue
        b = k - 1
        while b > i0 and toks[b].word in _BETWEEN:
            b -= 1
        if toks[b].word not in _BE or b == i0:
            continue
        end = content_end(toks, in_quote, k, i1)
        if toks[b - 1].word in _RELATIVES:  # "the match, which is expected to draw a crowd, starts"
            comma = next((c for c in range(k, end) if toks[c].text == "," and not in_quote[c]), end + 1)
            return b - 1, _before_stop(toks, comma - 1, k)
        start = _clause_start(toks, in_quote, b, i0)
        if start is not None:
            return start, _before_stop(toks, end, k)
    return None


def _before_stop(toks: Sequence[Tok], end: int, k: int) -> int:
    """``end`` without a final comma or stop token."""
    return end - 1 if end > k + 1 and toks[end].text in (".", "!", "?", ",") else end


def expected_span(toks: list[Tok], in_quote: Sequence[bool], i0: int, i1: int) -> tuple[int, int] | None:
    """Character range of ``expected_clause``, without the full stop a last word keeps ("win.")."""
    clause = expected_clause(toks, in_quote, i0, i1)
    if clause is None:
        return None
    last = toks[clause[1]]
    stop = last.text.endswith(".") and last.text.lower() not in ABBREVIATIONS and len(last.text) > 1
    return toks[clause[0]].start, last.end - stop


def _clause_start(toks: Sequence[Tok], in_quote: Sequence[bool], b: int, i0: int) -> int | None:
    """Where the subject of the verb at ``b`` starts: after a word that opens its clause, else at the
    sentence start past openers ("But", "Separately,")."""
    a = b
    while a > i0 and b - a < _MAX_SUBJECT:
        p = toks[a - 1]
        if in_quote[a - 1] or p.text in (";", ":", "—", "(") or p.word in _CLAUSE_OPENERS:
            break
        a -= 1
    else:
        if a > i0:
            return None
    while a < b and (toks[a].word in OPENERS or toks[a].text == ","):
        a += 1
    if a + 1 < b and toks[a + 1].text == "," and toks[a].text.endswith("ly"):  # "Separately, the House"
        a += 2
    return a if a < b else None
