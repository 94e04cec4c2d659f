"""Transport retries, the retry budget and error classification, on an in-process transport."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx2
import openai
import pytest
from llm_scenarios import completion

from llmextract.core.answer import LLMExtraction
from llmextract.errors import ConfigError, ProviderError
from llmextract.llm.client import CallResult, LLMClient
from llmextract.llm.outcomes import rejects_format, retry_after
from llmextract.llm.settings import LLMSettings, endpoint_host

MESSAGES = [{"role": "user", "content": "Article."}]
GOOD = {"actors": [], "quotes": [{"text": "x", "speaker": "A"}], "stances": []}


def ok(content: dict[str, Any] | str) -> httpx2.Response:
    return httpx2.Response(200, json=completion(content, prompt_tokens=10, completion_tokens=5))


Ask = Callable[..., CallResult]


@pytest.fixture(params=["sync", "async"])
def driver(request: pytest.FixtureRequest) -> str:
    """Every behaviour holds for ``call`` and ``acall`` alike: they run one plan."""
    return str(request.param)


def client(
    script: list[Callable[[], httpx2.Response]], driver: str = "sync", **settings: Any
) -> tuple[Ask, list[int]]:
    """A caller of ``LLMClient.call`` or ``acall`` against scripted answers, and the request count."""
    seen = [0]

    def handler(request: httpx2.Request) -> httpx2.Response:
        step = script[min(seen[0], len(script) - 1)]
        seen[0] += 1
        return step()

    options: dict[str, Any] = {
        "model": "m",
        "base_url": "http://fake.test/v1",
        "api_key": "k",
        "backoff_base": 0.0,
        "mode": "json",
        **settings,
    }
    transport = httpx2.MockTransport(handler)
    if driver == "sync":
        llm = LLMClient(LLMSettings(**options), http_client=httpx2.Client(transport=transport))
        return llm.call, seen
    llm = LLMClient(LLMSettings(**options), async_http_client=httpx2.AsyncClient(transport=transport))

    def ask(*args: Any, **kwargs: Any) -> CallResult:
        return asyncio.run(llm.acall(*args, **kwargs))

    return ask, seen


def status(code: int, **headers: str) -> Callable[[], httpx2.Response]:
    return lambda: httpx2.Response(code, headers=headers, json={"error": {"message": f"status {code}"}})


def reset() -> httpx2.Response:
    raise httpx2.ConnectError("connection reset by peer")


@pytest.mark.parametrize("code", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_retried(code: int, driver: str) -> None:
    ask, seen = client([status(code), lambda: ok(GOOD)], driver)
    result = ask(MESSAGES, LLMExtraction)
    assert seen[0] == 2 and result.attempts == 2
    assert result.usage.prompt_tokens == 10


@pytest.mark.parametrize("code", [400, 401, 403, 404, 422])
def test_client_errors_are_never_retried(code: int, driver: str) -> None:
    ask, seen = client([status(code), lambda: ok(GOOD)], driver)
    with pytest.raises(ProviderError) as caught:
        ask(MESSAGES, LLMExtraction)
    assert seen[0] == 1 and caught.value.status_code == code and caught.value.host == "fake.test"
    assert isinstance(caught.value.original, openai.APIStatusError)


def test_connection_errors_are_retried(driver: str) -> None:
    ask, seen = client([reset, lambda: ok(GOOD)], driver)
    assert ask(MESSAGES, LLMExtraction).attempts == 2
    assert seen[0] == 2


def test_retry_budget_is_bounded(driver: str) -> None:
    ask, seen = client([status(503)], driver, max_retries=3)
    with pytest.raises(ProviderError) as caught:
        ask(MESSAGES, LLMExtraction)
    assert seen[0] == 4 and caught.value.attempts == 4 and caught.value.status_code == 503


def test_retry_after_is_honoured_and_capped() -> None:
    def error(headers: dict[str, str]) -> openai.APIStatusError:
        response = httpx2.Response(429, headers=headers, request=httpx2.Request("POST", "http://x"))
        return openai.RateLimitError("slow", response=response, body=None)

    assert retry_after(error({"retry-after": "2.5"})) == 2.5
    assert retry_after(error({"retry-after": "86400"})) == 60.0
    assert retry_after(error({"retry-after": "soon"})) is None
    assert retry_after(error({})) is None


def test_format_rejection_is_recognised() -> None:
    def error(code: int, message: str) -> openai.APIStatusError:
        response = httpx2.Response(code, request=httpx2.Request("POST", "http://x"))
        return openai.APIStatusError(message, response=response, body=None)

    assert rejects_format(error(500, "response_format json_schema unsupported"))
    assert rejects_format(error(400, "Invalid schema for response_format"))
    assert not rejects_format(error(503, "response_format"))
    assert not rejects_format(error(500, "out of memory"))


def test_endpoint_host_never_carries_credentials() -> None:
    assert endpoint_host("https://user:secret@llm.example.org:8443/v1") == "llm.example.org:8443"
    assert endpoint_host(None) == "api.openai.com"


def test_key_is_not_in_repr() -> None:
    settings = LLMSettings(model="m", api_key="sk-verysecret")
    assert "sk-verysecret" not in repr(settings)


def test_settings_are_checked() -> None:
    with pytest.raises(ConfigError):
        LLMSettings(model="m", mode="grammar")
    with pytest.raises(ConfigError):
        LLMSettings(model="m", max_reasks=-1)


def test_truncated_json_is_reasked(driver: str) -> None:
    def truncated() -> httpx2.Response:
        return ok('{"quotes": [{"te')

    ask, seen = client([truncated, lambda: ok(GOOD)], driver)
    result = ask(MESSAGES, LLMExtraction)
    assert seen[0] == 2 and result.usage.prompt_tokens == 20


def test_openai_clients_are_built_on_first_use_only() -> None:
    """Each openai client costs tens of milliseconds; a sync caller never pays for the async one."""
    client = LLMClient(LLMSettings(model="m", base_url="http://127.0.0.1:9/v1"))
    assert client.transport.sync_built is None and client.transport.async_built is None
    assert client.transport.sync_client is client.transport.sync_client  # built once
    assert client.transport.async_built is None
    client.close()


@pytest.mark.parametrize("mode", ["json_schema", "json"])
def test_a_fenced_answer_is_accepted_in_every_text_mode(mode: str, driver: str) -> None:
    fenced = "```json\n" + json.dumps(GOOD) + "\n```"
    ask, seen = client([lambda: ok(fenced)], driver, mode=mode)
    result = ask(MESSAGES, LLMExtraction)
    assert seen[0] == 1 and result.value.quotes[0].text == "x" and result.mode == mode
