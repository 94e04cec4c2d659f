"""Corpus tables to files: Parquet (typed, compressed, what DuckDB and pandas read) or CSV, and the
dashboard next to them.

CSV is opened by spreadsheets, which evaluate a cell that starts like a formula: every text cell
passes :func:`~llmextract.utils.neutralise.csv_table` (OWASP's rule); numbers stay numbers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

from llmextract.corpus.dashboard import render_dashboard
from llmextract.corpus.tables import CorpusTables
from llmextract.utils.neutralise import csv_table
from llmextract.utils.outputs import output_folder, write_bytes, write_text

__all__ = ["TableFormat", "write_corpus"]

TableFormat = Literal["parquet", "csv"]


def _flat(table: pa.Table) -> pa.Table:
    """CSV has no lists: a list column becomes its items joined by "; "."""
    for i, column in enumerate(table.schema):
        if pa.types.is_list(column.type):
            joined = pc.binary_join(table[column.name], "; ")
            table = table.set_column(i, column.name, joined)
    return table


def write_corpus(
    tables: CorpusTables, out_dir: Path, *, table_format: TableFormat = "parquet", views: str = "views/"
) -> list[Path]:
    """Write each table as ``out_dir/<name>.parquet`` (or ``.csv``) and ``out_dir/index.html``.

    ``views`` is where the dashboard looks for the article pages of ``llmextract view``, relative to
    ``out_dir``. Returns the files written, the dashboard last.
    """
    output_folder(out_dir)
    written: list[Path] = []
    for name, table in tables.named().items():
        path = out_dir / f"{name}.{table_format}"
        buffer = pa.BufferOutputStream()
        if table_format == "parquet":
            pq.write_table(table, buffer)
        else:
            pacsv.write_csv(csv_table(_flat(table)), buffer)
        write_bytes(path, buffer.getvalue().to_pybytes())  # CSV is redacted; Parquet is binary
        written.append(path)
    index = out_dir / "index.html"
    write_text(index, render_dashboard(tables, views=views))
    written.append(index)
    return written
