"""Token counts: OpenAI's tokenizers offline, the estimate elsewhere, a request's accounting."""

from __future__ import annotations

import sys

import pytest

from llmextract.cost import tokens
from llmextract.cost.tokens import (
    cacheable_prefix,
    counter_for,
    estimate_tokens,
    request_tokens,
    static_prefix_tokens,
)


def test_openai_models_are_counted_exactly_with_their_own_encoding() -> None:
    o200k, cl100k = counter_for("gpt-4o-mini"), counter_for("gpt-4")
    assert (o200k.name, o200k.exact, cl100k.name, cl100k.exact) == ("o200k_base", True, "cl100k_base", True)
    assert o200k.count("hello world") == 2
    assert o200k.count("Stadtverordnetenversammlung") != cl100k.count("Stadtverordnetenversammlung")


def test_other_models_are_an_estimate_and_say_so() -> None:
    counter = counter_for("llama3.1:8b")
    assert counter.name == "o200k_base" and not counter.exact and counter.label == "o200k_base, estimate"


def test_without_the_tokenizer_every_count_is_the_documented_estimate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tokens._encoding.cache_clear()
    monkeypatch.setitem(sys.modules, "bpe_openai", None)  # import fails
    try:
        counter = counter_for("gpt-4o")
        assert not counter.exact and counter.count("x" * 46) == estimate_tokens("x" * 46) == 11
    finally:
        tokens._encoding.cache_clear()


def test_a_request_counts_messages_roles_overheads_and_the_schema() -> None:
    counter = counter_for("gpt-4o")
    c = counter.count
    body = {
        "messages": [{"role": "system", "content": "Be careful."}, {"role": "user", "content": "Article."}],
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "A", "schema": {"type": "object"}},
        },
    }
    schema = '{"name":"A","schema":{"type":"object"}}'
    expected = 3 + c("system") + c("Be careful.") + 3 + c("user") + c("Article.") + 3 + c(schema)
    assert request_tokens(body, counter) == expected
    assert static_prefix_tokens(body, counter) == 3 + c("system") + c("Be careful.")
    parts = {"messages": [{"role": "user", "content": [{"type": "text", "text": "Article."}]}]}
    assert request_tokens(parts, counter) == 3 + c("user") + c("Article.") + 3


@pytest.mark.parametrize(("prefix", "cached"), [(0, 0), (1023, 0), (1024, 1024), (1151, 1024), (1152, 1152)])
def test_a_prefix_is_cached_from_1024_tokens_in_steps_of_128(prefix: int, cached: int) -> None:
    assert cacheable_prefix(prefix) == cached
