"""A loopback endpoint on aiohttp's web server, for the tests of the aiohttp request path."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from aiohttp import web

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
