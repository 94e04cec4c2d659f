"""Which calls go over the batch runs' aiohttp session, and when that session closes."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import pytest
from aiohttp_endpoint import Endpoint

from llmextract.llm.aiohttp_post import AiohttpPoster
from llmextract.llm.answer_schema import LLMExtraction
from llmextract.llm.client import LLMClient
from llmextract.llm.settings import LLMSettings


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
        poster = client.transport._poster
        assert poster is not None
        async with client.batch_transport():  # a second run on the same loop shares the session
            assert client.transport._poster is poster
            await asyncio.gather(one_call(client), one_call(client))
        assert client.transport._poster is poster, "the outer run still uses it"
        await one_call(client)
    assert aiohttp_posts == ["/chat/completions"] * 3
    assert client.transport._poster is None and poster._session is None
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
