"""An extraction as a gold line, the shape every export starts from and every import ends in.

A reviewer corrects the tool's output rather than annotating from nothing, so each export first
turns the result into the native gold form: speakers by their actor's name, spans checked against
the text, and the cue located in the text (results give the cue's words, not where they are).
"""

from __future__ import annotations

from llmextract.evaluation.gold import GoldActor, GoldArticle, GoldQuote, GoldStance
from llmextract.schema import Extraction, Quote

__all__ = ["CUE_WINDOW", "extraction_to_gold", "locate_cue"]

CUE_WINDOW = 200  # characters around a quote searched for its cue's words


def locate_cue(text: str, quote: Quote) -> tuple[int, int] | None:
    """Where the quote's cue words stand: the occurrence outside the quote nearest to it, else one
    inside it (a quote cut by its cue: "The plan, she said, works").

    None when the result gave no cue, or its words are not within ``CUE_WINDOW`` characters.
    """
    cue = (quote.cue or "").strip()
    if not cue:
        return None
    lo, hi = max(0, quote.start - CUE_WINDOW), min(len(text), quote.end + CUE_WINDOW)
    best: tuple[int, tuple[int, int]] | None = None
    pos = text.find(cue, lo, hi)
    while pos >= 0:
        end = pos + len(cue)
        inside = pos < quote.end and end > quote.start
        distance = hi if inside else quote.start - end if end <= quote.start else pos - quote.end
        if best is None or distance < best[0]:
            best = (distance, (pos, end))
        pos = text.find(cue, pos + 1, hi)
    return best[1] if best else None


def extraction_to_gold(extraction: Extraction) -> GoldArticle:
    """The result as a gold line over all three tasks; raises ValueError without the article text."""
    text = extraction.article.text
    if text is None:
        raise ValueError(f"article {extraction.article.id!r}: the result has no article text")
    names = {a.id: a.name for a in extraction.actors}
    lang = (extraction.article.metadata or {}).get("lang")
    quotes = []
    for q in sorted(extraction.quotes, key=lambda q: (q.start, q.end)):
        cue_span = locate_cue(text, q)
        quotes.append(
            GoldQuote(
                start=q.start,
                end=q.end,
                text=text[q.start : q.end],
                kind=q.kind,
                speaker=names.get(q.speaker_id or "", q.speaker),
                speaker_spans=[(q.speaker_span.start, q.speaker_span.end)] if q.speaker_span else [],
                cue=text[cue_span[0] : cue_span[1]] if cue_span else q.cue,
                cue_span=cue_span,
            )
        )
    return GoldArticle(
        id=extraction.article.id,
        text=text,
        title=extraction.article.title,
        lang=lang if isinstance(lang, str) else None,
        tasks=["quotes", "actors", "stances"],
        quotes=quotes,
        actors=[GoldActor(name=a.name, aliases=list(a.aliases), type=a.type) for a in extraction.actors],
        stances=[
            GoldStance(
                holder=names.get(s.holder_id, s.holder),
                target=names.get(s.target_id or "", s.target),
                polarity=s.polarity,
                evidence=[(e.start, e.end) for e in s.evidence],
            )
            for s in extraction.stances
        ],
    )
