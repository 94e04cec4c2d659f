"""From a model's answer to the public result: grounding, actor resolution, ids.

Every model, the rules baseline included, goes through here, so nothing ungrounded ever leaves
the toolkit: each quote text and each stance evidence is aligned to the article, every actor has
a mention in it, and a speaker, stance holder or actor target the article does not name is
removed. What is dropped is named or counted in ``warnings``. The answer's order does not matter
(:mod:`llmextract.assembly.order`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from llmextract.actors.index import ActorIndex
from llmextract.actors.names import fold, normalize_name, pronoun_kind
from llmextract.actors.resolve import resolve_actors
from llmextract.article import Article
from llmextract.assembly.order import attribution_misfit, canonical_order
from llmextract.core.answer import LLMExtraction, LLMQuote
from llmextract.grounding.aligner import Grounded, Grounder
from llmextract.grounding.quote_edges import quote_edges
from llmextract.grounding.span_policy import sentence_span
from llmextract.schema import ArticleInfo, Extraction, Provenance, Quote, Span, Stance
from llmextract.utils.wording import plural

__all__ = ["assemble"]


def assemble(
    article: Article,
    answer: LLMExtraction,
    provenance: Provenance,
    *,
    include_text: bool = True,
    located: Mapping[int, Grounded] | None = None,
) -> Extraction:
    """Ground, resolve and number everything in ``answer``; drop what the article does not contain.

    ``located``: quotes and stances (by ``id()``) already placed in the article, taken as they are
    (a chunked article's answers, :mod:`llmextract.assembly.chunking`); the rest is grounded here."""
    text = article.text
    grounder = Grounder(text)
    folded = fold(text)  # the article folded once, for every stage below
    placed = located or {}
    answer, where = canonical_order(text, grounder, answer, placed, folded=folded)
    index = resolve_actors(text, answer, grounder, folded=folded)
    warnings = [f"dropped actor {name!r}: the article never names it" for name in index.unmentioned]
    quotes = _quotes(text, folded, grounder, index, answer, where, placed, warnings)
    stances = _stances(text, grounder, index, answer, quotes, placed, warnings)

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


def _quotes(
    text: str,
    folded: str,
    grounder: Grounder,
    index: ActorIndex,
    answer: LLMExtraction,
    located: dict[int, Grounded | None],
    placed: Mapping[int, Grounded],
    warnings: list[str],
) -> list[Quote]:
    """Grounded quotes in reading order; a speaker the article does not name becomes null.

    ``located``: where each quote lies on its own. That is where it lies here too unless its span
    is taken or comes before the previous quote's end; only then is it looked up again. A quote a
    chunk ``placed`` keeps how the model's words matched there: its text here is already the
    article's copy, which would always match exactly."""
    found_quotes: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    ungrounded = duplicates = 0
    for q in answer.quotes:
        after = taken[-1][1] if taken else 0
        found = located[id(q)]
        if found is not None and ((found.start, found.end) in taken or found.start < after):
            misfit = attribution_misfit(text, q.speaker, q.cue, folded=folded)
            found = grounder.locate(q.text, taken=taken, after=after, misfit=misfit)
        if found is None:
            ungrounded += 1
            continue
        alignment = placed[id(q)].alignment if id(q) in placed else found.alignment
        framed = _framed(text, found, q)
        if framed is not found and alignment == "exact":
            alignment = "normalized"  # the span moved: it is no longer the model's words exactly
        found = framed
        if (found.start, found.end) in taken:
            duplicates += 1
            continue
        taken.append((found.start, found.end))
        speaker: str | None = q.speaker
        speaker_id, speaker_span = index.link_speaker(q.speaker, found.start, found.end)
        at = q.speaker_at
        if (
            q.speaker
            and at is not None
            and text.startswith(q.speaker, at)
            and not found.start <= at < found.end
        ):
            speaker_span = Span(start=at, end=at + len(q.speaker))  # where the extractor read it
        if q.speaker_mention:
            speaker, speaker_id, speaker_span = _by_mention(
                index, q.speaker_mention, found, (speaker, speaker_id, speaker_span)
            )
        if speaker is not None and speaker_id is None and speaker_span is None:
            warnings.append(f"removed speaker {speaker!r} of a quote: the article never names them")
            speaker = None
        found_quotes.append(
            {
                "text": text[found.start : found.end],
                "start": found.start,
                "end": found.end,
                "kind": q.kind,
                "speaker_id": speaker_id,
                "speaker": speaker,
                "speaker_span": speaker_span,
                "cue": q.cue,
                "alignment": alignment,
            }
        )
    found_quotes.sort(key=lambda item: (item["start"], item["end"]))
    if ungrounded:
        warnings.append(f"dropped {plural(ungrounded, 'ungrounded quote')}")
    if duplicates:
        warnings.append(f"dropped {plural(duplicates, 'duplicate quote')}")
    return [Quote(id=f"q{i}", **fields) for i, fields in enumerate(found_quotes, 1)]


def _framed(text: str, found: Grounded, quote: LLMQuote) -> Grounded:
    """``found`` with its edges where the quote convention has them: without a copied attribution,
    with the article's complementiser (:mod:`llmextract.grounding.quote_edges`). A span that moves
    is returned as a new object."""
    start, end = quote_edges(
        text,
        found.start,
        found.end,
        snippet=quote.text,
        kind=quote.kind,
        cue=quote.cue,
        speaker=quote.speaker,
        mention=quote.speaker_mention,
    )
    if (start, end) == (found.start, found.end) or start >= end:
        return found
    return Grounded(start, end, found.alignment, found.score)


def _by_mention(
    index: ActorIndex, mention: str, found: Grounded, linked: tuple[str | None, str | None, Span | None]
) -> tuple[str | None, str | None, Span | None]:
    """The speaker as its ``speaker_mention`` places it: the mention's words nearest the quote are
    the speaker's span unless they name another actor (a pronoun or a description names nobody); a
    speaker the article does not name is kept when the mention is a name of one of its actors,
    under that actor's name, so nothing the article does not say is written."""
    speaker, speaker_id, speaker_span = linked
    mention_id, mention_span = index.link_speaker(mention, found.start, found.end)
    if mention_span is None:
        return linked
    if speaker_id is None and speaker_span is None:  # the speaker's own name is not in the article
        if mention_id is None or pronoun_kind(mention) is not None:
            return linked
        return index.name_of(mention_id), mention_id, mention_span
    if speaker_id is not None and (mention_id in (None, speaker_id) or pronoun_kind(mention) is not None):
        return speaker, speaker_id, mention_span
    return linked


def _stances(
    text: str,
    grounder: Grounder,
    index: ActorIndex,
    answer: LLMExtraction,
    quotes: list[Quote],
    placed: Mapping[int, Grounded],
    warnings: list[str],
) -> list[Stance]:
    """Stances whose evidence (a whole sentence), holder and actor target are in the article."""
    named = {normalize_name(n) for a in answer.actors for n in [a.name, *a.aliases]}
    named.update(normalize_name(s.holder) for s in answer.stances)
    named.update(normalize_name(q.speaker) for q in answer.quotes if q.speaker)
    kept: list[dict[str, Any]] = []
    dropped_stances = 0
    for s in answer.stances:
        found = placed.get(id(s)) or grounder.locate(s.evidence)
        if found is None:
            dropped_stances += 1
            continue
        start, end = sentence_span(text, found.start, found.end)
        holder_id = index.link_speaker(s.holder, start, end)[0]
        if holder_id is None:
            warnings.append(
                f"dropped stance of {s.holder!r} on {s.target!r}: the article names no such holder"
            )
            continue
        target_id = index.lookup(s.target)
        if target_id is None and normalize_name(s.target) in named:
            warnings.append(
                f"dropped stance of {s.holder!r} on {s.target!r}: the article names no such target"
            )
            continue
        if target_id is None and not _topic_in_text(grounder, s.target):
            warnings.append(f"stance of {s.holder!r}: the topic {s.target!r} is not worded so in the article")
        quote_id = next((q.id for q in quotes if q.start < end and start < q.end), None)
        kept.append(
            {
                "holder_id": holder_id,
                "holder": s.holder,
                "target": s.target,
                "target_id": target_id,
                "polarity": s.polarity,
                "evidence": [Span(start=start, end=end)],
                "quote_id": quote_id,
            }
        )
    if dropped_stances:
        warnings.append(f"dropped {plural(dropped_stances, 'stance')} with ungrounded evidence")
    kept.sort(key=lambda k: (k["evidence"][0].start, k["holder_id"], k["target"], k["polarity"]))
    return [Stance(id=f"s{i}", **fields) for i, fields in enumerate(kept, 1)]


def _topic_in_text(grounder: Grounder, topic: str) -> bool:
    """Whether a topic occurs in the article as written (exact or folded, not fuzzy)."""
    found = grounder.locate(topic)
    return found is not None and found.alignment != "fuzzy"
