"""One JSON reading policy for every reader of outside data: what a document may hold, decided once.

Article files and stdin, JSONL inputs, results files (``view``, ``corpus``, ``score``, ``eval``,
resume), gold files, SEESAW imports, the aliases file, the response cache, the Batch API's state and
the endpoint's completion bodies are all read through :func:`loads` (or :func:`load_file`). Each may
have been written by hand, by another tool or by a hostile server, so each is held to the same rules:

- **Depth**: arrays and objects nest at most ``MAX_DEPTH`` (64) levels. The toolkit's own records
  nest 5 (a result holds its article's metadata 2 levels down), real metadata a handful; the
  libraries behind the reader get into trouble much deeper (pydantic's JSON parser stops near 200
  levels, its serializer near 255, ``json`` recurses into a RecursionError near 1,000). The depth is
  measured on the text, before any parser runs, by counting brackets outside strings: nothing
  recurses, however deep.
- **Size**: a document is at most ``MAX_BYTES`` (256 MiB), or the reader's own tighter bound (an
  article file: ``max_bytes``), so one line cannot take the memory of the machine.
- **Lone surrogates** (legal as a JSON escape such as ``"\\ud800"``, but no character: UTF-8 cannot
  hold one) become U+FFFD, one code point for one, so offsets into a text stay right.
- Anything else (not UTF-8, not JSON, a number too long to convert) is refused.

A refusal is a :class:`~llmextract.errors.JsonRefused`, an ``InputError`` naming the place
(``path:line``) and the reason, which callers turn into an error record or exit 2: never a traceback.

What the toolkit writes must read back: values it carries from an input into its own records (an
article's metadata) are held by :func:`bounded` to ``VALUE_MAX_DEPTH`` (32), which leaves room for the
records around them under ``MAX_DEPTH``.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from pathlib import Path
from typing import Any

from llmextract.errors import JsonRefused

__all__ = [
    "MAX_BYTES",
    "MAX_DEPTH",
    "VALUE_MAX_DEPTH",
    "JsonRefused",
    "TooDeep",
    "bounded",
    "load_file",
    "loads",
    "nesting_depth",
    "no_surrogates",
]

MAX_DEPTH = 64
VALUE_MAX_DEPTH = 32
MAX_BYTES = 256 * 1024 * 1024

_NOT_STRUCTURE = bytes(c for c in range(256) if c not in b'"[]{}')
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}
_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class TooDeep(ValueError):
    """A Python value whose lists and dicts nest deeper than allowed (a cycle nests forever)."""


def nesting_depth(text: str | bytes) -> int:
    """How deep arrays and objects nest in JSON ``text``: brackets outside strings, counted without
    parsing and without recursion (for text that is not JSON, a bound that may be too high).

    Escaped backslashes and quotes go first (left to right, as a parser reads them), then every byte
    but quotes and brackets; what stands between two quotes is then inside a string. UTF-8 never
    uses an ASCII byte inside a multi-byte character, so the bytes can be counted as they are.
    """
    raw = text.encode("utf-8", "surrogatepass") if isinstance(text, str) else text
    if b"\\" in raw:
        raw = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    outside = b"".join(raw.translate(None, _NOT_STRUCTURE).split(b'"')[::2])
    return max(accumulate(map(_STEP.__getitem__, outside)), default=0)


def no_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def bounded(value: Any, *, max_depth: int = VALUE_MAX_DEPTH) -> Any:
    """A copy of ``value`` with lone surrogates replaced in every string, keys included.

    Raises :class:`TooDeep` when its lists, tuples and dicts nest deeper than ``max_depth`` (the
    walk stops there, so neither a deep value nor a cycle can exhaust the stack).
    """
    return _bounded(value, 0, max_depth)


def _bounded(value: Any, depth: int, max_depth: int) -> Any:
    if isinstance(value, str):
        return no_surrogates(value)
    if not isinstance(value, (dict, list, tuple)):
        return value
    if depth >= max_depth:
        raise TooDeep(f"nests deeper than {max_depth} levels")
    if isinstance(value, dict):
        return {_bounded(k, depth, max_depth): _bounded(v, depth + 1, max_depth) for k, v in value.items()}
    items = [_bounded(v, depth + 1, max_depth) for v in value]
    return items if isinstance(value, list) else tuple(items)


def loads(data: str | bytes, *, where: str, max_depth: int = MAX_DEPTH, max_bytes: int = MAX_BYTES) -> Any:
    """The JSON value in ``data`` (UTF-8 bytes or text; a leading BOM is skipped), or
    :class:`JsonRefused` naming ``where``."""
    if len(data) > max_bytes:
        unit = "bytes" if isinstance(data, bytes) else "characters"
        raise JsonRefused(where, f"{len(data):,} {unit}, over the limit of {max_bytes:,}")
    if isinstance(data, bytes):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise JsonRefused(where, f"not valid UTF-8 (byte {exc.start})") from None
    else:
        text = data
    text = text.removeprefix("\ufeff")
    if text.count("[") + text.count("{") > max_depth:  # fewer brackets cannot nest deeper
        depth = nesting_depth(data)
        if depth > max_depth:
            raise JsonRefused(where, f"nested {depth:,} levels deep, over the limit of {max_depth}")
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise JsonRefused(
            where, f"invalid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
        ) from None
    except ValueError:  # a number of more digits than Python converts to an int
        raise JsonRefused(where, "invalid JSON (a number too long to read)") from None
    if _SURROGATE_ESCAPE.search(text) or (
        isinstance(data, str) and _SURROGATE.search(text)
    ):  # UTF-8 has none
        value = _bounded(value, 0, max_depth)
    return value


def load_file(path: str | Path, *, max_depth: int = MAX_DEPTH, max_bytes: int = MAX_BYTES) -> Any:
    """The JSON value in the file at ``path``, by :func:`loads`; a file over ``max_bytes`` is refused
    from its size, before it is read, and one that cannot be read is refused too."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise JsonRefused(str(p), f"{size:,} bytes, over the limit of {max_bytes:,}")
        raw = p.read_bytes()
    except OSError as exc:
        raise JsonRefused(str(p), f"cannot read ({exc.strerror or exc})") from None
    return loads(raw, where=str(p), max_depth=max_depth, max_bytes=max_bytes)
