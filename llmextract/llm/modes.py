"""Which structured-output modes to try for an endpoint, and which one worked there.

In ``auto`` the order is json_schema, then json_object, then md_json: the strictest contract first,
moving on only when the endpoint rejects the request format. What worked is remembered per
endpoint and model for the rest of the process, so later calls start with it.
"""

from __future__ import annotations

import threading

from llmextract.llm.settings import LLMSettings

__all__ = ["AUTO_ORDER", "forget_working_modes", "modes_to_try", "remember_mode"]

AUTO_ORDER = ("json_schema", "json", "md_json")

_working_modes: dict[tuple[str, str], str] = {}
_working_modes_lock = threading.Lock()


def forget_working_modes() -> None:
    """Forget which mode worked for which endpoint (tests; a long-lived process after a server change)."""
    with _working_modes_lock:
        _working_modes.clear()


def _key(settings: LLMSettings) -> tuple[str, str]:
    return (settings.base_url or "openai", settings.model)


def modes_to_try(settings: LLMSettings) -> list[str]:
    """The configured mode alone, or in ``auto`` the one that worked first and then the others."""
    if settings.mode != "auto":
        return [settings.mode]
    with _working_modes_lock:
        known = _working_modes.get(_key(settings))
    return [known, *(m for m in AUTO_ORDER if m != known)] if known else list(AUTO_ORDER)


def remember_mode(settings: LLMSettings, mode: str) -> None:
    if settings.mode == "auto":
        with _working_modes_lock:
            _working_modes[_key(settings)] = mode
