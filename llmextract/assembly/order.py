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
from collections.abc import Callable, Iterator, Mapping

from llmextract.actors.names import fold, pronoun_kind
from llmextract.core.answer import LLMExtraction, LLMQuote
from llmextract.grounding.aligner import Grounded, Grounder

__all__ = ["attribution_misfit", "canonical_order"]

_WINDOW = 200  # characters either side of a quote where its speaker and cue are looked for
_NEAR = 40  # ... and where they are as close as attributions usually are
_ADJACENT = 16  # a cue this close is the one that introduces the words
_WORD = re.compile(r"\w{3,}")


def canonical_order(
    text: str,
    grounder: Grounder,
    answer: LLMExtraction,
    placed: Mapping[int, Grounded] | None = None,
    *,
    folded: str | None = None,
) -> tuple[LLMExtraction, dict[int, Grounded | None]]:
    """``answer`` with its quotes sorted by their best-fitting occurrence, actors by the first
    occurrence of their name, stances by their content; ties by all their fields. Also where each
    quote was found on its own (what ``locate`` gives without ``taken`` or ``after``, or where
    ``placed`` says it lies), by ``id`` of the quote (the sorted answer holds the same objects).
    ``folded``: the text's ``fold``, when the caller has it already."""
    folded = fold(text) if folded is None else folded
    nowhere = len(text) + 1
    located: dict[int, Grounded | None] = {}
    known = placed or {}

    def first(quote: LLMQuote) -> int:
        found = known.get(id(quote)) or grounder.locate(
            quote.text,
            misfit=_when_asked(lambda: attribution_misfit(text, quote.speaker, quote.cue, folded=folded)),
        )
        located[id(quote)] = found
        return nowhere if found is None else found.start

    # actors and stances need an order that depends on their content only: no grounding needed
    actors = sorted(
        answer.actors,
        key=lambda a: (folded.find(fold(a.name)) % nowhere, a.name, a.type, a.role or "", tuple(a.aliases)),
    )
    quotes = sorted(
        answer.quotes,
        key=lambda q: (
            first(q),
            q.text,
            q.speaker or "",
            q.cue or "",
            q.kind,
            q.speaker_mention or "",
        ),
    )
    stances = sorted(answer.stances, key=lambda s: (s.evidence, s.holder, s.target, s.polarity))
    return answer.model_copy(update={"actors": actors, "quotes": quotes, "stances": stances}), located


def _when_asked(build: Callable[[], Callable[[int, int], int]]) -> Callable[[int, int], int]:
    """A misfit built on its first call: most quotes occur once, and ``locate`` weighs no rivals."""
    built: list[Callable[[int, int], int]] = []

    def misfit(start: int, end: int) -> int:
        if not built:
            built.append(build())
        return built[0](start, end)

    return misfit


def attribution_misfit(
    text: str, speaker: str | None, cue: str | None, *, folded: str | None = None
) -> Callable[[int, int], int]:
    """How badly an occurrence at (start, end) fits a quote, 0 (best) to 7.

    Twice the grade of the speaker's name (0: a word of it within ``_NEAR`` characters outside the
    span, 1: within ``_WINDOW``, 2: not there) plus the grade of the cue (0: the cue as written
    within ``_ADJACENT`` characters, 1: it or one of its words within ``_NEAR``, 2: within
    ``_WINDOW``, 3: not there). A pronoun or a missing field grades 0 everywhere, so it does not
    choose."""
    names: set[str] = set()
    if speaker and pronoun_kind(speaker) is None:
        names = set(_WORD.findall(fold(speaker).casefold()))
    cue_words = fold(cue).split() if cue else []
    cues = set(_WORD.findall(fold(cue).casefold())) if cue else set()
    if not names and not cues:
        return lambda start, end: 0
    folded = fold(text) if folded is None else folded  # one character for one: offsets stay the article's
    compiled: list[re.Pattern[str]] = []  # the cue's pattern, built when a quote has rival spans

    def phrase() -> re.Pattern[str]:
        if not compiled:
            words = r"\s+".join(map(re.escape, cue_words))
            compiled.append(re.compile(r"(?<!\w)" + words + r"(?!\w)", re.IGNORECASE))
        return compiled[0]

    def distance(matches: Iterator[re.Match[str]], start: int, end: int, words: set[str] | None) -> int:
        best = _WINDOW + 1
        for m in matches:
            at, stop = m.start(), m.end()
            if (stop <= start or at >= end) and (words is None or m.group().casefold() in words):
                best = min(best, start - stop if stop <= start else at - end)
        return best

    def grade(best: int, limits: tuple[int, ...]) -> int:
        return next((k for k, limit in enumerate(limits) if best <= limit), len(limits))

    def misfit(start: int, end: int) -> int:
        lo, hi = max(0, start - _WINDOW), end + _WINDOW
        name = (
            grade(distance(_WORD.finditer(folded, lo, hi), start, end, names), (_NEAR, _WINDOW))
            if names
            else 0
        )
        if not cues:
            return 2 * name
        exact = distance(phrase().finditer(folded, lo, hi), start, end, None) if cue_words else _WINDOW + 1
        if exact <= _ADJACENT:
            return 2 * name
        loose = min(exact, distance(_WORD.finditer(folded, lo, hi), start, end, cues))
        return 2 * name + 1 + grade(loose, (_NEAR, _WINDOW))

    return misfit
