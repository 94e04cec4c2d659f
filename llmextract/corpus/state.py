"""What a corpus folder keeps to be updated later without rereading its results files.

``DIR/state/linking.parquet`` holds one row per local actor: its article, its key and what the
linker compares (known-as and shown heads, aliases, links), the date of its article, and the
corpus id it was given (``apart``: an actor of that one article). ``DIR/state/corpus.json`` says in
which format the tables are and how many error records were skipped so far. The row tables are
read back from ``DIR/<table>.parquet``, or, for a CSV corpus (CSV loses types), from Parquet copies
in ``DIR/state/tables/``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from llmextract.corpus.rowgroups import batches
from llmextract.corpus.store import Known, Local
from llmextract.errors import InputError
from llmextract.utils.json_policy import JsonRefused, load_file

__all__ = ["LOCALS", "Manifest", "known_actors", "read_manifest", "rows_path", "state_dir"]

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
    """Where the Parquet rows of a row table are kept for the next update."""
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


def known_actors(out_dir: Path, replaced: pa.Array) -> Iterator[tuple[Known, dt.date | None]]:
    """The local actors of the corpus in ``out_dir`` but those of the ``replaced`` articles, with
    the dates of their articles, in the order they were written (an article's one after another)."""
    for batch in batches(state_dir(out_dir) / "linking.parquet"):
        kept = batch.filter(pc.invert(pc.is_in(batch.column("article_id"), value_set=replaced)))
        for row in kept.to_pylist():
            local = Local(
                row["article_id"], row["local_id"], row["kind"], row["key"], row["form_name"], row["name"],
                row["type"], tuple(row["aliases"] or ()), tuple(row["known_as"] or ()),
                tuple(row["heads"] or ()), tuple(row["links"] or ()),
            )  # fmt: skip
            yield Known(local, row["actor_id"], bool(row["apart"])), row["date"]
