"""A response cache on disk, so an answer that was paid for is never paid for twice.

One SQLite file (stdlib ``sqlite3``) in the user cache dir, or in ``LLMEXTRACT_CACHE_DIR``. WAL
journalling and a busy timeout let several processes (two batch runs, an eval next to a batch)
read and write it at once. Only validated answers are stored, never failures.

A key is the sha256 of everything that decides an answer: endpoint, model, requested mode,
prompt template sha256, result schema version, the LLM-facing schema's sha256 (as sent), call
parameters, the rendered messages' sha256 and the article (or chunk) text's sha256. Change any
of them and the cache misses.

An entry can still go bad on disk (a torn write, a hand edit, a file from another version): one
that does not read as an answer is dropped with a warning (logger ``llmextract.cache``, on stderr
when logging is not set up) and its request asked again, so it cannot fail its article on every run.
:meth:`ResponseCache.get` drops a row of the wrong shape; whoever validates the answer text (the
Extractor, through :meth:`ResponseCache.answer`) drops one whose answer does not parse as its model.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import time
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from llmextract.errors import ConfigError, InputError
from llmextract.schema import Usage
from llmextract.utils.json_policy import loads
from llmextract.utils.redaction import redact
from llmextract.utils.user_dirs import user_folder

__all__ = [
    "CACHE_FILE",
    "CacheStats",
    "CachedAnswer",
    "ResponseCache",
    "cache_key",
    "default_cache_dir",
    "open_cache",
]

CACHE_FILE = "responses.sqlite3"
_log = logging.getLogger("llmextract.cache")
M = TypeVar("M", bound=BaseModel)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY,
    model TEXT NOT NULL,
    mode TEXT NOT NULL,
    answer TEXT NOT NULL,
    prompt_tokens INTEGER NOT NULL,
    completion_tokens INTEGER NOT NULL,
    created REAL NOT NULL
)
"""


def default_cache_dir() -> Path:
    """``LLMEXTRACT_CACHE_DIR``, else the platform's user cache dir plus ``llmextract``."""
    return user_folder("LLMEXTRACT_CACHE_DIR")


def cache_key(**parts: Any) -> str:
    """sha256 of the key parts as canonical JSON (sorted keys), so argument order never matters."""
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CachedAnswer:
    """A validated answer as JSON text, the mode that produced it and what it cost then."""

    answer: str
    mode: str
    usage: Usage


@dataclass(frozen=True)
class CacheStats:
    path: Path
    entries: int
    bytes: int
    prompt_tokens: int
    completion_tokens: int


class ResponseCache:
    """Thread-safe handle on the cache file; the connection is opened on first use."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self.directory = Path(directory) if directory is not None else default_cache_dir()
        self.path = self.directory / CACHE_FILE
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"ResponseCache({str(self.path)!r})"

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            self.directory.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30.0, check_same_thread=False, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=NORMAL")
                conn.execute(_SCHEMA)
            except sqlite3.DatabaseError as exc:  # not an SQLite file: nothing in it can be read
                conn.close()
                raise ConfigError(
                    f"{self.path}: the response cache is unreadable ({exc}); remove the file (nothing in it "
                    "can be read anyway) or set LLMEXTRACT_CACHE_DIR to another folder"
                ) from None
            self._conn = conn
            weakref.finalize(self, conn.close)  # closed with its owner, never left to the collector
        return self._conn

    def get(self, key: str) -> CachedAnswer | None:
        with self._lock:
            row = (
                self._connect()
                .execute(
                    "SELECT answer, mode, prompt_tokens, completion_tokens FROM responses WHERE key = ?",
                    (key,),
                )
                .fetchone()
            )
        if row is None:
            return None
        answer, mode, prompt, completion = row
        if not (isinstance(answer, str) and isinstance(mode, str) and _count(prompt) and _count(completion)):
            self.drop(key, "a row of the wrong shape")
            return None
        return CachedAnswer(
            answer=answer, mode=mode, usage=Usage(prompt_tokens=prompt, completion_tokens=completion)
        )

    def answer(self, key: str, model: type[M]) -> tuple[M, CachedAnswer] | None:
        """The entry under ``key`` and its answer read (by the JSON policy) and validated as ``model``;
        None when there is none, or when it does not read (then it is dropped)."""
        entry = self.get(key)
        if entry is None:
            return None
        try:
            return model.model_validate(loads(entry.answer, where="the cached answer")), entry
        except (InputError, ValidationError) as exc:
            self.drop(key, _one_line(exc))
            return None

    def drop(self, key: str, reason: str) -> None:
        """Delete an entry that does not read as an answer, with a warning: its request is asked again."""
        with self._lock:
            self._connect().execute("DELETE FROM responses WHERE key = ?", (key,))
        _log.warning(
            "llmextract: dropped cache entry %s from %s (%s); its request is asked again",
            key[:12],
            self.path,
            reason,
        )

    def put(self, key: str, *, model: str, entry: CachedAnswer) -> None:
        with self._lock:
            self._connect().execute(
                "INSERT OR REPLACE INTO responses VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    key,
                    model,
                    entry.mode,
                    redact(entry.answer),  # kept on disk: no echoed key in it
                    entry.usage.prompt_tokens,
                    entry.usage.completion_tokens,
                    time.time(),
                ),
            )

    def stats(self) -> CacheStats:
        if not self.path.exists():
            return CacheStats(self.path, 0, 0, 0, 0)
        with self._lock:
            entries, prompt, completion = (
                self._connect()
                .execute(
                    "SELECT COUNT(*), COALESCE(SUM(prompt_tokens), 0), COALESCE(SUM(completion_tokens), 0) "
                    "FROM responses"
                )
                .fetchone()
            )
        size = sum(p.stat().st_size for p in self.directory.glob(CACHE_FILE + "*"))
        return CacheStats(self.path, int(entries), size, int(prompt), int(completion))

    def clear(self) -> int:
        """Delete every entry; returns how many there were."""
        if not self.path.exists():
            return 0
        with self._lock:
            conn = self._connect()
            (count,) = conn.execute("SELECT COUNT(*) FROM responses").fetchone()
            conn.execute("DELETE FROM responses")
            conn.execute("VACUUM")
        return int(count)

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None


def _one_line(exc: Exception) -> str:
    """What an error says, on one line (pydantic's messages run over several)."""
    lines = [line.strip() for line in str(exc).splitlines() if not line.strip().startswith("For further")]
    return "; ".join(line for line in lines[:3] if line)[:300]


def _count(value: object) -> bool:
    """A token count as stored: a whole number, not negative (SQLite keeps whatever was written)."""
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def open_cache(cache: bool | str | Path | ResponseCache) -> ResponseCache | None:
    """The Extractor's ``cache`` option as a cache: True for the default folder, False for none."""
    if isinstance(cache, ResponseCache):
        return cache
    if cache is True:
        return ResponseCache()
    if cache is False:
        return None
    return ResponseCache(cache)
