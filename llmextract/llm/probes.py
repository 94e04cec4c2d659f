"""What an OpenAI-compatible endpoint accepts, measured rather than guessed (``llmextract doctor``).

Servers differ in the structured-output formats they take (llama.cpp's server rejects
``json_schema``; some reject tools). :func:`diagnose` lists the endpoint's models and makes one tiny
structured call in each mode through the same :class:`~llmextract.llm.client.LLMClient` that
``extract`` uses; the :class:`Diagnosis` says which modes work, how long each took, and the flags
that call this endpoint. The command and its report live in ``llmextract.cli.doctor``.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, Field

from llmextract.config import MODES
from llmextract.errors import ConfigError, ExtractionFailed, ProviderError
from llmextract.schema import Usage
from llmextract.utils.wording import plural, shorten

if TYPE_CHECKING:  # the openai stack is imported only when the command runs
    from llmextract.llm.settings import LLMSettings

__all__ = [
    "PREFERENCE",
    "PROBE_MAX_TOKENS",
    "Diagnosis",
    "ModeCheck",
    "Probe",
    "ProbeLimits",
    "check_mode",
    "diagnose",
    "list_models",
]

PREFERENCE = MODES
"""Modes in the order the doctor recommends them: the strictest contract first."""

PROBE_MAX_TOKENS = 100
"""The probe's answer is a dozen tokens; the cap keeps a rambling model from running on."""

PROBE_MESSAGES = [
    {"role": "system", "content": "You read one sentence and answer with JSON only."},
    {
        "role": "user",
        "content": "Sentence: “The harbour will reopen on Monday,” said Mayor Ines Duarte.\n"
        "Who is the speaker, and what did they say?",
    },
]


class Probe(BaseModel):
    """The tiny structure of the probe call: small enough for any model, strict enough to validate."""

    speaker: str = Field(min_length=1, description="who said it")
    said: str = Field(min_length=1, description="what they said")


@dataclass(frozen=True)
class ModeCheck:
    """The outcome of one probe call in one mode."""

    mode: str
    ok: bool
    outcome: str
    seconds: float
    usage: Usage = field(default_factory=Usage)


@dataclass(frozen=True)
class ProbeLimits:
    """What each probe call may take: the answer's token cap, the temperature (None: not sent), the wait."""

    timeout: float = 30.0
    max_tokens: int = PROBE_MAX_TOKENS
    temperature: float | None = 0.0


@dataclass(frozen=True)
class Diagnosis:
    """What the doctor found about one endpoint and model."""

    base_url: str | None
    model: str
    models: list[str] | None
    models_error: str | None
    checks: list[ModeCheck]
    limits: ProbeLimits = field(default_factory=ProbeLimits)

    @property
    def working(self) -> list[str]:
        return [check.mode for check in self.checks if check.ok]

    def flags(self) -> str | None:
        """The flags that call this endpoint as the probes did (``extract``, ``eval``), or None when no
        mode works."""
        working = [mode for mode in PREFERENCE if mode in self.working]
        if not working:
            return None
        # auto asks json_schema first: only worth it when the endpoint takes json_schema
        mode = "auto" if working[0] == "json_schema" else working[0]
        flags = ["-m", self.model]
        if self.base_url:
            from llmextract.llm.settings import shown_url

            flags += ["--base-url", shown_url(self.base_url)]
        if mode != "auto":
            flags += ["--mode", mode]
        if self.limits.temperature is None:
            flags += ["--temperature", "none"]
        elif self.limits.temperature != 0.0:
            flags += ["--temperature", f"{self.limits.temperature:g}"]
        if self.limits.max_tokens != PROBE_MAX_TOKENS:
            flags += ["--max-tokens", str(self.limits.max_tokens)]
        return " ".join(flags)


def _settings(
    model: str, base_url: str | None, api_key: str | None, mode: str, limits: ProbeLimits
) -> LLMSettings:
    from llmextract.llm.settings import LLMSettings

    return LLMSettings(
        model=model,
        base_url=base_url,
        api_key=api_key,
        mode=mode,
        timeout=limits.timeout,
        max_reasks=0,
        max_retries=1,
        temperature=limits.temperature,
        max_tokens=limits.max_tokens,
        backoff_base=0.5,
        backoff_max=2.0,
    )


def check_mode(settings: LLMSettings, *, http_client: Any = None) -> ModeCheck:
    """One probe call in ``settings.mode``; failures are outcomes here, not exceptions."""
    import openai

    from llmextract.llm.client import LLMClient
    from llmextract.llm.outcomes import rejects_format

    started = time.perf_counter()
    try:
        result = LLMClient(settings, http_client=http_client).call(PROBE_MESSAGES, Probe)
    except ProviderError as exc:
        seconds = time.perf_counter() - started
        original = exc.original
        if isinstance(original, openai.APIStatusError):
            what = "rejected" if rejects_format(original) else "failed"
            body = original.body if isinstance(original.body, dict) else {}
            detail = str(body.get("message") or original.message)
            return ModeCheck(
                settings.mode, False, f"{what} (HTTP {original.status_code}): {shorten(detail, 150)}", seconds
            )
        return ModeCheck(settings.mode, False, f"failed: {shorten(str(exc))}", seconds)
    except ExtractionFailed as exc:
        seconds = time.perf_counter() - started
        return ModeCheck(
            settings.mode,
            False,
            f"accepted, but no valid answer in {plural(exc.attempts, 'call')}",
            seconds,
            exc.usage,
        )
    seconds = time.perf_counter() - started
    return ModeCheck(settings.mode, True, "works", seconds, result.usage)


def list_models(
    base_url: str | None, api_key: str | None, timeout: float, *, http_client: Any = None
) -> list[str]:
    """The model ids the endpoint lists at ``/models``; raises ProviderError when it cannot."""
    import openai

    from llmextract.llm.settings import endpoint_host

    key = api_key or ("not-needed" if base_url else None)
    if key is None:
        raise ConfigError(
            "OpenAI needs an API key: set OPENAI_API_KEY, or give --base-url for a local server"
        )
    client = openai.OpenAI(
        api_key=key, base_url=base_url, max_retries=0, timeout=timeout, http_client=http_client
    )
    try:
        return sorted(model.id for model in client.models.list())
    except openai.APIError as exc:
        status = exc.status_code if isinstance(exc, openai.APIStatusError) else None
        raise ProviderError(
            f"cannot list models: {exc.message}",
            host=endpoint_host(base_url),
            status_code=status,
            original=exc,
        ) from exc


def diagnose(
    base_url: str | None,
    model: str | None,
    *,
    api_key: str | None = None,
    limits: ProbeLimits | None = None,
    modes: Sequence[str] = PREFERENCE,
    http_client: Any = None,
) -> Diagnosis:
    """List the models, then probe each of ``modes`` with ``model`` (default: the first listed model)."""
    limits = limits or ProbeLimits()
    models: list[str] | None = None
    models_error: str | None = None
    try:
        models = list_models(base_url, api_key, limits.timeout, http_client=http_client)
    except ProviderError as exc:
        if model is None:
            raise
        models_error = str(exc)
    chosen = model or (models[0] if models else None)
    if chosen is None:
        raise ConfigError("the endpoint lists no models: give one with -m MODEL")
    checks = [
        check_mode(_settings(chosen, base_url, api_key, mode, limits), http_client=http_client)
        for mode in modes
    ]
    return Diagnosis(
        base_url=base_url,
        model=chosen,
        models=models,
        models_error=models_error,
        checks=checks,
        limits=limits,
    )
