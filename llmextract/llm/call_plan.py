"""One structured call as a plan of steps, shared by the sync and the async caller.

The plan is a generator that does no I/O: it yields :class:`~llmextract.llm.transport.Send` (make
this HTTP attempt; the caller sends back its answer or throws in its exception) and :class:`Pause`
(wait this long), and returns a :class:`CallResult`. :class:`~llmextract.llm.client.LLMClient` runs
it with a blocking driver and an asyncio driver, so the three loops below cannot drift apart:

- transport retries (tenacity, driven step by step; the openai SDK's and instructor's own retries
  are off, so there is exactly one retry layer): exponential backoff with jitter, Retry-After
  honoured, only for 408/409/429/5xx, connection errors, timeouts and bodies cut off mid-way; never
  for 400/401/403/404/422. One retry budget (``max_retries``) covers a whole call, re-asks and mode
  fallbacks included, and a caller may share one :class:`CallBudget` between calls (the chunks of
  one article) to bound them together. Every attempt, retries included, takes a rate-limiter slot;
- mode fallback (:mod:`llmextract.llm.modes`) when the endpoint rejects the request format; the
  first mode it accepts is remembered, whether or not its answers then validate;
- validation re-asks (default 2): the model sees the original messages plus its last answer and
  the last error only, so the context does not grow with each attempt. An answer cut at the token
  limit (``finish_reason: length``) is not re-asked with the same cap: it ends the call with
  :class:`~llmextract.llm.outcomes.AnswerCutOff`, and the pipeline asks again on smaller text.

An answer wrapped in a Markdown code fence is read as the JSON inside it, in every mode.

Usage is summed over every HTTP call that returned an answer, re-asks included.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

import openai
from instructor.core import IncompleteOutputException, InstructorError, InstructorRetryException
from pydantic import BaseModel, ValidationError
from tenacity import DoAttempt, DoSleep, RetryCallState, Retrying, retry_if_exception

from llmextract.errors import ExtractionFailed, ProviderError
from llmextract.llm.modes import ModeMemory
from llmextract.llm.outcomes import (
    AnswerCutOff,
    CallBudget,
    CutOff,
    FormatRejected,
    Invalid,
    is_retryable,
    parse_completion,
    raw_text,
    rejects_format,
    retry_after,
    unfenced,
    usage_of,
)
from llmextract.llm.ratelimit import RateLimiter
from llmextract.llm.settings import LLMSettings
from llmextract.llm.transport import Send
from llmextract.schema import Usage
from llmextract.utils.json_policy import JsonRefused

__all__ = ["CallResult", "Pause", "Plan", "plan_call", "reask_messages", "validated"]


@dataclass(frozen=True)
class Pause:
    """Wait this many seconds before the next step (a backoff, or a rate-limiter slot)."""

    seconds: float


@dataclass
class CallResult:
    """A validated answer and what it cost."""

    value: Any
    mode: str
    attempts: int
    usage: Usage
    raw: str | None


Plan = Generator[Send | Pause, Any, CallResult]


def plan_call(
    settings: LLMSettings,
    limiter: RateLimiter | None,
    modes: ModeMemory,
    messages: list[dict[str, str]],
    response_model: type[BaseModel],
    budget: CallBudget,
    max_tokens: int | None = None,
) -> Plan:
    """One validated answer, trying each mode in turn while the endpoint rejects the format.
    ``modes``: the client's memory of which mode its endpoint takes. ``max_tokens`` overrides the
    settings' answer cap for this call."""
    start = (budget.http_calls, budget.usage)
    rejected: FormatRejected | None = None
    for mode in modes.to_try():
        try:
            step = Send(mode, messages, response_model, max_tokens)
            value, completion = yield from _in_mode(settings, limiter, step, budget)
        except FormatRejected as exc:
            if settings.mode != "auto":
                raise provider_error(settings, exc.original, budget) from exc.original
            rejected = exc
            continue
        except ExtractionFailed:
            modes.remember(mode)  # the endpoint takes this format; its answers did not validate
            raise
        modes.remember(mode)
        return _result(mode, value, completion, budget, start)
    assert rejected is not None  # auto always has modes to try
    raise provider_error(settings, rejected.original, budget) from rejected.original


def _in_mode(
    settings: LLMSettings,
    limiter: RateLimiter | None,
    first: Send,
    budget: CallBudget,
) -> Generator[Send | Pause, Any, tuple[Any, Any]]:
    """Ask, and re-ask with the last answer and its error while the answer does not validate."""
    base = first.messages
    messages = base
    for _ in range(settings.max_reasks + 1):
        try:
            step = Send(first.mode, messages, first.response_model, first.max_tokens)
            return (yield from _with_retries(settings, limiter, step, budget))
        except Invalid as invalid:
            messages = reask_messages(base, budget.last_raw, invalid.error)
    raise ExtractionFailed(
        f"no valid answer after {settings.max_reasks + 1} tries from {settings.host}",
        attempts=budget.http_calls,
        last_response=budget.last_raw,
        usage=budget.usage,
    )


def reask_messages(base: list[dict[str, str]], raw: str | None, error: str) -> list[dict[str, str]]:
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


