"""Everything that decides how an extraction runs, declared once: one frozen, typed config.

:class:`ExtractorConfig` is the single source of every default and every check: ``Extractor``,
the batch runners, the Ray engine and ``eval`` take it (never loose keyword dictionaries), and the
command line's shared options are generated from its fields (``cli/options.py`` reads each field's
``metadata``: flag and help), so ``extract``, ``eval`` and ``doctor`` cannot disagree with the
library on a name, a default or a limit.

It pickles (for Ray workers and Spark executors) without the API key: a worker reads the key from
its own environment (``OPENAI_API_KEY``), so no key travels in task payloads or object stores.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from llmextract.cost.prices import PriceSource
from llmextract.errors import ConfigError
from llmextract.llm.prompts import DEFAULT_PROMPT
from llmextract.model_choice import resolve_model

__all__ = ["AUTO", "MODES", "ExtractorConfig", "cli_fields"]

MODES = ("json_schema", "json", "tools", "md_json")
"""The structured-output modes, strictest first: the order ``auto`` tries and ``doctor`` recommends."""
AUTO = "auto"


def _cli(flag: str, help: str, **extra: Any) -> dict[str, Any]:
    return {"cli": {"flag": flag, "help": help, **extra}}


@dataclass(frozen=True)
class ExtractorConfig:
    """How one model and prompt version are called, and how articles are cut and checked."""

    model: str | None = None
    prompt: str = DEFAULT_PROMPT
    base_url: str | None = field(
        default=None,
        metadata=_cli(
            "--base-url",
            "OpenAI-compatible endpoint, e.g. http://localhost:8080/v1 (llama.cpp) or "
            "http://localhost:11434/v1 (Ollama). The key comes from OPENAI_API_KEY.",
            envvar="OPENAI_BASE_URL",
        ),
    )
    api_key: str | None = field(default=None, repr=False, compare=False)
    mode: str = field(
        default=AUTO,
        metadata=_cli(
            "--mode",
            "Structured-output mode. auto tries json_schema, then json (json_object), then md_json; "
            "'llmextract doctor' says which ones an endpoint takes.",
            choices=(AUTO, *MODES),
            metavar="|".join((AUTO, *MODES)),
        ),
    )
    timeout: float = field(
        default=120.0, metadata=_cli("--timeout", "Seconds to wait for one HTTP response.")
    )
    max_tokens: int | None = field(
        default=None,
        metadata=_cli("--max-tokens", "Cap on the tokens of each answer (default: the endpoint's)."),
    )
    max_tokens_limit: int | None = None
    temperature: float | None = field(
        default=0.0,
        metadata=_cli(
            "--temperature",
            "Sampling temperature; 'none' sends no temperature at all (for reasoning models, "
            "which refuse one).",
            metavar="FLOAT|none",
        ),
    )
    max_retries: int = field(
        default=4,
        metadata=_cli("--max-retries", "Transport retries (429, 5xx, timeouts) per article; 0 for none."),
    )
    max_reasks: int = field(
        default=2, metadata=_cli("--max-reasks", "Re-asks after an answer fails validation; 0 for none.")
    )
    rpm: float | None = field(
        default=None, metadata=_cli("--rpm", "At most this many requests per minute, retries included.")
    )
    cache: bool | str | Path = field(
        default=True, metadata=_cli("--no-cache", "Neither read nor write the response cache.", inverted=True)
    )
    concurrency: int = field(default=8, metadata=_cli("--concurrency", "Articles in flight at once."))
    max_chars: int = 1_000_000
    chunk_chars: int = 20_000
    chunk_overlap: int = 1_000
    include_text: bool = True
    backoff_base: float = 1.0
    backoff_max: float = 30.0
    prices: PriceSource | None = None  # the user's prices; None: the shipped table (llmextract.cost)

    def __post_init__(self) -> None:
        problems = []
        if self.mode not in (AUTO, *MODES):
            problems.append(f"--mode {self.mode!r} is unknown; choose {', '.join((AUTO, *MODES))}")
        if not self.timeout > 0:
            problems.append(f"--timeout must be > 0 seconds, not {self.timeout:g}")
        for name in ("max_tokens", "max_tokens_limit"):
            value = getattr(self, name)
            if value is not None and value < 1:
                problems.append(f"--{name.replace('_', '-')} must be >= 1, not {value}")
        if self.temperature is not None and not math.isfinite(self.temperature):
            problems.append(f"--temperature must be a finite number, not {self.temperature}")
        for name in ("max_retries", "max_reasks"):
            if getattr(self, name) < 0:
                problems.append(f"--{name.replace('_', '-')} must be >= 0, not {getattr(self, name)}")
        if self.rpm is not None and not self.rpm > 0:
            problems.append(f"--rpm must be > 0, not {self.rpm:g}")
        for name in ("concurrency", "max_chars", "chunk_chars"):
            if getattr(self, name) < 1:
                problems.append(f"--{name.replace('_', '-')} must be >= 1, not {getattr(self, name)}")
        if self.chunk_overlap < 0:  # at most half a chunk is used (assembly/chunking.py)
            problems.append(f"chunk_overlap must be >= 0, not {self.chunk_overlap}")
        if self.backoff_base < 0 or self.backoff_max < 0:
            problems.append("backoff_base and backoff_max must be >= 0")
        if problems:
            raise ConfigError("; ".join(problems))

    @property
    def resolved_model(self) -> str:
        """The model to use: this one, else ``LLMEXTRACT_MODEL``, else an LLM where an endpoint is
        configured, else the offline baseline (announced once)."""
        return resolve_model(self.model)

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without the key: a worker reads its own ``OPENAI_API_KEY``."""
        state = {f.name: getattr(self, f.name) for f in fields(self)}
        state["api_key"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)


def cli_fields() -> list[Any]:
    """The fields that are command-line options, in the order ``--help`` lists them."""
    return [f for f in fields(ExtractorConfig) if "cli" in f.metadata]
