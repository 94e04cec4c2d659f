"""Exit codes, the one place where the toolkit's errors become a message and an exit code, and the
one way a command prints a line.

0 ok; 1 extraction failed (endpoint error, no valid answer, some articles failed); 2 usage, config
or input error; 130 interrupted; a reader that closes the pipe (``| head``) ends it quietly with 0.
Commands call :func:`run_guarded`; nothing below ``cli/`` exits.
Messages carry ids, paths and server text, so :func:`say` (and :func:`fail` through it) shows their
control characters visibly instead of letting a terminal act on them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NoReturn, TypeVar

import typer

import llmextract.errors as errors
from llmextract.cli.pipes import reader_left
from llmextract.utils.neutralise import terminal_text

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "fail", "run_guarded", "say"]

T = TypeVar("T")

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


def say(message: str, *, err: bool = False, nl: bool = True) -> None:
    """Print ``message`` (stdout, or stderr with ``err``), its control characters but newlines shown."""
    typer.echo(terminal_text(message, keep_newlines=True), err=err, nl=nl)


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    """One line on stderr, then the exit code."""
    say(f"llmextract: error: {message}", err=True)
    raise typer.Exit(code)


def run_guarded(action: Callable[[], T]) -> T:
    """Run ``action``; turn the toolkit's errors (and unreadable files) into :func:`fail`."""
    try:
        return action()
    except (errors.ConfigError, errors.InputError, errors.OutputError, errors.PromptError) as exc:
        fail(str(exc), EXIT_USAGE)
    except errors.ExtractionFailed as exc:
        fail(f"{exc} (attempts: {exc.attempts}, tokens: {exc.usage.total_tokens})", EXIT_FAILED)
    except errors.ProviderError as exc:
        fail(str(exc), EXIT_FAILED)
    except errors.EvalInterrupted as exc:
        fail(str(exc), EXIT_INTERRUPTED)
    except errors.EngineError as exc:
        fail(f"{exc}; the results written are kept: run the same command with --resume", EXIT_FAILED)
    except errors.LLMExtractError as exc:  # pragma: no cover - every subclass is handled above
        fail(str(exc), EXIT_FAILED)
    except BrokenPipeError:  # the reader took what it wanted (| head)
        reader_left()
    except OSError as exc:
        fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "), EXIT_FAILED)
