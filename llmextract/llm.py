"""Structured calls to an OpenAI-compatible endpoint, through instructor.

Three loops, each with one job and its own budget:

- transport retries (tenacity; the openai SDK's own retries are switched off, so there is exactly one
  retry layer): exponential backoff with jitter, Retry-After honoured, only for 408/409/429/5xx,
  connection errors, timeouts and bodies cut off mid-way; never for 400/401/403/404/422. One retry
  budget (``max_retries``) covers a whole call, re-asks and mode fallbacks included, and a caller
  may share one :class:`CallBudget` between calls (the chunks of one article) to bound them together;
- mode fallback (``auto``): json_schema, then json_object, then md_json, when the endpoint rejects the
  request format; what worked is remembered per endpoint and model for the rest of the process;
- validation re-asks (default 2): the model sees the original messages plus its last answer and the
  last error only, so the context does not grow with each attempt.

``json_schema``, the first mode tried, is sent and validated here directly (the same request body
instructor builds, prepared once per response model); instructor rebuilds the JSON Schema and a
validator model on every call, which cost several milliseconds per article, more than the rest of
the toolkit together. That body goes out through the openai client's own ``post`` (its transport,
auth, timeouts and errors) and the answer is read as JSON, without the SDK's typed request and
response models, which cost a millisecond or more per call; inside a batch run
(:meth:`LLMClient.batch_transport`) it goes out over one aiohttp session instead, with the same
URL, headers and exceptions (:mod:`llmextract.aiohttp_post`). The other modes go through instructor.

Usage is summed over every HTTP call that returned an answer, re-asks included.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import threading
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, NoReturn
from urllib.parse import urlparse

import instructor
import openai
from instructor.core import InstructorError, InstructorRetryException
from pydantic import BaseModel, ValidationError
from tenacity import AsyncRetrying, RetryCallState, Retrying, retry_if_exception

from llmextract.aiohttp_post import AiohttpPoster
from llmextract.errors import ConfigError, ExtractionFailed, ProviderError
from llmextract.llm_outcomes import (
    RETRYABLE_STATUS,
    CallBudget,
    _CutOff,
    _FormatRejected,
    _Invalid,
    _is_retryable,
    _parse_completion,
    _raw_text,
    _schema_format,
    _usage_of,
)
from llmextract.llm_outcomes import (
    _rejects_format as _rejects_format,
)
from llmextract.llm_outcomes import (
    _retry_after as _retry_after,
)
from llmextract.ratelimit import RateLimiter
from llmextract.schema import Usage

__all__ = [
    "MODES",
    "RETRYABLE_STATUS",
    "CallBudget",
    "CallResult",
    "LLMClient",
    "LLMSettings",
    "endpoint_host",
    "forget_working_modes",
]

logging.getLogger("instructor").addHandler(logging.NullHandler())

MODES: dict[str, instructor.Mode] = {
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "tools": instructor.Mode.TOOLS,
    "md_json": instructor.Mode.MD_JSON,
}
AUTO_ORDER = ("json_schema", "json", "md_json")
_COMPLETIONS = "/chat/completions"

_working_modes: dict[tuple[str, str], str] = {}
_working_modes_lock = threading.Lock()


def forget_working_modes() -> None:
    """Forget which mode worked for which endpoint (tests; a long-lived process after a server change)."""
    with _working_modes_lock:
        _working_modes.clear()


def endpoint_host(base_url: str | None) -> str:
    """The host (and port) of an endpoint, for provenance and messages; never any credential."""
    if not base_url:
        return "api.openai.com"
    parsed = urlparse(base_url)
    host = parsed.hostname or base_url
    return f"{host}:{parsed.port}" if parsed.port else host


def _raise_http_error(exc: openai.APIStatusError) -> NoReturn:
    """Re-raise an HTTP error of the raw openai client with its meaning: format rejected, or as is."""
    if _rejects_format(exc):
        raise _FormatRejected(exc) from exc
    raise exc


@dataclass(frozen=True)
class LLMSettings:
    """Everything that decides how one endpoint is called."""

    model: str
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    mode: str = "auto"
    timeout: float = 120.0
    max_reasks: int = 2
    max_retries: int = 4
    temperature: float | None = 0.0
    max_tokens: int | None = None
    backoff_base: float = 1.0
    backoff_max: float = 30.0

    def __post_init__(self) -> None:
        if self.mode != "auto" and self.mode not in MODES:
            raise ConfigError(f"unknown mode {self.mode!r}; choose auto, {', '.join(MODES)}")
        if self.max_reasks < 0 or self.max_retries < 0:
            raise ConfigError("max_reasks and max_retries must be >= 0")

    @cached_property
    def host(self) -> str:
        return endpoint_host(self.base_url)


@dataclass
class CallResult:
    """A validated answer and what it cost."""

    value: Any
    mode: str
    attempts: int
    usage: Usage
    raw: str | None


class LLMClient:
    """A reusable, thread-safe caller for one endpoint and model."""

    def __init__(
        self,
        settings: LLMSettings,
        *,
        http_client: Any = None,
        async_http_client: Any = None,
        limiter: RateLimiter | None = None,
    ) -> None:
        """``http_client``/``async_http_client`` are passed to the openai clients (tests, proxies);
        ``limiter`` paces every HTTP request, retries included (``--rpm``)."""
        self.settings = settings
        self.limiter = limiter
        key = settings.api_key or ("not-needed" if settings.base_url else None)
        if key is None:
            raise ConfigError(
                f"model {settings.model!r} needs an API key: set OPENAI_API_KEY, or give --base-url for a "
                "local server, or use -m baseline for the offline rules model"
            )
        self._common: dict[str, Any] = {
            "api_key": key,
            "base_url": settings.base_url,
            "max_retries": 0,
            "timeout": settings.timeout,
        }
        self._http_clients = (http_client, async_http_client)
        # built on first use: each openai client costs tens of milliseconds (an SSL context)
        self._sync_client: openai.OpenAI | None = None
        self._async_client: openai.AsyncOpenAI | None = None
        self._sync_by_mode: dict[str, Any] = {}
        self._async_by_mode: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._poster: AiohttpPoster | None = None
        self._poster_users = 0

    @property
    def _sync(self) -> openai.OpenAI:
        with self._lock:
            if self._sync_client is None:
                self._sync_client = openai.OpenAI(**self._common, http_client=self._http_clients[0])
            return self._sync_client

    @property
    def _async(self) -> openai.AsyncOpenAI:
        with self._lock:
            return self._async_unlocked()

    def _async_unlocked(self) -> openai.AsyncOpenAI:
        if self._async_client is None:
            self._async_client = openai.AsyncOpenAI(**self._common, http_client=self._http_clients[1])
        return self._async_client

    def close(self) -> None:
        """Close the sync connection pool."""
        if self._sync_client is not None:
            self._sync_client.close()

    async def aclose(self) -> None:
        """Close the async connection pool (call it on the event loop that used it)."""
        if self._async_client is not None:
            await self._async_client.close()

    @contextlib.asynccontextmanager
    async def batch_transport(self) -> AsyncIterator[None]:
        """While open, json_schema calls made on this event loop go out over one aiohttp session.

        For batch runs, where the client's CPU time per call sets the wall time (see
        :mod:`llmextract.aiohttp_post`). A caller's own ``async_http_client`` is always kept, and so
        is the openai client for calls from another event loop or through a proxy. Nested and
        concurrent runs on one loop share the session; the last one out closes it.
        """
        loop = asyncio.get_running_loop()
        with self._lock:
            poster = self._poster
            if poster is None and self._http_clients[1] is None:
                poster = AiohttpPoster.for_client(self._async_unlocked(), self.settings.timeout, loop)
                self._poster = poster
            mine = poster is not None and poster.loop is loop
            if mine:
                self._poster_users += 1
        try:
            yield
        finally:
            if mine and poster is not None:
                with self._lock:
                    self._poster_users -= 1
                    last = self._poster_users == 0
                    if last:
                        self._poster = None
                if last:
                    await poster.close()

    # -- mode bookkeeping -------------------------------------------------------------------

    def _key(self) -> tuple[str, str]:
        return (self.settings.base_url or "openai", self.settings.model)

    def modes_to_try(self) -> list[str]:
        if self.settings.mode != "auto":
            return [self.settings.mode]
        with _working_modes_lock:
            known = _working_modes.get(self._key())
        return [known, *(m for m in AUTO_ORDER if m != known)] if known else list(AUTO_ORDER)

    def _remember(self, mode: str) -> None:
        if self.settings.mode == "auto":
            with _working_modes_lock:
                _working_modes[self._key()] = mode

    def _patched(self, mode: str, *, is_async: bool) -> Any:
        cache = self._async_by_mode if is_async else self._sync_by_mode
        raw = self._async if is_async else self._sync
        with self._lock:
            if mode not in cache:
                cache[mode] = instructor.from_openai(raw, mode=MODES[mode])
            return cache[mode]

    # -- one request ------------------------------------------------------------------------

    def _request(self, messages: list[dict[str, str]], response_model: type[BaseModel]) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "model": self.settings.model,
            "messages": messages,
            "response_model": response_model,
            "max_retries": 0,
        }
        if self.settings.temperature is not None:
            kwargs["temperature"] = self.settings.temperature
        if self.settings.max_tokens is not None:
            kwargs["max_tokens"] = self.settings.max_tokens
        return kwargs

    def _direct_body(self, messages: list[dict[str, str]], response_model: type[BaseModel]) -> dict[str, Any]:
        """The JSON body of a json_schema request, the one instructor would send."""
        body: dict[str, Any] = {"model": self.settings.model, "messages": messages}
        if self.settings.temperature is not None:
            body["temperature"] = self.settings.temperature
        if self.settings.max_tokens is not None:
            body["max_tokens"] = self.settings.max_tokens
        body["response_format"] = _schema_format(response_model)
        return body

    def _direct_parse(
        self, text: str, response_model: type[BaseModel], budget: CallBudget
    ) -> tuple[Any, Any]:
        """Validate a json_schema answer; an invalid one is counted and raised as ``_Invalid``.

        The body is read as JSON here rather than through the SDK's response models, which cost
        more per call than everything else the toolkit does with the answer.
        """
        try:
            completion = _parse_completion(text)
        except json.JSONDecodeError as exc:
            raise _CutOff(f"response body is not complete JSON ({exc.msg} at char {exc.pos})") from exc
        raw = completion.content or ""
        try:
            if completion.finish_reason == "length":
                raise ValueError("the answer was cut off at the token limit (finish_reason=length)")
            return response_model.model_validate_json(raw), completion
        except (ValidationError, ValueError) as exc:
            budget.usage = budget.usage + completion.usage
            budget.last_raw = raw
            raise _Invalid(str(exc) or type(exc).__name__) from exc

    def _direct_call(
        self, messages: list[dict[str, str]], response_model: type[BaseModel], budget: CallBudget
    ) -> tuple[Any, Any]:
        """One json_schema request and its validated answer."""
        body = self._direct_body(messages, response_model)
        try:
            text = self._sync.post(_COMPLETIONS, body=body, cast_to=str)
        except openai.APIStatusError as exc:
            _raise_http_error(exc)
        return self._direct_parse(text, response_model, budget)

    async def _adirect_call(
        self, messages: list[dict[str, str]], response_model: type[BaseModel], budget: CallBudget
    ) -> tuple[Any, Any]:
        """The async twin of :meth:`_direct_call`."""
        body = self._direct_body(messages, response_model)
        poster = self._poster
        try:
            if poster is not None and poster.loop is asyncio.get_running_loop():
                text = await poster.post(_COMPLETIONS, body)
            else:
                text = await self._async.post(_COMPLETIONS, body=body, cast_to=str)
        except openai.APIStatusError as exc:
            _raise_http_error(exc)
        return self._direct_parse(text, response_model, budget)

    def _outcome(self, exc: BaseException, budget: CallBudget) -> str:
        """Classify an instructor failure: return the validation error text, or raise the transport error."""
        cause = exc.__cause__ if isinstance(exc, InstructorRetryException) else exc
        if isinstance(cause, openai.APIStatusError) and _rejects_format(cause):
            raise _FormatRejected(cause) from cause
        if isinstance(cause, openai.APIError):
            raise cause
        completion = getattr(exc, "last_completion", None)
        if completion is None and isinstance(cause, json.JSONDecodeError):
            raise _CutOff(f"response body is not complete JSON ({cause.msg} at char {cause.pos})") from cause
        if completion is None:
            raise exc
        budget.usage = budget.usage + _usage_of(completion)
        budget.last_raw = _raw_text(completion)
        return str(cause or exc) or type(exc).__name__

    def _retrying_kwargs(self, budget: CallBudget) -> dict[str, Any]:
        def wait(state: RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            after = _retry_after(exc) if exc else None
            if after is not None:
                return after
            ceiling = min(
                self.settings.backoff_max, self.settings.backoff_base * 2 ** (state.attempt_number - 1)
            )
            return random.uniform(0, ceiling)

        def count(state: RetryCallState) -> None:
            budget.http_calls += 1

        def spent(state: RetryCallState) -> bool:
            return budget.retries >= self.settings.max_retries

        def take(state: RetryCallState) -> None:
            budget.retries += 1

        return {
            "retry": retry_if_exception(_is_retryable),
            "stop": spent,
            "wait": wait,
            "before": count,
            "before_sleep": take,
            "reraise": True,
        }

    def _provider_error(self, exc: BaseException, budget: CallBudget) -> ProviderError:
        status = exc.status_code if isinstance(exc, openai.APIStatusError) else None
        what = (
            f"HTTP {status}"
            if status
            else "truncated response"
            if isinstance(exc, _CutOff)
            else type(exc).__name__
        )
        detail = exc.message if isinstance(exc, openai.APIError) else str(exc)
        return ProviderError(
            f"{what} from the model endpoint: {detail}",
            host=self.settings.host,
            status_code=status,
            original=exc,
            attempts=budget.http_calls,
        )

    @staticmethod
    def _reask_messages(base: list[dict[str, str]], raw: str | None, error: str) -> list[dict[str, str]]:
        """The original messages plus the last answer and its error only: constant-size context."""
        return [
            *base,
            {"role": "assistant", "content": raw or ""},
            {
                "role": "user",
                "content": "Your answer did not match the required JSON structure:\n"
                f"{error[:2000]}\nAnswer again with the corrected JSON object only.",
            },
        ]

    # -- public calls -----------------------------------------------------------------------

    def call(
        self,
        messages: list[dict[str, str]],
        response_model: type[BaseModel],
        budget: CallBudget | None = None,
    ) -> CallResult:
        """One validated answer. ``budget`` shares the retry budget and counters with other calls."""
        budget = budget if budget is not None else CallBudget()
        start = (budget.http_calls, budget.usage)
        for mode in self.modes_to_try():
            try:
                return self._call_in_mode(mode, messages, response_model, budget, start)
            except _FormatRejected as rejected:
                if self.settings.mode != "auto":
                    raise self._provider_error(rejected.original, budget) from rejected.original
                last_rejection = rejected
        raise self._provider_error(last_rejection.original, budget) from last_rejection.original

    def _call_in_mode(
        self,
        mode: str,
        base: list[dict[str, str]],
        response_model: type[BaseModel],
        budget: CallBudget,
        start: tuple[int, Usage],
    ) -> CallResult:
        client = None if mode == "json_schema" else self._patched(mode, is_async=False)
        messages = base
        for _ in range(self.settings.max_reasks + 1):

            def once(msgs: list[dict[str, str]] = messages) -> tuple[Any, Any]:
                if client is None:
                    return self._direct_call(msgs, response_model, budget)
                return client.chat.completions.create_with_completion(  # type: ignore[no-any-return]
                    **self._request(msgs, response_model)
                )

            try:
                value, completion = self._transport(once, budget)
            except _Invalid as invalid:
                messages = self._reask_messages(base, budget.last_raw, invalid.error)
                continue
            return self._success(mode, value, completion, budget, start)
        raise self._failed(budget)

    def _transport(self, once: Callable[[], tuple[Any, Any]], budget: CallBudget) -> tuple[Any, Any]:
        try:
            for attempt in Retrying(**self._retrying_kwargs(budget)):
                with attempt:
                    if self.limiter is not None:
                        self.limiter.wait()
                    try:
                        return once()
                    except (InstructorError, openai.APIError) as exc:
                        error = self._outcome(exc, budget)
                        raise _Invalid(error) from exc
        except (_Invalid, _FormatRejected):
            raise
        except (openai.APIError, _CutOff) as exc:
            raise self._provider_error(exc, budget) from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def _success(
        self, mode: str, value: Any, completion: Any, budget: CallBudget, start: tuple[int, Usage]
    ) -> CallResult:
        """The answer with what this call alone cost (``budget`` keeps the running totals)."""
        budget.usage = budget.usage + _usage_of(completion)
        self._remember(mode)
        calls, usage = start
        spent = Usage(
            prompt_tokens=budget.usage.prompt_tokens - usage.prompt_tokens,
            completion_tokens=budget.usage.completion_tokens - usage.completion_tokens,
        )
        return CallResult(
            value=value, mode=mode, attempts=budget.http_calls - calls, usage=spent, raw=_raw_text(completion)
        )

    def _failed(self, budget: CallBudget) -> ExtractionFailed:
        return ExtractionFailed(
            f"no valid answer after {self.settings.max_reasks + 1} tries from {self.settings.host}",
            attempts=budget.http_calls,
            last_response=budget.last_raw,
            usage=budget.usage,
        )

    async def acall(
        self,
        messages: list[dict[str, str]],
        response_model: type[BaseModel],
        budget: CallBudget | None = None,
    ) -> CallResult:
        """One validated answer. ``budget`` shares the retry budget and counters with other calls."""
        budget = budget if budget is not None else CallBudget()
        start = (budget.http_calls, budget.usage)
        for mode in self.modes_to_try():
            try:
                return await self._acall_in_mode(mode, messages, response_model, budget, start)
            except _FormatRejected as rejected:
                if self.settings.mode != "auto":
                    raise self._provider_error(rejected.original, budget) from rejected.original
                last_rejection = rejected
        raise self._provider_error(last_rejection.original, budget) from last_rejection.original

    async def _acall_in_mode(
        self,
        mode: str,
        base: list[dict[str, str]],
        response_model: type[BaseModel],
        budget: CallBudget,
        start: tuple[int, Usage],
    ) -> CallResult:
        client = None if mode == "json_schema" else self._patched(mode, is_async=True)
        messages = base
        for _ in range(self.settings.max_reasks + 1):
            try:
                value, completion = await self._atransport(client, messages, response_model, budget)
            except _Invalid as invalid:
                messages = self._reask_messages(base, budget.last_raw, invalid.error)
                continue
            return self._success(mode, value, completion, budget, start)
        raise self._failed(budget)

    async def _atransport(
        self, client: Any, messages: list[dict[str, str]], response_model: type[BaseModel], budget: CallBudget
    ) -> tuple[Any, Any]:
        try:
            async for attempt in AsyncRetrying(**self._retrying_kwargs(budget)):
                with attempt:
                    if self.limiter is not None:
                        await self.limiter.await_slot()
                    if client is None:
                        return await self._adirect_call(messages, response_model, budget)
                    try:
                        result: tuple[Any, Any] = await client.chat.completions.create_with_completion(
                            **self._request(messages, response_model)
                        )
                        return result
                    except (InstructorError, openai.APIError) as exc:
                        error = self._outcome(exc, budget)
                        raise _Invalid(error) from exc
        except (_Invalid, _FormatRejected):
            raise
        except (openai.APIError, _CutOff) as exc:
            raise self._provider_error(exc, budget) from exc
        raise AssertionError("unreachable")  # pragma: no cover
