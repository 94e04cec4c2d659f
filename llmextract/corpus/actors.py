"""The actors and merges tables, made from the linking and the counts of the rows written.

An actor's articles and dates come from its local actors (their article and its date, numbers the
linker keeps), summed a slice at a time (:mod:`llmextract.corpus.presence`), its quotes from the
quotes table as it was written.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from llmextract.corpus.assign import Linking
from llmextract.corpus.presence import Presence
from llmextract.corpus.store import NO_DAY, LocalActors
from llmextract.corpus.tables import SCHEMAS

__all__ = ["actors_table", "add_new_presence", "int32_view", "merges_table"]


def int32_view(values: Any) -> pa.Array:
    """An ``array('i')`` as an Arrow int32 array, without a copy."""
    buffer = pa.py_buffer(values)
    return pa.Array.from_buffers(pa.int32(), len(buffer) // 4, [None, buffer])


_EPOCH = dt.date(1970, 1, 1).toordinal()
_SLICE = 1 << 16  # local actors counted at a time


def add_new_presence(
    presence: Presence,
    linker: LocalActors,
    linking: Linking,
    new_locals: int,
    kept_runs: pa.Array | None,
    locals_path: Path,
) -> None:
    """Add the articles and dates of the local actors this run read (the linker's first
    ``new_locals``) to ``presence``, but those of results a later one of their article replaced."""
    articles = int32_view(linker.local_article)[:new_locals]
    days = int32_view(linker.article_day)
    index = int32_view(linking.id_index)
    ids = pa.array(linking.ids, pa.string())
    runs = None
    if kept_runs is not None:
        runs = pq.read_table(str(locals_path), columns=["_run"]).column("_run").combine_chunks()
    for start in range(0, new_locals, _SLICE):
        size = min(_SLICE, new_locals - start)
        article = articles.slice(start, size)
        day = pc.take(days, article)
        day = pc.if_else(pc.equal(day, NO_DAY), pa.scalar(None, pa.int32()), pc.subtract(day, _EPOCH))
        actor = pc.take(ids, index.slice(start, size))
        if runs is not None:
            kept = pc.is_in(runs.slice(start, size), value_set=kept_runs)
            actor, article, day = actor.filter(kept), article.filter(kept), day.filter(kept)
        presence.add(actor, article, day.cast(pa.int32()))


def actors_table(linking: Linking, quotes: Counter[str], presence: pa.Table) -> pa.Table:
    """One row per corpus actor with its articles, quotes and first and last dates (``presence``,
    per actor); the most quoted first."""
    summed = presence
    rows = []
    for cid, articles, first, last in zip(
        summed["actor_id"].to_pylist(), summed["articles"].to_pylist(),
        summed["first_date"].to_pylist(), summed["last_date"].to_pylist(), strict=True,
    ):  # fmt: skip
        actor = linking.actors.get(cid)
        if actor is None:  # no local actor holds the id any more
            continue
        rows.append(
            {"actor_id": actor.id, "name": actor.name, "type": actor.type, "aliases": actor.aliases,
             "articles": articles, "quotes": quotes.get(actor.id, 0), "first_date": first, "last_date": last}
        )  # fmt: skip
    rows.sort(key=lambda r: (-r["quotes"], -r["articles"], r["name"], r["actor_id"]))
    return pa.Table.from_pylist(rows, schema=SCHEMAS["actors"])


def merges_table(linking: Linking) -> pa.Table:
    return pa.Table.from_pylist(
        [{"actor_id": m.corpus_id, "canonical": m.canonical, "name": m.name, "rule": m.rule,
          "local_actors": m.local_actors} for m in linking.merges],
        schema=SCHEMAS["merges"],
    )  # fmt: skip
