"""Where in its sentence a quote's speaker is written, so the result points at those words.

The actor index would take the speaker's nearest mention anywhere in the article, often a later one
after a long reported statement; the rules know the sentence they read the speaker in.
"""

from __future__ import annotations


def speaker_at(text: str, speaker: str | None, start: int, end: int, lo: int, hi: int) -> int | None:
    """Start of ``speaker`` in the sentence ``text[lo:hi]`` outside the content ``start..end``: the
    last before it, else the first after it."""
    if not speaker:
        return None
    before = text.rfind(speaker, lo, start)
    after = text.find(speaker, end, hi)
    return before if before >= 0 else after if after >= 0 else None
