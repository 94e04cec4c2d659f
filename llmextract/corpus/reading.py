"""Results files read as a stream: one Extraction (or one error record) per line.

A corpus can be far larger than memory, so lines are parsed one at a time and never kept;
error records (``{"id", "error"}``, as batch runs write them) are counted, not read as results.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmextract.errors import InputError
from llmextract.schema import Extraction
from llmextract.utils.jsonl import read_jsonl

__all__ = ["ResultStream"]


@dataclass
class ResultStream:
    """The extractions of ``paths`` in order; ``errors`` counts the error records passed over."""

    paths: Sequence[Path]
    errors: int = 0
    results: int = 0

    def __iter__(self) -> Iterator[Extraction]:
        for path in self.paths:
            if not path.is_file():
                raise InputError(f"{path}: no such results file")
            for line in read_jsonl(path):  # a line the JSON policy refuses: InputError naming it
                yield from self._parse(line.value, line.where)

    def _parse(self, record: Any, where: str) -> Iterator[Extraction]:
        if isinstance(record, dict) and "error" in record and "article" not in record:
            self.errors += 1
            return
        try:
            extraction = Extraction.model_validate(record)
        except ValueError as exc:
            raise InputError(f"{where}: not an extraction result: {exc}") from exc
        self.results += 1
        yield extraction
