"""The one verb: ``extract`` (and ``aextract``), and the reusable ``Extractor`` behind it.

An Extractor is a config, an answerer and the assembly: the answerer (the offline rules, or an LLM
with its client, prompt and response cache) gives one answer for the article; the assembly grounds
it in the article's text and resolves its actors, the same way whichever answerer it was. An
Extractor is immutable after construction, safe to share between threads and tasks, and a sync and
async context manager (``with Extractor(...) as ex``) that releases connections and the cache.

An LLM extraction is one call per chunk (one chunk unless the article is over ``chunk_chars``),
each answered from the response cache when the same request was answered before: such a result
says so (``provenance.cached``) and costs no tokens in this run (usage 0, attempts 0). A chunk
whose answer is cut at the token limit is asked again with a higher cap where ``max_tokens_limit``
allows, else halved (``provenance.max_tokens_raised``, ``provenance.length_splits``).
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from llmextract.answering import Answered, Answerer
from llmextract.article import Article
from llmextract.assembly.assemble import assemble
from llmextract.assembly.chunking import merge_answers
from llmextract.config import ExtractorConfig
from llmextract.errors import ConfigError, InputError
from llmextract.llm.cache import ResponseCache
from llmextract.model_choice import BASELINE, DEFAULT_LLM_MODEL, resolve_model
from llmextract.reading.language import language_of
from llmextract.schema import Extraction

if TYPE_CHECKING:  # the openai stack is imported only when an LLM is used
    from llmextract.answering import CallBudget
    from llmextract.llm.answerer import LLMAnswerer

__all__ = ["BASELINE", "DEFAULT_LLM_MODEL", "Extractor", "aextract", "as_article", "extract", "resolve_model"]


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
        cache = options.pop("cache") if isinstance(options.get("cache"), ResponseCache) else None
        if cache is not None:
            options["cache"] = cache.directory
        changes = {**({"model": model} if model is not None else {}), **options}
        self.config = replace(config, **changes) if config is not None else ExtractorConfig(**changes)
        self.model = self.config.resolved_model
        self.answerer: Answerer
        if self.model == BASELINE:
            from llmextract.baseline.answerer import RulesAnswerer

            self.answerer = RulesAnswerer()
        else:
            from llmextract.llm.answerer import LLMAnswerer

            self.answerer = LLMAnswerer(
                self.config,
                self.model,
                http_client=http_client,
                async_http_client=async_http_client,
                cache=cache,
            )

    def llm(self) -> LLMAnswerer:
        """The LLM answerer, for runners that send its requests their own way (the Batch API);
        ConfigError for the offline baseline, which sends none."""
        from llmextract.llm.answerer import LLMAnswerer

        if not isinstance(self.answerer, LLMAnswerer):
            raise ConfigError("the offline baseline sends no requests; give an LLM model (-m MODEL)")
        return self.answerer

    def close(self) -> None:
        """Release the sync connections and the cache file (the Extractor is unusable afterwards)."""
        self.answerer.close()

    async def aclose(self) -> None:
        """Release the async connections, on the event loop that used them, and the cache file."""
        await self.answerer.aclose()

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> Extractor:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        prompt = None if self.model == BASELINE else self.config.prompt
        return f"Extractor(model={self.model!r}, prompt={prompt!r})"

    def checked(self, article: Article | str) -> Article:
        """The article, within ``max_chars`` on every path, the baseline's included."""
        art = as_article(article)
        if len(art.text) > self.config.max_chars:
            raise InputError(
                f"article {art.id} has {len(art.text):,} characters, over the limit of "
                f"{self.config.max_chars:,}; raise max_chars (--max-chars) to accept it"
            )
        return art

    def assembled(self, article: Article, answered: Answered) -> Extraction:
        """Merge the chunks' answers, ground them in the article and resolve the actors: the result.

        A chunked article is grounded once: each chunk's quotes and evidence where that chunk placed
        them, the article searched only for what no chunk could place."""
        include_text = self.config.include_text
        if len(answered.pieces) == 1:
            return assemble(article, answered.pieces[0][1], answered.provenance, include_text=include_text)
        chunks, answers = [c for c, _ in answered.pieces], [a for _, a in answered.pieces]
        merged = merge_answers(article.text, chunks, answers)
        return assemble(
            article, merged.answer, answered.provenance, include_text=include_text, located=merged.located
        )

    def extract(self, article: Article | str, *, budget: CallBudget | None = None) -> Extraction:
        """Extract from one article (text or Article); raises ProviderError or ExtractionFailed.

        ``budget`` (an ``llmextract.llm.client.CallBudget``) lets a caller read the calls and tokens spent
        even when the extraction fails; one budget bounds the retries of every chunk together.
        """
        art = self.checked(article)
        return self.assembled(
            art, self._with_language(art, self.answerer.answer(art, budget, time.perf_counter()))
        )

    async def aextract(self, article: Article | str, *, budget: CallBudget | None = None) -> Extraction:
        """The async twin of :meth:`extract`."""
        art = self.checked(article)
        answered = await self.answerer.aanswer(art, budget, time.perf_counter())
        return self.assembled(art, self._with_language(art, answered))

    def _with_language(self, article: Article, answered: Answered) -> Answered:
        """The offline rules' answer with the language they read the article in (they pick their
        word lists by it), so a result says why it holds what it holds."""
        if self.model != BASELINE:
            return answered
        provenance = answered.provenance.model_copy(update={"lang": language_of(article)})
        return Answered(answered.pieces, provenance)


def extract(article: Article | str, model: str | None = None, **options: Any) -> Extraction:
    """Extract quotes, stances and actors from one article. Options are those of :class:`Extractor`.

    For many articles, build one :class:`Extractor` (or use ``extract_many``): it keeps its connections.
    """
    with Extractor(model, **options) as extractor:
        return extractor.extract(article)


async def aextract(article: Article | str, model: str | None = None, **options: Any) -> Extraction:
    """Async :func:`extract`."""
    async with Extractor(model, **options) as extractor:
        return await extractor.aextract(article)
