"""Long articles: the answers of their chunks (``llmextract.text.chunks``) merged into one.

Each chunk's quotes and stance evidence are grounded once, in that chunk's own text, and mapped
back to article offsets, so a sentence that occurs twice in the article is placed where the model
saw it; the assembly takes those located spans as they are and grounds only what a chunk could not
place. Quotes found twice in an overlap are kept once (the longer span wins); actors from every
chunk go to actor resolution together, which merges "Akar" in one chunk with "Hulusi Akar" in
another.
"""

from __future__ import annotations

from dataclasses import dataclass

from llmextract.core.answer import LLMActor, LLMExtraction, LLMQuote, LLMStance
from llmextract.grounding.aligner import Grounded, Grounder
from llmextract.text.chunks import Chunk, split_text

__all__ = ["Chunk", "MergedAnswer", "merge_answers", "split_text"]


@dataclass
class MergedAnswer:
    """One answer for the whole article, and where its chunks placed each quote and evidence.

    ``located`` maps ``id()`` of a quote or stance of ``answer`` to its article span and how it
    matched the model's words in its chunk (exact, normalised, fuzzy); what is missing from it was
    not placed in its chunk."""

    answer: LLMExtraction
    located: dict[int, Grounded]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _shifted(found: Grounded, chunk: Chunk) -> Grounded:
    return Grounded(chunk.start + found.start, chunk.start + found.end, found.alignment, found.score)


def _merge_quotes(
    text: str,
    chunks: list[Chunk],
    answers: list[LLMExtraction],
    grounders: list[Grounder],
    located: dict[int, Grounded],
) -> list[LLMQuote]:
    kept: list[tuple[tuple[int, int], int, LLMQuote, Grounded]] = []
    unplaced: list[LLMQuote] = []
    for ci, (chunk, answer) in enumerate(zip(chunks, answers, strict=True)):
        taken: list[tuple[int, int]] = []
        for quote in answer.quotes:
            found = grounders[ci].locate(quote.text, taken=taken)
            if found is None:
                unplaced.append(quote)  # assemble tries the whole article, then drops it with a warning
                continue
            taken.append((found.start, found.end))
            span = (chunk.start + found.start, chunk.start + found.end)
            clash = [k for k, (other, oci, _, _) in enumerate(kept) if oci != ci and _overlaps(span, other)]
            if any(kept[k][0][1] - kept[k][0][0] >= span[1] - span[0] for k in clash):
                continue  # the same quote, already seen whole in the previous chunk
            kept = [item for k, item in enumerate(kept) if k not in clash]
            kept.append((span, ci, quote, _shifted(found, chunk)))
    kept.sort(key=lambda item: item[0])
    quotes = []
    for (start, end), _, quote, where in kept:
        placed = quote.model_copy(update={"text": text[start:end]})
        located[id(placed)] = where
        quotes.append(placed)
    return quotes + unplaced


def _merge_stances(
    text: str,
    chunks: list[Chunk],
    answers: list[LLMExtraction],
    grounders: list[Grounder],
    located: dict[int, Grounded],
) -> list[LLMStance]:
    seen: list[tuple[str, str, str, tuple[int, int]]] = []
    out: list[LLMStance] = []
    for ci, (chunk, answer) in enumerate(zip(chunks, answers, strict=True)):
        for stance in answer.stances:
            found = grounders[ci].locate(stance.evidence)
            if found is None:
                out.append(stance)
                continue
            span = (chunk.start + found.start, chunk.start + found.end)
            who = (stance.holder.casefold(), stance.target.casefold(), stance.polarity)
            if any(other[:3] == who and _overlaps(span, other[3]) for other in seen):
                continue
            seen.append((*who, span))
            placed = stance.model_copy(update={"evidence": text[span[0] : span[1]]})
            located[id(placed)] = _shifted(found, chunk)
            out.append(placed)
    return out


def _merge_actors(answers: list[LLMExtraction]) -> list[LLMActor]:
    """Every chunk's actors; exact repeats folded here, aliases and variants by actor resolution."""
    by_name: dict[tuple[str, str], LLMActor] = {}
    for answer in answers:
        for actor in answer.actors:
            key = (actor.name.casefold(), actor.type)
            if key in by_name:
                first = by_name[key]
                aliases = list(dict.fromkeys([*first.aliases, *actor.aliases]))
                by_name[key] = first.model_copy(update={"aliases": aliases, "role": first.role or actor.role})
            else:
                by_name[key] = actor
    return list(by_name.values())


def merge_answers(text: str, chunks: list[Chunk], answers: list[LLMExtraction]) -> MergedAnswer:
    """One LLM-facing answer for the article from one answer per chunk, with where each located
    quote and evidence lies (their texts are the article's exact words there)."""
    grounders = [Grounder(text[c.start : c.end]) for c in chunks]
    located: dict[int, Grounded] = {}
    quotes = _merge_quotes(text, chunks, answers, grounders, located)
    stances = _merge_stances(text, chunks, answers, grounders, located)
    answer = LLMExtraction(actors=_merge_actors(answers), quotes=quotes, stances=stances)
    return MergedAnswer(answer=answer, located=located)