def _retrying(settings: LLMSettings, budget: CallBudget) -> Retrying:
    """Tenacity's policy for one request; its sleeps are yielded as :class:`Pause`, never slept here."""

    def wait(state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        after = retry_after(exc) if exc else None
        if after is not None:
            return after
        ceiling = min(settings.backoff_max, settings.backoff_base * 2 ** (state.attempt_number - 1))
        return random.uniform(0, ceiling)

    def spent(state: RetryCallState) -> bool:
        return budget.retries >= settings.max_retries

    def take(state: RetryCallState) -> None:
        budget.retries += 1

    return Retrying(
        retry=retry_if_exception(is_retryable), stop=spent, wait=wait, before_sleep=take, reraise=True
    )


def _with_retries(
    settings: LLMSettings, limiter: RateLimiter | None, step: Send, budget: CallBudget
) -> Generator[Send | Pause, Any, tuple[Any, Any]]:
    """One request, retried on transport failures within the budget."""
    retrying = _retrying(settings, budget)
    retrying.begin()
    state = RetryCallState(retrying, fn=None, args=(), kwargs={})
    try:
        while True:
            action = retrying.iter(state)
            if isinstance(action, DoAttempt):
                try:
                    state.set_result((yield from _attempt(limiter, step, budget)))
                except Exception:
                    state.set_exception(sys.exc_info())  # type: ignore[arg-type]
            elif isinstance(action, DoSleep):
                state.prepare_for_next_attempt()
                yield Pause(float(action))
            else:
                answer: tuple[Any, Any] = action
                return answer
    except (openai.APIError, CutOff) as exc:
        raise provider_error(settings, exc, budget) from exc


def _attempt(
    limiter: RateLimiter | None, step: Send, budget: CallBudget
) -> Generator[Send | Pause, Any, tuple[Any, Any]]:
    """One HTTP attempt and what its answer means: (value, completion), or a classified failure."""
    if limiter is not None:
        delay = limiter.reserve()
        if delay > 0:
            yield Pause(delay)
    budget.http_calls += 1
    try:
        answer = yield step
    except (InstructorError, openai.APIError) as exc:
        rescued = fenced_answer(exc, step.response_model)
        if rescued is not None:
            return rescued
        meaning = classified(exc, budget)
        if meaning is exc:
            raise
        raise meaning from exc
    if step.mode == "json_schema":
        return validated(answer, step.response_model, budget)
    value, completion = answer
    return value, completion


def fenced_answer(exc: BaseException, response_model: type[BaseModel]) -> tuple[Any, Any] | None:
    """An answer instructor could not read only because it sits in a Markdown code fence."""
    completion = getattr(exc, "last_completion", None)
    raw = raw_text(completion) if completion is not None else None
    if raw is None or unfenced(raw) == raw:
        return None
    try:
        return response_model.model_validate_json(unfenced(raw)), completion
    except ValidationError:
        return None


def classified(exc: BaseException, budget: CallBudget) -> BaseException:
    """What a failed attempt means: format rejected, a transport error, a cut-off body, or an answer
    that did not validate (its usage and text are counted in ``budget`` for the re-ask)."""
    cause = exc.__cause__ if isinstance(exc, InstructorRetryException) else exc
    if isinstance(cause, openai.APIStatusError) and rejects_format(cause):
        return FormatRejected(cause)
    if isinstance(cause, openai.APIError):
        return cause
    completion = getattr(exc, "last_completion", None)
    if completion is None and isinstance(cause, json.JSONDecodeError):
        return CutOff(f"response body is not complete JSON ({cause.msg} at char {cause.pos})")
    if completion is None:
        return exc
    budget.usage = budget.usage + usage_of(completion)
    budget.last_raw = raw_text(completion)
    if isinstance(cause, IncompleteOutputException) or isinstance(exc, IncompleteOutputException):
        return cut_off(budget)
    return Invalid(str(cause or exc) or type(exc).__name__)


def cut_off(budget: CallBudget) -> AnswerCutOff:
    return AnswerCutOff(
        "the answer was cut off at the token limit (finish_reason=length)",
        attempts=budget.http_calls,
        last_response=budget.last_raw,
        usage=budget.usage,
    )


def validated(text: str, response_model: type[BaseModel], budget: CallBudget) -> tuple[Any, Any]:
    """A json_schema answer, validated; an invalid one is counted and raised as ``Invalid``.

    The body is read as JSON here rather than through the SDK's response models, which cost
    more per call than everything else the toolkit does with the answer.
    """
    try:
        completion = parse_completion(text)
    except JsonRefused as exc:
        raise CutOff(f"response body unreadable: {exc.reason}") from exc
    raw = completion.content or ""
    if completion.finish_reason == "length":
        budget.usage = budget.usage + completion.usage
        budget.last_raw = raw
        raise cut_off(budget)
    try:
        return response_model.model_validate_json(unfenced(raw)), completion
    except (ValidationError, ValueError) as exc:
        budget.usage = budget.usage + completion.usage
        budget.last_raw = raw
        raise Invalid(str(exc) or type(exc).__name__) from exc


def provider_error(settings: LLMSettings, exc: BaseException, budget: CallBudget) -> ProviderError:
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
        host=settings.host,
        status_code=status,
        original=exc,
        attempts=budget.http_calls,
    )


def _result(
    mode: str, value: Any, completion: Any, budget: CallBudget, start: tuple[int, Usage]
) -> CallResult:
    """The answer with what this call alone cost (``budget`` keeps the running totals)."""
    budget.usage = budget.usage + usage_of(completion)
    calls, usage = start
    spent = budget.usage - usage
    return CallResult(
        value=value, mode=mode, attempts=budget.http_calls - calls, usage=spent, raw=raw_text(completion)
    )
