"""Verbs of doing that report words only through what they act on.

"The council signed the agreement" reports nothing anyone said; "the council signed a letter
saying ..." and "the campaign released a statement" do. These verbs are in the cue table because
news reports words through them, so they count as cues only when the noun they act on within a few
words is something that holds words: a statement, a letter, a bill, a report, an interview.
"""

from __future__ import annotations

from collections.abc import Sequence

from llmextract.baseline.tokens import Tok
from llmextract.baseline.word_tables import ASPECT_WORDS


def _words(block: str) -> frozenset[str]:
    return frozenset(block.split())


ACT_VERBS = _words(
    """
    signed sign signs signing voted vote votes raised raise raises ordered pushed focused gave give
    gives provided provide provides released release releases filed file files named shared
    """
)

WORD_HOLDERS = _words(
    """
    statement statements letter letters memo memos memorandum report reports video videos ad ads
    advertisement speech speeches address interview interviews order orders bill bills legislation
    law proposal proposals plan plans details outline records data poll polls survey surveys figures
    numbers analysis study studies list warning warnings question questions concern concerns doubts
    alarm complaint complaints lawsuit suit motion brief petition appeal declaration pledge op-ed
    essay book article column post posts tweet tweets message messages email emails note notes
    comment comments remarks response transcript document documents guidance summary hints account
    testimony explanation answer answers opinion ruling verdict decision assessment estimate
    forecast argument arguments case point points view views reasons reason apology belief beliefs
    story stories news thoughts endorsement blessing instructions assurances feedback preview
    """
)

_LOOKAHEAD = 5


# What an act verb reports words through when it comes right after it: "ordered that ...",
# "pushed back on the claim", "pushed for a ban".
_WORDS_NEXT = {"that": ACT_VERBS, "back": frozenset({"pushed"}), "for": frozenset({"pushed"})}


def act_without_words(toks: Sequence[Tok], k: int, i1: int) -> bool:
    """Whether the act verb at ``k`` acts on nothing that holds words in its next few tokens."""
    w = toks[k].word
    if w not in ACT_VERBS:
        return False
    if k + 1 < i1 and w in _WORDS_NEXT.get(toks[k + 1].word, ()):
        return False
    return not any(toks[j].word in WORD_HOLDERS for j in range(k + 1, min(i1, k + 1 + _LOOKAHEAD)))


def no_cue_here(toks: Sequence[Tok], k: int, i1: int) -> bool:
    """A cue word that is not a cue here: "continued to say" (the cue is "say"), "think tank",
    "a pointed question", "signed a deal"."""
    nxt = toks[k + 1].word if k + 1 < i1 else ""
    w = toks[k].word
    return (
        (w in ASPECT_WORDS and nxt == "to")
        or (w == "think" and nxt in ("tank", "tanks"))
        or (w == "pointed" and nxt not in ("out", "to"))
        or act_without_words(toks, k, i1)
    )
