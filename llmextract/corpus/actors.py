"""The actors and merges tables, made from the linking and the counts of the rows written.

An actor's articles and dates come from its local actors (their article and its date, numbers the
linker keeps), its quotes from the quotes table as it was written; all in Arrow, a few columns of
one small integer per local actor.
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
from llmextract.corpus.store import NO_DAY, LocalActors
from llmextract.corpus.tables import SCHEMAS

__all__ = ["actors_table", "int32_view", "merges_table"]


def int32_view(values: Any) -> pa.Array:
    """An ``array('i')`` as an Arrow int32 array, without a copy."""
    buffer = pa.py_buffer(values)
    return pa.Array.from_buffers(pa.int32(), len(buffer) // 4, [None, buffer])


_EPOCH = dt.date(1970, 1, 1).toordinal()


def _new_presence(
    linker: LocalActors, linking: Linking, new_locals: int, kept_runs: pa.Array | None, locals_path: Path
) -> pa.Table:
    """(actor_id, articles, first_date, last_date) of the local actors this run read (the first
    ``new_locals``), but those of results a later one of their article replaced."""
    article = int32_view(linker.local_article)[:new_locals]
    day = pc.take(int32_view(linker.article_day), article)
    day = pc.if_else(pc.equal(day, NO_DAY), pa.scalar(None, pa.int32()), pc.subtract(day, _EPOCH))
    local = pa.table({"id": int32_view(linking.id_index)[:new_locals], "article": article, "day": day})
    if kept_runs is not None:
        runs = pq.read_table(str(locals_path), columns=["_run"]).column("_run").combine_chunks()
        local = local.filter(pc.is_in(runs, value_set=kept_runs))
    per_article = local.group_by(["id", "article"]).aggregate([("day", "min")])
    per_actor = per_article.group_by("id").aggregate(
        [("article", "count"), ("day_min", "min"), ("day_min", "max")]
    )
    return pa.table({
        "actor_id": pc.take(pa.array(linking.ids, pa.string()), per_actor["id"]),
        "articles": per_actor["article_count"],
        "first_date": per_actor["day_min_min"].cast(pa.int32()).cast(pa.date32()),
        "last_date": per_actor["day_min_max"].cast(pa.int32()).cast(pa.date32()),
    })  # fmt: skip


def actors_table(
    linker: LocalActors,
    linking: Linking,
    quotes: Counter[str],
    new_locals: int,
    kept_runs: pa.Array | None,
    locals_path: Path,
    old: pa.Table | None = None,
) -> pa.Table:
    """One row per corpus actor with its articles, quotes and first and last dates; the most quoted
    first. The articles and dates are those of the local actors this run read (``kept_runs``: when
    an article came twice, the results that count, their ``_run`` in ``locals_path``) added to
    ``old``, those of the existing corpus's (``state.old_presence``)."""
    presence = _new_presence(linker, linking, new_locals, kept_runs, locals_path)
    if old is not None:
        presence = pa.concat_tables([presence, old.select(presence.schema.names).cast(presence.schema)])
    summed = presence.group_by("actor_id").aggregate(
        [("articles", "sum"), ("first_date", "min"), ("last_date", "max")]
    )
    rows = []
    for cid, articles, first, last in zip(
        summed["actor_id"].to_pylist(), summed["articles_sum"].to_pylist(),
        summed["first_date_min"].to_pylist(), summed["last_date_max"].to_pylist(), strict=True,
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
