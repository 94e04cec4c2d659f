"""Order-free alignment: the same answer in any order gives the same result.

A model lists quotes, actors and stances in an order of its own, which may not be reading order.
Grounding depends on order where the same words occur twice (each quote takes the next
occurrence) and actor resolution where names tie, so before either runs the answer is put in a
canonical order that depends only on its content: each item by where its text first occurs in
the article, then by its fields. Where the same words occur twice, :func:`attribution_misfit`
then lets a quote choose the occurrence with its speaker and cue closest around it; among equally
fitting occurrences, order decides (the first one not taken, after the previous quote).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from llmextract.actors.names import fold, pronoun_kind
from llmextract.grounding.aligner import Grounder
from llmextract.llm.answer_schema import LLMExtraction

__all__ = ["attribution_misfit", "canonical_order"]

_WINDOW = 200  # characters either side of a quote where its speaker and cue are looked for
_NEAR = 40  # ... and where they are as close as attributions usually are
_ADJACENT = 16  # a cue this close is the one that introduces the words
_WORD = re.compile(r"\w{3,}")


def canonical_order(text: str, grounder: Grounder, answer: LLMExtraction) -> LLMExtraction:
    """``answer`` with its actors, quotes and stances sorted by first occurrence, then content."""
    nowhere = len(text) + 1

    def first(snippet: str, misfit: Callable[[int, int], int] | None = None) -> int:
        found = grounder.locate(snippet, misfit=misfit)
        return nowhere if found is None else found.start

    actors = sorted(
        answer.actors, key=lambda a: (first(a.name), a.name, a.type, a.role or "", tuple(a.aliases))
    )
    quotes = sorted(
        answer.quotes,
        key=lambda q: (
            first(q.text, attribution_misfit(text, q.speaker, q.cue)),
            q.text,
            q.speaker or "",
            q.cue or "",
            q.kind,
        ),
    )
    stances = sorted(
        answer.stances, key=lambda s: (first(s.evidence), s.evidence, s.holder, s.target, s.polarity)
    )
    return answer.model_copy(update={"actors": actors, "quotes": quotes, "stances": stances})


def attribution_misfit(text: str, speaker: str | None, cue: str | None) -> Callable[[int, int], int]:
    """How badly an occurrence at (start, end) fits a quote, 0 (best) to 7.

    Twice the grade of the speaker's name (0: a word of it within ``_NEAR`` characters outside the
    span, 1: within ``_WINDOW``, 2: not there) plus the grade of the cue (0: within ``_ADJACENT``,
    1: ``_NEAR``, 2: ``_WINDOW``, 3: not there). A pronoun or a missing field grades 0 everywhere,
    so it does not choose."""
    names: set[str] = set()
    if speaker and pronoun_kind(speaker) is None:
        names = set(_WORD.findall(fold(speaker).casefold()))
    cues = set(_WORD.findall(fold(cue).casefold())) if cue else set()
    if not names and not cues:
        return lambda start, end: 0

    def grade(words: set[str], start: int, end: int, limits: tuple[int, ...]) -> int:
        if not words:
            return 0
        lo = max(0, start - _WINDOW)
        best = _WINDOW + 1
        for m in _WORD.finditer(fold(text[lo : end + _WINDOW]).casefold()):
            at, stop = lo + m.start(), lo + m.end()
            if m.group() in words and (stop <= start or at >= end):
                best = min(best, start - stop if stop <= start else at - end)
        return next((k for k, limit in enumerate(limits) if best <= limit), len(limits))

    def misfit(start: int, end: int) -> int:
        return 2 * grade(names, start, end, (_NEAR, _WINDOW)) + grade(
            cues, start, end, (_ADJACENT, _NEAR, _WINDOW)
        )

    return misfit
