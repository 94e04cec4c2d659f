"""What an answerer gives the assembly: one answer for the whole article, and where it came from.

An :class:`~llmextract.pipeline.Extractor` is a config, an answerer and the assembly. Two answerers
exist: the offline rules (``llmextract.baseline.answerer``) and an LLM (``llmextract.llm.answerer``).
Both return an :class:`Answered`, which the Extractor grounds and assembles the same way, so
nothing downstream asks which kind of answerer it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from llmextract.schema import Usage

if TYPE_CHECKING:
    from llmextract.article import Article
    from llmextract.core.answer import LLMExtraction
    from llmextract.schema import Provenance
    from llmextract.text.chunks import Chunk

__all__ = ["Answered", "Answerer", "CallBudget"]


@dataclass
class CallBudget:
    """What one article has spent, over every call, retry and re-ask of all its chunks: counted
    by the LLM answerer, read by batch runs for error records; the rules leave it at zero."""

    http_calls: int = 0
    retries: int = 0
    usage: Usage = field(default_factory=Usage)
    last_raw: str | None = None


@dataclass(frozen=True)
class Answered:
    """An article's answer in the LLM-facing shape (texts and names), one per chunk it was asked
    in (one chunk unless the article was long), and its provenance. The assembly merges the
    chunks' answers (``llmextract.assembly.chunking``) and grounds the result."""

    pieces: list[tuple[Chunk, LLMExtraction]]
    provenance: Provenance


class Answerer(Protocol):
    """Answers one article, synchronously or on the event loop; releases what it holds on close."""

    model: str

    def answer(self, article: Article, budget: CallBudget | None, started: float) -> Answered: ...

    async def aanswer(self, article: Article, budget: CallBudget | None, started: float) -> Answered: ...

    def close(self) -> None: ...

    async def aclose(self) -> None: ...
