"""A response cache on disk, so an answer that was paid for is never paid for twice.

One SQLite file (stdlib ``sqlite3``) in the user cache dir, or in ``LLMEXTRACT_CACHE_DIR``. WAL
journalling and a busy timeout let several processes (two batch runs, an eval next to a batch)
read and write it at once. Only validated answers are stored, never failures.

A key is the sha256 of everything that decides an answer: endpoint, model, requested mode,
prompt template sha256, result schema version, the LLM-facing schema's sha256 (as sent), call
parameters, the rendered messages' sha256 and the article (or chunk) text's sha256. Change any
of them and the cache misses.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
import threading
import time
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmextract.schema import Usage
from llmextract.utils.redaction import redact

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
    override = os.environ.get("LLMEXTRACT_CACHE_DIR")
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "llmextract"


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
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute(_SCHEMA)
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
        return CachedAnswer(
            answer=row[0], mode=row[1], usage=Usage(prompt_tokens=row[2], completion_tokens=row[3])
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


def open_cache(cache: bool | str | Path | ResponseCache) -> ResponseCache | None:
    """The Extractor's ``cache`` option as a cache: True for the default folder, False for none."""
    if isinstance(cache, ResponseCache):
        return cache
    if cache is True:
        return ResponseCache()
    if cache is False:
        return None
    return ResponseCache(cache)
