"""Answers fetched elsewhere (the Batch API), turned into results exactly as online answers are.

A deferred run asks :func:`prepare` for an article's requests, sends :func:`request_body` of each
chunk by its own means, and later hands each chunk's completion body to :func:`answer_from_body`,
which validates it with the same code as an online call, caches it, and falls back to the online
path where an online call would ask again: an answer that fails validation is re-asked, one cut at
the token limit is asked again with more room or in pieces. :func:`assemble_answers` then grounds
and assembles the chunks as :meth:`Extractor.extract` does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from llmextract.article import Article
from llmextract.errors import ConfigError
from llmextract.llm.call_plan import CallResult, reask_messages, validated
from llmextract.llm.chunk_calls import ChunkAnswer, ChunkRequest
from llmextract.llm.client import CallBudget
from llmextract.llm.length_split import CutAnswers
from llmextract.llm.outcomes import AnswerCutOff, Invalid
from llmextract.llm.transport import Send
from llmextract.pipeline import Extractor, as_article
from llmextract.schema import Extraction

__all__ = [
    "ChunkAnswer",
    "PreparedArticle",
    "answer_from_body",
    "assemble_answers",
    "cached_answer",
    "prepare",
    "request_body",
]


@dataclass(frozen=True)
class PreparedArticle:
    """An article's requests, one per chunk; ``cuts`` records answers split or given more room."""

    article: Article
    requests: list[ChunkRequest]
    cuts: CutAnswers


def prepare(extractor: Extractor, article: Article | str) -> PreparedArticle:
    """The requests of ``article``, one per chunk (InputError for an unusable article)."""
    if extractor.client is None:
        raise ConfigError("the offline baseline sends no requests; give an LLM model")
    art = as_article(article)
    return PreparedArticle(art, extractor.chunk_requests(art, extractor.chunks(art)), CutAnswers())


def request_body(extractor: Extractor, prepared: PreparedArticle, index: int) -> dict[str, Any]:
    """The json_schema body an online call would post for chunk ``index``."""
    assert extractor.client is not None
    ask = prepared.requests[index]
    step = Send("json_schema", ask.messages, extractor.answer_model, ask.max_tokens)
    return extractor.client.transport.schema_body(step)


def cached_answer(extractor: Extractor, prepared: PreparedArticle, index: int) -> ChunkAnswer | None:
    """Chunk ``index``'s answer from the response cache, if it was answered before."""
    return extractor.cached(prepared.requests[index])


def answer_from_body(
    extractor: Extractor, prepared: PreparedArticle, index: int, body: str, budget: CallBudget
) -> list[ChunkAnswer]:
    """Chunk ``index``'s answer (a list: a cut answer may come back in pieces), cached. Raises
    ``CutOff`` for a broken body, ProviderError or ExtractionFailed when the online calls fail."""
    assert extractor.client is not None
    ask = prepared.requests[index]
    try:
        value, completion = validated(body, extractor.answer_model, budget)
    except Invalid as exc:
        messages = reask_messages(ask.messages, budget.last_raw, exc.error)
        call = extractor.client.call(messages, extractor.answer_model, budget, ask.max_tokens)
        return [extractor.store(ask, call)]
    except AnswerCutOff:
        pieces = extractor.after_cut(prepared.article, ask, prepared.cuts)
        if not pieces:
            raise
        return [
            p for piece in pieces for p in extractor.answer(prepared.article, piece, budget, prepared.cuts)
        ]
    budget.usage = budget.usage + completion.usage
    call = CallResult(
        value=value, mode="json_schema", attempts=1, usage=completion.usage, raw=completion.content
    )
    return [extractor.store(ask, call)]


def assemble_answers(
    extractor: Extractor,
    prepared: PreparedArticle,
    parts: list[ChunkAnswer],
    budget: CallBudget,
    started: float,
) -> Extraction:
    """Ground and assemble the answers of every chunk, exactly as :meth:`Extractor.extract` does."""
    return extractor.finish(prepared.article, parts, prepared.cuts, budget, started)
