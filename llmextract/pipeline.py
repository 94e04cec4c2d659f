"""The one verb: ``extract`` (and ``aextract``), and the reusable ``Extractor`` behind it.

An Extractor is immutable after construction and safe to share between threads and tasks:
it holds the settings, the loaded prompt, one LLM client per endpoint and the response cache.

An LLM extraction is one call per chunk (one chunk unless the article is over ``chunk_chars``),
each answered from the response cache when the same request was answered before: such a result
says so (``provenance.cached``) and costs no tokens in this run (usage 0, attempts 0). A chunk
whose answer is cut at the token limit is asked again with a higher cap where ``max_tokens_limit``
allows, else halved (``provenance.max_tokens_raised``, ``provenance.length_splits``).
"""

from __future__ import annotations

import os
import time
from collections.abc import Generator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from llmextract.__about__ import __version__
from llmextract.article import Article, text_sha256
from llmextract.assembly.assemble import assemble
from llmextract.assembly.chunking import Chunk, merge_answers, restore_alignment, split_text
from llmextract.baseline.model import baseline_of
from llmextract.config import ExtractorConfig
from llmextract.errors import ConfigError, InputError
from llmextract.llm.answer_schema import LLMExtraction, as_internal, schema_sha256
from llmextract.llm.answer_schema_v2 import answer_model
from llmextract.llm.cache import CachedAnswer, ResponseCache, cache_key, open_cache
from llmextract.llm.chunk_calls import ChunkAnswer, ChunkRequest
from llmextract.llm.data_fence import fence_text, fence_title
from llmextract.llm.length_split import CutAnswers, after_cut
from llmextract.llm.model_choice import BASELINE, DEFAULT_LLM_MODEL, resolve_model
from llmextract.llm.prompts import PromptTemplate, load_prompt, rendered_sha256
from llmextract.schema import SCHEMA_VERSION, Extraction, PromptRef, Provenance

if TYPE_CHECKING:  # the openai stack is imported only when an LLM is used
    from llmextract.llm.client import CallBudget, CallResult, LLMClient

__all__ = ["BASELINE", "DEFAULT_LLM_MODEL", "Extractor", "aextract", "as_article", "extract", "resolve_model"]

DEFAULT_MAX_CHARS = ExtractorConfig.max_chars
DEFAULT_CHUNK_CHARS = ExtractorConfig.chunk_chars


def as_article(article: Article | str) -> Article:
    if isinstance(article, Article):
        return article
    if isinstance(article, str):
        return Article(text=article)
    raise InputError(f"expected an Article or a str, not {type(article).__name__}")


