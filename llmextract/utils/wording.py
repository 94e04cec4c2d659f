"""Wording shared by the warnings in results and the messages people read."""

from __future__ import annotations

__all__ = ["plural", "shorten"]


def plural(count: int, word: str) -> str:
    """``plural(1, "stance")`` -> "1 stance", ``plural(2, "stance")`` -> "2 stances"."""
    return f"{count} {word}{'' if count == 1 else 's'}"


def shorten(text: str, limit: int = 90) -> str:
    """``text`` on one line (whitespace runs made one space), cut to ``limit`` characters with "…"."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
