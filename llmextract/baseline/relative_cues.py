"""Cue words inside the description of a later cue's speaker, which attribute nothing themselves.

In "Cruz, who has proposed repealing the mandate, said ...", "Ann Lee, an economist who advised
the council, said ..." and "Lee, citing a report, said ..." the words after "who" or the comma
describe the speaker of "said"; "proposed", "advised" and "citing" report no statement of their
own, and reading them as cues would take the sentence's speaker and content away from the cue that
carries them.
"""

from __future__ import annotations

from collections.abc import Sequence

from llmextract.baseline.tokens import Tok
from llmextract.baseline.word_tables import ADJUNCT_WORDS, INVERTING_CUES

__all__ = ["in_speaker_clause"]

_RELATIVE_WORDS = frozenset({"who", "whose"})
_CLAUSE_REACH = 12  # tokens from the relative word back to the cue
_CLOSE_REACH = 25  # tokens from the cue to the comma closing the clause
_HEAD_REACH = 6  # tokens of "an economist" between the apposition's comma and "who"


def in_speaker_clause(toks: Sequence[Tok], k: int, i0: int, i1: int) -> bool:
    """Whether the cue at ``k`` is inside ", who ... ,", ", an economist who ... ," or ", citing
    ... ," and a cue such as "said" follows the comma that closes it."""
    if toks[k].word.endswith("ing") and toks[k].text.islower():  # ", a mayor backing Lee, said"
        opened: int | None = k
    else:
        back = range(k - 1, max(i0, k - _CLAUSE_REACH), -1)
        opened = next((c for c in back if toks[c].text == "," or toks[c].word in _RELATIVE_WORDS), None)
        if opened is None or toks[opened].word not in _RELATIVE_WORDS:
            return False
    if opened is None or not _after_comma(toks, opened, i0):
        return False
    close = next((c for c in range(k + 1, min(i1, k + _CLOSE_REACH)) if toks[c].text == ","), None)
    if close is None:
        return False
    m = close + 1
    while m < i1 and toks[m].word in ADJUNCT_WORDS:  # ", also said"
        m += 1
    return m < i1 and toks[m].word in INVERTING_CUES


def _after_comma(toks: Sequence[Tok], opened: int, i0: int) -> bool:
    """Whether the relative word or participle at ``opened`` follows a comma, directly or after the
    head noun of an apposition ("Ann Lee, an economist who ...")."""
    for c in range(opened - 1, max(i0, opened - 1 - _HEAD_REACH) - 1, -1):
        if toks[c].text == ",":
            return c > i0 and toks[c - 1].text[0].isalnum()
        if not toks[c].text[0].isalpha():
            return False
    return False
