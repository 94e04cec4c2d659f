"""How one endpoint is reached: the openai clients, instructor per mode, and the json_schema request.

The openai clients are built on first use (each costs tens of milliseconds, an SSL context), with
the SDK's own retries off: :mod:`llmextract.llm.client` owns the one retry layer.

``json_schema``, the first mode tried, is sent and validated here directly (the same request body
instructor builds, prepared once per response model); instructor rebuilds the JSON Schema and a
validator model on every call, which cost several milliseconds per article, more than the rest of
the toolkit together. That body goes out through the openai client's own httpx client, with its
URL, headers, timeout and exceptions (:mod:`llmextract.llm.httpx_post`), and the answer is read as JSON,
without the SDK's typed request and response models, which cost a millisecond or more per call;
inside a batch run (:meth:`Transport.batch_transport`) it goes out over one aiohttp session
instead, with the same URL, headers and exceptions (:mod:`llmextract.llm.aiohttp_post`). The other
modes go through instructor.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
from collections.abc import AsyncIterator
from typing import Any, NoReturn

import instructor
import openai
from pydantic import BaseModel, ValidationError

from llmextract.llm.aiohttp_post import AiohttpPoster
from llmextract.llm.httpx_post import HttpxPoster
from llmextract.llm.outcomes import (
    CallBudget,
    CutOff,
    FormatRejected,
    Invalid,
    parse_completion,
    rejects_format,
    schema_format,
)
from llmextract.llm.settings import MODES, LLMSettings

__all__ = ["Transport"]

_COMPLETIONS = "/chat/completions"


def _raise_http_error(exc: openai.APIStatusError) -> NoReturn:
    """Re-raise an HTTP error of the raw openai client with its meaning: format rejected, or as is."""
    if rejects_format(exc):
        raise FormatRejected(exc) from exc
    raise exc


class Transport:
    """The clients and requests of one endpoint and model; thread-safe, reused across calls."""

    def __init__(
        self, settings: LLMSettings, api_key: str, *, http_client: Any = None, async_http_client: Any = None
    ) -> None:
        self.settings = settings
        self._common: dict[str, Any] = {
            "api_key": api_key,
            "base_url": settings.base_url,
            "max_retries": 0,
            "timeout": settings.timeout,
        }
        self._http_clients = (http_client, async_http_client)
        self._sync_client: openai.OpenAI | None = None
        self._sync_poster: HttpxPoster | None = None
        self._async_client: openai.AsyncOpenAI | None = None
        self._sync_by_mode: dict[str, Any] = {}
        self._async_by_mode: dict[str, Any] = {}
        self._lock = threading.Lock()
        self._poster: AiohttpPoster | None = None
        self._poster_users = 0

    # -- clients ----------------------------------------------------------------------------

    @property
    def sync_client(self) -> openai.OpenAI:
        with self._lock:
            if self._sync_client is None:
                self._sync_client = openai.OpenAI(**self._common, http_client=self._http_clients[0])
                self._sync_poster = HttpxPoster.for_client(self._sync_client, self.settings.timeout)
            return self._sync_client

    @property
    def async_client(self) -> openai.AsyncOpenAI:
        with self._lock:
            return self._async_unlocked()

    def _async_unlocked(self) -> openai.AsyncOpenAI:
        if self._async_client is None:
            self._async_client = openai.AsyncOpenAI(**self._common, http_client=self._http_clients[1])
        return self._async_client

    def patched(self, mode: str, *, is_async: bool) -> Any:
        """The instructor client for a mode other than json_schema, built once per mode."""
        cache = self._async_by_mode if is_async else self._sync_by_mode
        raw = self.async_client if is_async else self.sync_client
        with self._lock:
            if mode not in cache:
                cache[mode] = instructor.from_openai(raw, mode=MODES[mode])
            return cache[mode]

    def close(self) -> None:
        """Close the sync connection pool."""
        if self._sync_client is not None:
            self._sync_client.close()

    async def aclose(self) -> None:
        """Close the async connection pool (call it on the event loop that used it)."""
        if self._async_client is not None:
            await self._async_client.close()

    @contextlib.asynccontextmanager
    async def batch_transport(self) -> AsyncIterator[None]:
        """While open, json_schema calls made on this event loop go out over one aiohttp session.

        For batch runs, where the client's CPU time per call sets the wall time (see
        :mod:`llmextract.llm.aiohttp_post`). A caller's own ``async_http_client`` is always kept, and so
        is the openai client for calls from another event loop or through a proxy. Nested and
        concurrent runs on one loop share the session; the last one out closes it.
        """
        loop = asyncio.get_running_loop()
        with self._lock:
            poster = self._poster
            if poster is None and self._http_clients[1] is None:
                poster = AiohttpPoster.for_client(self._async_unlocked(), self.settings.timeout, loop)
                self._poster = poster
            mine = poster is not None and poster.loop is loop
            if mine:
                self._poster_users += 1
        try:
            yield
        finally:
            if mine and poster is not None:
                with self._lock:
                    self._poster_users -= 1
                    last = self._poster_users == 0
                    if last:
                        self._poster = None
                if last:
                    await poster.close()

    # -- requests ---------------------------------------------------------------------------

    def instructor_request(
        self, messages: list[dict[str, str]], response_model: type[BaseModel]
    ) -> dict[str, Any]:
        """Keyword arguments of an instructor call (its own retries off)."""
        kwargs: dict[str, Any] = {
            "model": self.settings.model,
            "messages": messages,
            "response_model": response_model,
            "max_retries": 0,
        }
        if self.settings.temperature is not None:
            kwargs["temperature"] = self.settings.temperature
        if self.settings.max_tokens is not None:
            kwargs["max_tokens"] = self.settings.max_tokens
        return kwargs

    def _direct_body(self, messages: list[dict[str, str]], response_model: type[BaseModel]) -> dict[str, Any]:
        """The JSON body of a json_schema request, the one instructor would send."""
        body: dict[str, Any] = {"model": self.settings.model, "messages": messages}
        if self.settings.temperature is not None:
            body["temperature"] = self.settings.temperature
        if self.settings.max_tokens is not None:
            body["max_tokens"] = self.settings.max_tokens
        body["response_format"] = schema_format(response_model)
        return body

    def _direct_parse(
        self, text: str, response_model: type[BaseModel], budget: CallBudget
    ) -> tuple[Any, Any]:
        """Validate a json_schema answer; an invalid one is counted and raised as ``Invalid``.

        The body is read as JSON here rather than through the SDK's response models, which cost
        more per call than everything else the toolkit does with the answer.
        """
        try:
            completion = parse_completion(text)
        except json.JSONDecodeError as exc:
            raise CutOff(f"response body is not complete JSON ({exc.msg} at char {exc.pos})") from exc
        raw = completion.content or ""
        try:
            if completion.finish_reason == "length":
                raise ValueError("the answer was cut off at the token limit (finish_reason=length)")
            return response_model.model_validate_json(raw), completion
        except (ValidationError, ValueError) as exc:
            budget.usage = budget.usage + completion.usage
            budget.last_raw = raw
            raise Invalid(str(exc) or type(exc).__name__) from exc

    def direct_call(
        self, messages: list[dict[str, str]], response_model: type[BaseModel], budget: CallBudget
    ) -> tuple[Any, Any]:
        """One json_schema request and its validated answer."""
        body = self._direct_body(messages, response_model)
        client = self.sync_client
        poster = self._sync_poster
        try:
            if poster is not None:
                text = poster.post(_COMPLETIONS, body)
            else:
                text = client.post(_COMPLETIONS, body=body, cast_to=str)
        except openai.APIStatusError as exc:
            _raise_http_error(exc)
        return self._direct_parse(text, response_model, budget)

    async def adirect_call(
        self, messages: list[dict[str, str]], response_model: type[BaseModel], budget: CallBudget
    ) -> tuple[Any, Any]:
        """The async twin of :meth:`direct_call`."""
        body = self._direct_body(messages, response_model)
        poster = self._poster
        try:
            if poster is not None and poster.loop is asyncio.get_running_loop():
                text = await poster.post(_COMPLETIONS, body)
            else:
                text = await self.async_client.post(_COMPLETIONS, body=body, cast_to=str)
        except openai.APIStatusError as exc:
            _raise_http_error(exc)
        return self._direct_parse(text, response_model, budget)
