"""Long articles: split into overlapping chunks for one call each, then merge the answers.

Cuts fall on paragraph breaks where possible, else on sentence ends, else on whitespace, so a
quote is rarely cut in two; consecutive chunks overlap by whole sentences so a quote cut by one
chunk's edge is whole in the next. Each chunk's quotes and stance evidence are grounded in that
chunk's own text and mapped back to article offsets, so a sentence that occurs twice in the article
is placed where the model saw it. Quotes found twice in an overlap are kept once (the longer
span wins); actors from every chunk go to actor resolution together, which merges "Akar" in one
chunk with "Hulusi Akar" in another.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from llmextract.grounding.aligner import Grounder
from llmextract.llm.answer_schema import LLMActor, LLMExtraction, LLMQuote, LLMStance
from llmextract.schema import Alignment, Extraction

__all__ = ["Chunk", "MergedAnswer", "merge_answers", "restore_alignment", "split_text"]

_PARAGRAPH = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE = re.compile(r"[.!?…][\"'”’»)\]]*\s+")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Chunk:
    """``text[start:end]`` of the article."""

    start: int
    end: int


def _ends(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> list[int]:
    """Positions in (lo, hi] right after a match: where the next chunk may start."""
    return [m.end() for m in pattern.finditer(text, lo, hi) if lo < m.end() <= hi]


def _cut(text: str, start: int, limit: int) -> int:
    """The best end for a chunk starting at ``start`` and ending at ``limit`` at the latest."""
    floor = start + (limit - start) // 2  # never shorter than half a chunk
    for pattern in (_PARAGRAPH, _SENTENCE, _SPACE):
        ends = _ends(pattern, text, floor, limit)
        if ends:
            return ends[-1]
    return limit


def _next_start(text: str, start: int, end: int, overlap: int) -> int:
    """Where the next chunk starts: the first sentence start at least ``overlap`` back from ``end``."""
    if overlap <= 0:
        return end
    lo = max(start + 1, end - overlap)
    for pattern in (_SENTENCE, _SPACE):
        starts = _ends(pattern, text, lo - 1, end - 1)
        if starts:
            return starts[0]
    return max(lo, start + 1)


def split_text(text: str, size: int, overlap: int = 0) -> list[Chunk]:
    """Chunks of at most ``size`` characters covering ``text``, overlapping by about ``overlap``."""
    if size <= 0:
        raise ValueError(f"chunk size must be > 0, not {size}")
    overlap = max(0, min(overlap, size // 2))
    chunks: list[Chunk] = []
    start = 0
    while True:
        if len(text) - start <= size:
            chunks.append(Chunk(start, len(text)))
            return chunks
        end = _cut(text, start, start + size)
        chunks.append(Chunk(start, end))
        start = _next_start(text, start, end, overlap)


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
