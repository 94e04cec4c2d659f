"""An LLM as an answerer: one plan per chunk, with no I/O, driven three ways.

:meth:`LLMAnswerer.plan` is everything one chunk's answer takes apart from sending: the response
cache, the request, what to ask instead when an answer is cut at the token limit (more room, or
the text in smaller pieces), and storing the validated answer. It yields each request it needs
answered and receives the :class:`~llmextract.llm.call_plan.CallResult`, or has the
:class:`~llmextract.llm.outcomes.AnswerCutOff` thrown in. Three drivers run it:

- :meth:`LLMAnswerer.answer` (sync) and :meth:`LLMAnswerer.aanswer` (async) send each request
  through :class:`~llmextract.llm.client.LLMClient` (retries, re-asks, mode fallback);
- the Batch API (:meth:`prepare`, :meth:`request_body`, :meth:`answer_from_body`): the first
  request of each chunk goes out in a batch file, and its reply (a batch line) is validated by the
  same code as an online answer; whatever the plan asks next (a re-ask, pieces of a cut answer) is
  driven online.

So a chunk is cached, cut, re-asked and stored alike whichever way its answer arrives.
"""

from __future__ import annotations

import os
import time
from collections.abc import Generator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeAlias

from pydantic import BaseModel

from llmextract.__about__ import __version__
from llmextract.answering import Answered, CallBudget
from llmextract.article import Article, text_sha256
from llmextract.config import ExtractorConfig
from llmextract.cost.prices import Price, price_for
from llmextract.errors import ConfigError
from llmextract.llm.answer_schema import as_internal, schema_sha256
from llmextract.llm.answer_schema_v2 import answer_model
from llmextract.llm.cache import CachedAnswer, ResponseCache, cache_key, open_cache
from llmextract.llm.chunk_calls import ChunkAnswer, ChunkRequest
from llmextract.llm.data_fence import fence_text, fence_title
from llmextract.llm.length_split import CutAnswers, after_cut
from llmextract.llm.prompts import PromptTemplate, load_prompt, rendered_sha256
from llmextract.schema import SCHEMA_VERSION, Cost, PromptRef, Provenance, Usage
from llmextract.text.chunks import Chunk, split_text

if TYPE_CHECKING:  # the openai stack is imported only when an LLM is used
    from llmextract.llm.client import CallResult, LLMClient
    from llmextract.llm.outcomes import AnswerCutOff

__all__ = ["LLMAnswerer", "PreparedArticle"]

Plan = Generator[ChunkRequest, "CallResult", list[ChunkAnswer]]
Reply: TypeAlias = "CallResult | AnswerCutOff"


@dataclass(frozen=True)
class PreparedArticle:
    """An article's requests, one per chunk; ``cuts`` records answers split or given more room."""

    article: Article
    requests: list[ChunkRequest]
    cuts: CutAnswers


def _advance(plan: Plan, reply: Reply) -> ChunkRequest:
    """The plan's next request after ``reply``; StopIteration carries its answers when it is done."""
    from llmextract.llm.outcomes import AnswerCutOff

    return plan.throw(reply) if isinstance(reply, AnswerCutOff) else plan.send(reply)


