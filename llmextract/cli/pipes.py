"""A reader that closes the pipe (``llmextract extract ... | head``) ends the command quietly.

The reader took what it wanted, so this is no failure: no message, no traceback, exit 0. Python
raises BrokenPipeError at the next write to stdout and again when it flushes stdout at exit, so
stdout is pointed at the null device first (the recipe of Python's ``signal`` documentation).
Rich's console would exit 1 on its own; :class:`PipeConsole` hands the error to the same path.
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn

import typer
from rich.console import Console

__all__ = ["PipeConsole", "reader_left"]


def reader_left() -> NoReturn:
    """Stop writing to the closed stdout and exit 0."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is no file descriptor (captured in tests)
        pass
    finally:
        os.close(devnull)
    raise typer.Exit(0)


class PipeConsole(Console):
    """A rich console that raises BrokenPipeError, like every other write, when the reader leaves."""

    def on_broken_pipe(self) -> None:
        self.quiet = True
        raise BrokenPipeError
