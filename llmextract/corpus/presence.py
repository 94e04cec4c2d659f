"""How many articles each corpus actor is in, and its first and last dates, a batch at a time.

Millions of local actors are never grouped at once: each batch of them is reduced to one row per
actor, and those rows are summed. Local actors come an article's one after another (in the linking
state and in the linker), so an article is counted once per actor by keeping only its distinct
(actor, article) pairs; the rows of a batch's last article are held back for the next batch, where
the rest of that article may be.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.compute as pc

__all__ = ["PRESENCE", "Presence"]

PRESENCE = pa.schema(
    [
        ("actor_id", pa.string()),
        ("articles", pa.int64()),
        ("first_date", pa.date32()),
        ("last_date", pa.date32()),
    ]
)
_PARTS = 64  # summed rows kept before they are summed again


def _summed(table: pa.Table) -> pa.Table:
    grouped = table.group_by("actor_id").aggregate(
        [("articles", "sum"), ("first_date", "min"), ("last_date", "max")]
    )
    columns = [grouped[n] for n in ("actor_id", "articles_sum", "first_date_min", "last_date_max")]
    return pa.Table.from_arrays(columns, schema=PRESENCE)


class Presence:
    """Articles and dates per actor, from local actors (:meth:`add`) and from counts (:meth:`add_counted`)."""

    def __init__(self) -> None:
        self._held: pa.Table | None = None
        self._parts: list[pa.Table] = []

    def add(self, actor_id: pa.Array, article: pa.Array, date: pa.Array) -> None:
        """Local actors, an article's one after another: their corpus id, their article (any key;
        a key of another type starts other articles) and its date."""
        table = pa.table({"actor_id": actor_id, "article": article, "date": date.cast(pa.date32())})
        if self._held is not None and self._held.schema != table.schema:
            self._count(self._held)
        elif self._held is not None:
            table = pa.concat_tables([self._held, table])
        self._held = None
        if table.num_rows == 0:
            return
        last = pc.equal(table["article"], table["article"][-1])
        self._held = table.filter(last)
        self._count(table.filter(pc.invert(last)))

    def add_counted(self, table: pa.Table) -> None:
        """Rows already per actor (in :data:`PRESENCE`'s columns), from articles not added."""
        self._keep(table.select(PRESENCE.names).cast(PRESENCE))

    def table(self) -> pa.Table:
        """One row per actor: the sums of everything added."""
        if self._held is not None:
            self._count(self._held)
            self._held = None
        return _summed(pa.concat_tables(self._parts)) if self._parts else PRESENCE.empty_table()

    def _count(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        pairs = table.group_by(["actor_id", "article"]).aggregate([("date", "min")])
        per_actor = pairs.group_by("actor_id").aggregate(
            [("article", "count"), ("date_min", "min"), ("date_min", "max")]
        )
        columns = [per_actor[n] for n in ("actor_id", "article_count", "date_min_min", "date_min_max")]
        self._keep(pa.Table.from_arrays(columns, schema=PRESENCE))

    def _keep(self, table: pa.Table) -> None:
        self._parts.append(table)
        if len(self._parts) >= _PARTS:
            self._parts = [_summed(pa.concat_tables(self._parts))]
