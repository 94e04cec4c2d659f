"""Corpus ids: a short hash of what a corpus actor is keyed by, never of reading order."""

from __future__ import annotations

import hashlib

__all__ = ["OTHER", "PERSON", "corpus_id"]

PERSON = "person"
OTHER = "other"


def corpus_id(kind: str, key: str, article: str | None = None) -> str:
    """ "p…" for a person, "o…" for the rest; ``article`` for an actor known in one article only."""
    parts = [kind, key] if article is None else [kind, key, article]
    digest = hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[:12]
    return ("p" if kind == PERSON else "o") + digest
