"""The json_schema requests of a batch run, posted over one aiohttp session.

In a batch the event loop is never idle, so the client's own CPU time per call sets the wall time.
The openai client spends 2 to 3 ms of it per call building the request and going through httpx;
aiohttp, with its C HTTP parser, under 1 ms (``bench/throughput.py``). Only the POST changes: the
URL and headers are the openai client's own (base URL, API key, organisation and project), TLS
trusts the same certificates, and every failure comes back as the openai SDK's exception for it,
so retries, Retry-After, mode fallback and error messages behave exactly as on the openai path.

The environment is read once, when the session is made, not on every request as aiohttp's
``trust_env`` does (that doubled the client's CPU time per call). When it sets a proxy for the
endpoint, there is no session and calls keep the openai client, which handles proxies as before.
"""

from __future__ import annotations

import asyncio
import json
import urllib.request
from typing import Any
from urllib.parse import urlparse

import aiohttp
import httpx2
import openai

__all__ = ["AiohttpPoster", "env_proxy"]


def env_proxy(url: str) -> str | None:
    """The proxy that ``HTTP(S)_PROXY``/``ALL_PROXY`` set for ``url``, unless ``NO_PROXY`` exempts it."""
    parsed = urlparse(url)
    proxies = urllib.request.getproxies()
    proxy = proxies.get(parsed.scheme) or proxies.get("all")
    if not proxy or urllib.request.proxy_bypass(parsed.hostname or ""):
        return None
    return proxy


class AiohttpPoster:
    """POSTs JSON bodies to one openai client's endpoint, on the event loop it was made on."""

    def __init__(self, client: openai.AsyncOpenAI, timeout: float, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self._client = client
        self._base = str(client.base_url).rstrip("/")
        headers = {**client.default_headers, **client.auth_headers}
        self._headers = {key: value for key, value in headers.items() if isinstance(value, str)}
        # httpx's timeout is per phase (connect, read, write), not for the whole call; so is this one
        self._timeout = aiohttp.ClientTimeout(
            total=None, connect=timeout, sock_connect=timeout, sock_read=timeout
        )
        self._session: aiohttp.ClientSession | None = None

    @classmethod
    def for_client(
        cls, client: openai.AsyncOpenAI, timeout: float, loop: asyncio.AbstractEventLoop
    ) -> AiohttpPoster | None:
        """A poster for this client's endpoint, or None when a proxy is set for it."""
        if env_proxy(str(client.base_url)) is not None:
            return None
        return cls(client, timeout, loop)

    def _open(self) -> aiohttp.ClientSession:
        if self._session is None:
            # no connection limit here: the batch's workers bound the calls in flight
            tls = httpx2.create_ssl_context() if self._base.startswith("https:") else False
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=0, ssl=tls), headers=self._headers, timeout=self._timeout
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def post(self, path: str, body: dict[str, Any]) -> str:
        """The response body as text; an HTTP error status, a timeout or a broken connection raises
        the openai SDK's exception for it."""
        url = self._base + path
        try:
            async with self._open().post(url, data=json.dumps(body).encode("utf-8")) as response:
                data = await response.read()
                if response.status >= 400:
                    raise self._status_error(url, response.status, list(response.headers.items()), data)
                return data.decode("utf-8", errors="replace")
        except (asyncio.TimeoutError, TimeoutError) as exc:  # two classes before Python 3.11
            raise openai.APITimeoutError(request=httpx2.Request("POST", url)) from exc
        except aiohttp.ClientError as exc:
            raise openai.APIConnectionError(
                message=f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__,
                request=httpx2.Request("POST", url),
            ) from exc

    def _status_error(
        self, url: str, status: int, headers: list[tuple[str, str]], data: bytes
    ) -> openai.APIStatusError:
        """The exception the openai client raises for this status, headers and body."""
        response = httpx2.Response(status, headers=headers, content=data, request=httpx2.Request("POST", url))
        return self._client._make_status_error_from_response(response)
