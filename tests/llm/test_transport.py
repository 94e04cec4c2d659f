"""What goes over the wire: the json_schema request through the openai client's public ``post``,
and answers cut short, slow or dropped, on a real loopback endpoint, from both drivers.

The endpoint runs on the test's event loop, so blocking calls go out from a worker thread.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx2
import openai
import pytest
from aiohttp_endpoint import ERROR_STATUSES, Endpoint, cut_short, drop, refusing, slow

from llmextract.core.answer import LLMExtraction
from llmextract.errors import ProviderError
from llmextract.llm.call_plan import CallResult
from llmextract.llm.client import LLMClient
from llmextract.llm.outcomes import schema_format
from llmextract.llm.settings import LLMSettings

MESSAGES = [{"role": "user", "content": "Ça va, “Zoë”?"}]
DRIVERS = pytest.mark.parametrize("driver", ["sync", "async"])


def llm_client(url: str, **settings: Any) -> LLMClient:
    options: dict[str, Any] = {"model": "m", "api_key": "sk-test", "mode": "json_schema", "backoff_base": 0.0}
    return LLMClient(LLMSettings(base_url=url, **{**options, **settings}))


async def ask(client: LLMClient, driver: str) -> CallResult:
    if driver == "sync":
        try:
            return await asyncio.to_thread(client.call, MESSAGES, LLMExtraction)
        finally:
            client.close()
    try:
        return await client.acall(MESSAGES, LLMExtraction)
    finally:
        await client.aclose()


@DRIVERS
async def test_json_schema_goes_out_as_the_openai_client_sends_it(endpoint: Endpoint, driver: str) -> None:
    result = await ask(llm_client(endpoint.url, temperature=0.0, max_tokens=50), driver)
    assert result.usage.completion_tokens == 7 and result.attempts == 1
    [(path, headers, sent)] = endpoint.seen
    assert path == "/v1/chat/completions"
    assert sent == {
        "model": "m",
        "messages": MESSAGES,
        "temperature": 0.0,
        "max_tokens": 50,
        "response_format": schema_format(LLMExtraction),
    }
    assert headers["Authorization"] == "Bearer sk-test"
    assert headers["User-Agent"].startswith("AsyncOpenAI/Python" if driver == "async" else "OpenAI/Python")


@DRIVERS
@pytest.mark.parametrize(("status", "kind", "headers"), ERROR_STATUSES)
async def test_error_statuses_carry_the_openai_clients_exception(
    endpoint: Endpoint, driver: str, status: int, kind: type[openai.APIStatusError], headers: dict[str, str]
) -> None:
    endpoint.handler = refusing(status, {})  # no Retry-After: the retries here must not wait
    with pytest.raises(ProviderError) as caught:
        await ask(llm_client(endpoint.url, max_retries=1), driver)
    assert type(caught.value.original) is kind and caught.value.status_code == status
    retried = status in (429, 503)
    assert len(endpoint.seen) == caught.value.attempts == (2 if retried else 1)


@DRIVERS
async def test_a_body_cut_short_is_retried_then_reported(endpoint: Endpoint, driver: str) -> None:
    endpoint.handler = cut_short
    with pytest.raises(ProviderError) as caught:
        await ask(llm_client(endpoint.url, max_retries=2), driver)
    assert "truncated response" in str(caught.value) and caught.value.attempts == len(endpoint.seen) == 3


@DRIVERS
async def test_a_slow_answer_is_a_timeout(endpoint: Endpoint, driver: str) -> None:
    endpoint.handler = slow
    with pytest.raises(ProviderError) as caught:
        await ask(llm_client(endpoint.url, timeout=0.2, max_retries=0), driver)
    assert isinstance(caught.value.original, openai.APITimeoutError)


@DRIVERS
async def test_a_dropped_connection_is_retried(endpoint: Endpoint, driver: str) -> None:
    endpoint.handler = drop
    with pytest.raises(ProviderError) as caught:
        await ask(llm_client(endpoint.url, max_retries=1), driver)
    original = caught.value.original
    assert isinstance(original, openai.APIConnectionError)
    assert not isinstance(original, openai.APITimeoutError)
    assert caught.value.attempts == 2


async def test_a_callers_http_client_carries_the_calls(endpoint: Endpoint) -> None:
    sent: list[str] = []
    http = httpx2.Client(event_hooks={"request": [lambda request: sent.append(str(request.url))]})
    client = LLMClient(
        LLMSettings(model="m", base_url=endpoint.url, api_key="sk-test", mode="json_schema"), http_client=http
    )
    await ask(client, "sync")
    assert sent == [endpoint.url + "/chat/completions"] and len(endpoint.seen) == 1


def test_a_call_cap_overrides_the_settings_cap() -> None:
    from llmextract.core.answer import LLMExtraction
    from llmextract.llm.settings import LLMSettings
    from llmextract.llm.transport import Send, Transport

    transport = Transport(LLMSettings(model="m", base_url="http://x.invalid/v1", max_tokens=100), "k")
    messages = [{"role": "user", "content": "x"}]
    assert transport.schema_body(Send("json_schema", messages, LLMExtraction))["max_tokens"] == 100
    assert transport.schema_body(Send("json_schema", messages, LLMExtraction, 400))["max_tokens"] == 400
    assert transport.instructor_request(Send("json", messages, LLMExtraction, 400))["max_tokens"] == 400
