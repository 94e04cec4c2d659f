"""Which structured-output modes to try for an endpoint, and which one worked there.

In ``auto`` the order is json_schema, then json_object, then md_json: the strictest contract first,
moving on only when the endpoint rejects the request format. What worked is remembered by the
client for its endpoint and model (one :class:`ModeMemory` per client), so its later calls start
with it; a new client starts from the top.
"""

from __future__ import annotations

import threading

from llmextract.llm.settings import LLMSettings

__all__ = ["AUTO_ORDER", "ModeMemory"]

AUTO_ORDER = ("json_schema", "json", "md_json")


class ModeMemory:
    """The modes one client tries, in order; thread-safe (a client is shared by threads)."""

    def __init__(self, settings: LLMSettings) -> None:
        self.configured = settings.mode
        self._known: str | None = None
        self._lock = threading.Lock()

    def to_try(self) -> list[str]:
        """The configured mode alone, or in ``auto`` the one that worked first and then the others."""
        if self.configured != "auto":
            return [self.configured]
        with self._lock:
            known = self._known
        return [known, *(m for m in AUTO_ORDER if m != known)] if known else list(AUTO_ORDER)

    def remember(self, mode: str) -> None:
        """``mode`` was accepted by the endpoint: try it first from now on (in ``auto``)."""
        if self.configured == "auto":
            with self._lock:
                self._known = mode
