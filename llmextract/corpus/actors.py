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


def actors_table(
    linker: LocalActors,
    linking: Linking,
    quotes: Counter[str],
    new_locals: int,
    kept_runs: pa.Array | None,
    locals_path: Path,
) -> pa.Table:
    """One row per corpus actor with its articles, quotes and first and last dates; the most quoted
    first. ``kept_runs``: when an article came twice, the results that count (their local actors
    are the first ``new_locals``, their ``_run`` in ``locals_path``)."""
    article = int32_view(linker.local_article)
    day = pc.take(int32_view(linker.article_day), article)
    day = pc.if_else(pc.equal(day, NO_DAY), pa.scalar(None, pa.int32()), day)
    local = pa.table({"id": int32_view(linking.id_index), "article": article, "day": day})
    if kept_runs is not None:
        runs = pq.read_table(str(locals_path), columns=["_run"]).column("_run").combine_chunks()
        known = pa.array([True] * (local.num_rows - new_locals), pa.bool_())
        local = local.filter(pa.concat_arrays([pc.is_in(runs, value_set=kept_runs), known]))
    per_article = local.group_by(["id", "article"]).aggregate([("day", "min")])
    per_actor = per_article.group_by("id").aggregate(
        [("article", "count"), ("day_min", "min"), ("day_min", "max")]
    )
    rows = []
    for n, articles, first, last in zip(
        per_actor["id"].to_pylist(), per_actor["article_count"].to_pylist(),
        per_actor["day_min_min"].to_pylist(), per_actor["day_min_max"].to_pylist(), strict=True,
    ):  # fmt: skip
        actor = linking.actors[linking.ids[n]]
        rows.append(
            {"actor_id": actor.id, "name": actor.name, "type": actor.type, "aliases": actor.aliases,
             "articles": articles, "quotes": quotes.get(actor.id, 0),
             "first_date": dt.date.fromordinal(first) if first is not None else None,
             "last_date": dt.date.fromordinal(last) if last is not None else None}
        )  # fmt: skip
    rows.sort(key=lambda r: (-r["quotes"], -r["articles"], r["name"], r["actor_id"]))
    return pa.Table.from_pylist(rows, schema=SCHEMAS["actors"])


def merges_table(linking: Linking) -> pa.Table:
    return pa.Table.from_pylist(
        [{"actor_id": m.corpus_id, "canonical": m.canonical, "name": m.name, "rule": m.rule,
          "local_actors": m.local_actors} for m in linking.merges],
        schema=SCHEMAS["merges"],
    )  # fmt: skip
