"""The direct path of single calls: the openai client's request and exceptions, without its ``post``.

The endpoint runs on the test's event loop, so each blocking call goes out from a worker thread.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import httpx2
import openai
import pytest
from aiohttp import web
from aiohttp_endpoint import ANSWER, Endpoint

from llmextract.httpx_post import HttpxPoster
from llmextract.llm import LLMClient, LLMSettings
from llmextract.llm_schema import LLMExtraction


def openai_client(url: str, **options: Any) -> openai.OpenAI:
    return openai.OpenAI(api_key="sk-test", base_url=url, max_retries=0, **options)


def poster_for(client: openai.OpenAI, timeout: float = 2.0) -> HttpxPoster:
    poster = HttpxPoster.for_client(client, timeout)
    assert poster is not None
    return poster


async def post_both(url: str, body: dict[str, Any]) -> tuple[Any, Any]:
    """The same POST through the openai client and through the poster: (result or exception) each."""
    client = openai_client(url)
    poster = poster_for(client)
    outcomes: list[Any] = []
    sends: list[Callable[[], str]] = [
        lambda: client.post("/chat/completions", body=body, cast_to=str),
        lambda: poster.post("/chat/completions", body),
    ]
    for send in sends:
        try:
            outcomes.append(await asyncio.to_thread(send))
        except openai.APIError as exc:
            outcomes.append(exc)
    client.close()
    return outcomes[0], outcomes[1]


async def test_sends_what_the_openai_client_sends(endpoint: Endpoint) -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "Ça va, “Zoë”?"}]}
    client = openai_client(endpoint.url, organization="org-7", project="proj-2")
    await asyncio.to_thread(client.post, "/chat/completions", body=body, cast_to=str)
    text = await asyncio.to_thread(poster_for(client).post, "/chat/completions", body)
    client.close()
    assert json.loads(text) == ANSWER
    (sdk_path, sdk_headers, sdk_sent), (path, headers, sent) = endpoint.seen
    assert path == sdk_path == "/v1/chat/completions" and sent == sdk_sent == body
    # every header the openai client sends, but its per-attempt ones (retry count, read timeout)
    per_attempt = {"x-stainless-retry-count", "x-stainless-read-timeout", "content-length"}
    assert {k.lower(): v for k, v in sdk_headers.items() if k.lower() not in per_attempt} == {
        k.lower(): v for k, v in headers.items() if k.lower() not in per_attempt
    }
    assert headers["Authorization"] == "Bearer sk-test" and headers["OpenAI-Project"] == "proj-2"


@pytest.mark.parametrize(
    ("status", "kind", "headers"),
    [
        (400, openai.BadRequestError, {}),
        (401, openai.AuthenticationError, {}),
        (429, openai.RateLimitError, {"Retry-After": "3"}),
        (503, openai.InternalServerError, {}),
    ],
)
async def test_error_statuses_raise_what_the_openai_client_raises(
    endpoint: Endpoint, status: int, kind: type[openai.APIStatusError], headers: dict[str, str]
) -> None:
    async def refuse(request: web.Request) -> web.StreamResponse:
        return web.json_response({"error": {"message": f"no ({status})"}}, status=status, headers=headers)

    endpoint.handler = refuse
    sdk, ours = await post_both(endpoint.url, {"model": "m", "messages": []})
    assert type(ours) is type(sdk) is kind
    assert (ours.status_code, ours.message, ours.body) == (sdk.status_code, sdk.message, sdk.body)
    assert ours.response.headers.get("retry-after") == headers.get("Retry-After")


async def test_a_body_that_is_not_json_is_returned_as_text(endpoint: Endpoint) -> None:
    async def cut(request: web.Request) -> web.StreamResponse:
        return web.Response(text='{"choices": [{"mess', content_type="application/json")

    endpoint.handler = cut
    sdk, ours = await post_both(endpoint.url, {"model": "m", "messages": []})
    assert ours == sdk == '{"choices": [{"mess'


async def test_a_slow_answer_is_a_timeout(endpoint: Endpoint) -> None:
    async def slow(request: web.Request) -> web.StreamResponse:
        await asyncio.sleep(2)
        return web.json_response(ANSWER)

    endpoint.handler = slow
    client = openai_client(endpoint.url)
    with pytest.raises(openai.APITimeoutError):
        await asyncio.to_thread(poster_for(client, 0.2).post, "/chat/completions", {"model": "m"})
    client.close()


async def test_a_dropped_connection_is_a_connection_error(endpoint: Endpoint) -> None:
    async def drop(request: web.Request) -> web.StreamResponse:
        assert request.transport is not None
        request.transport.close()
        return web.json_response(ANSWER)

    endpoint.handler = drop
    sdk, ours = await post_both(endpoint.url, {"model": "m", "messages": []})
    assert isinstance(sdk, openai.APIConnectionError) and not isinstance(sdk, openai.APITimeoutError)
    assert isinstance(ours, openai.APIConnectionError) and not isinstance(ours, openai.APITimeoutError)
    assert ours.message == sdk.message


def test_nothing_listening_is_a_connection_error() -> None:
    client = openai_client("http://127.0.0.1:9/v1")
    with pytest.raises(openai.APIConnectionError):
        poster_for(client).post("/chat/completions", {"model": "m"})
    client.close()


async def test_a_callers_httpx2_client_carries_the_calls(endpoint: Endpoint) -> None:
    sent: list[str] = []
    http = httpx2.Client(event_hooks={"request": [lambda request: sent.append(str(request.url))]})
    client = LLMClient(
        LLMSettings(model="m", base_url=endpoint.url, api_key="sk-test", mode="json_schema"), http_client=http
    )
    result = await asyncio.to_thread(client.call, [{"role": "user", "content": "hi"}], LLMExtraction)
    assert result.usage.completion_tokens == 7
    assert sent == [endpoint.url + "/chat/completions"] and len(endpoint.seen) == 1
    assert client.transport._sync_poster is not None
    client.close()


async def test_a_legacy_httpx_client_keeps_the_openai_clients_post(endpoint: Endpoint) -> None:
    client = LLMClient(
        LLMSettings(model="m", base_url=endpoint.url, api_key="sk-test", mode="json_schema"),
        http_client=httpx.Client(),
    )
    result = await asyncio.to_thread(client.call, [{"role": "user", "content": "hi"}], LLMExtraction)
    assert result.usage.completion_tokens == 7 and len(endpoint.seen) == 1
    assert client.transport._sync_poster is None
    client.close()
