"""One chunk's request and answer, as the Extractor prepares, sends and keeps them.

A request is built once per chunk (messages, their sha256, the cache key) so that neither the
cache nor provenance recomputes them; an answer keeps the request it answers, so that the chunks of
a long article can be merged back with their offsets.
"""

from __future__ import annotations

from dataclasses import dataclass

from llmextract.core.answer import LLMExtraction
from llmextract.text.chunks import Chunk

__all__ = ["ChunkAnswer", "ChunkRequest"]


@dataclass(frozen=True)
class ChunkRequest:
    """One chunk, its messages, their sha256 and, with a cache, the key its answer is kept under
    (each computed once); after a cut answer, ``depth`` halvings and the answer cap ``max_tokens``."""

    chunk: Chunk
    messages: list[dict[str, str]]
    rendered: str
    key: str | None
    depth: int
    max_tokens: int | None


@dataclass(frozen=True)
class ChunkAnswer:
    """One chunk's answer: the request sent, the validated answer, and whether it came from cache."""

    request: ChunkRequest
    answer: LLMExtraction
    mode: str
    cached: bool
