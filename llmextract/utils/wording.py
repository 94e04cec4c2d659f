"""Wording shared by the warnings in results and the messages people read."""

from __future__ import annotations

__all__ = ["plural"]


def plural(count: int, word: str) -> str:
    """``plural(1, "stance")`` -> "1 stance", ``plural(2, "stance")`` -> "2 stances"."""
    return f"{count} {word}{'' if count == 1 else 's'}"
