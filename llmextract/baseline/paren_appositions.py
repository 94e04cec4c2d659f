"""The speaker before an apposition that ends in parentheses.

"Ann Lee, of the Harbour Party (HP), said ..." reads back from the cue through "(HP)" to "Harbour
Party", a name, and would make the party the speaker. When the words before the parentheses open
with a lower-case word after a comma (", of the", ", a spokeswoman for"), they describe the name
before that comma, which is the speaker. "In Oakmere, Sen. Ann Lee (D), said" keeps Ann Lee: the
words after the comma open with a capital.
"""

from __future__ import annotations

from llmextract.baseline.phrases import name_back
from llmextract.baseline.tokens import Tok

_REACH = 40  # tokens an apposition may span


def speaker_before_paren_apposition(toks: list[Tok], comma: int, lo: int) -> tuple[int, int, int] | None:
    """(first, last, apposition start) of the speaker, for the comma after ")" before a cue."""
    for c in range(comma - 2, max(lo, comma - _REACH) - 1, -1):
        if toks[c].text != ",":
            continue
        opener = toks[c + 1].text
        if c - 1 < lo or not opener[0].islower() or not toks[c - 1].cap:
            return None
        first = name_back(toks, c - 1, lo)
        return None if first is None else (first, c - 1, c + 1)
    return None
