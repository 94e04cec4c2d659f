"""``llmextract doctor``: probe an endpoint and print what it accepts and the flags to call it with.

The probing is :mod:`llmextract.llm.probes`; this module reads the options and writes the report.
Exit codes: 0 when at least one mode works, 1 when none does (or the endpoint cannot be reached),
2 on usage errors.
"""

from __future__ import annotations

import os
from typing import Annotated

import typer

from llmextract.cli.exits import EXIT_FAILED, EXIT_OK, run_guarded, say
from llmextract.cli.options import config_options
from llmextract.config import AUTO, ExtractorConfig
from llmextract.llm.probes import PREFERENCE, PROBE_MAX_TOKENS, Diagnosis, ProbeLimits, diagnose
from llmextract.utils.neutralise import terminal_text
from llmextract.utils.redaction import redact
from llmextract.utils.wording import shorten

__all__ = ["register", "render"]


def render(diagnosis: Diagnosis) -> str:
    """The doctor's report as plain text (stable enough to paste into documentation).

    What the server says (model ids, error bodies) passes :func:`terminal_text`, newlines included,
    so that no model id can draw a line of the report or send a sequence to the terminal.
    """
    from llmextract.llm.settings import endpoint_host, shown_url  # instructor loads only when needed

    url = shown_url(diagnosis.base_url) if diagnosis.base_url else "https://api.openai.com/v1"
    lines = [f"endpoint  {url} ({endpoint_host(diagnosis.base_url)})"]
    if diagnosis.models is not None:
        listed = ", ".join(terminal_text(m) for m in diagnosis.models)
        lines.append(f"models    {listed or '(none listed)'}")
    else:
        lines.append(f"models    not listed: {terminal_text(shorten(diagnosis.models_error or ''))}")
    lines.append(f"model     {terminal_text(diagnosis.model)}")
    if diagnosis.models and diagnosis.model not in diagnosis.models:
        lines.append("          (not among the listed models: the endpoint may refuse it)")
    lines.append("")
    lines.append(f"{'mode':<12} {'seconds':>7} {'tokens':>6}  result")
    for check in diagnosis.checks:
        tokens = str(check.usage.total_tokens) if check.usage.total_tokens else "-"
        lines.append(f"{check.mode:<12} {check.seconds:>7.2f} {tokens:>6}  {terminal_text(check.outcome)}")
    lines.append("")
    flags = diagnosis.flags()
    if flags is None:
        lines.append("no mode works with this endpoint and model")
    else:
        lines.append(f"works: {', '.join(m for m in PREFERENCE if m in diagnosis.working)}")
        lines.append(f"use:   llmextract extract ARTICLE {flags}")
        lines.append(f"       llmextract eval GOLD.jsonl {flags}")
    return redact("\n".join(lines) + "\n")  # server bodies and model ids may echo the key


def register(app: typer.Typer) -> None:
    """Add the ``doctor`` command to ``app``."""

    @app.command("doctor")
    @config_options(timeout=30.0)
    def doctor(
        model: Annotated[
            str | None,
            typer.Option(
                "--model",
                "-m",
                envvar="LLMEXTRACT_MODEL",
                help="Model to probe. Default: the first listed model.",
            ),
        ] = None,
        *,
        config: ExtractorConfig,
    ) -> None:
        """Probe an endpoint: list its models, try each output mode, print the flags for extract and eval.

        --mode probes that one mode only (auto: every mode); --timeout, --temperature and
        --max-tokens shape each probe (default cap: 100 tokens). Each mode gets one call, neither
        retried nor re-asked, so --max-retries, --max-reasks, --rpm, --no-cache and --concurrency
        are accepted and do not change the probes.
        """
        api_key = os.environ.get("OPENAI_API_KEY") or None
        limits = ProbeLimits(
            timeout=config.timeout,
            max_tokens=config.max_tokens or PROBE_MAX_TOKENS,
            temperature=config.temperature,
        )
        modes = PREFERENCE if config.mode == AUTO else (config.mode,)
        diagnosis = run_guarded(
            lambda: diagnose(config.base_url, model, api_key=api_key, limits=limits, modes=modes)
        )
        say(render(diagnosis), nl=False)
        raise typer.Exit(EXIT_OK if diagnosis.working else EXIT_FAILED)
