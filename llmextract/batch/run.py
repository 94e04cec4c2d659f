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

from llmextract.article import Article
from llmextract.batch.many import BatchResult, aextract_many
from llmextract.batch.prelude import BatchOptions, gather_articles, open_run
from llmextract.batch.progress import RunCounters, RunProgress
from llmextract.config import ExtractorConfig
from llmextract.errors import RunStopped
from llmextract.pipeline import Extractor

__all__ = ["BatchOptions", "RunOutcome", "run_batch", "run_extractor"]


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
    max_cost: float | None = None,
) -> bool:
    """Extract ``todo`` with ``extractor``, ``concurrency`` at a time, on an event loop of its own;
    True when stopped by a signal. The one run path of ``extract`` and ``eval``."""
    stream = aextract_many(
        todo,
        extractor=extractor,
        concurrency=concurrency,
        max_tokens_total=max_tokens_total,
        max_cost=max_cost,
    )
    return asyncio.run(_drive(stream, extractor, on_result))


def run_batch(paths: Sequence[str], config: ExtractorConfig, options: BatchOptions) -> RunOutcome:
    """Extract every article named by ``paths`` that the output does not hold yet."""
    articles, rejected = gather_articles(paths, config, options)
    extractor = Extractor(config=config)  # settings errors surface before the output is touched
    try:
        opened = open_run(articles, rejected, options)
    except BaseException:
        extractor.close()
        raise
    stopped: RunStopped | None = None
    interrupted = False
    with opened.sink as sink, RunProgress(opened.counters, quiet=options.quiet) as bar:

        def keep(result: BatchResult) -> None:
            sink.write(result)
            bar.advance(result)

        for record in opened.rejected:
            keep(record)
        try:
            interrupted = run_extractor(
                opened.todo,
                extractor,
                keep,
                concurrency=config.concurrency,
                max_tokens_total=options.max_tokens_total,
                max_cost=options.max_cost,
            )
        except RunStopped as exc:
            stopped = exc
    return RunOutcome(counters=opened.counters, interrupted=interrupted, stopped=stopped)
