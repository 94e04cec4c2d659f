"""The batch output file: one JSON line per article, written whole, and read back to resume.

Each line goes to the file in one ``os.write`` on a descriptor opened with ``O_APPEND``, as soon
as its article finishes, so a kill -9 loses only the calls in flight, never a line already
written. If a line was cut anyway (a full disk, a power cut), resuming drops that partial last
line and redoes its article. Resuming skips ids that already have an extraction (and error
records too, unless failures are retried, in which case their error lines are removed first), so
the finished file holds each id exactly once.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from llmextract.batch.many import BatchResult
from llmextract.errors import InputError
from llmextract.utils.json_policy import JsonRefused, loads
from llmextract.utils.jsonl import read_jsonl

__all__ = ["JsonlSink", "OutputState", "prepare_output", "read_output"]


@dataclass
class OutputState:
    """What an existing output file already holds."""

    done: set[str] = field(default_factory=set)
    failed: set[str] = field(default_factory=set)
    lines: list[str] = field(default_factory=list)
    partial: bool = False


def _line_id(line: str) -> tuple[str, bool] | None:
    """(id, is_error) of one complete output line, or None when it is not a result line."""
    try:
        data = loads(line, where="output line")
    except JsonRefused:
        return None
    return _value_id(data)


def _value_id(data: Any) -> tuple[str, bool] | None:
    if not isinstance(data, dict):
        return None
    if "error" in data and "article" not in data and data.get("id"):
        return str(data["id"]), True
    article = data.get("article")
    if isinstance(article, dict) and article.get("id"):
        return str(article["id"]), False
    return None


def read_output(path: Path) -> OutputState:
    """Parse an output file (through :func:`llmextract.utils.jsonl.read_jsonl`, so a record holding
    U+2028 or U+0085 stays one record); a last line without its newline, or a last line that is
    not a result, counts as partial."""
    state = OutputState()
    if not path.exists():
        return state
    records = read_jsonl(path, strict=False)
    pending = next(records, None)
    while pending is not None:
        record, pending = pending, next(records, None)
        parsed = _value_id(record.value) if record.error is None else None
        if record.last or (parsed is None and pending is None):
            state.partial = True  # cut mid-write: dropped, and its article redone
            continue
        if record.error is not None:
            raise InputError(f"{record.where}: {record.error}; is this an llmextract output file?")
        if parsed is None:
            raise InputError(f"{record.where}: not a result line; is this an llmextract output file?")
        article_id, is_error = parsed
        (state.failed if is_error else state.done).add(article_id)
        state.lines.append(json.dumps(record.value, ensure_ascii=False, separators=(",", ":")))
    state.failed -= state.done
    return state


def prepare_output(path: Path, *, resume: bool, retry_failed: bool, overwrite: bool) -> set[str]:
    """Get ``path`` ready for appending; return the ids to skip.

    Without ``resume`` an existing non-empty file is refused (it holds paid-for work) unless
    ``overwrite``. With ``resume`` a partial last line is dropped; with ``retry_failed`` the error
    lines are dropped too and their ids are not skipped.
    """
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a .jsonl file for -o")
    if not (resume or retry_failed):
        if path.exists() and path.stat().st_size and not overwrite:
            raise InputError(
                f"{path} already exists: pass --resume to continue it, --retry-failed to redo its "
                "failures, or --overwrite to start again"
            )
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"")
        return set()
    state = read_output(path)
    keep = state.lines
    if retry_failed:
        keep = [line for line in keep if (_line_id(line) or ("", False))[1] is False]
    if state.partial or len(keep) != len(state.lines):
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text("".join(line + "\n" for line in keep), encoding="utf-8")
        os.replace(tmp, path)
    return state.done if retry_failed else state.done | state.failed


class JsonlSink:
    """Appends whole lines to a file (or writes them to stdout), flushed one by one."""

    def __init__(self, path: Path | None, stream: TextIO | None = None) -> None:
        self.path = path
        self._stream = stream if stream is not None else sys.stdout
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644) if path is not None else None

    def write(self, result: BatchResult) -> None:
        self.write_line(result.model_dump_json())

    def write_line(self, record: str) -> None:
        """One result already serialised (by a worker of a distributed engine), without its newline."""
        line = record + "\n"
        if self._fd is None:
            self._stream.write(line)
            self._stream.flush()
            return
        data = line.encode("utf-8")
        while data:
            written = os.write(self._fd, data)
            data = data[written:]

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> JsonlSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
