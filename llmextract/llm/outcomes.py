"""What one HTTP call to a model endpoint came back with, and what to do about it.

The answer's text and token usage, the budget shared by the loops of one call (or of the chunks of
one article), which failures are retried (408/409/429/5xx, connection errors, timeouts, bodies cut
off mid-way) and which mean the endpoint cannot do the requested structured-output format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import openai

from llmextract.answering import CallBudget
from llmextract.errors import ExtractionFailed
from llmextract.llm.answer_schema import schema_format
from llmextract.schema import Usage
from llmextract.utils.json_policy import loads

__all__ = [
    "RETRYABLE_STATUS",
    "AnswerCutOff",
    "CallBudget",
    "CutOff",
    "FormatRejected",
    "Invalid",
    "is_retryable",
    "parse_completion",
    "raw_text",
    "rejects_format",
    "retry_after",
    "schema_format",
    "unfenced",
    "usage_of",
]

RETRYABLE_STATUS = frozenset({408, 409, 429, 500, 502, 503, 504})
_FORMAT_WORDS = ("response_format", "json_schema", "json_object", "tool", "schema", "grammar")
_MAX_RETRY_AFTER = 60.0
_FENCE = re.compile(r"\A\s*```[A-Za-z0-9_-]*[ \t]*\n?(.*?)\n?[ \t]*```\s*\Z", re.DOTALL)


@dataclass(frozen=True)
class Completion:
    """What the toolkit reads of a chat-completion body, parsed from its JSON without the SDK's
    response models: building those costs more per call than the toolkit's own work."""

    content: str | None
    finish_reason: str | None
    usage: Usage


def parse_completion(body: str) -> Completion:
    """A chat-completion body; raises :class:`~llmextract.utils.json_policy.JsonRefused` when it is
    not complete JSON or is JSON the toolkit does not read (nested too deep)."""
    data = loads(body, where="the response body")
    choices = data.get("choices") if isinstance(data, dict) else None
    choice = choices[0] if isinstance(choices, list) and choices and isinstance(choices[0], dict) else {}
    message = choice.get("message")
    content = message.get("content") if isinstance(message, dict) else None
    usage = data.get("usage") if isinstance(data, dict) else None
    tokens = usage if isinstance(usage, dict) else {}
    return Completion(
        content=content if isinstance(content, str) else None,
        finish_reason=choice.get("finish_reason"),
        usage=Usage(
            prompt_tokens=_count(tokens.get("prompt_tokens")),
            completion_tokens=_count(tokens.get("completion_tokens")),
            cached_tokens=_count(_cached(tokens.get("prompt_tokens_details"))),
        ),
    )


def _cached(details: Any) -> Any:
    """``prompt_tokens_details.cached_tokens`` from a dict or an SDK object; None when absent."""
    if isinstance(details, dict):
        return details.get("cached_tokens")
    return getattr(details, "cached_tokens", None)


def _count(value: Any) -> int:
    """A token count as the server reported it; 0 when it is missing or not a number."""
    try:
        return max(int(value or 0), 0)
    except (TypeError, ValueError):
        return 0


def unfenced(raw: str) -> str:
    """The JSON inside a Markdown code fence (```json ... ```), or the text itself when unfenced."""
    match = _FENCE.match(raw)
    return match.group(1) if match else raw


def usage_of(completion: Any) -> Usage:
    if isinstance(completion, Completion):
        return completion.usage
    usage = getattr(completion, "usage", None)
    if usage is None:
        return Usage()
    return Usage(
        prompt_tokens=_count(getattr(usage, "prompt_tokens", 0)),
        completion_tokens=_count(getattr(usage, "completion_tokens", 0)),
        cached_tokens=_count(_cached(getattr(usage, "prompt_tokens_details", None))),
    )


def raw_text(completion: Any) -> str | None:
    if isinstance(completion, Completion):
        return completion.content
    try:
        message = completion.choices[0].message
    except (AttributeError, IndexError, TypeError):
        return None
    if getattr(message, "tool_calls", None):
        return str(message.tool_calls[0].function.arguments)
    content = getattr(message, "content", None)
    return content if isinstance(content, str) else None


def is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, (openai.APITimeoutError, openai.APIConnectionError, CutOff)):
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code in RETRYABLE_STATUS


def retry_after(exc: BaseException) -> float | None:
    if not isinstance(exc, openai.APIStatusError):
        return None
    value = exc.response.headers.get("retry-after")
    if value is None:
        return None
    try:
        return min(max(float(value), 0.0), _MAX_RETRY_AFTER)
    except ValueError:
        return None


def rejects_format(exc: openai.APIStatusError) -> bool:
    """Does this error say the endpoint cannot do the requested structured-output format?"""
    if exc.status_code not in (400, 415, 422, 500, 501):
        return False
    text = f"{exc.message} {getattr(exc, 'body', '')}".lower()
    return any(word in text for word in _FORMAT_WORDS)


class FormatRejected(Exception):
    def __init__(self, original: openai.APIStatusError) -> None:
        super().__init__(str(original))
        self.original = original


class CutOff(Exception):
    """A 200 response whose body is not complete JSON: the connection was cut, not the model wrong."""


class Invalid(Exception):
    """An answer arrived but failed validation; carries the error text for the re-ask."""

    def __init__(self, error: str) -> None:
        super().__init__(error)
        self.error = error


class AnswerCutOff(ExtractionFailed):
    """The answer stopped at the token limit (``finish_reason: length``). Asking again with the same
    cap would be cut again, so it is not re-asked: the caller splits the text smaller instead."""
