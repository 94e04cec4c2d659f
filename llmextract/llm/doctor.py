"""``llmextract doctor``: what an OpenAI-compatible endpoint accepts, measured rather than guessed.

Servers differ in the structured-output formats they take (llama.cpp's server rejects
``json_schema``; some reject tools). The doctor lists the endpoint's models, makes one tiny
structured call in each mode through the same :class:`~llmextract.llm.client.LLMClient` that ``extract``
uses, and prints which modes work, how long each took, and the ``extract`` flags to use.

Exit codes: 0 when at least one mode works, 1 when none does, 2 on usage errors.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Annotated, Any

import typer
from pydantic import BaseModel, Field

from llmextract.errors import ConfigError, ExtractionFailed, ProviderError
from llmextract.schema import Usage
from llmextract.wording import plural

if TYPE_CHECKING:  # the openai stack is imported only when the command runs
    from llmextract.llm.settings import LLMSettings

__all__ = ["PREFERENCE", "Diagnosis", "ModeCheck", "Probe", "check_mode", "diagnose", "register", "render"]

PREFERENCE = ("json_schema", "json", "tools", "md_json")
"""Modes in the order the doctor recommends them: the strictest contract first."""

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
class Diagnosis:
    """What the doctor found about one endpoint and model."""

    base_url: str | None
    model: str
    models: list[str] | None
    models_error: str | None
    checks: list[ModeCheck]

    @property
    def working(self) -> list[str]:
        return [check.mode for check in self.checks if check.ok]

    def extract_flags(self) -> str | None:
        """The ``extract`` flags for this endpoint, or None when no mode works."""
        working = [mode for mode in PREFERENCE if mode in self.working]
        if not working:
            return None
        # auto asks json_schema first: only worth it when the endpoint takes json_schema
        mode = "auto" if working[0] == "json_schema" else working[0]
        flags = ["-m", self.model]
        if self.base_url:
            flags += ["--base-url", self.base_url]
        if mode != "auto":
            flags += ["--mode", mode]
        return " ".join(flags)


def _settings(
    model: str, base_url: str | None, api_key: str | None, mode: str, timeout: float
) -> LLMSettings:
    from llmextract.llm.settings import LLMSettings

    return LLMSettings(
        model=model,
        base_url=base_url,
        api_key=api_key,
        mode=mode,
        timeout=timeout,
        max_reasks=0,
        max_retries=1,
        max_tokens=100,
        backoff_base=0.5,
        backoff_max=2.0,
    )


def _short(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
                settings.mode, False, f"{what} (HTTP {original.status_code}): {_short(detail, 150)}", seconds
            )
        return ModeCheck(settings.mode, False, f"failed: {_short(str(exc))}", seconds)
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
    timeout: float = 30.0,
    http_client: Any = None,
) -> Diagnosis:
    """List the models, then probe every mode with ``model`` (default: the first listed model)."""
    models: list[str] | None = None
    models_error: str | None = None
    try:
        models = list_models(base_url, api_key, timeout, http_client=http_client)
    except ProviderError as exc:
        if model is None:
            raise
        models_error = str(exc)
    chosen = model or (models[0] if models else None)
    if chosen is None:
        raise ConfigError("the endpoint lists no models: give one with -m MODEL")
    checks = [
        check_mode(_settings(chosen, base_url, api_key, mode, timeout), http_client=http_client)
        for mode in PREFERENCE
    ]
    return Diagnosis(base_url=base_url, model=chosen, models=models, models_error=models_error, checks=checks)


def render(diagnosis: Diagnosis) -> str:
    """The doctor's report as plain text (stable enough to paste into documentation)."""
    from llmextract.llm.settings import endpoint_host

    lines = [
        f"endpoint  {diagnosis.base_url or 'https://api.openai.com/v1'} ({endpoint_host(diagnosis.base_url)})"
    ]
    if diagnosis.models is not None:
        lines.append(f"models    {', '.join(diagnosis.models) or '(none listed)'}")
    else:
        lines.append(f"models    not listed: {_short(diagnosis.models_error or '')}")
    lines.append(f"model     {diagnosis.model}")
    if diagnosis.models and diagnosis.model not in diagnosis.models:
        lines.append("          (not among the listed models: the endpoint may refuse it)")
    lines.append("")
    lines.append(f"{'mode':<12} {'seconds':>7} {'tokens':>6}  result")
    for check in diagnosis.checks:
        tokens = str(check.usage.total_tokens) if check.usage.total_tokens else "-"
        lines.append(f"{check.mode:<12} {check.seconds:>7.2f} {tokens:>6}  {check.outcome}")
    lines.append("")
    flags = diagnosis.extract_flags()
    if flags is None:
        lines.append("no mode works with this endpoint and model")
    else:
        lines.append(f"works: {', '.join(m for m in PREFERENCE if m in diagnosis.working)}")
        lines.append(f"use:   llmextract extract ARTICLE {flags}")
    return "\n".join(lines) + "\n"


def register(app: typer.Typer) -> None:
    """Add the ``doctor`` command to ``app``."""

    @app.command("doctor")
    def doctor(
        base_url: Annotated[
            str | None,
            typer.Option(
                "--base-url",
                envvar="OPENAI_BASE_URL",
                help="OpenAI-compatible endpoint, e.g. http://localhost:8080/v1 (key: OPENAI_API_KEY).",
            ),
        ] = None,
        model: Annotated[
            str | None,
            typer.Option(
                "--model",
                "-m",
                envvar="LLMEXTRACT_MODEL",
                help="Model to probe. Default: the first listed model.",
            ),
        ] = None,
        timeout: Annotated[
            float, typer.Option(min=0.1, help="Seconds to wait for one HTTP response.")
        ] = 30.0,
    ) -> None:
        """Probe an endpoint: list its models, try each output mode, print the flags for extract."""
        api_key = os.environ.get("OPENAI_API_KEY") or None
        try:
            diagnosis = diagnose(base_url, model, api_key=api_key, timeout=timeout)
        except ConfigError as exc:
            typer.echo(f"llmextract: error: {exc}", err=True)
            raise typer.Exit(2) from exc
        except ProviderError as exc:
            typer.echo(f"llmextract: error: {exc}", err=True)
            raise typer.Exit(1) from exc
        typer.echo(render(diagnosis), nl=False)
        raise typer.Exit(0 if diagnosis.working else 1)
