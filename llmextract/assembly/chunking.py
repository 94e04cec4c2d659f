"""Long articles: the answers of their chunks (``llmextract.text.chunks``) merged into one.

Each chunk's quotes and stance evidence are grounded in that
chunk's own text and mapped back to article offsets, so a sentence that occurs twice in the article
is placed where the model saw it. Quotes found twice in an overlap are kept once (the longer
span wins); actors from every chunk go to actor resolution together, which merges "Akar" in one
chunk with "Hulusi Akar" in another.
"""

from __future__ import annotations

from dataclasses import dataclass

from llmextract.core.answer import LLMActor, LLMExtraction, LLMQuote, LLMStance
from llmextract.grounding.aligner import Grounder
from llmextract.schema import Alignment, Extraction
from llmextract.text.chunks import Chunk, split_text

__all__ = ["Chunk", "MergedAnswer", "merge_answers", "restore_alignment", "split_text"]


@dataclass
class MergedAnswer:
    """One answer for the whole article, and how each located quote was aligned in its chunk."""

    answer: LLMExtraction
    alignments: dict[tuple[int, int], Alignment]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _merge_quotes(
    text: str, chunks: list[Chunk], answers: list[LLMExtraction], grounders: list[Grounder]
) -> tuple[list[LLMQuote], dict[tuple[int, int], Alignment]]:
    kept: list[tuple[tuple[int, int], int, LLMQuote, Alignment]] = []
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
            kept.append((span, ci, quote, found.alignment))
    kept.sort(key=lambda item: item[0])
    quotes = [q.model_copy(update={"text": text[s:e]}) for (s, e), _, q, _ in kept]
    return quotes + unplaced, {span: alignment for span, _, _, alignment in kept}


def _merge_stances(
    text: str, chunks: list[Chunk], answers: list[LLMExtraction], grounders: list[Grounder]
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
            out.append(stance.model_copy(update={"evidence": text[span[0] : span[1]]}))
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
    """One LLM-facing answer for the article from one answer per chunk.

    Located quotes and evidence carry the article's exact words, so the article-level grounding
    in ``assemble`` finds them again; the chunk-level alignment is kept for :func:`restore_alignment`.
    """
    grounders = [Grounder(text[c.start : c.end]) for c in chunks]
    quotes, alignments = _merge_quotes(text, chunks, answers, grounders)
    answer = LLMExtraction(
        actors=_merge_actors(answers), quotes=quotes, stances=_merge_stances(text, chunks, answers, grounders)
    )
    return MergedAnswer(answer=answer, alignments=alignments)


def restore_alignment(extraction: Extraction, alignments: dict[tuple[int, int], Alignment]) -> Extraction:
    """Put back how each quote matched the model's words in its chunk (exact, normalised, fuzzy)."""
    quotes = [
        q.model_copy(update={"alignment": alignments.get((q.start, q.end), q.alignment)})
        for q in extraction.quotes
    ]
    return extraction.model_copy(update={"quotes": quotes})
