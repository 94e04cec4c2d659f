"""Which model an extraction uses when the caller does not say: an LLM where an endpoint is
configured, else the offline rules baseline, announced with a :class:`BaselineNotice`.

Kept apart from the LLM client so that choosing the baseline imports nothing of the openai stack.
The notice is a Python warning, so the standard filters decide how often it shows (by default
once per process; ``warnings.filterwarnings("ignore", category=BaselineNotice)`` silences it) and
the toolkit keeps no flag of its own; the CLI prints it as one plain line.
"""

from __future__ import annotations

import os
import warnings

__all__ = ["BASELINE", "DEFAULT_LLM_MODEL", "BaselineNotice", "resolve_model"]

BASELINE = "baseline"
DEFAULT_LLM_MODEL = "gpt-4o-mini"
NOTICE = (
    "no model given and no OPENAI_API_KEY/OPENAI_BASE_URL set; using the offline rules baseline. "
    "For an LLM, pass -m MODEL (and --base-url URL for a local server) or set OPENAI_API_KEY."
)


class BaselineNotice(UserWarning):
    """The offline baseline was chosen because no model and no endpoint were given."""


def resolve_model(model: str | None) -> str:
    """The model to use: the argument, else LLMEXTRACT_MODEL, else an LLM when an endpoint is
    configured (OPENAI_API_KEY / OPENAI_BASE_URL), else the offline baseline (with the notice)."""
    chosen = model or os.environ.get("LLMEXTRACT_MODEL")
    if chosen:
        return chosen
    if os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL"):
        return DEFAULT_LLM_MODEL
    warnings.warn(NOTICE, BaselineNotice, stacklevel=1)  # one call site: shown once per process
    return BASELINE
