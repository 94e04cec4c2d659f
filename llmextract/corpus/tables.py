"""The corpus tables: articles, quotes, actors, article_actors, stances, merges; and the rows one
result gives them.

While results are read, speakers and stance actors are not yet corpus actors: their columns hold
the ordinal of the local actor (:data:`ORDINALS`), replaced by corpus ids once the linking has run
over the whole corpus (:mod:`llmextract.corpus.build`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import pyarrow as pa

from llmextract.html.view import safe_filename
from llmextract.schema import Extraction

__all__ = ["ORDINALS", "ROW_TABLES", "SCHEMAS", "CorpusTables", "parse_date", "result_rows", "working_schema"]

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("article_id", pa.string()),
            ("date", pa.date32()),
            ("source", pa.string()),
            ("url", pa.string()),
            ("lang", pa.string()),
            ("title", pa.string()),
            ("chars", pa.int64()),
            ("actors", pa.int64()),
            ("quotes", pa.int64()),
            ("stances", pa.int64()),
            ("model", pa.string()),
            ("page", pa.string()),
        ]
    ),
    "quotes": pa.schema(
        [
            ("article_id", pa.string()),
            ("quote_id", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("text", pa.string()),
            ("kind", pa.string()),
            ("cue", pa.string()),
            ("speaker", pa.string()),
            ("speaker_local_id", pa.string()),
            ("speaker_id", pa.string()),
            ("date", pa.date32()),
            ("source", pa.string()),
        ]
    ),
    "actors": pa.schema(
        [
            ("actor_id", pa.string()),
            ("name", pa.string()),
            ("type", pa.string()),
            ("aliases", pa.list_(pa.string())),
            ("articles", pa.int64()),
            ("quotes", pa.int64()),
            ("first_date", pa.date32()),
            ("last_date", pa.date32()),
        ]
    ),
    "article_actors": pa.schema(
        [
            ("article_id", pa.string()),
            ("local_id", pa.string()),
            ("actor_id", pa.string()),
            ("name", pa.string()),
        ]
    ),
    "stances": pa.schema(
        [
            ("article_id", pa.string()),
            ("stance_id", pa.string()),
            ("holder_local_id", pa.string()),
            ("holder_id", pa.string()),
            ("holder", pa.string()),
            ("target_local_id", pa.string()),
            ("target_id", pa.string()),
            ("target", pa.string()),
            ("polarity", pa.string()),
            ("evidence", pa.string()),
            ("quote_id", pa.string()),
        ]
    ),
    "merges": pa.schema(
        [
            ("actor_id", pa.string()),
            ("canonical", pa.string()),
            ("name", pa.string()),
            ("rule", pa.string()),
            ("local_actors", pa.int64()),
        ]
    ),
}
#: The tables made of the results' rows (the others are made from the linking).
ROW_TABLES = ("articles", "quotes", "article_actors", "stances")
#: Column holding a corpus id -> the column of the same row holding the local id it is for.
ORDINALS = {
    "quotes": {"speaker_id": "speaker_local_id"},
    "article_actors": {"actor_id": "local_id"},
    "stances": {"holder_id": "holder_local_id", "target_id": "target_local_id"},
}


def working_schema(name: str) -> pa.Schema:
    """A row table as it is written while reading: local-actor ordinals for corpus ids, and ``_run``,
    the number of the result in this run (a later result of one article replaces an earlier one)."""
    ordinals = ORDINALS.get(name, {})
    fields = [pa.field(f.name, pa.int64()) if f.name in ordinals else f for f in SCHEMAS[name]]
    return pa.schema([*fields, pa.field("_run", pa.int32())])


@dataclass(frozen=True)
class CorpusTables:
    """The six tables, plus how many results and error records were read."""

    articles: pa.Table
    quotes: pa.Table
    actors: pa.Table
    article_actors: pa.Table
    stances: pa.Table
    merges: pa.Table
    results: int
    errors: int

    def named(self) -> dict[str, pa.Table]:
        return {name: getattr(self, name) for name in SCHEMAS}


def parse_date(value: Any) -> dt.date | None:
    """A ``YYYY-MM-DD`` date at the start of a metadata value ("2016-09-12T08:00Z" too), else None."""
    match = _DATE.match(value) if isinstance(value, str) else None
    if match is None:
        return None
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        return None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _evidence(extraction: Extraction, spans: Iterable[tuple[int, int]]) -> str | None:
    text = extraction.article.text
    return None if text is None else " … ".join(text[a:b] for a, b in spans)


def result_rows(
    ex: Extraction, ordinals: dict[str, int], run: int, pages: set[str]
) -> Iterator[tuple[str, tuple[Any, ...]]]:
    """(table, row) for every row one result gives, in the working schemas; ``ordinals``: its
    local actor ids -> their ordinals; ``pages``: the page names given out so far (updated)."""
    art = ex.article
    meta = art.metadata or {}
    date, source = parse_date(meta.get("date")), _text(meta.get("source"))
    page = safe_filename(art.id, pages) + ".html"  # as ``llmextract view`` names it
    yield "articles", (
        art.id, date, source, _text(meta.get("url")), _text(meta.get("lang")), art.title, art.chars,
        len(ex.actors), len(ex.quotes), len(ex.stances), ex.provenance.model, page, run,
    )  # fmt: skip
    for actor in ex.actors:
        yield "article_actors", (art.id, actor.id, ordinals[actor.id], actor.name, run)
    for q in ex.quotes:
        yield "quotes", (
            art.id, q.id, q.start, q.end, q.text, q.kind, q.cue, q.speaker, q.speaker_id,
            ordinals.get(q.speaker_id or ""), date, source, run,
        )  # fmt: skip
    for s in ex.stances:
        yield "stances", (
            art.id, s.id, s.holder_id, ordinals.get(s.holder_id), s.holder, s.target_id,
            ordinals.get(s.target_id or ""), s.target, s.polarity,
            _evidence(ex, ((e.start, e.end) for e in s.evidence)), s.quote_id, run,
        )  # fmt: skip
