"""Requests-per-minute pacing shared by every call of a run (``--rpm``).

Slots are spaced evenly (60 / rpm seconds apart) rather than granted in bursts, so a provider's
per-second limits are not tripped by a minute's worth of requests at once. Retries take slots too:
they are requests like any other.
"""

from __future__ import annotations

import threading
import time

from llmextract.errors import ConfigError

__all__ = ["RateLimiter"]


class RateLimiter:
    """Thread-safe and usable from async code; one instance per run."""

    def __init__(self, rpm: float) -> None:
        if rpm <= 0:
            raise ConfigError(f"rpm must be > 0, not {rpm}")
        self.interval = 60.0 / rpm
        self._next = 0.0
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Take the next free slot; return how long to wait for it (the caller waits, sync or async)."""
        with self._lock:
            now = time.monotonic()
            slot = max(now, self._next)
            self._next = slot + self.interval
            return slot - now
