"""The call plan stepped by hand (no HTTP, no sleeping), and what both drivers do with it."""

from __future__ import annotations

import json
import threading
from typing import Any

import httpx2
import openai
import pytest
from llm_scenarios import completion

from llm.test_client import GOOD, MESSAGES, client, ok, status
from llmextract.core.answer import LLMExtraction
from llmextract.errors import ExtractionFailed, ProviderError
from llmextract.llm.call_plan import CallResult, Pause, plan_call
from llmextract.llm.client import LLMClient
from llmextract.llm.modes import ModeMemory
from llmextract.llm.outcomes import AnswerCutOff, CallBudget, unfenced
from llmextract.llm.ratelimit import RateLimiter
from llmextract.llm.settings import LLMSettings
from llmextract.llm.transport import Send

SETTINGS = LLMSettings(model="m", base_url="http://fake.test/v1", api_key="k", mode="json_schema")


def body(content: dict[str, Any] | str, finish_reason: str = "stop") -> str:
    data = completion(content, prompt_tokens=10, completion_tokens=5)
    data["choices"][0]["finish_reason"] = finish_reason
    return json.dumps(data)


def rate_limited(after: str) -> openai.RateLimitError:
    request = httpx2.Request("POST", "http://fake.test/v1/chat/completions")
    response = httpx2.Response(429, headers={"retry-after": after}, request=request)
    return openai.RateLimitError("slow down", response=response, body=None)


def finish(plan: Any, reply: Any) -> CallResult:
    with pytest.raises(StopIteration) as done:
        plan.send(reply)
    result: CallResult = done.value.value
    return result


def test_a_retry_after_becomes_a_pause_of_that_length() -> None:
    plan = plan_call(SETTINGS, None, ModeMemory(SETTINGS), MESSAGES, LLMExtraction, CallBudget())
    first = next(plan)
    assert isinstance(first, Send) and first.mode == "json_schema" and first.messages == MESSAGES
    assert plan.throw(rate_limited("2.5")) == Pause(2.5)
    assert plan.send(None) == first
    result = finish(plan, body(GOOD))
    assert result.attempts == 2 and result.usage.prompt_tokens == 10 and result.mode == "json_schema"


def test_every_attempt_waits_for_its_rate_limiter_slot() -> None:
    limiter = RateLimiter(rpm=60)  # a slot a second: the second attempt waits about a second
    plan = plan_call(SETTINGS, limiter, ModeMemory(SETTINGS), MESSAGES, LLMExtraction, CallBudget())
    assert isinstance(next(plan), Send)  # the first slot is free
    pause = plan.throw(rate_limited("0"))
    assert pause == Pause(0.0)  # the backoff the server asked for
    slot = plan.send(None)
    assert isinstance(slot, Pause) and 0.5 < slot.seconds <= 1.0
    assert isinstance(plan.send(None), Send)
    plan.close()


def test_a_cut_off_answer_is_not_reasked_with_the_same_cap() -> None:
    """finish_reason=length ends the call (the caller splits the text); its tokens are counted."""
    budget = CallBudget()
    plan = plan_call(SETTINGS, None, ModeMemory(SETTINGS), MESSAGES, LLMExtraction, budget)
    next(plan)
    with pytest.raises(AnswerCutOff) as caught:
        plan.send(body(GOOD, finish_reason="length"))
    assert caught.value.attempts == 1 and caught.value.usage.completion_tokens == 5
    assert budget.usage.prompt_tokens == 10


@pytest.mark.parametrize("fence", ["```json\n{}\n```", "```\n{}\n```", "  ```JSON {}```\n"])
def test_a_fenced_answer_is_read_on_the_direct_path(fence: str) -> None:
    plan = plan_call(SETTINGS, None, ModeMemory(SETTINGS), MESSAGES, LLMExtraction, CallBudget())
    next(plan)
    result = finish(plan, body(fence.replace("{}", json.dumps(GOOD))))
    assert result.attempts == 1 and result.value.quotes[0].text == "x"


def test_text_around_a_fence_is_not_an_answer() -> None:
    assert unfenced('Here it is: ```json {"a": 1}```') == 'Here it is: ```json {"a": 1}```'
    assert unfenced('```json\n{"a": 1}\n```') == '{"a": 1}'


def test_a_reask_carries_the_last_answer_and_error_only() -> None:
    settings = LLMSettings(model="m", base_url="http://x/v1", api_key="k", mode="json_schema", max_reasks=2)
    plan = plan_call(settings, None, ModeMemory(settings), MESSAGES, LLMExtraction, CallBudget())
    next(plan)
    plan.send(body("not json"))
    third = plan.send(body('{"quotes": [{"speaker": "A"}]}'))
    assert isinstance(third, Send) and len(third.messages) == len(MESSAGES) + 2
    assert third.messages[-2] == {"role": "assistant", "content": '{"quotes": [{"speaker": "A"}]}'}
    assert "quotes.0.text" in third.messages[-1]["content"] and "not json" not in str(third.messages)
    with pytest.raises(ExtractionFailed) as caught:
        plan.send(body("still not json"))
    assert caught.value.attempts == 3 and caught.value.usage.prompt_tokens == 30
    assert caught.value.last_response == "still not json"


