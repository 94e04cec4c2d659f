"""The aiohttp path of batch runs: same request as the openai client, same exceptions, same lifecycle."""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import openai
import pytest
from aiohttp import web

from llmextract.aiohttp_post import AiohttpPoster, env_proxy
from llmextract.llm import LLMClient, LLMSettings
from llmextract.llm_schema import LLMExtraction

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
ANSWER = {
    "choices": [{"message": {"content": json.dumps({"quotes": [], "actors": [], "stances": []})}}],
    "usage": {"prompt_tokens": 5, "completion_tokens": 7},
}


class Endpoint:
    """A loopback endpoint whose answer each test sets, and which keeps what it was sent."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, dict[str, str], Any]] = []
        self.handler: Handler = self.ok
        self.url = ""

    async def ok(self, request: web.Request) -> web.StreamResponse:
        return web.json_response(ANSWER)

    async def dispatch(self, request: web.Request) -> web.StreamResponse:
        self.seen.append((request.path, dict(request.headers), json.loads(await request.read())))
        return await self.handler(request)


@pytest.fixture
async def endpoint() -> AsyncIterator[Endpoint]:
    served = Endpoint()
    app = web.Application()
    app.router.add_post("/v1/chat/completions", served.dispatch)
    runner = web.AppRunner(app, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    served.url = f"http://{host}:{port}/v1"
    yield served
    await runner.cleanup()


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


# -- LLMClient.batch_transport: which calls go over aiohttp, and when the session closes ----------


def llm_client(url: str, **options: Any) -> LLMClient:
    return LLMClient(LLMSettings(model="m", base_url=url, api_key="sk-test", mode="json_schema"), **options)


async def one_call(client: LLMClient) -> None:
    result = await client.acall([{"role": "user", "content": "hi"}], LLMExtraction)
    assert result.usage.completion_tokens == 7


@pytest.fixture
def aiohttp_posts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths posted through AiohttpPoster (the calls still go out)."""
    posted: list[str] = []
    post = AiohttpPoster.post

    async def spy(self: AiohttpPoster, path: str, body: dict[str, Any]) -> str:
        posted.append(path)
        return await post(self, path, body)

    monkeypatch.setattr(AiohttpPoster, "post", spy)
    return posted


async def test_calls_in_a_batch_go_over_aiohttp_and_the_session_closes_after(
    endpoint: Endpoint, aiohttp_posts: list[str]
) -> None:
    client = llm_client(endpoint.url)
    await one_call(client)
    assert aiohttp_posts == []
    async with client.batch_transport():
        poster = client._poster
        assert poster is not None
        async with client.batch_transport():  # a second run on the same loop shares the session
            assert client._poster is poster
            await asyncio.gather(one_call(client), one_call(client))
        assert client._poster is poster, "the outer run still uses it"
        await one_call(client)
    assert aiohttp_posts == ["/chat/completions"] * 3
    assert client._poster is None and poster._session is None
    await one_call(client)
    assert len(aiohttp_posts) == 3 and len(endpoint.seen) == 5
    await client.aclose()


async def test_a_callers_own_http_client_is_kept(endpoint: Endpoint, aiohttp_posts: list[str]) -> None:
    import httpx2

    client = llm_client(endpoint.url, async_http_client=httpx2.AsyncClient())
    async with client.batch_transport():
        await one_call(client)
    assert aiohttp_posts == [] and len(endpoint.seen) == 1
    await client.aclose()


async def test_another_event_loop_keeps_the_openai_client(
    endpoint: Endpoint, aiohttp_posts: list[str]
) -> None:
    client = llm_client(endpoint.url)
    errors: list[BaseException] = []

    def elsewhere() -> None:
        async def run() -> None:
            async with client.batch_transport():  # the session belongs to the other loop
                await one_call(client)
            await client.aclose()  # the openai client's connections belong to this loop

        try:
            asyncio.run(run())
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    async with client.batch_transport():
        thread = threading.Thread(target=elsewhere)
        thread.start()
        await asyncio.to_thread(thread.join)
        await one_call(client)
    assert errors == []
    assert aiohttp_posts == ["/chat/completions"] and len(endpoint.seen) == 2
