"""Order-free alignment: the same answer in any order gives the same result.

A model lists quotes, actors and stances in an order of its own, which may not be reading order.
Grounding depends on order where the same words occur twice (each quote takes the next
occurrence) and actor resolution where names tie, so before either runs the answer is put in a
canonical order that depends only on its content: each item by where its text first occurs in
the article, then by its fields. Where the same words occur twice, :func:`attribution_misfit`
then lets a quote choose the occurrence whose surroundings name its speaker and cue.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from llmextract.actors.names import fold, pronoun_kind
from llmextract.grounding.aligner import Grounder
from llmextract.llm.answer_schema import LLMExtraction

__all__ = ["attribution_misfit", "canonical_order"]

_WINDOW = 200  # characters either side of a quote where its speaker and cue are looked for
_WORD = re.compile(r"\w{3,}")


def canonical_order(text: str, grounder: Grounder, answer: LLMExtraction) -> LLMExtraction:
    """``answer`` with its actors, quotes and stances sorted by first occurrence, then content."""
    nowhere = len(text) + 1

    def first(snippet: str) -> int:
        found = grounder.locate(snippet)
        return nowhere if found is None else found.start

    actors = sorted(
        answer.actors, key=lambda a: (first(a.name), a.name, a.type, a.role or "", tuple(a.aliases))
    )
    quotes = sorted(
        answer.quotes, key=lambda q: (first(q.text), q.text, q.speaker or "", q.cue or "", q.kind)
    )
    stances = sorted(
        answer.stances, key=lambda s: (first(s.evidence), s.evidence, s.holder, s.target, s.polarity)
    )
    return answer.model_copy(update={"actors": actors, "quotes": quotes, "stances": stances})


def attribution_misfit(text: str, speaker: str | None, cue: str | None) -> Callable[[int, int], int]:
    """How badly an occurrence at (start, end) fits a quote: 2 when its speaker's name is not
    within ``_WINDOW`` characters, plus 1 when its cue is not (pronouns and missing fields count 0)."""
    names = set()
    if speaker and pronoun_kind(speaker) is None:
        names = set(_WORD.findall(fold(speaker).casefold()))
    cues = set(_WORD.findall(fold(cue).casefold())) if cue else set()
    if not names and not cues:
        return lambda start, end: 0

    def misfit(start: int, end: int) -> int:
        around = set(_WORD.findall(fold(text[max(0, start - _WINDOW) : end + _WINDOW]).casefold()))
        return 2 * bool(names and not names & around) + bool(cues and not cues <= around)

    return misfit
