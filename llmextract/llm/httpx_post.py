"""Single json_schema requests (``extract``, not batches), posted straight through the openai
client's own httpx client.

The openai client's ``post`` copies typed request options, rebuilds and validates the headers and
merges the URL on every call: about half a millisecond per call on a loopback server, where the whole
call takes under two. Only that layer is skipped. The request goes out through the same
httpx client (its connection pool, proxies, TLS, and a caller's own ``http_client``), to the same URL,
with the same headers and timeout, and every failure comes back as the exception the openai client
raises for it, so retries, Retry-After, mode fallback and error messages are unchanged.
"""

from __future__ import annotations

import json
from typing import Any

import httpx2
import openai

__all__ = ["HttpxPoster"]


class HttpxPoster:
    """POSTs JSON bodies to one openai client's endpoint through that client's httpx client."""

    def __init__(self, client: openai.OpenAI, http: httpx2.Client, timeout: float) -> None:
        self._client = client
        self._http = http
        self._base = str(client.base_url).rstrip("/")
        headers = {**client.default_headers, **client.auth_headers}
        self._headers = {key: value for key, value in headers.items() if isinstance(value, str)}
        self._timeout = timeout

    @classmethod
    def for_client(cls, client: openai.OpenAI, timeout: float) -> HttpxPoster | None:
        """A poster for this client, or None when its HTTP client is not an httpx2 one (a caller's
        legacy ``httpx.Client``, whose exceptions differ): then the openai client's ``post`` is kept."""
        http = client._client
        return cls(client, http, timeout) if isinstance(http, httpx2.Client) else None

    def post(self, path: str, body: dict[str, Any]) -> str:
        """The response body as text; an HTTP error status, a timeout or a broken connection raises
        the openai SDK's exception for it."""
        url = self._base + path
        content = json.dumps(body).encode("utf-8")
        try:
            response = self._http.post(url, content=content, headers=self._headers, timeout=self._timeout)
        except httpx2.TimeoutException as exc:
            raise openai.APITimeoutError(request=httpx2.Request("POST", url)) from exc
        except httpx2.HTTPError as exc:
            raise openai.APIConnectionError(request=httpx2.Request("POST", url)) from exc
        if response.status_code >= 400:
            raise self._client._make_status_error_from_response(response)
        return response.text
