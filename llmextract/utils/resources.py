"""Where the data files shipped with the package live.

A wheel carries ``prompts/`` and ``schemas/`` inside the package (``_prompts``, ``_schemas``);
a source checkout or an editable install reads them from the repository's top level.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["resource_dir"]

_PACKAGE = Path(__file__).resolve().parent.parent  # llmextract/


def resource_dir(name: str) -> Path:
    """The folder holding the shipped ``prompts`` or ``schemas``."""
    inside = _PACKAGE / f"_{name}"
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / name
