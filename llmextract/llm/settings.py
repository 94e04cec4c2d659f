"""What decides how one endpoint and model are called, and how an endpoint is named in messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlparse

import instructor

from llmextract.errors import ConfigError
from llmextract.utils.redaction import guard_loggers, register_secret

__all__ = ["MODES", "LLMSettings", "endpoint_host"]

MODES: dict[str, instructor.Mode] = {
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "json": instructor.Mode.JSON,
    "tools": instructor.Mode.TOOLS,
    "md_json": instructor.Mode.MD_JSON,
}


def endpoint_host(base_url: str | None) -> str:
    """The host (and port) of an endpoint, for provenance and messages; never any credential."""
    if not base_url:
        return "api.openai.com"
    parsed = urlparse(base_url)
    host = parsed.hostname or base_url
    return f"{host}:{parsed.port}" if parsed.port else host


@dataclass(frozen=True)
class LLMSettings:
    """Everything that decides how one endpoint is called."""

    model: str
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    mode: str = "auto"
    timeout: float = 120.0
    max_reasks: int = 2
    max_retries: int = 4
    temperature: float | None = 0.0
    max_tokens: int | None = None
    backoff_base: float = 1.0
    backoff_max: float = 30.0

    def __post_init__(self) -> None:
        register_secret(self.api_key)
        guard_loggers()
        if self.mode != "auto" and self.mode not in MODES:
            raise ConfigError(f"unknown mode {self.mode!r}; choose auto, {', '.join(MODES)}")
        if self.max_reasks < 0 or self.max_retries < 0:
            raise ConfigError("max_reasks and max_retries must be >= 0")

    @cached_property
    def host(self) -> str:
        return endpoint_host(self.base_url)
