"""Tables written and read a row group at a time, so no table is ever whole in memory.

:class:`RowWriter` gathers rows and writes them as one Parquet row group every
:data:`ROWS` rows (``pyarrow.parquet.ParquetWriter``); :func:`batches` reads a file back one row
group at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

__all__ = ["ROWS", "RowWriter", "batches"]

ROWS = 16384


class RowWriter:
    """Rows (tuples in the schema's column order) or whole batches to one Parquet file."""

    def __init__(self, path: Path, schema: pa.Schema) -> None:
        self.path = path
        self.schema = schema
        self.rows = 0
        self._rows: list[tuple[Any, ...]] = []
        self._writer = pq.ParquetWriter(str(path), schema, compression="zstd")

    def add(self, row: tuple[Any, ...]) -> None:
        self._rows.append(row)
        if len(self._rows) >= ROWS:
            self.flush()

    def write(self, batch: pa.RecordBatch | pa.Table) -> None:
        """Rows already in Arrow form (in this schema)."""
        self.flush()
        if batch.num_rows:
            table = batch if isinstance(batch, pa.Table) else pa.Table.from_batches([batch])
            self._writer.write_table(table.select(self.schema.names).cast(self.schema), row_group_size=ROWS)
            self.rows += batch.num_rows

    def flush(self) -> None:
        if self._rows:
            columns = zip(*self._rows, strict=True)
            arrays = [pa.array(c, type=f.type) for c, f in zip(columns, self.schema, strict=True)]
            self._writer.write_table(pa.Table.from_arrays(arrays, schema=self.schema))
            self.rows += len(self._rows)
            self._rows = []

    def close(self) -> Path:
        self.flush()
        self._writer.close()
        return self.path


def batches(path: Path, columns: list[str] | None = None) -> Iterator[pa.RecordBatch]:
    """The file's rows, one row group at a time."""
    parquet = pq.ParquetFile(str(path))
    for group in range(parquet.num_row_groups):
        yield from parquet.read_row_group(group, columns=columns).to_batches()
