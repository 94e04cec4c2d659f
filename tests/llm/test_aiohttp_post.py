"""The aiohttp path of batch runs: the openai client's request, and no session through a proxy.

Its failures are compared with the openai client's in ``test_direct_posts``.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import openai
import pytest
from aiohttp_endpoint import ANSWER, Endpoint

from llmextract.llm.aiohttp_post import AiohttpPoster, env_proxy


def openai_client(url: str, **options: Any) -> openai.AsyncOpenAI:
    return openai.AsyncOpenAI(api_key="sk-test", base_url=url, max_retries=0, **options)


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
