"""Options shared by several commands, declared once.

The endpoint options (``--base-url``, ``--mode``, ``--timeout``, ``--max-tokens``, ``--temperature``,
``--max-retries``, ``--max-reasks``, ``--rpm``, ``--no-cache``, ``--concurrency``) are one set of typer
parameters: :func:`endpoint_options` adds them to a command, which receives them as one validated
:class:`EndpointOptions`. ``extract``, ``eval`` and ``doctor`` therefore take exactly the same flags,
with the same names, checks and help.
"""

from __future__ import annotations

import functools
import inspect
import math
from collections.abc import Callable
from dataclasses import dataclass, fields
from enum import Enum
from typing import Annotated, Any

import typer

from llmextract.cli.exits import EXIT_USAGE, fail
from llmextract.errors import ConfigError
from llmextract.utils.redaction import register_url_credentials

__all__ = [
    "ENDPOINT_OPTION_NAMES",
    "EndpointOptions",
    "Mode",
    "ModelOption",
    "PromptOption",
    "endpoint_options",
    "parse_temperature",
]


class Mode(str, Enum):
    auto = "auto"
    json_schema = "json_schema"
    json = "json"
    tools = "tools"
    md_json = "md_json"


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


@dataclass(frozen=True)
class EndpointOptions:
    """How an endpoint is called and how many articles are in flight, checked once for every command."""

    base_url: str | None = None
    mode: str = Mode.auto.value
    timeout: float = 120.0
    max_tokens: int | None = None
    temperature: float | None = 0.0
    max_retries: int = 4
    max_reasks: int = 2
    rpm: float | None = None
    cache: bool = True
    concurrency: int = 8

    def __post_init__(self) -> None:
        register_url_credentials(self.base_url)
        problems = []
        if self.mode not in {m.value for m in Mode}:
            problems.append(f"--mode {self.mode!r} is unknown; choose {', '.join(m.value for m in Mode)}")
        if not self.timeout > 0:
            problems.append(f"--timeout must be > 0 seconds, not {self.timeout:g}")
        if self.max_tokens is not None and self.max_tokens < 1:
            problems.append(f"--max-tokens must be >= 1, not {self.max_tokens}")
        if self.max_retries < 0:
            problems.append(f"--max-retries must be >= 0, not {self.max_retries}")
        if self.max_reasks < 0:
            problems.append(f"--max-reasks must be >= 0, not {self.max_reasks}")
        if self.rpm is not None and not self.rpm > 0:
            problems.append(f"--rpm must be > 0, not {self.rpm:g}")
        if self.concurrency < 1:
            problems.append(f"--concurrency must be >= 1, not {self.concurrency}")
        if problems:
            raise ConfigError("; ".join(problems))

    def extractor_options(self) -> dict[str, Any]:
        """The keyword arguments of :class:`~llmextract.pipeline.Extractor` (concurrency is the run's)."""
        return {
            "base_url": self.base_url,
            "mode": self.mode,
            "timeout": self.timeout,
            "max_tokens": self.max_tokens,
            "temperature": self.temperature,
            "max_retries": self.max_retries,
            "max_reasks": self.max_reasks,
            "rpm": self.rpm,
            "cache": self.cache,
        }


def _parameter(name: str, annotation: Any, default: Any) -> inspect.Parameter:
    return inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default)


_OPTIONS: dict[str, Any] = {
    "base_url": Annotated[
        str | None,
        typer.Option(
            "--base-url",
            envvar="OPENAI_BASE_URL",
            help="OpenAI-compatible endpoint, e.g. http://localhost:8080/v1 (llama.cpp) or "
            "http://localhost:11434/v1 (Ollama). The key comes from OPENAI_API_KEY.",
        ),
    ],
    "mode": Annotated[
        Mode,
        typer.Option(
            "--mode",
            help="Structured-output mode. auto tries json_schema, then json (json_object), then md_json; "
            "'llmextract doctor' says which ones an endpoint takes.",
        ),
    ],
    "timeout": Annotated[float, typer.Option("--timeout", help="Seconds to wait for one HTTP response.")],
    "max_tokens": Annotated[
        int | None,
        typer.Option("--max-tokens", help="Cap on the tokens of each answer (default: the endpoint's)."),
    ],
    "temperature": Annotated[
        float | None,
        typer.Option(
            "--temperature",
            parser=parse_temperature,
            metavar="FLOAT|none",
            help="Sampling temperature; 'none' sends no temperature at all (for reasoning models, "
            "which refuse one).",
        ),
    ],
    "max_retries": Annotated[
        int,
        typer.Option("--max-retries", help="Transport retries (429, 5xx, timeouts) per article; 0 for none."),
    ],
    "max_reasks": Annotated[
        int,
        typer.Option("--max-reasks", help="Re-asks after an answer fails validation; 0 for none."),
    ],
    "rpm": Annotated[
        float | None,
        typer.Option("--rpm", help="At most this many requests per minute, retries included."),
    ],
    "no_cache": Annotated[
        bool, typer.Option("--no-cache", help="Neither read nor write the response cache.")
    ],
    "concurrency": Annotated[int, typer.Option("--concurrency", help="Articles in flight at once.")],
}

ENDPOINT_OPTION_NAMES = (
    "--base-url",
    "--mode",
    "--timeout",
    "--max-tokens",
    "--temperature",
    "--max-retries",
    "--max-reasks",
    "--rpm",
    "--no-cache",
    "--concurrency",
)
"""The flags :func:`endpoint_options` adds, in the order ``--help`` lists them."""


def _defaults(overrides: dict[str, Any]) -> dict[str, Any]:
    base = {f.name: f.default for f in fields(EndpointOptions)}
    base.update(overrides)
    base["no_cache"] = not base.pop("cache")
    base["mode"] = Mode(base["mode"])
    return base


def endpoint_options(
    **defaults: Any,
) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Give a command the shared endpoint options; it receives them as ``endpoint: EndpointOptions``.

    ``defaults`` change a default for this command only (``doctor`` waits 30 s, not 120 s); an
    invalid combination ends the command with exit code 2 before it does anything.
    """
    unknown = set(defaults) - {f.name for f in fields(EndpointOptions)}
    if unknown:
        raise TypeError(f"no endpoint option named {', '.join(sorted(unknown))}")
    values = _defaults(defaults)

    def decorate(command: Callable[..., None]) -> Callable[..., None]:
        own = inspect.signature(command, eval_str=True)
        kept = [p for p in own.parameters.values() if p.name != "endpoint"]
        added = [_parameter(name, annotation, values[name]) for name, annotation in _OPTIONS.items()]

        @functools.wraps(command)
        def run(**kwargs: Any) -> None:
            shared = {name: kwargs.pop(name) for name in _OPTIONS}
            mode = shared["mode"]
            shared["mode"] = mode.value if isinstance(mode, Mode) else str(mode)
            shared["cache"] = not shared.pop("no_cache")
            try:
                endpoint = EndpointOptions(**shared)
            except ConfigError as exc:
                fail(str(exc), EXIT_USAGE)
            command(**kwargs, endpoint=endpoint)

        run.__signature__ = own.replace(parameters=[*kept, *added])  # type: ignore[attr-defined]
        return run

    return decorate
