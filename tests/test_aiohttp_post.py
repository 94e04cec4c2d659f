"""The aiohttp path of batch runs: same request as the openai client, same exceptions, same lifecycle."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

import openai
import pytest
from aiohttp import web
from aiohttp_endpoint import ANSWER, Endpoint

from llmextract.aiohttp_post import AiohttpPoster, env_proxy


def openai_client(url: str, **options: Any) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(api_key="sk-test", base_url=url, max_retries=0, **options)


async def post_both(url: str, body: dict[str, Any]) -> tuple[Any, Any]:
    """The same POST through the openai client and through the poster: (result or exception) each."""
    client = openai_client(url)
    poster = AiohttpPoster(client, 2.0, asyncio.get_running_loop())
    outcomes: list[Any] = []
    sends: list[Callable[[], Awaitable[str]]] = [
        lambda: client.post("/chat/completions", body=body, cast_to=str),
        lambda: poster.post("/chat/completions", body),
    ]
    for send in sends:
        try:
            outcomes.append(await send())
        except openai.APIError as exc:
            outcomes.append(exc)
    await poster.close()
    await client.close()
    return outcomes[0], outcomes[1]


async def test_sends_what_the_openai_client_sends(endpoint: Endpoint) -> None:
    body = {"model": "m", "messages": [{"role": "user", "content": "Ça va, “Zoë”?"}]}
    client = openai_client(endpoint.url, organization="org-7")
    poster = AiohttpPoster(client, 5.0, asyncio.get_running_loop())
    text = await poster.post("/chat/completions", body)
    await poster.close()
    await client.close()
    assert json.loads(text) == ANSWER
    [(path, headers, sent)] = endpoint.seen
    assert path == "/v1/chat/completions" and sent == body
    assert headers["Authorization"] == "Bearer sk-test"
    assert headers["OpenAI-Organization"] == "org-7"
    assert headers["Content-Type"] == "application/json"
    assert headers["User-Agent"].startswith("AsyncOpenAI/Python")


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
    poster = AiohttpPoster(client, 0.2, asyncio.get_running_loop())
    with pytest.raises(openai.APITimeoutError):
        await poster.post("/chat/completions", {"model": "m"})
    await poster.close()
    await client.close()


async def test_a_dropped_connection_is_a_connection_error(endpoint: Endpoint) -> None:
    async def drop(request: web.Request) -> web.StreamResponse:
        assert request.transport is not None
        request.transport.close()
        return web.json_response(ANSWER)

    endpoint.handler = drop
    sdk, ours = await post_both(endpoint.url, {"model": "m", "messages": []})
    assert isinstance(sdk, openai.APIConnectionError) and not isinstance(sdk, openai.APITimeoutError)
    assert isinstance(ours, openai.APIConnectionError) and not isinstance(ours, openai.APITimeoutError)


async def test_nothing_listening_is_a_connection_error() -> None:
    client = openai_client("http://127.0.0.1:9/v1")
    poster = AiohttpPoster(client, 2.0, asyncio.get_running_loop())
    with pytest.raises(openai.APIConnectionError):
        await poster.post("/chat/completions", {"model": "m"})
    await poster.close()
    await client.close()


def test_a_proxy_for_the_endpoint_keeps_the_openai_client(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.upper(), raising=False)
    assert env_proxy("http://10.1.2.3:8000/v1") is None
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.invalid:3128")
    assert env_proxy("http://10.1.2.3:8000/v1") == "http://proxy.invalid:3128"
    assert env_proxy("https://api.example.com/v1") is None
    monkeypatch.setenv("NO_PROXY", "10.1.2.3")
    assert env_proxy("http://10.1.2.3:8000/v1") is None
