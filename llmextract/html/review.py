"""The review mode of the article view: what the page needs to turn a result into a gold line.

The page edits a copy of the result in the browser (right or wrong, speaker, kind, spans, actor
merges and splits) and writes the gold v2 line itself, so reviewing needs no server. Here the
result is reduced to that copy: actors with their mentions, quotes with speaker and cue spans,
stances with holder and target. Offsets are Python ``str`` indices, as in the gold format; the
script converts them to and from the UTF-16 units the browser counts in.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from llmextract.evaluation.gold import GOLD_FORMAT_VERSION
from llmextract.export.gold_lines import locate_cue
from llmextract.html.templating import asset, script_json
from llmextract.schema import Extraction

__all__ = ["review_context", "review_data"]


def review_data(extraction: Extraction) -> dict[str, Any]:
    """The result as the review script's starting state; raises ValueError without the article text."""
    text = extraction.article.text
    if text is None:
        raise ValueError(f"article {extraction.article.id!r}: the result has no article text")
    lang = (extraction.article.metadata or {}).get("lang")
    actor_ids = {a.id for a in extraction.actors}
    found = _found(extraction, text, actor_ids)
    # Work in progress belongs to one article text and one result of it: a new extraction of the
    # same article starts afresh rather than restoring corrections made to other quotes.
    digest = hashlib.sha256(json.dumps(found, sort_keys=True).encode("utf-8")).hexdigest()[:12]
    return {
        "format": GOLD_FORMAT_VERSION,
        "storage_key": f"llmextract-review:{extraction.article.id}:{extraction.article.sha256[:16]}:{digest}",
        **found,
        "article": {
            "id": extraction.article.id,
            "title": extraction.article.title,
            "lang": lang if isinstance(lang, str) else None,
            "text": text,
        },
    }


def _found(extraction: Extraction, text: str, actor_ids: set[str]) -> dict[str, Any]:
    """The actors, quotes and stances of the result, as the script's state starts from them."""
    return {
        "actors": [
            {
                "key": a.id,
                "name": a.name,
                "type": a.type,
                "aliases": list(a.aliases),
                "mentions": [[m.start, m.end] for m in a.mentions],
            }
            for a in extraction.actors
        ],
        "quotes": [
            {
                "key": q.id,
                "start": q.start,
                "end": q.end,
                "kind": q.kind,
                "speaker": q.speaker_id if q.speaker_id in actor_ids else None,
                "speaker_name": None if q.speaker_id in actor_ids else q.speaker,
                "speaker_span": [q.speaker_span.start, q.speaker_span.end] if q.speaker_span else None,
                "cue_span": list(cue) if (cue := locate_cue(text, q)) else None,
                "cue": q.cue,
            }
            for q in sorted(extraction.quotes, key=lambda q: (q.start, q.end))
        ],
        "stances": [
            {
                "key": s.id,
                "holder": s.holder_id if s.holder_id in actor_ids else None,
                "holder_name": s.holder,
                "target": s.target_id if s.target_id in actor_ids else None,
                "topic": s.target,
                "polarity": s.polarity,
                "evidence": [[e.start, e.end] for e in s.evidence],
            }
            for s in extraction.stances
        ],
    }


def review_context(extraction: Extraction) -> dict[str, Any]:
    """What the view template adds in review mode: the state as inert JSON, the script and style."""
    return {
        "format": GOLD_FORMAT_VERSION,
        "data": script_json(review_data(extraction)),
        "js": asset("review.js"),
        "css": asset("review.css"),
    }
