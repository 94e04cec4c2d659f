"""Reading a chat-completion body without the SDK's response models."""

from __future__ import annotations

import json

import pytest

from llmextract.llm.outcomes import parse_completion, raw_text, usage_of
from llmextract.schema import Usage
from llmextract.utils.json_policy import JsonRefused


def body(**fields: object) -> str:
    return json.dumps({"id": "c1", "object": "chat.completion", **fields})


def test_content_finish_reason_and_usage_are_read() -> None:
    completion = parse_completion(
        body(
            choices=[
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": '{"quotes": []}'},
                    "finish_reason": "stop",
                }
            ],
            usage={"prompt_tokens": 120, "completion_tokens": 7, "total_tokens": 127},
        )
    )
    assert completion.content == '{"quotes": []}'
    assert completion.finish_reason == "stop"
    assert usage_of(completion) == Usage(prompt_tokens=120, completion_tokens=7)
    assert raw_text(completion) == '{"quotes": []}'


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"choices": []},
        {"choices": [{"message": {"content": None}, "finish_reason": "stop"}], "usage": None},
        {"choices": [{"message": "not an object"}], "usage": {"prompt_tokens": None}},
        {"choices": "not a list"},
        {"choices": [], "usage": {"prompt_tokens": "many", "completion_tokens": [3]}},
    ],
)
def test_odd_bodies_give_no_content_and_no_usage(fields: dict[str, object]) -> None:
    completion = parse_completion(body(**fields))
    assert completion.content is None
    assert completion.usage == Usage()


def test_a_body_that_is_not_an_object_gives_no_content() -> None:
    assert parse_completion("[1, 2]").content is None


def test_a_truncated_or_deep_body_is_refused_by_the_json_policy() -> None:
    with pytest.raises(JsonRefused, match="the response body: invalid JSON"):
        parse_completion(body(choices=[])[:-5])
    with pytest.raises(JsonRefused, match="the response body: nested 2,001 levels deep"):
        parse_completion('{"choices": ' + "[" * 2_000 + "]" * 2_000 + "}")


def test_a_lone_surrogate_in_the_content_is_a_replacement_character() -> None:
    assert parse_completion(r'{"choices": [{"message": {"content": "a\ud800b"}}]}').content == "a\ufffdb"


@pytest.mark.parametrize(
    ("details", "cached"),
    [
        ({"cached_tokens": 64}, 64),
        ({}, 0),
        (None, 0),
        ({"cached_tokens": "x"}, 0),
        ({"cached_tokens": -3}, 0),
    ],
)
def test_cached_prompt_tokens_are_read_from_the_body_and_from_sdk_objects(
    details: object, cached: int
) -> None:
    usage = {"prompt_tokens": 120, "completion_tokens": 7, "prompt_tokens_details": details}
    assert parse_completion(body(choices=[], usage=usage)).usage.cached_tokens == cached

    class Details:
        cached_tokens = 32

    class SdkUsage:
        prompt_tokens, completion_tokens, prompt_tokens_details = 50, 5, Details()

    class SdkCompletion:
        usage = SdkUsage()

    assert usage_of(SdkCompletion()) == Usage(prompt_tokens=50, completion_tokens=5, cached_tokens=32)
    assert Usage(prompt_tokens=1, cached_tokens=1) + Usage(prompt_tokens=2, cached_tokens=2) == Usage(
        prompt_tokens=3, cached_tokens=3
    )
