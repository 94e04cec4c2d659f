"""Exit codes, and the one place where the toolkit's errors become a message and an exit code.

0 ok; 1 extraction failed (endpoint error, no valid answer, some articles failed); 2 usage, config
or input error; 130 interrupted. Commands call :func:`run_guarded`; nothing below ``cli/`` exits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NoReturn, TypeVar

import typer

from llmextract.errors import (
    ConfigError,
    EngineError,
    ExtractionFailed,
    InputError,
    LLMExtractError,
    OutputError,
    PromptError,
    ProviderError,
)

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "fail", "run_guarded"]

T = TypeVar("T")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """One line on stderr, then the exit code."""
    typer.echo(f"llmextract: error: {message}", err=True)
    raise typer.Exit(code)


def run_guarded(action: Callable[[], T]) -> T:
    """Run ``action``; turn the toolkit's errors (and unreadable files) into :func:`fail`."""
    try:
        return action()
    except (ConfigError, InputError, OutputError, PromptError) as exc:
        fail(str(exc), EXIT_USAGE)
    except ExtractionFailed as exc:
        fail(f"{exc} (attempts: {exc.attempts}, tokens: {exc.usage.total_tokens})", EXIT_FAILED)
    except ProviderError as exc:
        fail(str(exc), EXIT_FAILED)
    except EngineError as exc:
        fail(f"{exc}; the results written are kept: run the same command with --resume", EXIT_FAILED)
    except LLMExtractError as exc:  # pragma: no cover - every subclass is handled above
        fail(str(exc), EXIT_FAILED)
    except OSError as exc:
        fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "), EXIT_FAILED)
