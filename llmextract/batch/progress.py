"""Run counters and the progress bar on stderr: done / failed / cached, rate, ETA, tokens.

The counters are kept in every case (they make the closing summary); the bar is drawn only when
stderr is a terminal and the run is not ``--quiet``, so logs and pipes never fill with redraws.
"""

from __future__ import annotations

import sys
import time
from types import TracebackType
from typing import Any, TextIO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeRemainingColumn

from llmextract.batch.many import BatchResult, tokens_of
from llmextract.schema import Extraction

__all__ = ["RunCounters", "RunProgress"]


class RunCounters:
    """What a run has produced so far."""

    def __init__(self, total: int, skipped: int = 0) -> None:
        self.total = total
        self.skipped = skipped
        self.done = self.failed = self.cached = self.tokens = 0
        self.started = time.monotonic()

    def add(self, result: BatchResult) -> None:
        cached = isinstance(result, Extraction) and result.provenance.cached
        self.count(failed=not isinstance(result, Extraction), cached=cached, tokens=tokens_of(result))

    def count(self, *, failed: bool, cached: bool, tokens: int) -> None:
        """One finished article, described rather than given (a distributed engine's result row)."""
        if failed:
            self.failed += 1
        else:
            self.done += 1
            self.cached += int(cached)
        self.tokens += tokens

    @property
    def finished(self) -> int:
        return self.done + self.failed

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.finished / elapsed if elapsed > 0 else 0.0

    def summary(self) -> str:
        elapsed = time.monotonic() - self.started
        parts = [f"{self.done} done ({self.cached} from cache)", f"{self.failed} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped (already in the output)")
        left = self.total - self.skipped - self.finished
        if left:
            parts.append(f"{left} not run")
        return f"{', '.join(parts)}; {self.tokens:,} tokens; {elapsed:.1f}s ({self.rate():.1f} articles/s)"


class RunProgress:
    """``with RunProgress(counters, quiet=...) as bar: bar.advance(result)``."""

    def __init__(self, counters: RunCounters, *, quiet: bool = False, stream: TextIO | None = None) -> None:
        self.counters = counters
        stream = stream if stream is not None else sys.stderr
        self.enabled = not quiet and stream.isatty()
        self._progress: Progress | None = None
        self._task: TaskID | None = None
        if self.enabled:
            self._progress = Progress(
                TextColumn("extract", markup=False),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("failed {task.fields[failed]}  cached {task.fields[cached]}", markup=False),
                TextColumn("{task.fields[rate]}/s", markup=False),
                TimeRemainingColumn(),
                TextColumn("{task.fields[tokens]} tokens", markup=False),
                console=Console(file=stream),
                transient=False,
            )
            self._task = self._progress.add_task(
                "extract", total=counters.total - counters.skipped, **self._fields()
            )

    def _fields(self) -> dict[str, Any]:
        c = self.counters
        return {
            "failed": str(c.failed),
            "cached": str(c.cached),
            "rate": f"{c.rate():.1f}",
            "tokens": f"{c.tokens:,}",
        }

    def advance(self, result: BatchResult) -> None:
        self.counters.add(result)
        self._redraw()

    def advance_counted(self, *, failed: bool, cached: bool, tokens: int) -> None:
        self.counters.count(failed=failed, cached=cached, tokens=tokens)
        self._redraw()

    def _redraw(self) -> None:
        if self._progress is not None and self._task is not None:
            self._progress.update(self._task, advance=1, **self._fields())

    def __enter__(self) -> RunProgress:
        if self._progress is not None:
            self._progress.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._progress is not None:
            self._progress.stop()
