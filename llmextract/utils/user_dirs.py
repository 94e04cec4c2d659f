"""The folder the toolkit keeps its files in, per user: one place for the response cache and the
fetched corpora, as each platform expects."""

from __future__ import annotations

import os
import sys
from pathlib import Path

__all__ = ["user_folder"]


def user_folder(override_variable: str, *parts: str) -> Path:
    """``$override_variable`` when set, else ``llmextract/<parts>`` in the platform's user cache
    folder (``%LOCALAPPDATA%``, ``~/Library/Caches``, ``$XDG_CACHE_HOME`` or ``~/.cache``)."""
    override = os.environ.get(override_variable)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base.joinpath("llmextract", *parts)
