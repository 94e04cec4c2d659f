"""Results to a corpus folder in bounded memory, from scratch or as an update.

One pass over the results (:class:`~llmextract.corpus.reading.ResultStream`, a line at a time)
writes each row table to a working Parquet file a row group at a time, with local-actor ordinals
where corpus ids will be, and gives each local actor to the linker, which keeps a few numbers per
actor (:mod:`llmextract.corpus.store`). With ``update``, the local actors of the existing corpus come
next, from its linking state (:mod:`llmextract.corpus.state`), but those of the articles the new
results replace: alike ones as one entry with a count, those the aliases file names one by one.
Then the linking runs once, and every table is written to its place a row group at
a time: the kept rows of the existing tables first, then the new rows with corpus ids for ordinals.
All files are published together at the end (:class:`~llmextract.utils.outputs.AtomicFiles`), the
state last, under a lock on the folder; a run that stops leaves the previous corpus as it was.
"""

from __future__ import annotations

import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from llmextract.corpus.actors import actors_table, add_new_presence, int32_view, merges_table
from llmextract.corpus.aliases import Aliases
from llmextract.corpus.assign import Linking
from llmextract.corpus.linking import Linker
from llmextract.corpus.presence import Presence
from llmextract.corpus.reading import ResultStream
from llmextract.corpus.rowgroups import RowWriter, batches
from llmextract.corpus.state import (
    LOCALS,
    Manifest,
    add_old_presence,
    kept_locals,
    moved_ids,
    read_manifest,
    read_old,
    rows_path,
    state_dir,
    write_namesakes,
)  # fmt: skip
from llmextract.corpus.store import Local
from llmextract.corpus.tables import (
    ORDINALS,
    ROW_TABLES,
    SCHEMAS,
    CorpusTables,
    parse_date,
    result_rows,
    working_schema,
)  # fmt: skip
from llmextract.corpus.writer import TableFormat, publish_tables
from llmextract.utils.outputs import AtomicFiles, OutputLock, output_folder

__all__ = ["BuildSummary", "build", "build_corpus"]

_NEW_LOCALS = pa.schema(
    [*(f for f in LOCALS if f.name not in {"actor_id", "apart"}), pa.field("_run", pa.int32())]
)


@dataclass(frozen=True)
class BuildSummary:
    """What a run did: results and error records read, articles replaced, local actors of the
    existing corpus the aliases file moved to another id, rows and files written."""

    results: int
    errors: int
    replaced: int
    moved: int
    articles: int
    quotes: int
    actors: int
    merges: int
    written: list[Path]