def rejecting_schema(seen: list[str]) -> Any:
    """An endpoint that rejects json_schema as llama.cpp's server does, and answers json_object."""

    def handler(request: httpx2.Request) -> httpx2.Response:
        sent = json.loads(request.content)
        fmt = sent.get("response_format", {}).get("type", "none")
        seen.append(fmt)
        if fmt == "json_schema":
            return httpx2.Response(
                500, json={"error": {"message": "response_format json_schema unsupported"}}
            )
        return ok(GOOD)

    return handler


@pytest.mark.parametrize("is_async", [False, True])
def test_auto_falls_back_on_a_format_rejection_and_remembers(is_async: bool) -> None:
    import asyncio

    seen: list[str] = []
    transport = httpx2.MockTransport(rejecting_schema(seen))
    settings = LLMSettings(model="m", base_url="http://fake.test/v1", api_key="k")
    llm = LLMClient(
        settings,
        http_client=httpx2.Client(transport=transport),
        async_http_client=httpx2.AsyncClient(transport=transport),
    )

    def ask() -> CallResult:
        if is_async:
            return asyncio.run(llm.acall(MESSAGES, LLMExtraction))
        return llm.call(MESSAGES, LLMExtraction)

    first = ask()
    assert seen == ["json_schema", "json_object"]
    assert (first.mode, first.attempts, first.usage.prompt_tokens) == ("json", 2, 10)
    assert llm.modes_to_try() == ["json", "json_schema", "md_json"]
    ask()
    assert seen[2:] == ["json_object"], "the next call starts with the mode that worked"


DRIVERS = pytest.mark.parametrize("driver", ["sync", "async"])


def test_a_mode_the_endpoint_accepts_is_remembered_even_when_its_answers_fail() -> None:
    seen: list[str] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        fmt = json.loads(request.content).get("response_format", {}).get("type", "none")
        seen.append(fmt)
        if fmt == "json_schema":
            return httpx2.Response(500, json={"error": {"message": "response_format unsupported"}})
        return ok("not json")

    settings = LLMSettings(model="m", base_url="http://fake.test/v1", api_key="k", max_reasks=1)
    llm = LLMClient(settings, http_client=httpx2.Client(transport=httpx2.MockTransport(handler)))
    with pytest.raises(ExtractionFailed) as caught:
        llm.call(MESSAGES, LLMExtraction)
    assert seen == ["json_schema", "json_object", "json_object"] and caught.value.attempts == 3
    assert caught.value.usage.prompt_tokens == 20 and llm.modes_to_try()[0] == "json"


@DRIVERS
def test_a_forced_mode_reports_its_rejection_without_falling_back(driver: str) -> None:
    def rejected() -> httpx2.Response:
        return httpx2.Response(500, json={"error": {"message": "response_format json_schema unsupported"}})

    ask, seen = client([rejected, lambda: ok(GOOD)], driver, mode="json_schema")
    with pytest.raises(ProviderError) as caught:
        ask(MESSAGES, LLMExtraction)
    assert seen[0] == 1 and caught.value.status_code == 500
    assert isinstance(caught.value.original, openai.InternalServerError)


@DRIVERS
def test_one_budget_bounds_the_retries_of_several_calls(driver: str) -> None:
    ask, seen = client([status(503), lambda: ok(GOOD)] * 3, driver, max_retries=2)
    budget = CallBudget()
    ask(MESSAGES, LLMExtraction, budget)
    ask(MESSAGES, LLMExtraction, budget)
    with pytest.raises(ProviderError) as caught:  # the third call's first 503 finds the budget spent
        ask(MESSAGES, LLMExtraction, budget)
    assert budget.retries == 2 and seen[0] == 5 and caught.value.attempts == 5
    assert budget.usage.prompt_tokens == 20


def test_a_shared_client_serves_many_threads() -> None:
    llm = LLMClient(
        LLMSettings(model="m", base_url="http://fake.test/v1", api_key="k", mode="json_schema"),
        http_client=httpx2.Client(transport=httpx2.MockTransport(lambda request: ok(GOOD))),
    )
    results: list[CallResult] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(20):
            result = llm.call(MESSAGES, LLMExtraction)
            with lock:
                results.append(result)

    threads = [threading.Thread(target=work) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(results) == 160 and {(r.attempts, r.usage.prompt_tokens) for r in results} == {(1, 10)}
    llm.close()
