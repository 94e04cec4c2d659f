"""The direct path of single calls: the openai client's request through its own HTTP client.

Its failures are compared with the openai client's in ``test_direct_posts``. The endpoint runs on
the test's event loop, so each blocking call goes out from a worker thread.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx2
import openai
import pytest
from aiohttp_endpoint import ANSWER, Endpoint

from llmextract.llm.answer_schema import LLMExtraction
from llmextract.llm.client import LLMClient
from llmextract.llm.httpx_post import HttpxPoster
from llmextract.llm.settings import LLMSettings


def openai_client(url: str, **options: Any) -> openai.OpenAI:
    return openai.OpenAI(api_key="sk-test", base_url=url, max_retries=0, **options)


def poster_for(client: openai.OpenAI, timeout: float = 2.0) -> HttpxPoster:
    poster = HttpxPoster.for_client(client, timeout)
    assert poster is not None
    return poster


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


def test_only_an_httpx2_client_gets_a_poster() -> None:
    client = openai_client("http://127.0.0.1:9/v1")
    assert HttpxPoster.for_client(client, 1.0) is not None
    http = client._client
    client._client = object()  # type: ignore[assignment]  # as a caller's legacy httpx.Client would be
    assert HttpxPoster.for_client(client, 1.0) is None
    http.close()


async def test_without_a_poster_the_openai_clients_post_carries_the_call(
    endpoint: Endpoint, monkeypatch: pytest.MonkeyPatch
) -> None:
    posted: list[str] = []
    post = openai.OpenAI.post

    def spy(self: openai.OpenAI, path: str, **options: Any) -> Any:
        posted.append(path)
        return post(self, path, **options)

    monkeypatch.setattr(HttpxPoster, "for_client", classmethod(lambda cls, client, timeout: None))
    monkeypatch.setattr(openai.OpenAI, "post", spy)
    client = LLMClient(LLMSettings(model="m", base_url=endpoint.url, api_key="sk-test", mode="json_schema"))
    result = await asyncio.to_thread(client.call, [{"role": "user", "content": "hi"}], LLMExtraction)
    assert result.usage.completion_tokens == 7 and len(endpoint.seen) == 1
    assert posted == ["/chat/completions"] and client.transport._sync_poster is None
    client.close()
