"""Unnamed sources described by what they know: "a source close to him", "people familiar with the
talks", "officials briefed on the plan".

News gives such sources a head noun and a postmodifier; the speaker is the whole phrase, not the
noun after "with" or "to" ("the talks said" is no speaker), and the phrase holds no capital that
the name rules could read.
"""

from __future__ import annotations

from collections.abc import Sequence

from llmextract.baseline.tokens import Tok
from llmextract.baseline.word_tables import DETERMINERS, QUANTIFIERS, SPEAKER_NOUNS

__all__ = ["anonymous_source"]

_MODIFIERS = frozenset(
    {
        ("familiar", "with"),
        ("close", "to"),
        ("briefed", "on"),
        ("knowledgeable", "about"),
        ("knowledge", "of"),
        ("aware", "of"),
        ("involved", "in"),
    }
)
_HEADS = SPEAKER_NOUNS | frozenset({"person", "persons", "individual", "individuals"})
_REACH = 12  # tokens from the modifier to the phrase's last word


def anonymous_source(toks: Sequence[Tok], j: int, lo: int) -> int | None:
    """Start of "a source close to him" ending at token ``j``, or None."""
    for m in range(j - 1, max(lo, j - _REACH) - 1, -1):
        if not toks[m].text[0].isalnum() and toks[m].text not in ("'s", "’s"):
            return None  # a comma or quotation mark: the phrase would cross a clause
        if (toks[m].word, toks[m + 1].word) not in _MODIFIERS:
            continue
        head = m - 1 if toks[m].word != "knowledge" else m - 2  # "people with knowledge of"
        if head >= lo and toks[head].word == "direct":  # "with direct knowledge of"
            head -= 1
        if head >= lo and toks[head].word == "with":
            head -= 1
        if head < lo or toks[head].word not in _HEADS:
            return None
        a = head
        while (
            a - 1 >= lo
            and head - a < 3
            and (toks[a - 1].word in DETERMINERS or toks[a - 1].word in QUANTIFIERS)
        ):
            a -= 1
        return a
    return None
