"""Structured calls to an OpenAI-compatible endpoint: :class:`LLMClient`.

What a call does (retries, re-asks, mode fallback, the shared budget) is one plan,
:func:`llmextract.llm.call_plan.plan_call`; this module only runs it, with a blocking driver
(:meth:`LLMClient.call`) and an asyncio driver (:meth:`LLMClient.acall`). Both drivers do the same
two things: make the HTTP attempt the plan asks for (:mod:`llmextract.llm.transport`), and wait the
pauses it asks for. A shared client is thread-safe: each call runs its own plan on its own thread
or task, with no event loop of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from typing import Any

from pydantic import BaseModel

from llmextract.errors import ConfigError
from llmextract.llm.call_plan import CallResult, Pause, Plan, plan_call
from llmextract.llm.modes import ModeMemory
from llmextract.llm.outcomes import CallBudget
from llmextract.llm.ratelimit import RateLimiter
from llmextract.llm.settings import LLMSettings
from llmextract.llm.transport import Send, Transport

__all__ = ["CallBudget", "CallResult", "LLMClient"]

logging.getLogger("instructor").addHandler(logging.NullHandler())


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
        self.modes = ModeMemory(settings)
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

    def modes_to_try(self) -> list[str]:
        """The modes the next call tries, in order."""
        return self.modes.to_try()

    def _plan(
        self,
        messages: list[dict[str, str]],
        response_model: type[BaseModel],
        budget: CallBudget | None,
        max_tokens: int | None,
    ) -> Plan:
        budget = budget if budget is not None else CallBudget()
        return plan_call(
            self.settings, self.limiter, self.modes, messages, response_model, budget, max_tokens
        )

    def call(
        self,
        messages: list[dict[str, str]],
        response_model: type[BaseModel],
        budget: CallBudget | None = None,
        max_tokens: int | None = None,
    ) -> CallResult:
        """One validated answer. ``budget`` shares the retry budget and counters with other calls;
        ``max_tokens`` overrides the settings' answer cap for this call."""
        plan = self._plan(messages, response_model, budget, max_tokens)
        with contextlib.closing(plan):
            step = advance(plan, None, None)
            while not isinstance(step, CallResult):
                reply, error = None, None
                if isinstance(step, Pause):
                    time.sleep(step.seconds)
                else:
                    reply, error = attempt(self.transport.send, step)
                step = advance(plan, reply, error)
            return step

    async def acall(
        self,
        messages: list[dict[str, str]],
        response_model: type[BaseModel],
        budget: CallBudget | None = None,
        max_tokens: int | None = None,
    ) -> CallResult:
        """:meth:`call` on the event loop."""
        plan = self._plan(messages, response_model, budget, max_tokens)
        with contextlib.closing(plan):
            step = advance(plan, None, None)
            while not isinstance(step, CallResult):
                reply: Any = None
                error: Exception | None = None
                if isinstance(step, Pause):
                    await asyncio.sleep(step.seconds)
                else:
                    try:
                        reply = await self.transport.asend(step)
                    except Exception as exc:  # the plan decides what it means
                        error = exc
                step = advance(plan, reply, error)
            return step


def advance(plan: Plan, reply: Any, error: Exception | None) -> Send | Pause | CallResult:
    """The plan's next step, given what the last one came back with; its result when it is done."""
    try:
        return plan.send(reply) if error is None else plan.throw(error)
    except StopIteration as done:
        result: CallResult = done.value
        return result


def attempt(send: Callable[[Send], Any], step: Send) -> tuple[Any, Exception | None]:
    """One blocking HTTP attempt: its answer, or the exception the plan will read."""
    try:
        return send(step), None
    except Exception as exc:
        return None, exc
