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

How the endpoint is reached (openai clients, instructor, the json_schema request sent directly,
the aiohttp session of batch runs) is :mod:`llmextract.llm.transport`.

Usage is summed over every HTTP call that returned an answer, re-asks included.
"""

from __future__ import annotations

import contextlib
import json
import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import openai
from instructor.core import InstructorError, InstructorRetryException
from pydantic import BaseModel
from tenacity import AsyncRetrying, RetryCallState, Retrying, retry_if_exception

from llmextract.errors import ConfigError, ExtractionFailed, ProviderError
from llmextract.llm.outcomes import (
    CallBudget,
    CutOff,
    FormatRejected,
    Invalid,
    is_retryable,
    raw_text,
    rejects_format,
    retry_after,
    usage_of,
)
from llmextract.llm.ratelimit import RateLimiter
from llmextract.llm.settings import LLMSettings
from llmextract.llm.transport import Transport
from llmextract.schema import Usage

__all__ = ["CallBudget", "CallResult", "LLMClient", "forget_working_modes"]

logging.getLogger("instructor").addHandler(logging.NullHandler())

AUTO_ORDER = ("json_schema", "json", "md_json")

_working_modes: dict[tuple[str, str], str] = {}
_working_modes_lock = threading.Lock()


def forget_working_modes() -> None:
    """Forget which mode worked for which endpoint (tests; a long-lived process after a server change)."""
    with _working_modes_lock:
        _working_modes.clear()


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
        self.transport = Transport(
            settings, key, http_client=http_client, async_http_client=async_http_client
        )

    def close(self) -> None:
        """Close the sync connection pool."""
        self.transport.close()

    async def aclose(self) -> None:
        """Close the async connection pool (call it on the event loop that used it)."""
        await self.transport.aclose()

    def batch_transport(self) -> contextlib.AbstractAsyncContextManager[None]:
        """One aiohttp session for this loop's json_schema calls while open: see
        :meth:`llmextract.llm_transport.Transport.batch_transport`."""
        return self.transport.batch_transport()

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

    # -- outcomes and retries ----------------------------------------------------------------

    def _outcome(self, exc: BaseException, budget: CallBudget) -> str:
        """Classify an instructor failure: return the validation error text, or raise the transport error."""
        cause = exc.__cause__ if isinstance(exc, InstructorRetryException) else exc
        if isinstance(cause, openai.APIStatusError) and rejects_format(cause):
            raise FormatRejected(cause) from cause
        if isinstance(cause, openai.APIError):
            raise cause
        completion = getattr(exc, "last_completion", None)
        if completion is None and isinstance(cause, json.JSONDecodeError):
            raise CutOff(f"response body is not complete JSON ({cause.msg} at char {cause.pos})") from cause
        if completion is None:
            raise exc
        budget.usage = budget.usage + usage_of(completion)
        budget.last_raw = raw_text(completion)
        return str(cause or exc) or type(exc).__name__

    def _retrying_kwargs(self, budget: CallBudget) -> dict[str, Any]:
        def wait(state: RetryCallState) -> float:
            exc = state.outcome.exception() if state.outcome else None
            after = retry_after(exc) if exc else None
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
            "retry": retry_if_exception(is_retryable),
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
            if isinstance(exc, CutOff)
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
            except FormatRejected as rejected:
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
        client = None if mode == "json_schema" else self.transport.patched(mode, is_async=False)
        messages = base
        for _ in range(self.settings.max_reasks + 1):

            def once(msgs: list[dict[str, str]] = messages) -> tuple[Any, Any]:
                if client is None:
                    return self.transport.direct_call(msgs, response_model, budget)
                return client.chat.completions.create_with_completion(  # type: ignore[no-any-return]
                    **self.transport.instructor_request(msgs, response_model)
                )

            try:
                value, completion = self._transport(once, budget)
            except Invalid as invalid:
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
                        raise Invalid(error) from exc
        except (Invalid, FormatRejected):
            raise
        except (openai.APIError, CutOff) as exc:
            raise self._provider_error(exc, budget) from exc
        raise AssertionError("unreachable")  # pragma: no cover

    def _success(
        self, mode: str, value: Any, completion: Any, budget: CallBudget, start: tuple[int, Usage]
    ) -> CallResult:
        """The answer with what this call alone cost (``budget`` keeps the running totals)."""
        budget.usage = budget.usage + usage_of(completion)
        self._remember(mode)
        calls, usage = start
        spent = Usage(
            prompt_tokens=budget.usage.prompt_tokens - usage.prompt_tokens,
            completion_tokens=budget.usage.completion_tokens - usage.completion_tokens,
        )
        return CallResult(
            value=value, mode=mode, attempts=budget.http_calls - calls, usage=spent, raw=raw_text(completion)
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
            except FormatRejected as rejected:
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
        client = None if mode == "json_schema" else self.transport.patched(mode, is_async=True)
        messages = base
        for _ in range(self.settings.max_reasks + 1):
            try:
                value, completion = await self._atransport(client, messages, response_model, budget)
            except Invalid as invalid:
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
                        return await self.transport.adirect_call(messages, response_model, budget)
                    try:
                        result: tuple[Any, Any] = await client.chat.completions.create_with_completion(
                            **self.transport.instructor_request(messages, response_model)
                        )
                        return result
                    except (InstructorError, openai.APIError) as exc:
                        error = self._outcome(exc, budget)
                        raise Invalid(error) from exc
        except (Invalid, FormatRejected):
            raise
        except (openai.APIError, CutOff) as exc:
            raise self._provider_error(exc, budget) from exc
        raise AssertionError("unreachable")  # pragma: no cover
