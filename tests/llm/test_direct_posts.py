"""Both direct request paths, single calls over httpx (``httpx_post``) and batches over aiohttp
(``aiohttp_post``), answer and fail exactly as the openai client's own ``post`` does.

Each case sends one request through the openai client and through the poster, and compares.
The endpoint runs on the test's event loop, so blocking calls go out from a worker thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import openai
import pytest
from aiohttp_endpoint import CUT_BODY, ERROR_STATUSES, Endpoint, cut_short, drop, refusing, slow

from llmextract.llm.aiohttp_post import AiohttpPoster
from llmextract.llm.httpx_post import HttpxPoster

PostBoth = Callable[[str, dict[str, Any], float], Awaitable[tuple[Any, Any]]]
PATH = "/chat/completions"
BODY = {"model": "m", "messages": []}


async def outcome(send: Callable[[], Awaitable[str]]) -> Any:
    try:
        return await send()
    except openai.APIError as exc:
        return exc


async def via_httpx(url: str, body: dict[str, Any], timeout: float) -> tuple[Any, Any]:
    client = openai.OpenAI(api_key="sk-test", base_url=url, max_retries=0, timeout=timeout)
    poster = HttpxPoster.for_client(client, timeout)
    assert poster is not None
    try:
        sdk = await outcome(
            lambda: asyncio.to_thread(client.post, "/chat/completions", body=body, cast_to=str)
        )
        return sdk, await outcome(lambda: asyncio.to_thread(poster.post, "/chat/completions", body))
    finally:
        client.close()


async def via_aiohttp(url: str, body: dict[str, Any], timeout: float) -> tuple[Any, Any]:
    client = openai.AsyncOpenAI(api_key="sk-test", base_url=url, max_retries=0, timeout=timeout)
    poster = AiohttpPoster(client, timeout, asyncio.get_running_loop())
    try:
        sdk = await outcome(lambda: client.post(PATH, body=body, cast_to=str))
        return sdk, await outcome(lambda: poster.post(PATH, body))
    finally:
        await poster.close()
        await client.close()


@pytest.fixture(params=[via_httpx, via_aiohttp], ids=["httpx", "aiohttp"])
def post_both(request: pytest.FixtureRequest) -> PostBoth:
    """(the openai client's outcome, the poster's outcome) of one POST: text or exception."""
    send: PostBoth = request.param
    return send


@pytest.mark.parametrize(("status", "kind", "headers"), ERROR_STATUSES)
async def test_error_statuses_raise_what_the_openai_client_raises(
    endpoint: Endpoint,
    post_both: PostBoth,
    status: int,
    kind: type[openai.APIStatusError],
    headers: dict[str, str],
) -> None:
    endpoint.handler = refusing(status, headers)
    sdk, ours = await post_both(endpoint.url, BODY, 2.0)
    assert type(ours) is type(sdk) is kind
    assert (ours.status_code, ours.message, ours.body) == (sdk.status_code, sdk.message, sdk.body)
    assert ours.response.headers.get("retry-after") == headers.get("Retry-After")


async def test_a_body_that_is_not_json_is_returned_as_text(endpoint: Endpoint, post_both: PostBoth) -> None:
    endpoint.handler = cut_short
    sdk, ours = await post_both(endpoint.url, BODY, 2.0)
    assert ours == sdk == CUT_BODY


async def test_a_slow_answer_is_a_timeout(endpoint: Endpoint, post_both: PostBoth) -> None:
    endpoint.handler = slow
    sdk, ours = await post_both(endpoint.url, BODY, 0.2)
    assert isinstance(sdk, openai.APITimeoutError) and isinstance(ours, openai.APITimeoutError)


async def test_a_dropped_connection_is_a_connection_error(endpoint: Endpoint, post_both: PostBoth) -> None:
    endpoint.handler = drop
    sdk, ours = await post_both(endpoint.url, BODY, 2.0)
    assert isinstance(sdk, openai.APIConnectionError) and not isinstance(sdk, openai.APITimeoutError)
    assert isinstance(ours, openai.APIConnectionError) and not isinstance(ours, openai.APITimeoutError)


async def test_nothing_listening_is_a_connection_error(post_both: PostBoth) -> None:
    sdk, ours = await post_both("http://127.0.0.1:9/v1", BODY, 2.0)
    assert isinstance(sdk, openai.APIConnectionError) and not isinstance(sdk, openai.APITimeoutError)
    assert isinstance(ours, openai.APIConnectionError) and not isinstance(ours, openai.APITimeoutError)
