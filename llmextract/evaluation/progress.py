"""Progress of an eval run on stderr.

On a terminal, one rich bar per (model, prompt) run; in a log or a pipe, one line each time a
run passes a tenth of its articles (and at its end), so a long eval neither floods the log with
a line per article nor stays silent.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

from llmextract.utils.neutralise import terminal_text

__all__ = ["EvalProgress"]


class EvalProgress:
    """``with EvalProgress() as show: run_eval(..., progress=show)``."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream if stream is not None else sys.stderr
        self._bars: Progress | None = None
        self._tasks: dict[str, TaskID] = {}
        if self._stream.isatty():
            self._bars = Progress(
                TextColumn("{task.description}", markup=False),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=Console(file=self._stream),
            )

    def __call__(self, run: str, done: int, total: int) -> None:
        """``done`` of ``total`` articles of ``run`` ("model / prompt") are finished.

        ``run`` holds model names as given: shown through :func:`terminal_text`, never as markup.
        """
        if self._bars is not None:
            if run not in self._tasks:
                self._tasks[run] = self._bars.add_task(terminal_text(run), total=total)
            self._bars.update(self._tasks[run], completed=done)
        elif done == total or done * 10 // total != (done - 1) * 10 // total:
            print(terminal_text(f"{run}: {done}/{total} articles"), file=self._stream, flush=True)

    def __enter__(self) -> EvalProgress:
        if self._bars is not None:
            self._bars.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._bars is not None:
            self._bars.stop()
