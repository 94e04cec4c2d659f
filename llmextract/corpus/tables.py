"""The corpus as Arrow tables: articles, quotes, actors, article_actors, stances, merges.

Results are read once, as a stream; rows go to column buffers that turn into compact Arrow record
batches every few thousand rows, so no Extraction is kept. Speakers and stance actors are stored
as ordinals of the local actors until the linking has run over the whole corpus, then replaced by
corpus ids with one ``take``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

from llmextract.corpus.aliases import Aliases
from llmextract.corpus.linking import Linker, Linking
from llmextract.corpus.reading import ResultStream
from llmextract.html.view import safe_filename
from llmextract.schema import Extraction

__all__ = ["SCHEMAS", "CorpusTables", "build"]

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_FLUSH = 8192

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
            ("holder_id", pa.string()),
            ("holder", pa.string()),
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
# columns holding local-actor ordinals while reading, replaced by corpus ids at the end
_ORDINALS = {"quotes": {"speaker_id"}, "article_actors": {"actor_id"}, "stances": {"holder_id", "target_id"}}


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


class _Buffer:
    """Rows of one table, flushed into Arrow record batches as they come."""

    def __init__(self, name: str) -> None:
        self.name = name
        ordinals = _ORDINALS.get(name, set())
        self.schema = pa.schema(
            [pa.field(f.name, pa.int64()) if f.name in ordinals else f for f in SCHEMAS[name]]
        )
        self.columns: dict[str, list[Any]] = {n: [] for n in self.schema.names}
        self.batches: list[pa.RecordBatch] = []

    def add(self, *values: Any) -> None:
        for column, value in zip(self.columns.values(), values, strict=True):
            column.append(value)
        if len(self.columns[self.schema.names[0]]) >= _FLUSH:
            self.flush()

    def flush(self) -> None:
        if self.columns[self.schema.names[0]]:
            self.batches.append(pa.RecordBatch.from_pydict(self.columns, schema=self.schema))
            self.columns = {n: [] for n in self.schema.names}

    def table(self, ids: pa.Array) -> pa.Table:
        self.flush()
        table = pa.Table.from_batches(self.batches, schema=self.schema)
        for column in _ORDINALS.get(self.name, ()):
            position = table.schema.get_field_index(column)
            table = table.set_column(position, column, pc.take(ids, table[column]))
        return table.cast(SCHEMAS[self.name])


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


class _Builder:
    def __init__(self, aliases: Aliases | None) -> None:
        self.linker = Linker(aliases)
        self.buffers = {name: _Buffer(name) for name in SCHEMAS if name not in {"actors", "merges"}}
        self.pages: set[str] = set()
        self.article_dates: list[dt.date | None] = []

    def add(self, ex: Extraction) -> None:
        art = ex.article
        meta = art.metadata or {}
        date, source = parse_date(meta.get("date")), _text(meta.get("source"))
        page = safe_filename(art.id, self.pages) + ".html"  # as ``llmextract view`` names it
        self.buffers["articles"].add(
            art.id, date, source, _text(meta.get("url")), _text(meta.get("lang")), art.title, art.chars,
            len(ex.actors), len(ex.quotes), len(ex.stances), ex.provenance.model, page,
        )  # fmt: skip
        local: dict[str, int] = {}
        for actor in ex.actors:
            local[actor.id] = ordinal = self.linker.add(art.id, actor, art.text)
            self.article_dates.append(date)
            self.buffers["article_actors"].add(art.id, actor.id, ordinal, actor.name)
        for q in ex.quotes:
            self.buffers["quotes"].add(
                art.id, q.id, q.start, q.end, q.text, q.kind, q.cue, q.speaker, q.speaker_id,
                local.get(q.speaker_id or ""), date, source,
            )  # fmt: skip
        for s in ex.stances:
            self.buffers["stances"].add(
                art.id, s.id, local.get(s.holder_id), s.holder, local.get(s.target_id or ""), s.target,
                s.polarity, _evidence(ex, ((e.start, e.end) for e in s.evidence)), s.quote_id,
            )  # fmt: skip

    def finish(self, stream: ResultStream) -> CorpusTables:
        linking = self.linker.link()
        ids = pa.array([linking.id_of(i) for i in range(len(linking.id_index))], pa.string())
        tables = {name: buffer.table(ids) for name, buffer in self.buffers.items()}
        return CorpusTables(
            articles=tables["articles"],
            quotes=tables["quotes"],
            actors=self._actors(linking, ids, tables["quotes"]),
            article_actors=tables["article_actors"],
            stances=tables["stances"],
            merges=pa.Table.from_pylist(
                [{"actor_id": m.corpus_id, "canonical": m.canonical, "name": m.name, "rule": m.rule,
                  "local_actors": m.local_actors} for m in linking.merges],
                schema=SCHEMAS["merges"],
            ),
            results=stream.results,
            errors=stream.errors,
        )  # fmt: skip

    def _actors(self, linking: Linking, ids: pa.Array, quotes: pa.Table) -> pa.Table:
        present = pa.table(
            {"actor_id": ids,
             "article": pa.array([self.linker.articles[a] for a in self.linker.local_article], pa.string()),
             "date": pa.array(self.article_dates, pa.date32())}
        ).group_by("actor_id").aggregate(
            [("article", "count_distinct"), ("date", "min"), ("date", "max")]
        )  # fmt: skip
        spoken = quotes.group_by("speaker_id").aggregate([("quote_id", "count")])
        said = dict(zip(spoken["speaker_id"].to_pylist(), spoken["quote_id_count"].to_pylist(), strict=True))
        rows = []
        for cid, articles, first, last in zip(
            present["actor_id"].to_pylist(), present["article_count_distinct"].to_pylist(),
            present["date_min"].to_pylist(), present["date_max"].to_pylist(), strict=True,
        ):  # fmt: skip
            actor = linking.actors[cid]
            rows.append(
                {"actor_id": cid, "name": actor.name, "type": actor.type, "aliases": actor.aliases,
                 "articles": articles, "quotes": said.get(cid, 0), "first_date": first, "last_date": last}
            )  # fmt: skip
        rows.sort(key=lambda r: (-r["quotes"], -r["articles"], r["name"], r["actor_id"]))
        return pa.Table.from_pylist(rows, schema=SCHEMAS["actors"])


def build(paths: Iterable[str | Path], *, aliases: Aliases | None = None) -> CorpusTables:
    """Read results JSONL files (error records are counted and passed over) into corpus tables."""
    stream = ResultStream([Path(p) for p in paths])
    builder = _Builder(aliases)
    for extraction in stream:
        builder.add(extraction)
    return builder.finish(stream)
