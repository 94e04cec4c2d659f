"""What decides how one endpoint and model are called, and how an endpoint is named in messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urlparse, urlunparse

import instructor

from llmextract.config import MODES as CONFIG_MODES
from llmextract.errors import ConfigError
from llmextract.utils.redaction import register_secret, register_url_credentials
from llmextract.utils.secret_sinks import guard_loggers

__all__ = ["MODES", "LLMSettings", "endpoint_host", "shown_url"]

MODES: dict[str, instructor.Mode] = {name: instructor.Mode[name.upper()] for name in CONFIG_MODES}
"""instructor's mode for each of the config's modes (the names are instructor's, lower-cased)."""


def endpoint_host(base_url: str | None) -> str:
    """The host (and port) of an endpoint, for provenance and messages; never any credential."""
    if not base_url:
        return "api.openai.com"
    parsed = urlparse(base_url)
    host = parsed.hostname or base_url
    return f"{host}:{parsed.port}" if parsed.port else host


def shown_url(base_url: str) -> str:
    """``base_url`` as it may be shown or pasted: any ``user:pass@`` removed."""
    parsed = urlparse(base_url)
    if "@" not in parsed.netloc:
        return base_url
    host = parsed.netloc.rpartition("@")[2]
    return urlunparse((parsed.scheme, host, parsed.path, parsed.params, parsed.query, parsed.fragment))


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
        register_url_credentials(self.base_url)
        guard_loggers()
        if self.mode != "auto" and self.mode not in MODES:
            raise ConfigError(f"unknown mode {self.mode!r}; choose auto, {', '.join(MODES)}")
        if self.max_reasks < 0 or self.max_retries < 0:
            raise ConfigError("max_reasks and max_retries must be >= 0")

    @cached_property
    def host(self) -> str:
        return endpoint_host(self.base_url)