class _Run:
    """One build: the working files, the linker, and what the tables are being turned into."""

    def __init__(self, out_dir: Path, work: Path, aliases: Aliases | None, manifest: Manifest | None) -> None:
        self.out_dir, self.work, self.manifest = out_dir, work, manifest
        self.linker = Linker(aliases)
        self.writers = {
            name: RowWriter(work / f"{name}.parquet", working_schema(name)) for name in ROW_TABLES
        }
        self.locals = RowWriter(work / "locals.parquet", _NEW_LOCALS)
        self.pages: set[str] = set()
        self.new_locals = 0
        self.kept_runs: pa.Array | None = None  # when an article came twice: the results that count
        self.new_ids = pa.array([], pa.string())
        self.relinked: dict[int, tuple[str, str]] = {}  # ordinal of a known actor the aliases file names
        self.touched: set[str] = set()  # ids that had local actors in the replaced articles

    def read(self, stream: ResultStream) -> None:
        for run, ex in enumerate(stream):
            date = parse_date((ex.article.metadata or {}).get("date"))
            ordinals: dict[str, int] = {}
            for actor in ex.actors:
                local = self.linker.describe(ex.article.id, actor, ex.article.text)
                ordinals[actor.id] = self.linker.add_local(local, date)
                self.locals.add((*_local_row(local), date, run))
            for table, row in result_rows(ex, ordinals, run, self.pages):
                self.writers[table].add(row)
        self.new_locals = len(self.linker.local_sig)
        for writer in (*self.writers.values(), self.locals):
            writer.close()
        seen = pq.read_table(self.writers["articles"].path, columns=["article_id", "_run"])
        last = seen.group_by("article_id").aggregate([("_run", "max")])
        self.new_ids = last["article_id"].combine_chunks()
        if last.num_rows < seen.num_rows:
            self.kept_runs = last["_run_max"].combine_chunks()
            runs = pq.read_table(self.locals.path, columns=["_run"]).column("_run")
            gone = pc.indices_nonzero(pc.invert(pc.is_in(runs, value_set=self.kept_runs)))
            self.linker.drop(gone.to_pylist())

    def read_known(self) -> int:
        """The existing corpus's local actors, but the replaced articles': alike ones as one entry
        each, those the aliases file names one by one; returns how many articles were replaced."""
        if self.manifest is None:
            return 0
        old = read_old(self.out_dir, self.new_ids, self.linker.aliases.named_keys())
        for local, count, actor_id, apart in old.groups:
            self.linker.add_known_group(local, count, actor_id, apart)
        for known, date in old.individual:
            ordinal = self.linker.add_known(known, date)
            self.relinked[ordinal] = (known.local.article_id, known.local.local_id)
        for key, profile in old.namesakes:
            self.linker.namesakes[key].add(profile)
        self.touched = old.touched
        kept = rows_path(self.out_dir, self.manifest.table_format, "articles")
        return sum(
            pc.sum(pc.is_in(b.column("article_id"), value_set=self.new_ids)).as_py() or 0
            for b in batches(kept, ["article_id"])
        )

    def presence(self, linking: Linking, moved: dict[tuple[str, str], str]) -> pa.Table:
        """Articles and dates per actor: of the local actors read, and of the existing corpus's
        (from its actors table; counted anew for the actors that lost local actors to replaced
        articles or to the aliases file)."""
        presence = Presence()
        add_new_presence(presence, self.linker, linking, self.new_locals, self.kept_runs, self.locals.path)
        if self.manifest is not None:
            again = self.touched | set(moved.values())
            values = self.linker.values.values
            again.update(str(values[self.linker.known_of(o)]) for o in self.relinked)
            add_old_presence(presence, self.out_dir, self.manifest.table_format, self.new_ids, moved, again)
        return presence.table()

    def moved(self, linking: Linking) -> dict[tuple[str, str], str]:
        """(article, local id) -> new id, for known actors the aliases file moved."""
        moved: dict[tuple[str, str], str] = {}
        for ordinal, where in self.relinked.items():
            had = self.linker.values.values[self.linker.known_of(ordinal)]
            if linking.id_of(ordinal) != had:
                moved[where] = linking.id_of(ordinal)
        return moved


def _local_row(local: Local) -> tuple[object, ...]:
    return (local.article_id, local.local_id, local.kind, local.key, local.form_name, local.name, local.type,
            list(local.aliases), list(local.known_as), list(local.heads), list(local.links))  # fmt: skip


class _Ids:
    """Local-actor ordinals to corpus ids, a column at a time."""

    def __init__(self, linking: Linking) -> None:
        self.index = int32_view(linking.id_index)
        self.values = pa.array(linking.ids, pa.string())
        self.apart = pa.array(sorted(linking.apart), pa.string())

    def __call__(self, ordinals: pa.Array) -> pa.Array:
        return pc.take(self.values, pc.take(self.index, ordinals))


def _remap(batch: pa.RecordBatch, name: str, moved: dict[tuple[str, str], str]) -> pa.RecordBatch:
    """Old rows with the ids the aliases file moved."""
    if not moved or name not in ORDINALS:
        return batch
    columns = {n: batch.column(n) for n in batch.schema.names}
    for id_column, local_column in ORDINALS[name].items():
        columns[id_column] = moved_ids(
            moved, columns["article_id"], columns[local_column], columns[id_column]
        )
    return pa.RecordBatch.from_pydict(columns, schema=batch.schema)


def _kept(batch: pa.RecordBatch, run: _Run) -> pa.RecordBatch:
    if run.kept_runs is None:
        return batch
    return batch.filter(pc.is_in(batch.column("_run"), value_set=run.kept_runs))


def _row_table(
    run: _Run, name: str, ids: _Ids, moved: dict[tuple[str, str], str]
) -> Iterator[pa.RecordBatch]:
    """A row table's batches as they are written: kept old rows, then the new ones with ids."""
    if run.manifest is not None:
        old = rows_path(run.out_dir, run.manifest.table_format, name)
        for batch in batches(old):
            kept = batch.filter(pc.invert(pc.is_in(batch.column("article_id"), value_set=run.new_ids)))
            yield _remap(kept, name, moved)
    for batch in batches(run.writers[name].path):
        batch = _kept(batch, run)
        columns = {n: batch.column(n) for n in batch.schema.names if n != "_run"}
        for column in ORDINALS.get(name, {}):
            columns[column] = ids(columns[column])
        yield pa.RecordBatch.from_pydict(columns, schema=SCHEMAS[name])


