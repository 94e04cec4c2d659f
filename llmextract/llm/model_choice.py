"""Which model an extraction uses when the caller does not say: an LLM where an endpoint is
configured, else the offline rules baseline, announced once per process on stderr.

Kept apart from the LLM client so that choosing the baseline imports nothing of the openai stack.
"""

from __future__ import annotations

import os
import sys
import threading

__all__ = ["BASELINE", "DEFAULT_LLM_MODEL", "resolve_model"]

BASELINE = "baseline"
DEFAULT_LLM_MODEL = "gpt-4o-mini"
_notice_lock = threading.Lock()
_notice_shown = False


def resolve_model(model: str | None) -> str:
    """The model to use: the argument, else LLMEXTRACT_MODEL, else an LLM when an endpoint is
    configured (OPENAI_API_KEY / OPENAI_BASE_URL), else the offline baseline (with one notice)."""
    chosen = model or os.environ.get("LLMEXTRACT_MODEL")
    if chosen:
        return chosen
    if os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL"):
        return DEFAULT_LLM_MODEL
    _baseline_notice()
    return BASELINE


def _baseline_notice() -> None:
    global _notice_shown
    with _notice_lock:
        if _notice_shown:
            return
        _notice_shown = True
    print(
        "llmextract: no model given and no OPENAI_API_KEY/OPENAI_BASE_URL set; using the offline rules "
        "baseline. For an LLM, pass -m MODEL (and --base-url URL for a local server) or set OPENAI_API_KEY.",
        file=sys.stderr,
    )
