"""What a corpus folder keeps to be updated later without rereading its results files.

``DIR/state/linking.parquet`` holds one row per local actor: its article, its key and what the
linker compares (known-as and shown heads, aliases, links), the date of its article, and the
corpus id it was given (``apart``: an actor of that one article); ``namesakes.parquet`` the role sets
of namesakes met in one article. ``DIR/state/corpus.json`` says in
which format the tables are and how many error records were skipped so far. The row tables are
read back from ``DIR/<table>.parquet``, or, for a CSV corpus (CSV loses types), from Parquet copies
in ``DIR/state/tables/``; so is the actors table, for the counts of actors an update leaves alone.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from llmextract.corpus.presence import PRESENCE, Presence
from llmextract.corpus.rowgroups import batches
from llmextract.corpus.store import Known, Local
from llmextract.errors import InputError
from llmextract.utils.json_policy import JsonRefused, load_file

__all__ = [
    "LOCALS", "Manifest", "OldCorpus", "add_old_presence", "kept_locals", "moved_ids", "read_manifest",
    "read_old", "rows_path", "state_dir", "write_namesakes",
]  # fmt: skip

STATE_VERSION = 1
_LIST = pa.list_(pa.string())
#: The linking state: one row per local actor.
LOCALS = pa.schema(
    [
        ("article_id", pa.string()),
        ("local_id", pa.string()),
        ("kind", pa.string()),
        ("key", pa.string()),
        ("form_name", pa.string()),
        ("name", pa.string()),
        ("type", pa.string()),
        ("aliases", _LIST),
        ("known_as", _LIST),
        ("heads", _LIST),
        ("links", _LIST),
        ("date", pa.date32()),
        ("actor_id", pa.string()),
        ("apart", pa.bool_()),
    ]
)


@dataclass(frozen=True)
class Manifest:
    table_format: str
    errors: int = 0
    version: int = STATE_VERSION

    def text(self) -> str:
        return (
            json.dumps({"format": self.table_format, "errors": self.errors, "version": self.version}) + "\n"
        )


def state_dir(out_dir: Path) -> Path:
    return out_dir / "state"


def rows_path(out_dir: Path, table_format: str, name: str) -> Path:
    """Where the Parquet rows of a row table (or of the actors) are kept for the next update."""
    return (
        out_dir / f"{name}.parquet"
        if table_format == "parquet"
        else state_dir(out_dir) / "tables" / f"{name}.parquet"
    )


def read_manifest(out_dir: Path) -> Manifest | None:
    """The folder's manifest; None for a folder that holds no corpus; InputError for one whose
    corpus cannot be updated (made before linking states were kept, or damaged)."""
    path = state_dir(out_dir) / "corpus.json"
    if not path.is_file():
        if any(out_dir.glob("article_actors.*")):
            raise InputError(
                f"{out_dir}: the corpus there keeps no linking state; build it again without --update"
            )
        return None
    try:
        data = load_file(path)
    except JsonRefused as exc:
        raise InputError(f"{path}: cannot read the corpus state ({exc.reason})") from exc
    if (
        not isinstance(data, dict)
        or data.get("version") != STATE_VERSION
        or data.get("format") not in {"parquet", "csv"}
    ):
        raise InputError(
            f"{path}: not a corpus state this version can update; build it again without --update"
        )
    if not (state_dir(out_dir) / "linking.parquet").is_file():
        raise InputError(
            f"{out_dir}: state/linking.parquet is missing; build the corpus again without --update"
        )
    errors = data.get("errors", 0)
    return Manifest(str(data["format"]), errors if isinstance(errors, int) else 0)


_SEP = "\x1f"
_LISTS = ("aliases", "known_as", "heads", "links")
_ALIKE = ["kind", "key", "form_name", "name", "type", *(f"{c}_" for c in _LISTS), "actor_id", "apart"]
NAMESAKES = pa.schema([("key", pa.string()), ("known_as", _LIST)])


@dataclass
class OldCorpus:
    """The existing corpus's local actors but those of replaced articles: ``groups`` of alike ones
    (``Local`` without article, how many, id, apart), ``individual`` ones (those the aliases file
    names, with their articles' dates), the ids that had local actors in the replaced articles, and
    the namesakes' role sets."""

    groups: list[tuple[Local, int, str, bool]]
    individual: list[tuple[Known, dt.date | None]]
    touched: set[str]
    namesakes: list[tuple[str, frozenset[str]]]


def _split(joined: str) -> tuple[str, ...]:
    return tuple(joined.split(_SEP)) if joined else ()


def _local(row: dict[str, Any], article: str = "", local_id: str = "", lists: str = "") -> Local:
    values = [row[c + lists] for c in _LISTS]
    parts = [_split(v) if lists else tuple(v or ()) for v in values]
    return Local(
        article, local_id, row["kind"], row["key"], row["form_name"], row["name"], row["type"], *parts
    )


def read_old(out_dir: Path, replaced: pa.Array, named: set[str]) -> OldCorpus:
    """The existing corpus's linking state, read a row group at a time and grouped in Arrow."""
    counts: Counter[tuple[Any, ...]] = Counter()
    individual: list[tuple[Known, dt.date | None]] = []
    touched: set[str] = set()
    keep_named = pa.array(sorted(named), pa.string())
    for batch in batches(state_dir(out_dir) / "linking.parquet"):
        gone = pc.is_in(batch.column("article_id"), value_set=replaced)
        touched.update(pc.unique(batch.filter(gone).column("actor_id")).to_pylist())
        kept = pa.Table.from_batches([batch.filter(pc.invert(gone))])
        by_name = pc.is_in(kept.column("key"), value_set=keep_named)
        for row in kept.filter(by_name).to_pylist():
            local = _local(row, row["article_id"], row["local_id"])
            individual.append((Known(local, row["actor_id"], bool(row["apart"])), row["date"]))
        alike = kept.filter(pc.invert(by_name))
        for c in _LISTS:
            alike = alike.append_column(f"{c}_", pc.binary_join(alike.column(c), _SEP))
        grouped = alike.group_by(_ALIKE).aggregate([("article_id", "count")])
        for row in grouped.to_pylist():
            counts[tuple(row[c] for c in _ALIKE)] += row["article_id_count"]
    groups = []
    for values, n in counts.items():
        row = dict(zip(_ALIKE, values, strict=True))
        groups.append((_local(row, lists="_"), n, row["actor_id"], bool(row["apart"])))
    path = state_dir(out_dir) / "namesakes.parquet"
    namesakes = pq.read_table(str(path)).to_pylist() if path.is_file() else []
    return OldCorpus(groups, individual, touched, [(r["key"], frozenset(r["known_as"])) for r in namesakes])


def moved_ids(
    moved: dict[tuple[str, str], str], article: pa.Array, local: pa.Array, current: pa.Array
) -> pa.Array:
    """``current`` ids with those of the (article, local id) pairs the aliases file ``moved``."""
    if not moved:
        return current
    pairs = pa.array([a + _SEP + loc for a, loc in moved], pa.string())
    keys = pc.binary_join_element_wise(article, pc.fill_null(local, ""), _SEP)
    new = pc.take(pa.array(list(moved.values()), pa.string()), pc.index_in(keys, value_set=pairs))
    return pc.coalesce(new, current)


def kept_locals(
    out_dir: Path, replaced: pa.Array, moved: dict[tuple[str, str], str], apart: pa.Array | None = None
) -> Iterator[pa.RecordBatch]:
    """The linking state's rows but the replaced articles', with the ids the aliases file moved
    (and, given the ids now kept ``apart``, whether a moved one is)."""
    for batch in batches(state_dir(out_dir) / "linking.parquet"):
        kept = batch.filter(pc.invert(pc.is_in(batch.column("article_id"), value_set=replaced)))
        if moved:
            had = kept.column("actor_id")
            ids = moved_ids(moved, kept.column("article_id"), kept.column("local_id"), had)
            columns = {n: kept.column(n) for n in LOCALS.names}
            columns["actor_id"] = ids
            if apart is not None:
                now = pc.is_in(ids, value_set=apart)
                columns["apart"] = pc.if_else(pc.equal(ids, had), columns["apart"], now)
            kept = pa.RecordBatch.from_pydict(columns, schema=LOCALS)
        yield kept


def add_old_presence(
    presence: Presence,
    out_dir: Path,
    table_format: str,
    replaced: pa.Array,
    moved: dict[tuple[str, str], str],
    again: set[str],
) -> None:
    """Add the articles and dates of the kept local actors of the existing corpus to ``presence``:
    from its actors table, but for the actors in ``again`` (they lost or gained local actors),
    counted anew from the state, a row group at a time."""
    redo = pa.array(sorted(again), pa.string())
    actors = pq.read_table(str(rows_path(out_dir, table_format, "actors")), columns=PRESENCE.names)
    presence.add_counted(actors.filter(pc.invert(pc.is_in(actors["actor_id"], value_set=redo))))
    for batch in kept_locals(out_dir, replaced, moved):
        mine = batch.filter(pc.is_in(batch.column("actor_id"), value_set=redo))
        presence.add(mine.column("actor_id"), mine.column("article_id"), mine.column("date"))


def write_namesakes(path: Path, namesakes: dict[str, set[frozenset[str]]]) -> None:
    rows = [{"key": k, "known_as": sorted(p)} for k, profiles in sorted(namesakes.items()) for p in profiles]
    pq.write_table(pa.Table.from_pylist(rows, schema=NAMESAKES), str(path))
