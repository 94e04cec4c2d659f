"""The batch output file: one JSON line per article, written whole, and read back to resume.

Each line goes to the file in one ``os.write`` on a descriptor opened with ``O_APPEND``
(:class:`llmextract.utils.outputs.AppendFile`: redacted, no symlink followed), as soon
as its article finishes, so a kill -9 loses only the calls in flight, never a line already
written. If a line was cut anyway (a full disk, a power cut), resuming drops that partial last
line and redoes its article. Resuming skips ids that already have an extraction (and error
records too, unless failures are retried, in which case their error lines are removed first), so
the finished file holds each id exactly once.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from llmextract.batch.many import BatchResult
from llmextract.errors import InputError
from llmextract.utils.json_policy import JsonRefused, loads
from llmextract.utils.jsonl import read_jsonl
from llmextract.utils.neutralise import json_text
from llmextract.utils.outputs import AppendFile, OutputLock, write_bytes, write_text
from llmextract.utils.redaction import redact

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
    lines are dropped too and their ids are not skipped. Call it while holding the output's lock
    (:class:`JsonlSink` takes it).
    """
    if path.is_dir():
        raise InputError(f"{path}: is a folder; give a .jsonl file for -o")
    if not (resume or retry_failed):
        if path.exists() and path.stat().st_size and not overwrite:
            raise InputError(
                f"{path} already exists: pass --resume to continue it, --retry-failed to redo its "
                "failures, or --overwrite to start again"
            )
        write_bytes(path, b"", secret_free=True)
        return set()
    state = read_output(path)
    keep = state.lines
    if retry_failed:
        keep = [line for line in keep if (_line_id(line) or ("", False))[1] is False]
    if state.partial or len(keep) != len(state.lines) or path.is_symlink():
        write_text(path, "".join(line + "\n" for line in keep))
    return state.done if retry_failed else state.done | state.failed


class JsonlSink:
    """Appends whole lines to a file (or writes them to stdout), flushed one by one.

    A file output is locked from construction to :meth:`close`: a second run on the same file
    fails at once (:class:`~llmextract.errors.OutputError`, exit 2). Lines are redacted on the way out.
    """

    def __init__(self, path: Path | None, stream: TextIO | None = None) -> None:
        self.path = path
        self._stream = stream if stream is not None else sys.stdout
        self._lock = OutputLock(path).acquire() if path is not None else None
        self._file: AppendFile | None = None

    def prepare(self, *, resume: bool, retry_failed: bool, overwrite: bool) -> set[str]:
        """:func:`prepare_output` under this sink's lock; returns the ids to skip."""
        if self.path is None:
            return set()
        skip = prepare_output(self.path, resume=resume, retry_failed=retry_failed, overwrite=overwrite)
        self._file = AppendFile(self.path)
        return skip

    def write(self, result: BatchResult) -> None:
        self.write_line(result.model_dump_json())

    def write_line(self, record: str) -> None:
        """One result already serialised (by a worker of a distributed engine), without its newline."""
        if self.path is None:  # stdout may be a terminal: nothing in the line may act on it
            self._stream.write(json_text(redact(record) + "\n"))
            self._stream.flush()
            return
        if self._file is None:  # opened after prepare, which may have replaced the file
            self._file = AppendFile(self.path)
        self._file.append(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> JsonlSink:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