def _state(run: _Run, ids: _Ids, moved: dict[tuple[str, str], str]) -> Iterator[pa.RecordBatch]:
    """The linking state as it is written: kept known actors, then the new ones with their ids."""
    if run.manifest is not None:
        yield from kept_locals(run.out_dir, run.new_ids, moved, ids.apart)
    offset = 0
    for batch in batches(run.locals.path):
        ordinals = pa.array(range(offset, offset + batch.num_rows), pa.int64())
        offset += batch.num_rows
        actor = ids(ordinals)
        columns = {n: batch.column(n) for n in batch.schema.names}
        columns["actor_id"], columns["apart"] = actor, pc.is_in(actor, value_set=ids.apart)
        yield _kept(pa.RecordBatch.from_pydict(columns), run).drop_columns(["_run"]).select(LOCALS.names)


def build_corpus(
    paths: Iterable[str | Path],
    out_dir: Path,
    *,
    aliases: Aliases | None = None,
    table_format: TableFormat = "parquet",
    views: str = "views/",
    update: bool = False,
) -> BuildSummary:
    """Read results JSONL files (error records are counted and passed over) into the corpus tables,
    the dashboard and the linking state in ``out_dir``; with ``update``, add them to the corpus there
    (an article it holds is replaced), keeping every corpus id it gave."""
    output_folder(out_dir)
    stream = ResultStream([Path(p) for p in paths])
    with OutputLock(out_dir / ".corpus"):
        for stale in out_dir.glob(".work-*"):  # left by a run that was killed; the lock is ours
            shutil.rmtree(stale, ignore_errors=True)
        return _build(stream, out_dir, aliases, table_format, views, update)


def _build(
    stream: ResultStream,
    out_dir: Path,
    aliases: Aliases | None,
    table_format: TableFormat,
    views: str,
    update: bool,
) -> BuildSummary:
    with tempfile.TemporaryDirectory(dir=out_dir, prefix=".work-") as tmp:
        manifest = read_manifest(out_dir) if update else None
        run = _Run(out_dir, Path(tmp), aliases, manifest)
        run.read(stream)
        replaced = run.read_known()
        linking = run.linker.link()
        ids, moved = _Ids(linking), run.moved(linking)
        with AtomicFiles() as files:
            counts: Counter[str] = Counter()
            rows: dict[str, Path] = {}
            for name in ROW_TABLES:
                target = rows_path(out_dir, table_format, name)
                writer = RowWriter(files.path(target), SCHEMAS[name])
                for batch in _row_table(run, name, ids, moved):
                    writer.write(batch)
                    if name == "quotes":
                        counts.update(_speakers(batch))
                rows[name] = writer.close()
            actors = actors_table(linking, counts, run.presence(linking, moved))
            namesakes = dict(run.linker.namesakes)
            merges = merges_table(linking)
            del run.linker  # what is left to write needs the tables only
            state = RowWriter(files.path(state_dir(out_dir) / "linking.parquet"), LOCALS)
            for batch in _state(run, ids, moved):
                state.write(batch)
            state.close()
            write_namesakes(files.path(state_dir(out_dir) / "namesakes.parquet"), namesakes)
            if table_format == "csv":  # the actors' counts, typed, for the next update
                pq.write_table(actors, str(files.path(rows_path(out_dir, table_format, "actors"))))
            errors = (manifest.errors if manifest else 0) + stream.errors
            written = publish_tables(
                files, out_dir, rows, actors, merges, table_format=table_format, views=views, errors=errors
            )
            files.write_text(state_dir(out_dir) / "corpus.json", Manifest(table_format, errors).text())
            files.commit()
    return BuildSummary(
        results=stream.results, errors=stream.errors, replaced=replaced, moved=len(moved),
        articles=pq.ParquetFile(rows_path(out_dir, table_format, "articles")).metadata.num_rows,
        quotes=pq.ParquetFile(rows_path(out_dir, table_format, "quotes")).metadata.num_rows,
        actors=actors.num_rows, merges=merges.num_rows, written=written,
    )  # fmt: skip


def _speakers(batch: pa.RecordBatch) -> Counter[str]:
    counted = pc.value_counts(batch.column("speaker_id").drop_null())
    return Counter(
        dict(zip(counted.field("values").to_pylist(), counted.field("counts").to_pylist(), strict=True))
    )


def build(paths: Iterable[str | Path], *, aliases: Aliases | None = None) -> CorpusTables:
    """The corpus tables of results JSONL files, in memory (built in a temporary folder)."""
    with tempfile.TemporaryDirectory() as tmp:
        summary = build_corpus(paths, Path(tmp), aliases=aliases)
        tables = {name: pq.read_table(str(Path(tmp) / f"{name}.parquet")) for name in SCHEMAS}
    return CorpusTables(**tables, results=summary.results, errors=summary.errors)
