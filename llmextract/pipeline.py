"""The one verb: ``extract`` (and ``aextract``), and the reusable ``Extractor`` behind it.

An Extractor is immutable after construction and safe to share between threads and tasks:
it holds the settings, the loaded prompt and one LLM client per endpoint.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import TYPE_CHECKING, Any

from llmextract import __version__
from llmextract.article import Article
from llmextract.assemble import assemble
from llmextract.baseline import baseline_extract
from llmextract.errors import ConfigError, InputError
from llmextract.llm_schema import LLMExtraction
from llmextract.prompts import DEFAULT_PROMPT, PromptTemplate, load_prompt, rendered_sha256
from llmextract.schema import SCHEMA_VERSION, Extraction, PromptRef, Provenance, Usage

if TYPE_CHECKING:  # the openai stack is imported only when an LLM is used
    from llmextract.llm import CallResult, LLMClient

__all__ = ["BASELINE", "DEFAULT_LLM_MODEL", "Extractor", "aextract", "extract", "resolve_model"]

BASELINE = "baseline"
DEFAULT_LLM_MODEL = "gpt-4o-mini"
DEFAULT_MAX_CHARS = 60_000
_notice_lock = threading.Lock()
_notice_shown = False


def resolve_model(model: str | None) -> str:
    """The model to use: the argument, else LLMEXTRACT_MODEL, else an LLM when an endpoint is
    configured (OPENAI_API_KEY / OPENAI_BASE_URL), else the offline baseline (with one notice)."""
    chosen = model or os.environ.get("LLMEXTRACT_MODEL")
    if chosen:
        return chosen
    if os.environ.get("OPENAI_API_KEY") or os.environ.get("OPENAI_BASE_URL"):
        return DEFAULT_LLM_MODEL
    _baseline_notice()
    return BASELINE


def _baseline_notice() -> None:
    global _notice_shown
    with _notice_lock:
        if _notice_shown:
            return
        _notice_shown = True
    print(
        "llmextract: no model given and no OPENAI_API_KEY/OPENAI_BASE_URL set; using the offline rules "
        "baseline. For an LLM, pass -m MODEL (and --base-url URL for a local server) or set OPENAI_API_KEY.",
        file=sys.stderr,
    )


def _as_article(article: Article | str) -> Article:
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
        base_url: str | None = None,
        api_key: str | None = None,
        prompt: str = DEFAULT_PROMPT,
        mode: str = "auto",
        timeout: float = 120.0,
        max_reasks: int = 2,
        max_retries: int = 4,
        temperature: float | None = 0.0,
        max_chars: int = DEFAULT_MAX_CHARS,
        include_text: bool = True,
        http_client: Any = None,
        async_http_client: Any = None,
    ) -> None:
        self.model = resolve_model(model)
        self.max_chars = max_chars
        self.include_text = include_text
        self.prompt: PromptTemplate | None = None
        self.client: LLMClient | None = None
        if self.model == BASELINE:
            return
        self.prompt = load_prompt(prompt)
        if self.prompt.schema_version != SCHEMA_VERSION:
            raise ConfigError(
                f"prompt {self.prompt.ref} is for schema v{self.prompt.schema_version}; "
                f"this toolkit speaks v{SCHEMA_VERSION}"
            )
        from llmextract.llm import LLMClient, LLMSettings

        settings = LLMSettings(
            model=self.model,
            base_url=base_url or os.environ.get("OPENAI_BASE_URL") or None,
            api_key=api_key or os.environ.get("OPENAI_API_KEY") or None,
            mode=mode,
            timeout=timeout,
            max_reasks=max_reasks,
            max_retries=max_retries,
            temperature=temperature,
        )
        self.client = LLMClient(settings, http_client=http_client, async_http_client=async_http_client)

    def __repr__(self) -> str:
        prompt = self.prompt.ref if self.prompt else None
        return f"Extractor(model={self.model!r}, prompt={prompt!r})"

    def _messages(self, article: Article) -> list[dict[str, str]]:
        assert self.prompt is not None
        if len(article.text) > self.max_chars:
            raise InputError(
                f"article {article.id} has {len(article.text):,} characters, over the limit of "
                f"{self.max_chars:,} for one call; raise max_chars (--max-chars) if the model's context allows"
            )
        return self.prompt.render(text=article.text, title=article.title)

    def _provenance(self, started: float, messages: list[dict[str, str]] | None,
                    call: CallResult | None) -> Provenance:
        prompt_ref = None
        if self.prompt is not None and messages is not None:
            prompt_ref = PromptRef(name=self.prompt.name, version=self.prompt.version,
                                   sha256=self.prompt.sha256, rendered_sha256=rendered_sha256(messages))
        return Provenance(
            model=self.model,
            endpoint=self.client.settings.host if self.client else None,
            prompt=prompt_ref,
            toolkit_version=__version__,
            mode=call.mode if call else None,
            attempts=call.attempts if call else 1,
            usage=call.usage if call else Usage(),
            seconds=round(time.perf_counter() - started, 4),
        )

    def extract(self, article: Article | str) -> Extraction:
        """Extract from one article (text or Article); raises ProviderError or ExtractionFailed."""
        art = _as_article(article)
        started = time.perf_counter()
        if self.client is None:
            return assemble(art, baseline_extract(art.text), self._provenance(started, None, None),
                            include_text=self.include_text)
        messages = self._messages(art)
        call = self.client.call(messages, LLMExtraction)
        return assemble(art, call.value, self._provenance(started, messages, call), include_text=self.include_text)

    async def aextract(self, article: Article | str) -> Extraction:
        """The async twin of :meth:`extract`."""
        art = _as_article(article)
        started = time.perf_counter()
        if self.client is None:
            return assemble(art, baseline_extract(art.text), self._provenance(started, None, None),
                            include_text=self.include_text)
        messages = self._messages(art)
        call = await self.client.acall(messages, LLMExtraction)
        return assemble(art, call.value, self._provenance(started, messages, call), include_text=self.include_text)


def extract(article: Article | str, model: str | None = None, **options: Any) -> Extraction:
    """Extract quotes, stances and actors from one article. Options are those of :class:`Extractor`."""
    return Extractor(model, **options).extract(article)


async def aextract(article: Article | str, model: str | None = None, **options: Any) -> Extraction:
    """Async :func:`extract`."""
    return await Extractor(model, **options).aextract(article)
