"""What went over the wire, seen from outside the toolkit: the figures the server itself reported.

A :class:`WireTap` hooks an HTTP client and keeps, for each chat-completions exchange, the
requested format, the status and the server's own usage figures, so tests can compare the
toolkit's provenance with the server instead of with the toolkit's own arithmetic.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

import httpx2

from llmextract.schema import Usage


@dataclass(frozen=True)
class Exchange:
    format: str
    status: int
    usage: Usage
    answer: str | None


def _format_of(body: dict[str, Any]) -> str:
    if "tools" in body:
        return "tools"
    return str(body.get("response_format", {}).get("type", "none"))


def _answer_of(data: dict[str, Any]) -> str | None:
    try:
        message = data["choices"][0]["message"]
    except (KeyError, IndexError, TypeError):
        return None
    if message.get("tool_calls"):
        return str(message["tool_calls"][0]["function"]["arguments"])
    content = message.get("content")
    return content if isinstance(content, str) else None


@dataclass
class WireTap:
    exchanges: list[Exchange] = field(default_factory=list)

    def _record(self, response: httpx2.Response) -> None:
        if not response.request.url.path.endswith("/chat/completions"):
            return
        body = json.loads(response.request.content or b"{}")
        usage, answer = Usage(), None
        if response.status_code == 200:
            data = json.loads(response.content)
            figures = data.get("usage") or {}
            usage = Usage(
                prompt_tokens=figures.get("prompt_tokens", 0),
                completion_tokens=figures.get("completion_tokens", 0),
                cached_tokens=(figures.get("prompt_tokens_details") or {}).get("cached_tokens") or 0,
            )
            answer = _answer_of(data)
        self.exchanges.append(Exchange(_format_of(body), response.status_code, usage, answer))

    def client(self) -> httpx2.Client:
        def hook(response: httpx2.Response) -> None:
            response.read()
            self._record(response)

        return httpx2.Client(event_hooks={"response": [hook]})

    def async_client(self) -> httpx2.AsyncClient:
        async def hook(response: httpx2.Response) -> None:
            await response.aread()
            self._record(response)

        return httpx2.AsyncClient(event_hooks={"response": [hook]})

    @property
    def formats(self) -> list[tuple[str, int]]:
        return [(exchange.format, exchange.status) for exchange in self.exchanges]

    @property
    def usage(self) -> Usage:
        total = Usage()
        for exchange in self.exchanges:
            total = total + exchange.usage
        return total
