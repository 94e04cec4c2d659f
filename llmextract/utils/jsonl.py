"""Reading JSONL safely for every Unicode character: records end at ``\\n`` and nowhere else.

``str.splitlines`` also breaks at U+2028, U+2029, U+0085, U+000B, U+000C and U+001C-U+001E, all
legal inside JSON strings and common in scraped news, so a record holding one was cut in two and
read as "invalid JSON". Every JSONL reader of the toolkit (article inputs, results for ``view``,
``score``, ``eval`` and resume, gold files) goes through :func:`read_jsonl`, which reads bytes and
splits on ``\\n`` only. A UTF-8 byte order mark at the start is skipped, a ``\\r`` before the
``\\n`` is dropped, blank lines are skipped, and each line is read by the one JSON policy
(:mod:`llmextract.utils.json_policy`: bounded depth and size, lone surrogates as U+FFFD). A line over
``max_bytes`` is not held in memory: it is read past and reported as bad, like any other.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from llmextract.errors import InputError
from llmextract.utils.json_policy import MAX_BYTES, JsonRefused, loads

__all__ = ["JsonlRecord", "read_jsonl"]

_BOM = b"\xef\xbb\xbf"
_SKIP = 1 << 20  # a line over the limit is read past in pieces of this size


@dataclass(frozen=True)
class JsonlRecord:
    """One non-blank line: its number, ``path:line`` for messages, and the value or why it is bad."""

    number: int
    where: str
    value: Any = None
    error: str | None = None
    last: bool = False  # the file's last line, and it has no newline: possibly cut mid-write


def read_jsonl(path: str | Path, *, strict: bool = True, max_bytes: int = MAX_BYTES) -> Iterator[JsonlRecord]:
    """The records of a JSONL file, read as a stream.

    ``strict``: a line that is not UTF-8 JSON (or is refused by the JSON policy, or is over
    ``max_bytes``) raises :class:`InputError` naming ``path:line``; otherwise it is yielded with
    ``error`` set, so a caller can turn it into an error record and go on.
    """
    p = Path(path)
    try:
        handle = p.open("rb")
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from exc
    with handle:
        number = 0
        while raw := handle.readline(max_bytes + 1):  # binary files split on b"\n" only
            number += 1
            if len(raw) > max_bytes and not raw.endswith(b"\n"):
                record = _too_long(handle, raw, f"{p}:{number}", number, max_bytes)
            else:
                if number == 1 and raw.startswith(_BOM):
                    raw = raw[len(_BOM) :]
                line = raw.rstrip(b"\n").rstrip(b"\r")
                if not line.strip():
                    continue
                record = _parse(line, f"{p}:{number}", number, max_bytes, last=not raw.endswith(b"\n"))
            if record.error is not None and strict:
                raise InputError(f"{record.where}: {record.error}")
            yield record


def _too_long(handle: BinaryIO, raw: bytes, where: str, number: int, max_bytes: int) -> JsonlRecord:
    """The record of a line over ``max_bytes``, read past without keeping it."""
    while raw and not raw.endswith(b"\n"):
        raw = handle.readline(_SKIP)
    return JsonlRecord(number, where, error=f"a line over {max_bytes:,} bytes", last=not raw)


def _parse(line: bytes, where: str, number: int, max_bytes: int, *, last: bool) -> JsonlRecord:
    try:
        value = loads(line, where=where, max_bytes=max_bytes)
    except JsonRefused as exc:
        return JsonlRecord(number, where, error=exc.reason, last=last)
    return JsonlRecord(number, where, value=value, last=last)
