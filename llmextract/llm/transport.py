"""How one endpoint is reached: the openai clients, instructor per mode, and the request of each mode.

Every request goes through a public interface. ``json_schema``, the first mode tried, is posted with
the openai client's documented ``post(path, cast_to=httpx2.Response, body=...)`` (the body
instructor would build, with ``strict: true`` where the schema allows it, prepared once per response
model, so the JSON Schema is not rebuilt per call) and its answer is validated by
:mod:`llmextract.llm.call_plan`; the other modes go through instructor's ``create_with_completion``.
The SDK's own retries and instructor's are off: :mod:`llmextract.llm.call_plan` owns the one retry
layer.

The openai clients are built on first use (each costs tens of milliseconds, an SSL context).
:meth:`Transport.send` and :meth:`Transport.asend` are the only places where sync and async differ:
one HTTP attempt each, nothing else.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

import httpx2
import instructor
import openai
from pydantic import BaseModel

from llmextract.llm.outcomes import schema_format
from llmextract.llm.settings import MODES, LLMSettings

__all__ = ["COMPLETIONS_PATH", "Send", "Transport"]

COMPLETIONS_PATH = "/chat/completions"


@dataclass(frozen=True)
class Send:
    """One HTTP attempt: these messages, in this mode, answered in this response model."""

    mode: str
    messages: list[dict[str, str]]
    response_model: type[BaseModel]
    max_tokens: int | None = None  # overrides the settings' cap (raised after a cut answer)


class Transport:
    """The clients and requests of one endpoint and model; thread-safe, reused across calls."""

    def __init__(
        self, settings: LLMSettings, api_key: str, *, http_client: Any = None, async_http_client: Any = None
    ) -> None:
        self.settings = settings
        self.common: dict[str, Any] = {
            "api_key": api_key,
            "base_url": settings.base_url,
            "max_retries": 0,
            "timeout": settings.timeout,
        }
        self.http_clients = (http_client, async_http_client)
        self.sync_built: openai.OpenAI | None = None
        self.async_built: openai.AsyncOpenAI | None = None
        self.by_mode: dict[tuple[str, bool], Any] = {}
        self.lock = threading.Lock()

    # -- clients ----------------------------------------------------------------------------

    @property
    def sync_client(self) -> openai.OpenAI:
        with self.lock:
            if self.sync_built is None:
                self.sync_built = openai.OpenAI(**self.common, http_client=self.http_clients[0])
            return self.sync_built

    @property
    def async_client(self) -> openai.AsyncOpenAI:
        with self.lock:
            if self.async_built is None:
                self.async_built = openai.AsyncOpenAI(**self.common, http_client=self.http_clients[1])
            return self.async_built

    def patched(self, mode: str, *, is_async: bool) -> Any:
        """The instructor client for a mode other than json_schema, built once per mode."""
        raw = self.async_client if is_async else self.sync_client
        with self.lock:
            key = (mode, is_async)
            if key not in self.by_mode:
                self.by_mode[key] = instructor.from_openai(raw, mode=MODES[mode])
            return self.by_mode[key]

    def close(self) -> None:
        """Close the sync connection pool."""
        if self.sync_built is not None:
            self.sync_built.close()

    async def aclose(self) -> None:
        """Close the async connection pool (call it on the event loop that used it)."""
        if self.async_built is not None:
            await self.async_built.close()

    # -- requests ---------------------------------------------------------------------------

    def _sampling(self, step: Send) -> dict[str, Any]:
        options: dict[str, Any] = {}
        if self.settings.temperature is not None:
            options["temperature"] = self.settings.temperature
        cap = step.max_tokens if step.max_tokens is not None else self.settings.max_tokens
        if cap is not None:
            options["max_tokens"] = cap
        return options

    def instructor_request(self, step: Send) -> dict[str, Any]:
        """Keyword arguments of an instructor call (its own retries off)."""
        return {
            "model": self.settings.model,
            "messages": step.messages,
            "response_model": step.response_model,
            "max_retries": 0,
            **self._sampling(step),
        }

    def schema_body(self, step: Send) -> dict[str, Any]:
        """The JSON body of a json_schema request (its format: ``answer_schema.schema_format``)."""
        return {
            "model": self.settings.model,
            "messages": step.messages,
            **self._sampling(step),
            "response_format": schema_format(step.response_model),
        }

    # -- one attempt ------------------------------------------------------------------------

    def send(self, step: Send) -> Any:
        """One HTTP attempt: the body's text in json_schema mode, else instructor's (value, completion).

        Failures are raised as the SDK or instructor raise them; the call plan reads them."""
        if step.mode == "json_schema":
            response = self.sync_client.post(
                COMPLETIONS_PATH, body=self.schema_body(step), cast_to=httpx2.Response
            )
            return response.text
        client = self.patched(step.mode, is_async=False)
        return client.chat.completions.create_with_completion(**self.instructor_request(step))

    async def asend(self, step: Send) -> Any:
        """:meth:`send` on the async client."""
        if step.mode == "json_schema":
            response = await self.async_client.post(
                COMPLETIONS_PATH, body=self.schema_body(step), cast_to=httpx2.Response
            )
            return response.text
        client = self.patched(step.mode, is_async=True)
        return await client.chat.completions.create_with_completion(**self.instructor_request(step))
