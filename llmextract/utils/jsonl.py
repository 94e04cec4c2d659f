"""Reading JSONL safely for every Unicode character: records end at ``\\n`` and nowhere else.

``str.splitlines`` also breaks at U+2028, U+2029, U+0085, U+000B, U+000C and U+001C-U+001E, all
legal inside JSON strings and common in scraped news, so a record holding one was cut in two and
read as "invalid JSON". Every JSONL reader of the toolkit (article inputs, results for ``view``,
``score``, ``eval`` and resume, gold files) goes through :func:`read_jsonl`, which reads bytes and
splits on ``\\n`` only. A UTF-8 byte order mark at the start is skipped, a ``\\r`` before the
``\\n`` is dropped, blank lines are skipped, and a string holding a lone surrogate (legal as a JSON
escape such as ``"\\ud800"``, but no character: it cannot be written as UTF-8) has it replaced by
U+FFFD, one code point for one, so offsets into the text stay right.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmextract.errors import InputError

__all__ = ["JsonlRecord", "read_jsonl"]

_BOM = b"\xef\xbb\xbf"
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class JsonlRecord:
    """One non-blank line: its number, ``path:line`` for messages, and the value or why it is bad."""

    number: int
    where: str
    value: Any = None
    error: str | None = None
    last: bool = False  # the file's last line, and it has no newline: possibly cut mid-write


def read_jsonl(path: str | Path, *, strict: bool = True) -> Iterator[JsonlRecord]:
    """The records of a JSONL file, read as a stream.

    ``strict``: a line that is not UTF-8 JSON raises :class:`InputError` naming ``path:line``;
    otherwise it is yielded with ``error`` set, so a caller can turn it into an error record and go on.
    """
    p = Path(path)
    try:
        handle = p.open("rb")
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from exc
    with handle:
        for number, raw in enumerate(handle, 1):  # binary files split on b"\n" only
            if number == 1 and raw.startswith(_BOM):
                raw = raw[len(_BOM) :]
            ended = raw.endswith(b"\n")
            line = raw.rstrip(b"\n").rstrip(b"\r")
            if not line.strip():
                continue
            record = _parse(line, f"{p}:{number}", number, last=not ended)
            if record.error is not None and strict:
                raise InputError(f"{record.where}: {record.error}")
            yield record


def _parse(line: bytes, where: str, number: int, *, last: bool) -> JsonlRecord:
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return JsonlRecord(number, where, error=f"not valid UTF-8 (byte {exc.start})", last=last)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return JsonlRecord(number, where, error=f"invalid JSON ({exc.msg}, column {exc.colno})", last=last)
    return JsonlRecord(number, where, value=_no_surrogates(value), last=last)


def _no_surrogates(value: Any) -> Any:
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value
    if isinstance(value, list):
        return [_no_surrogates(v) for v in value]
    if isinstance(value, dict):
        return {_no_surrogates(k): _no_surrogates(v) for k, v in value.items()}
    return value
