"""One batch run as the command line does it: inputs, resume, the output file, progress, Ctrl-C.

:func:`run_extractor` is the run itself, shared with ``eval``: articles through one Extractor at a
fixed concurrency, each result handed on as it finishes, the Extractor closed at the end.

Ctrl-C (or SIGTERM) cancels the calls in flight and ends the run between two written lines, never
in the middle of one; the summary then says how to continue (``--resume``). An endpoint that
refuses the run itself (key, model) ends it the same way, after the calls in flight
(``RunOutcome.stopped``).
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import AsyncGenerator, Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmextract.article import Article
from llmextract.batch.inputs import Rejected, gather_inputs
from llmextract.batch.many import BatchResult, ErrorInfo, FailureRecord, aextract_many
from llmextract.batch.output import JsonlSink
from llmextract.batch.progress import RunCounters, RunProgress
from llmextract.errors import RunStopped
from llmextract.pipeline import DEFAULT_MAX_CHARS, Extractor

__all__ = ["BatchOptions", "RunOutcome", "rejected_record", "run_batch", "run_extractor"]


@dataclass(frozen=True)
class BatchOptions:
    output: Path | None = None
    resume: bool = False
    retry_failed: bool = False
    overwrite: bool = False
    quiet: bool = False
    concurrency: int = 8
    max_tokens_total: int | None = None


@dataclass
class RunOutcome:
    counters: RunCounters
    interrupted: bool
    stopped: RunStopped | None = None  # the endpoint refused the run (key, model)
    waiting: bool = False  # batches left in flight (--batch-api --no-wait)

    @property
    def complete(self) -> bool:
        c = self.counters
        return (
            not self.interrupted
            and not self.waiting
            and self.stopped is None
            and c.failed == 0
            and c.finished + c.skipped == c.total
        )

    @property
    def budget_reached(self) -> bool:
        c = self.counters
        return (
            not self.interrupted
            and not self.waiting
            and self.stopped is None
            and c.finished + c.skipped < c.total
        )


async def _drive(
    stream: AsyncGenerator[BatchResult, None], extractor: Extractor, on_result: Callable[[BatchResult], None]
) -> bool:
    """Hand each result of ``stream`` to ``on_result`` as it comes, then close ``extractor`` on this loop.

    Returns True when stopped by Ctrl-C or SIGTERM (the calls in flight are cancelled, no result
    is half handled); the extractor is closed in every case.
    """
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    interrupted = False

    def stop() -> None:
        nonlocal interrupted
        interrupted = True
        if task is not None:
            task.cancel()

    handled: list[signal.Signals] = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):  # not main thread, Windows
            loop.add_signal_handler(sig, stop)
            handled.append(sig)
    try:
        async with contextlib.aclosing(stream):
            async for result in stream:
                on_result(result)
    except asyncio.CancelledError:
        if not interrupted:
            raise
    finally:
        for sig in handled:
            loop.remove_signal_handler(sig)
        await extractor.aclose()
    return interrupted


def run_extractor(
    todo: Iterable[Article],
    extractor: Extractor,
    on_result: Callable[[BatchResult], None],
    *,
    concurrency: int,
    max_tokens_total: int | None = None,
) -> bool:
    """Extract ``todo`` with ``extractor``, ``concurrency`` at a time, on an event loop of its own;
    True when stopped by a signal. The one run path of ``extract`` and ``eval``."""
    stream = aextract_many(
        todo, extractor=extractor, concurrency=concurrency, max_tokens_total=max_tokens_total
    )
    return asyncio.run(_drive(stream, extractor, on_result))


def rejected_record(line: Rejected) -> FailureRecord:
    """The error record of an input line that holds no article; its id is ``path:line``."""
    return FailureRecord(id=line.where, error=ErrorInfo(type="InputError", message=line.message, attempts=0))


def run_batch(paths: Sequence[str], extractor_options: dict[str, Any], options: BatchOptions) -> RunOutcome:
    """Extract every article named by ``paths`` that the output does not hold yet."""
    max_chars = int(extractor_options.get("max_chars", DEFAULT_MAX_CHARS))
    gathered = gather_inputs(paths, exclude=options.output, max_bytes=4 * max_chars)
    articles = gathered.articles
    extractor = Extractor(**extractor_options)  # settings errors surface before the output is touched
    try:
        sink = JsonlSink(options.output)  # locked: a second run on this output stops here
        try:
            skip = sink.prepare(
                resume=options.resume, retry_failed=options.retry_failed, overwrite=options.overwrite
            )
        except BaseException:
            sink.close()
            raise
    except BaseException:
        extractor.close()
        raise
    todo = [a for a in articles if a.id not in skip]
    rejected = [rejected_record(r) for r in gathered.rejected if r.where not in skip]
    total = len(articles) + len(gathered.rejected)
    counters = RunCounters(total=total, skipped=total - len(todo) - len(rejected))
    stopped: RunStopped | None = None
    interrupted = False
    with sink, RunProgress(counters, quiet=options.quiet) as bar:

        def keep(result: BatchResult) -> None:
            sink.write(result)
            bar.advance(result)

        for record in rejected:
            keep(record)
        try:
            interrupted = run_extractor(
                todo,
                extractor,
                keep,
                concurrency=options.concurrency,
                max_tokens_total=options.max_tokens_total,
            )
        except RunStopped as exc:
            stopped = exc
    return RunOutcome(counters=counters, interrupted=interrupted, stopped=stopped)