class Extractor:
    """Extracts quotes, stances and actors with one model and one prompt version."""

    def __init__(
        self,
        model: str | None = None,
        *,
        config: ExtractorConfig | None = None,
        http_client: Any = None,
        async_http_client: Any = None,
        **options: Any,
    ) -> None:
        """``config`` holds every setting (:class:`~llmextract.config.ExtractorConfig`); ``model`` and
        keyword ``options`` (its field names: ``base_url``, ``prompt``, ``max_tokens``, ``cache``, ...)
        build one, or change the given one. ``cache``: True for the user cache dir
        (``LLMEXTRACT_CACHE_DIR`` overrides), False for none, a folder, or an open ResponseCache.
        ``http_client``/``async_http_client``: httpx clients to send through (tests, proxies)."""
        cache_handle = options.pop("cache") if isinstance(options.get("cache"), ResponseCache) else None
        if cache_handle is not None:
            options["cache"] = cache_handle.directory
        changes = {**({"model": model} if model is not None else {}), **options}
        self.config = replace(config, **changes) if config is not None else ExtractorConfig(**changes)
        cfg = self.config
        self.model = cfg.resolved_model
        self.prompt: PromptTemplate | None = None
        self.client: LLMClient | None = None
        self.cache: ResponseCache | None = None
        self.answer_model: type[BaseModel] = LLMExtraction
        if self.model == BASELINE:
            return
        self.prompt = load_prompt(cfg.prompt)
        if self.prompt.schema_version != SCHEMA_VERSION:
            raise ConfigError(
                f"prompt {self.prompt.ref} is for schema v{self.prompt.schema_version}; "
                f"this toolkit speaks v{SCHEMA_VERSION}"
            )
        self.answer_model = answer_model(self.prompt.llm_schema, asked_by=self.prompt.ref)
        from llmextract.llm.client import LLMClient
        from llmextract.llm.ratelimit import RateLimiter
        from llmextract.llm.settings import LLMSettings

        settings = LLMSettings(
            model=self.model,
            base_url=cfg.base_url or os.environ.get("OPENAI_BASE_URL") or None,
            api_key=cfg.api_key or os.environ.get("OPENAI_API_KEY") or None,
            mode=cfg.mode,
            timeout=cfg.timeout,
            max_reasks=cfg.max_reasks,
            max_retries=cfg.max_retries,
            temperature=cfg.temperature,
            max_tokens=cfg.max_tokens,
            backoff_base=cfg.backoff_base,
            backoff_max=cfg.backoff_max,
        )
        self.client = LLMClient(
            settings,
            http_client=http_client,
            async_http_client=async_http_client,
            limiter=RateLimiter(cfg.rpm) if cfg.rpm else None,
        )
        self.cache = cache_handle if cache_handle is not None else open_cache(cfg.cache)

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> Extractor:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def close(self) -> None:
        """Release the sync connections and the cache file (the Extractor is unusable afterwards)."""
        if self.client is not None:
            self.client.close()
        if self.cache is not None:
            self.cache.close()

    async def aclose(self) -> None:
        """Release the async connections, on the event loop that used them, and the cache file."""
        if self.client is not None:
            await self.client.aclose()
        if self.cache is not None:
            self.cache.close()

    def __repr__(self) -> str:
        prompt = self.prompt.ref if self.prompt else None
        return f"Extractor(model={self.model!r}, prompt={prompt!r})"

    def _check_size(self, article: Article) -> None:
        """``max_chars`` holds on every path, the baseline's included."""
        if len(article.text) > self.config.max_chars:
            raise InputError(
                f"article {article.id} has {len(article.text):,} characters, over the limit of "
                f"{self.config.max_chars:,}; raise max_chars (--max-chars) to accept it"
            )

    # The steps of one LLM extraction, public for runners that send the requests their own way
    # (the Batch API): chunks -> chunk_requests -> cached or answer/store -> finish.

    def chunks(self, article: Article) -> list[Chunk]:
        """The article's chunks, one call each (one unless it is over ``chunk_chars``)."""
        return split_text(article.text, self.config.chunk_chars, self.config.chunk_overlap)

    def chunk_requests(
        self, article: Article, chunks: list[Chunk], depth: int = 0, cap: int | None = None
    ) -> list[ChunkRequest]:
        assert self.prompt is not None and self.client is not None
        cap = cap if cap is not None else self.client.settings.max_tokens
        requests = []
        for chunk in chunks:
            text = article.text[chunk.start : chunk.end]
            messages = self.prompt.render(
                text=fence_text(text), title=fence_title(article.title) if article.title else article.title
            )
            rendered = rendered_sha256(messages)
            key = self._key(rendered, text) if self.cache else None
            requests.append(ChunkRequest(chunk, messages, rendered, key, depth, cap))
        return requests

    def _key(self, rendered: str, text: str) -> str:
        assert self.client is not None and self.prompt is not None
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

    def store(self, request: ChunkRequest, call: CallResult) -> ChunkAnswer:
        """A validated answer, put in the response cache."""
        value: BaseModel = call.value
        if self.cache is not None and request.key is not None:
            entry = CachedAnswer(answer=value.model_dump_json(), mode=call.mode, usage=call.usage)
            self.cache.put(request.key, model=self.model, entry=entry)
        return ChunkAnswer(request, as_internal(value), call.mode, cached=False)

    def after_cut(self, article: Article, ask: ChunkRequest, cuts: CutAnswers) -> list[ChunkRequest]:
        """What to ask instead of a request whose answer was cut at the token limit: the same text
        with a higher cap where allowed, else the text in smaller pieces; none: give up."""
        cap, pieces = after_cut(
            article.text, ask.chunk, ask.depth, ask.max_tokens, self.config.max_tokens_limit, cuts
        )
        if pieces == [ask.chunk]:
            return [replace(ask, max_tokens=cap)]
        return self.chunk_requests(article, pieces, ask.depth + 1, cap) if pieces else []

    def _answering(
        self, article: Article, ask: ChunkRequest, cuts: CutAnswers
    ) -> Generator[ChunkRequest, CallResult, list[ChunkAnswer]]:
        """One chunk's answer, from cache or the model, or its pieces' answers when it was cut.

        Each request for the model is yielded; the driver sends back its answer, or throws in the
        ``AnswerCutOff`` it ended in. :meth:`answer` and :meth:`_aanswer` drive this one plan, so the
        sync and async paths cannot drift."""
        from llmextract.llm.outcomes import AnswerCutOff

        part = self.cached(ask)
        if part is not None:
            return [part]
        try:
            call = yield ask
        except AnswerCutOff:
            pieces = self.after_cut(article, ask, cuts)
            if not pieces:
                raise
        else:
            return [self.store(ask, call)]
        parts: list[ChunkAnswer] = []
        for piece in pieces:
            parts += yield from self._answering(article, piece, cuts)
        return parts

    def answer(
        self, article: Article, ask: ChunkRequest, budget: CallBudget, cuts: CutAnswers
    ) -> list[ChunkAnswer]:
        """One chunk's answer, from cache or the model, or its pieces' answers when it was cut."""
        from llmextract.llm.outcomes import AnswerCutOff

        assert self.client is not None
        plan = self._answering(article, ask, cuts)
        try:
            request = next(plan)
            while True:
                try:
                    call = self.client.call(request.messages, self.answer_model, budget, request.max_tokens)
                except AnswerCutOff as cut:
                    request = plan.throw(cut)
                else:
                    request = plan.send(call)
        except StopIteration as done:
            parts: list[ChunkAnswer] = done.value
            return parts

    async def _aanswer(
        self, article: Article, ask: ChunkRequest, budget: CallBudget, cuts: CutAnswers
    ) -> list[ChunkAnswer]:
        """:meth:`answer` on the event loop."""
        from llmextract.llm.outcomes import AnswerCutOff

        assert self.client is not None
        plan = self._answering(article, ask, cuts)
        try:
            request = next(plan)
            while True:
                try:
                    call = await self.client.acall(
                        request.messages, self.answer_model, budget, request.max_tokens
                    )
                except AnswerCutOff as cut:
                    request = plan.throw(cut)
                else:
                    request = plan.send(call)
        except StopIteration as done:
            parts: list[ChunkAnswer] = done.value
            return parts

    def finish(
        self, article: Article, parts: list[ChunkAnswer], cuts: CutAnswers, budget: CallBudget, started: float
    ) -> Extraction:
        assert self.prompt is not None and self.client is not None
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
            seconds=round(time.perf_counter() - started, 4),
            cached=all(part.cached for part in parts),
            length_splits=cuts.split or None,
            max_tokens_raised=cuts.max_tokens,
        )
        if len(parts) == 1:
            return assemble(article, parts[0].answer, provenance, include_text=self.config.include_text)
        merged = merge_answers(article.text, [p.request.chunk for p in parts], [p.answer for p in parts])
        result = assemble(article, merged.answer, provenance, include_text=self.config.include_text)
        return restore_alignment(result, merged.alignments)

    def _baseline(self, article: Article, started: float) -> Extraction:
        provenance = Provenance(
            model=self.model, toolkit_version=__version__, seconds=round(time.perf_counter() - started, 4)
        )
        return assemble(article, baseline_of(article), provenance, include_text=self.config.include_text)

    def extract(self, article: Article | str, *, budget: CallBudget | None = None) -> Extraction:
        """Extract from one article (text or Article); raises ProviderError or ExtractionFailed.

        ``budget`` (an ``llmextract.llm.client.CallBudget``) lets a caller read the calls and tokens spent
        even when the extraction fails; one budget bounds the retries of every chunk together.
        """
        art = as_article(article)
        self._check_size(art)
        started = time.perf_counter()
        if self.client is None:
            return self._baseline(art, started)
        from llmextract.llm.client import CallBudget

        budget = budget if budget is not None else CallBudget()
        cuts = CutAnswers()
        parts = [
            p for r in self.chunk_requests(art, self.chunks(art)) for p in self.answer(art, r, budget, cuts)
        ]
        return self.finish(art, parts, cuts, budget, started)

    async def aextract(self, article: Article | str, *, budget: CallBudget | None = None) -> Extraction:
        """The async twin of :meth:`extract`."""
        art = as_article(article)
        self._check_size(art)
        started = time.perf_counter()
        if self.client is None:
            return self._baseline(art, started)
        from llmextract.llm.client import CallBudget

        budget = budget if budget is not None else CallBudget()
        parts: list[ChunkAnswer] = []
        cuts = CutAnswers()
        for request in self.chunk_requests(art, self.chunks(art)):
            parts.extend(await self._aanswer(art, request, budget, cuts))
        return self.finish(art, parts, cuts, budget, started)


def extract(article: Article | str, model: str | None = None, **options: Any) -> Extraction:
    """Extract quotes, stances and actors from one article. Options are those of :class:`Extractor`.

    For many articles, build one :class:`Extractor` (or use ``extract_many``): it keeps its connections.
    """
    extractor = Extractor(model, **options)
    try:
        return extractor.extract(article)
    finally:
        extractor.close()


async def aextract(article: Article | str, model: str | None = None, **options: Any) -> Extraction:
    """Async :func:`extract`."""
    extractor = Extractor(model, **options)
    try:
        return await extractor.aextract(article)
    finally:
        await extractor.aclose()