class LLMAnswerer:
    """One model and prompt version at one endpoint, with its client and response cache."""

    def __init__(
        self,
        config: ExtractorConfig,
        model: str,
        *,
        http_client: Any = None,
        async_http_client: Any = None,
        cache: ResponseCache | None = None,
    ) -> None:
        self.config = config
        self.model = model
        self.prompt: PromptTemplate = load_prompt(config.prompt)
        if self.prompt.schema_version > SCHEMA_VERSION:  # result versions only add fields
            raise ConfigError(
                f"prompt {self.prompt.ref} is for schema v{self.prompt.schema_version}; "
                f"this toolkit speaks v{SCHEMA_VERSION}"
            )
        self.answer_model: type[BaseModel] = answer_model(self.prompt.llm_schema, asked_by=self.prompt.ref)
        from llmextract.llm.client import LLMClient
        from llmextract.llm.ratelimit import RateLimiter
        from llmextract.llm.settings import LLMSettings

        settings = LLMSettings(
            model=model,
            base_url=config.base_url or os.environ.get("OPENAI_BASE_URL") or None,
            api_key=config.api_key or os.environ.get("OPENAI_API_KEY") or None,
            mode=config.mode,
            timeout=config.timeout,
            max_reasks=config.max_reasks,
            max_retries=config.max_retries,
            temperature=config.temperature,
            max_tokens=config.max_tokens,
            backoff_base=config.backoff_base,
            backoff_max=config.backoff_max,
        )
        self.client: LLMClient = LLMClient(
            settings,
            http_client=http_client,
            async_http_client=async_http_client,
            limiter=RateLimiter(config.rpm) if config.rpm else None,
        )
        self.cache: ResponseCache | None = cache if cache is not None else open_cache(config.cache)
        self.price: Price | None = price_for(model, config.prices)  # None: no price known, no cost said

    def close(self) -> None:
        """Release the sync connections and the cache file."""
        self.client.close()
        if self.cache is not None:
            self.cache.close()

    async def aclose(self) -> None:
        """Release the async connections, on the event loop that used them, and the cache file."""
        await self.client.aclose()
        if self.cache is not None:
            self.cache.close()

    # -- the plan --------------------------------------------------------------------------

    def requests(self, article: Article) -> list[ChunkRequest]:
        """The article's first requests, one per chunk (one unless it is over ``chunk_chars``)."""
        chunks = split_text(article.text, self.config.chunk_chars, self.config.chunk_overlap)
        return self._requests(article, chunks, 0, self.client.settings.max_tokens)

    def _requests(
        self, article: Article, chunks: list[Chunk], depth: int, cap: int | None
    ) -> list[ChunkRequest]:
        out = []
        for chunk in chunks:
            text = article.text[chunk.start : chunk.end]
            title = fence_title(article.title) if article.title else article.title
            messages = self.prompt.render(text=fence_text(text), title=title)
            rendered = rendered_sha256(messages)
            key = self._key(rendered, text) if self.cache else None
            out.append(ChunkRequest(chunk, messages, rendered, key, depth, cap))
        return out

    def _key(self, rendered: str, text: str) -> str:
        settings = self.client.settings
        return cache_key(
            endpoint=settings.base_url or settings.host,
            model=settings.model,
            mode=settings.mode,
            prompt=self.prompt.sha256,
            schema_version=SCHEMA_VERSION,
            llm_schema=schema_sha256(self.answer_model),
            params={
                "temperature": settings.temperature,
                "max_tokens": settings.max_tokens,
                "max_tokens_limit": self.config.max_tokens_limit,
            },
            messages=rendered,
            article=text_sha256(text),
        )

    def cached(self, request: ChunkRequest) -> ChunkAnswer | None:
        """The request's answer from the response cache, if it was paid for before."""
        found = self.cache.answer(request.key, self.answer_model) if self.cache and request.key else None
        if found is None:
            return None
        value, entry = found
        return ChunkAnswer(request, as_internal(value), entry.mode, cached=True)

    def _store(self, request: ChunkRequest, call: CallResult) -> ChunkAnswer:
        value: BaseModel = call.value
        if self.cache is not None and request.key is not None:
            entry = CachedAnswer(answer=value.model_dump_json(), mode=call.mode, usage=call.usage)
            self.cache.put(request.key, model=self.model, entry=entry)
        return ChunkAnswer(request, as_internal(value), call.mode, cached=False)

    def _after_cut(self, article: Article, ask: ChunkRequest, cuts: CutAnswers) -> list[ChunkRequest]:
        cap, pieces = after_cut(
            article.text, ask.chunk, ask.depth, ask.max_tokens, self.config.max_tokens_limit, cuts
        )
        if pieces == [ask.chunk]:
            return [replace(ask, max_tokens=cap)]
        return self._requests(article, pieces, ask.depth + 1, cap) if pieces else []

    def plan(self, article: Article, ask: ChunkRequest, cuts: CutAnswers) -> Plan:
        """One chunk's answer, from cache or the model, or its pieces' answers when it was cut."""
        from llmextract.llm.outcomes import AnswerCutOff

        part = self.cached(ask)
        if part is not None:
            return [part]
        try:
            call = yield ask
        except AnswerCutOff:
            pieces = self._after_cut(article, ask, cuts)
            if not pieces:
                raise
        else:
            return [self._store(ask, call)]
        parts: list[ChunkAnswer] = []
        for piece in pieces:
            parts += yield from self.plan(article, piece, cuts)
        return parts

    # -- the online drivers ----------------------------------------------------------------

    def drive(self, plan: Plan, budget: CallBudget, reply: Reply | None = None) -> list[ChunkAnswer]:
        """Run ``plan`` to its end with sync calls; ``reply``: the answer (or the cut) to the request
        it is waiting on, when that request was sent some other way (a batch)."""
        try:
            request = next(plan) if reply is None else _advance(plan, reply)
            while True:
                request = _advance(plan, self._sent(request, budget))
        except StopIteration as done:
            parts: list[ChunkAnswer] = done.value
            return parts

    async def adrive(self, plan: Plan, budget: CallBudget) -> list[ChunkAnswer]:
        """:meth:`drive` on the event loop."""
        try:
            request = next(plan)
            while True:
                request = _advance(plan, await self._asent(request, budget))
        except StopIteration as done:
            parts: list[ChunkAnswer] = done.value
            return parts

    def _sent(self, request: ChunkRequest, budget: CallBudget) -> Reply:
        from llmextract.llm.outcomes import AnswerCutOff

        try:
            return self.client.call(request.messages, self.answer_model, budget, request.max_tokens)
        except AnswerCutOff as cut:
            return cut

    async def _asent(self, request: ChunkRequest, budget: CallBudget) -> Reply:
        from llmextract.llm.outcomes import AnswerCutOff

        try:
            return await self.client.acall(request.messages, self.answer_model, budget, request.max_tokens)
        except AnswerCutOff as cut:
            return cut

    def answer(self, article: Article, budget: CallBudget | None, started: float) -> Answered:
        budget = budget if budget is not None else CallBudget()
        cuts = CutAnswers()
        parts = [
            p for ask in self.requests(article) for p in self.drive(self.plan(article, ask, cuts), budget)
        ]
        return self.answered(article, parts, cuts, budget, started)

    async def aanswer(self, article: Article, budget: CallBudget | None, started: float) -> Answered:
        budget = budget if budget is not None else CallBudget()
        cuts = CutAnswers()
        parts: list[ChunkAnswer] = []
        for ask in self.requests(article):
            parts += await self.adrive(self.plan(article, ask, cuts), budget)
        return self.answered(article, parts, cuts, budget, started)

    def answered(
        self,
        article: Article,
        parts: list[ChunkAnswer],
        cuts: CutAnswers,
        budget: CallBudget,
        started: float,
        *,
        through_batch: bool = False,
    ) -> Answered:
        """The chunks' answers as one answer for the article, with its provenance; ``through_batch``:
        priced at the Batch API's rate."""
        if len(parts) == 1:
            rendered = parts[0].request.rendered
        else:
            rendered = rendered_sha256([m for part in parts for m in part.request.messages])
        provenance = Provenance(
            model=self.model,
            endpoint=self.client.settings.host,
            prompt=PromptRef(
                name=self.prompt.name,
                version=self.prompt.version,
                sha256=self.prompt.sha256,
                rendered_sha256=rendered,
            ),
            toolkit_version=__version__,
            mode=parts[-1].mode,
            attempts=budget.http_calls,
            usage=budget.usage,
            cost=self.cost_of(budget.usage, through_batch=through_batch),
            seconds=round(time.perf_counter() - started, 4),
            cached=all(part.cached for part in parts),
            length_splits=cuts.split or None,
            max_tokens_raised=cuts.max_tokens,
        )
        return Answered([(p.request.chunk, p.answer) for p in parts], provenance)

    def cost_of(self, usage: Usage, *, through_batch: bool = False) -> Cost | None:
        """What ``usage`` cost at this model's price (online, or the Batch API's rate); None when no
        price is known."""
        if self.price is None:
            return None
        if through_batch:
            usd = self.price.batch_usd(usage.prompt_tokens, usage.completion_tokens)
            return Cost(usd=round(usd, 8), prices=f"{self.price.source}, Batch API rate")
        usd = self.price.usd(usage.prompt_tokens, usage.completion_tokens, usage.cached_tokens)
        return Cost(usd=round(usd, 8), prices=self.price.source)

    # -- the Batch API driver --------------------------------------------------------------

    @property
    def max_sends(self) -> int:
        """How many batches one request may go into: its first send and the transport's retries."""
        return self.client.settings.max_retries + 1

    def batch_client(self) -> Any:
        """The openai client the Batch API's files and batches go through."""
        return self.client.transport.sync_client

    def prepare(self, article: Article) -> PreparedArticle:
        """The requests of ``article``, one per chunk."""
        return PreparedArticle(article, self.requests(article), CutAnswers())

    def request_body(self, prepared: PreparedArticle, index: int) -> dict[str, Any]:
        """The json_schema body an online call would post for chunk ``index``."""
        from llmextract.llm.transport import Send

        ask = prepared.requests[index]
        return self.client.transport.schema_body(
            Send("json_schema", ask.messages, self.answer_model, ask.max_tokens)
        )

    def cached_answer(self, prepared: PreparedArticle, index: int) -> ChunkAnswer | None:
        """Chunk ``index``'s answer from the response cache, if it was answered before."""
        return self.cached(prepared.requests[index])

    def answer_from_body(
        self, prepared: PreparedArticle, index: int, body: str, budget: CallBudget
    ) -> list[ChunkAnswer]:
        """Chunk ``index``'s answer from its batch line's body, through the chunk's plan: a valid
        answer is stored as an online one; one that fails validation is re-asked online; one cut at
        the token limit is asked again (more room or in pieces) online. Raises ``CutOff`` for a broken
        body, ProviderError or ExtractionFailed when the online calls fail."""
        from llmextract.llm.call_plan import CallResult, reask_messages, validated
        from llmextract.llm.outcomes import AnswerCutOff, Invalid

        ask = prepared.requests[index]
        plan = self.plan(prepared.article, ask, prepared.cuts)
        if next(plan, None) is None:  # pragma: no cover - cached chunks are never sent in a batch
            raise ConfigError(f"chunk {index} of {prepared.article.id} needs no answer")
        reply: Reply
        try:
            value, completion = validated(body, self.answer_model, budget)
        except Invalid as exc:  # re-asked online, as an online call would be
            reply = self._sent(
                replace(ask, messages=reask_messages(ask.messages, budget.last_raw, exc.error)), budget
            )
        except AnswerCutOff as cut:
            reply = cut
        else:
            budget.usage = budget.usage + completion.usage
            reply = CallResult(
                value=value, mode="json_schema", attempts=1, usage=completion.usage, raw=completion.content
            )
        return self.drive(plan, budget, reply)
