"""From a model's answer to the public result: grounding, actor resolution, ids.

Every model, the rules baseline included, goes through here, so nothing ungrounded ever leaves
the toolkit: each quote text and each stance evidence is aligned to the article, and what cannot
be aligned is dropped and counted in ``warnings``.
"""

from __future__ import annotations

from typing import Any

from llmextract.actors.resolve import resolve_actors
from llmextract.article import Article
from llmextract.grounding.aligner import Grounder
from llmextract.llm.answer_schema import LLMExtraction
from llmextract.schema import ArticleInfo, Extraction, Provenance, Quote, Span, Stance
from llmextract.wording import plural

__all__ = ["assemble"]


def assemble(
    article: Article, answer: LLMExtraction, provenance: Provenance, *, include_text: bool = True
) -> Extraction:
    """Ground, resolve and number everything in ``answer``; drop what the article does not contain."""
    text = article.text
    grounder = Grounder(text)
    index = resolve_actors(text, answer)
    warnings: list[str] = []

    found_quotes: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    ungrounded = duplicates = 0
    for q in answer.quotes:
        # models list quotes in reading order: prefer the occurrence after the previous quote
        found = grounder.locate(q.text, taken=taken, after=taken[-1][1] if taken else 0)
        if found is None:
            ungrounded += 1
            continue
        if (found.start, found.end) in taken:
            duplicates += 1
            continue
        taken.append((found.start, found.end))
        speaker_id, speaker_span = index.link_speaker(q.speaker, found.start, found.end)
        found_quotes.append(
            {
                "text": text[found.start : found.end],
                "start": found.start,
                "end": found.end,
                "kind": q.kind,
                "speaker_id": speaker_id,
                "speaker": q.speaker,
                "speaker_span": speaker_span,
                "cue": q.cue,
                "alignment": found.alignment,
            }
        )
    found_quotes.sort(key=lambda item: (item["start"], item["end"]))
    quotes = [Quote(id=f"q{i}", **fields) for i, fields in enumerate(found_quotes, 1)]
    if ungrounded:
        warnings.append(f"dropped {plural(ungrounded, 'ungrounded quote')}")
    if duplicates:
        warnings.append(f"dropped {plural(duplicates, 'duplicate quote')}")

    stances: list[Stance] = []
    dropped_stances = unlinked = 0
    for s in answer.stances:
        found = grounder.locate(s.evidence)
        if found is None:
            dropped_stances += 1
            continue
        holder_id = index.link_speaker(s.holder, found.start, found.end)[0]
        if holder_id is None:
            unlinked += 1
            continue
        quote_id = next((q.id for q in quotes if q.start < found.end and found.start < q.end), None)
        stances.append(
            Stance(
                id=f"s{len(stances) + 1}",
                holder_id=holder_id,
                holder=s.holder,
                target=s.target,
                target_id=index.lookup(s.target),
                polarity=s.polarity,
                evidence=[Span(start=found.start, end=found.end)],
                quote_id=quote_id,
            )
        )
    if dropped_stances:
        warnings.append(f"dropped {plural(dropped_stances, 'stance')} with ungrounded evidence")
    if unlinked:
        warnings.append(f"dropped {plural(unlinked, 'stance')} whose holder matches no actor")

    info = ArticleInfo(
        id=article.id,
        title=article.title,
        sha256=article.sha256,
        chars=len(text),
        text=text if include_text else None,
        metadata=dict(article.metadata) or None,
    )
    return Extraction(
        article=info,
        actors=index.actors,
        quotes=quotes,
        stances=stances,
        provenance=provenance,
        warnings=warnings,
    )
