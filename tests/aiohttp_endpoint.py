"""A loopback endpoint on aiohttp's web server (a test extra), for the tests of what goes over the
wire: the request each mode sends, and how answers cut short, slow or dropped are handled."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import openai
from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
ANSWER = {
    "choices": [{"message": {"content": json.dumps({"quotes": [], "actors": [], "stances": []})}}],
    "usage": {"prompt_tokens": 5, "completion_tokens": 7},
}

#: (status, the openai client's exception for it, response headers)
ERROR_STATUSES = [
    (400, openai.BadRequestError, {}),
    (401, openai.AuthenticationError, {}),
    (429, openai.RateLimitError, {"Retry-After": "3"}),
    (503, openai.InternalServerError, {}),
]
CUT_BODY = '{"choices": [{"mess'


def refusing(status: int, headers: dict[str, str]) -> Handler:
    async def refuse(request: web.Request) -> web.StreamResponse:
        return web.json_response({"error": {"message": f"no ({status})"}}, status=status, headers=headers)

    return refuse


async def cut_short(request: web.Request) -> web.StreamResponse:
    return web.Response(text=CUT_BODY, content_type="application/json")


async def slow(request: web.Request) -> web.StreamResponse:
    await asyncio.sleep(2)
    return web.json_response(ANSWER)


async def drop(request: web.Request) -> web.StreamResponse:
    assert request.transport is not None
    request.transport.close()
    return web.json_response(ANSWER)


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


@asynccontextmanager
async def serve_endpoint() -> AsyncIterator[Endpoint]:
    served = Endpoint()
    app = web.Application()
    app.router.add_post("/v1/chat/completions", served.dispatch)
    runner = web.AppRunner(app, handle_signals=False)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    host, port = runner.addresses[0][:2]
    served.url = f"http://{host}:{port}/v1"
    try:
        yield served
    finally:
        await runner.cleanup()
