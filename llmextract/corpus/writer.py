"""Corpus tables to files: Parquet (typed, compressed, what DuckDB and pandas read) or CSV, and the
dashboard next to them, all through :class:`~llmextract.utils.outputs.AtomicFiles`.

CSV is opened by spreadsheets, which evaluate a cell that starts like a formula: every text cell
passes :func:`~llmextract.utils.neutralise.csv_table` (OWASP's rule); numbers stay numbers. CSV is
written a row group at a time, each chunk redacted; Parquet is binary.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Literal

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from llmextract.corpus.dashboard import DashboardData, render_dashboard
from llmextract.corpus.rowgroups import batches
from llmextract.corpus.tables import SCHEMAS, CorpusTables
from llmextract.utils.neutralise import csv_table
from llmextract.utils.outputs import AtomicFiles, output_folder, redact_bytes

__all__ = ["TableFormat", "publish_tables", "write_corpus"]

TableFormat = Literal["parquet", "csv"]


def _flat(table: pa.Table) -> pa.Table:
    """CSV has no lists: a list column becomes its items joined by "; "."""
    for i, column in enumerate(table.schema):
        if pa.types.is_list(column.type):
            joined = pc.binary_join(table[column.name], "; ")
            table = table.set_column(i, column.name, joined)
    return table


def _write_csv(path: Path, parts: Iterable[pa.Table | pa.RecordBatch], schema: pa.Schema) -> None:
    """CSV of the parts, one chunk each (the header with the first), each chunk redacted."""
    with path.open("wb") as out:
        header = True
        for part in (*parts, schema.empty_table()):
            table = part if isinstance(part, pa.Table) else pa.Table.from_batches([part])
            if table.num_rows == 0 and not header:
                continue
            buffer = pa.BufferOutputStream()
            options = pacsv.WriteOptions(include_header=header)
            pacsv.write_csv(csv_table(_flat(table.cast(schema))), buffer, write_options=options)
            out.write(redact_bytes(buffer.getvalue().to_pybytes()))
            header = False


def _write_table(files: AtomicFiles, target: Path, table: pa.Table, table_format: TableFormat) -> Path:
    tmp = files.path(target)
    if table_format == "parquet":
        pq.write_table(table, str(tmp), compression="zstd")
    else:
        _write_csv(tmp, [table], table.schema)
    return target


def publish_tables(
    files: AtomicFiles,
    out_dir: Path,
    rows: dict[str, Path],
    actors: pa.Table,
    merges: pa.Table,
    *,
    table_format: TableFormat,
    views: str,
    errors: int,
) -> list[Path]:
    """Add the tables and the dashboard to ``files``: ``rows`` are the row tables' Parquet files as
    written (in their place for a Parquet corpus; copied to CSV otherwise). Returns the targets,
    the dashboard last."""
    written: list[Path] = []
    for name in SCHEMAS:
        target = out_dir / f"{name}.{table_format}"
        if name in rows and table_format == "csv":
            _write_csv(files.path(target), batches(rows[name]), SCHEMAS[name])
        elif name not in rows:
            _write_table(files, target, actors if name == "actors" else merges, table_format)
        written.append(target)
    data = DashboardData.of_files(rows, actors, errors, merges)
    index = out_dir / "index.html"
    files.write_text(index, render_dashboard(data, views=views))
    return [*written, index]


def write_corpus(
    tables: CorpusTables, out_dir: Path, *, table_format: TableFormat = "parquet", views: str = "views/"
) -> list[Path]:
    """Write tables already in memory as ``out_dir/<name>.parquet`` (or ``.csv``) and
    ``out_dir/index.html``; ``views``: where the dashboard finds the article pages of ``llmextract
    view``, relative to ``out_dir``. Returns the files written, the dashboard last."""
    output_folder(out_dir)
    with AtomicFiles() as files:
        written = [
            _write_table(files, out_dir / f"{name}.{table_format}", table, table_format)
            for name, table in tables.named().items()
        ]
        index = out_dir / "index.html"
        files.write_text(index, render_dashboard(DashboardData.of_tables(tables), views=views))
        files.commit()
    return [*written, index]
