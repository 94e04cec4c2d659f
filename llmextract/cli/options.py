"""Options shared by several commands, generated from the one config.

The endpoint options (``--base-url``, ``--mode``, ``--timeout``, ``--max-tokens``, ``--temperature``,
``--max-retries``, ``--max-reasks``, ``--rpm``, ``--no-cache``, ``--concurrency``) are the fields of
:class:`~llmextract.config.ExtractorConfig` whose metadata names a flag: :func:`config_options`
turns them into typer parameters (flag, help, default and type from the field) and hands the
command one validated ``config``. ``extract``, ``eval`` and ``doctor`` therefore take exactly the
same flags as the library takes settings, with the same names, defaults and checks.
"""

from __future__ import annotations

import functools
import inspect
import math
from collections.abc import Callable
from dataclasses import Field, replace
from typing import Annotated, Any, get_type_hints

import typer

from llmextract.cli.exits import EXIT_USAGE, fail
from llmextract.config import ExtractorConfig, cli_fields
from llmextract.errors import ConfigError
from llmextract.utils.redaction import register_url_credentials

__all__ = ["ENDPOINT_OPTION_NAMES", "ModelOption", "PromptOption", "config_options", "parse_temperature"]

ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        envvar="LLMEXTRACT_MODEL",
        help="Model name at the endpoint, or 'baseline' for the offline rules model. Default: baseline "
        "when no OPENAI_API_KEY/OPENAI_BASE_URL is set, else gpt-4o-mini.",
    ),
]
PromptOption = Annotated[
    str, typer.Option("--prompt", help="Prompt template as NAME@vN (see 'llmextract prompts list').")
]


def parse_temperature(value: Any) -> float | None:
    """A number, or ``none``: the request then carries no temperature (reasoning models refuse one)."""
    if value is None or isinstance(value, float | int):
        return None if value is None else float(value)
    text = str(value).strip()
    if text.lower() == "none":
        return None
    try:
        number = float(text)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is neither a number nor 'none'") from None
    if not math.isfinite(number):
        raise typer.BadParameter(f"{value!r} is not a finite number")
    return number


def _parameter_name(f: Field[Any]) -> str:
    return f"no_{f.name}" if f.metadata["cli"].get("inverted") else f.name


def _annotation(f: Field[Any], hints: dict[str, Any]) -> Any:
    """The typer annotation of one config field: its flag, help and type, from the field itself."""
    meta = f.metadata["cli"]
    options: dict[str, Any] = {"help": meta["help"]}
    if "choices" in meta:
        options["help"] = f"{meta['help']} One of: {', '.join(meta['choices'])}."
    for key in ("envvar", "metavar"):
        if key in meta:
            options[key] = meta[key]
    if meta.get("inverted"):
        return Annotated[bool, typer.Option(meta["flag"], **options)]
    if f.name == "temperature":
        options["parser"] = parse_temperature
    return Annotated[hints[f.name], typer.Option(meta["flag"], **options)]


ENDPOINT_OPTION_NAMES = tuple(f.metadata["cli"]["flag"] for f in cli_fields())
"""The flags :func:`config_options` adds, in the order ``--help`` lists them."""


def config_options(**defaults: Any) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Give a command the shared options; it receives them as ``config: ExtractorConfig``.

    ``defaults`` change a default for this command only (``doctor`` waits 30 s, not 120 s); an
    invalid combination ends the command with exit code 2 before it does anything.
    """
    base = replace(ExtractorConfig(), **defaults)  # unknown names are a TypeError at import time
    hints = get_type_hints(ExtractorConfig)
    shared = cli_fields()

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        own = inspect.signature(command, eval_str=True)
        kept = [p for p in own.parameters.values() if p.name != "config"]
        added = []
        for f in shared:
            value = getattr(base, f.name)
            default = not value if f.metadata["cli"].get("inverted") else value
            annotation = _annotation(f, hints)
            added.append(
                inspect.Parameter(
                    _parameter_name(f), inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default
                )
            )

        @functools.wraps(command)
        def run(**kwargs: Any) -> None:
            given: dict[str, Any] = {}
            for f in shared:
                value = kwargs.pop(_parameter_name(f))
                given[f.name] = not value if f.metadata["cli"].get("inverted") else value
            url = given.get("base_url")
            register_url_credentials(url if isinstance(url, str) else None)
            try:
                config = replace(base, **given)
            except ConfigError as exc:
                fail(str(exc), EXIT_USAGE)
            command(**kwargs, config=config)

        run.__signature__ = own.replace(parameters=[*kept, *added])  # type: ignore[attr-defined]
        return run

    return decorate
