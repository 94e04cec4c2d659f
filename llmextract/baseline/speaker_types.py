"""What the French, German and Spanish reader finds: speakers and the quotes and statements they own."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Found", "Speaker"]


@dataclass
class Speaker:
    name: str
    role: str | None
    pronoun: bool
    institution: bool = False  # "la préfecture", "die Staatsanwaltschaft Lindental", "el club"
    gender: str | None = None  # "f" or "m" when an article, honorific or title says so


@dataclass
class Found:
    start: int
    end: int
    speaker: Speaker | None
    cue: str | None
    kind: str
    inherit: bool = False  # no cue: the speaker is the previous quote's
