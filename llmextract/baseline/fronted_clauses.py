"""Cues in a participial clause that opens its sentence: "Noting that X, Lee said ...".

The speaker of "Noting that the plan is late, Lee called for ...", "After arguing that ..., she left"
and "In describing the deal, the minister said ..." is the subject of the main clause after the
participial clause's comma; the content is what the participle governs.
"""

from __future__ import annotations

from llmextract.baseline.phrases import skip_to_content
from llmextract.baseline.tokens import Tok
from llmextract.baseline.word_tables import (
    DETERMINERS,
    NAME_PARTICLES,
    PARTICIPLE_CUES,
    SPEAKER_NOUNS,
    STOP_CAPITALS,
)

# Words that may stand before a fronted participle: "After noting ...", "But in describing ...".
LEAD_WORDS = frozenset(
    [
        "after",
        "in",
        "while",
        "before",
        "since",
        "by",
        "when",
        "upon",
        "without",
        "despite",
        "besides",
        "instead",
        "of",
        "addition",
        "to",
        "but",
        "and",
        "yet",
        "so",
        "now",
        "then",
        "also",
        "even",
    ]
)

# Words that cannot follow the main clause's subject: the phrase after the comma is a list item
# or a noun phrase, not a subject and its verb.
NOT_AFTER_SUBJECT = frozenset(
    ["of", "and", "or", "for", "in", "on", "at", "to", "the", "a", "an", "with", "from", "by", "as", "than"]
)

SUBJECT_PRONOUNS = frozenset(["he", "she", "they", "we", "i"])

MAX_NAME_TOKENS = 5


def fronted_participle(
    toks: list[Tok], in_quote: list[bool], k: int, i0: int, i1: int
) -> tuple[int, int, int, int] | None:
    """(content first, content last, speaker first, speaker last) token indices for a participle
    cue at k opening its sentence (after lead words only), or None."""
    if toks[k].word not in PARTICIPLE_CUES or any(
        toks[i].word not in LEAD_WORDS and toks[i].text != "," for i in range(i0, k)
    ):
        return None
    start = skip_to_content(toks, toks[k].word, k + 1, i1)
    for c in range(start + 1, i1 - 2):
        if toks[c].text != "," or in_quote[c]:
            continue
        last = _subject_end(toks, c + 1, i1)
        if last is not None:
            return start, c - 1, c + 1, last
    return None


def _subject_end(toks: list[Tok], a: int, hi: int) -> int | None:
    """Last token of a name, subject pronoun or "the spokesman" at a that a verb follows, or None."""
    t = toks[a]
    if t.word in SUBJECT_PRONOUNS:
        last = a
    elif t.cap and t.word not in STOP_CAPITALS:
        last = a
        while (
            last + 1 < hi
            and last - a < MAX_NAME_TOKENS
            and (
                toks[last + 1].cap
                or (toks[last + 1].word in NAME_PARTICLES and last + 2 < hi and toks[last + 2].cap)
            )
        ):
            last += 1
    elif t.word in DETERMINERS:
        noun = next((j for j in range(a + 1, min(hi, a + 4)) if toks[j].word in SPEAKER_NOUNS), None)
        if noun is None or any(not toks[j].text.isalpha() for j in range(a, noun)):
            return None
        last = noun
    else:
        return None
    nxt = last + 1
    if nxt >= hi or not toks[nxt].text.isalpha() or not toks[nxt].text.islower():
        return None
    return None if toks[nxt].word in NOT_AFTER_SUBJECT else last
