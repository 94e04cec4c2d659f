"""Many articles at once: ``aextract_many`` (async) and ``extract_many`` (sync), yielding as they finish.

One failed article never costs the others: every failure becomes a :class:`FailureRecord` with
the error's type, message, the HTTP calls it made and the tokens it spent, and the run goes on.
Concurrency is a fixed number of workers over one shared :class:`~llmextract.pipeline.Extractor`
(one connection pool, one rate limiter, one cache). With ``max_tokens_total`` no new article
starts once the finished ones have spent the budget; the ones in flight still finish and are
yielded, so nothing paid for is thrown away.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
from collections.abc import AsyncGenerator, Iterable, Iterator
from typing import Any

from pydantic import BaseModel, ConfigDict

from llmextract.article import Article
from llmextract.pipeline import Extractor, _as_article
from llmextract.schema import Extraction, Usage

__all__ = ["BatchResult", "ErrorInfo", "FailureRecord", "aextract_many", "extract_many", "tokens_of"]

DEFAULT_CONCURRENCY = 8


class ErrorInfo(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: str
    message: str
    attempts: int


class FailureRecord(BaseModel):
    """An article without an extraction: ``{"id", "error": {"type", "message", "attempts"}, "usage"}``."""

    model_config = ConfigDict(extra="forbid")

    id: str
    error: ErrorInfo
    usage: Usage = Usage()

    @classmethod
    def from_exception(
        cls, article_id: str, exc: BaseException, *, attempts: int, usage: Usage
    ) -> FailureRecord:
        return cls(
            id=article_id,
            error=ErrorInfo(type=type(exc).__name__, message=str(exc), attempts=attempts),
            usage=usage,
        )


BatchResult = Extraction | FailureRecord


def tokens_of(result: BatchResult) -> int:
    """Tokens spent in this run for one result (0 for a cached extraction)."""
    usage = result.provenance.usage if isinstance(result, Extraction) else result.usage
    return usage.total_tokens


def result_id(result: BatchResult) -> str:
    return result.article.id if isinstance(result, Extraction) else result.id


async def _one(extractor: Extractor, item: Article | str) -> BatchResult:
    budget: Any = None
    article_id = getattr(item, "id", "")
    try:
        article = _as_article(item)
        article_id = article.id
        if extractor.client is not None:
            from llmextract.llm.client import CallBudget

            budget = CallBudget()
        return await extractor.aextract(article, budget=budget)
    except Exception as exc:  # a failure is a record, never the end of the run
        attempts = budget.http_calls if budget is not None else int(getattr(exc, "attempts", 0) or 0)
        usage = budget.usage if budget is not None else Usage()
        return FailureRecord.from_exception(article_id, exc, attempts=attempts, usage=usage)


class _Stop:
    """End-of-worker marker, optionally carrying the exception that stopped it."""

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error


async def aextract_many(
    articles: Iterable[Article | str],
    model: str | None = None,
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    max_tokens_total: int | None = None,
    extractor: Extractor | None = None,
    **options: Any,
) -> AsyncGenerator[BatchResult, None]:
    """Extract from every article, ``concurrency`` at a time, yielding each result as it finishes.

    Results come in completion order, not input order; match them by id. Options are those of
    :class:`~llmextract.pipeline.Extractor`, or pass a ready ``extractor``. An error reading the
    ``articles`` iterable itself stops the run and is raised.
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be >= 1, not {concurrency}")
    ex = extractor if extractor is not None else Extractor(model, **options)
    source = iter(articles)
    results: asyncio.Queue[BatchResult | _Stop] = asyncio.Queue()
    spent = 0

    async def worker() -> None:
        nonlocal spent
        try:
            while max_tokens_total is None or spent < max_tokens_total:
                item = next(source, None)
                if item is None:
                    break
                result = await _one(ex, item)
                spent += tokens_of(result)
                results.put_nowait(result)
            results.put_nowait(_Stop())
        except Exception as exc:
            results.put_nowait(_Stop(exc))

    tasks = [asyncio.create_task(worker()) for _ in range(concurrency)]
    running = len(tasks)
    try:
        while running:
            got = await results.get()
            if isinstance(got, _Stop):
                running -= 1
                if got.error is not None:
                    raise got.error
                continue
            yield got
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if extractor is None:  # ours: its connections belong to this event loop
            await ex.aclose()


def extract_many(
    articles: Iterable[Article | str],
    model: str | None = None,
    **options: Any,
) -> Iterator[BatchResult]:
    """The sync twin of :func:`aextract_many`: the async run goes on in a background thread.

    Closing the iterator early (``break``) cancels the calls in flight.
    """
    out: queue.Queue[BatchResult | _Stop] = queue.Queue()
    ready = threading.Event()
    box: dict[str, Any] = {}

    async def main() -> None:
        box["task"] = asyncio.current_task()
        box["loop"] = asyncio.get_running_loop()
        ready.set()
        async with contextlib.aclosing(aextract_many(articles, model, **options)) as stream:
            async for result in stream:
                out.put(result)

    def run() -> None:
        try:
            asyncio.run(main())
            out.put(_Stop())
        except asyncio.CancelledError:
            out.put(_Stop())
        except BaseException as exc:
            out.put(_Stop(exc))
        finally:
            ready.set()

    thread = threading.Thread(target=run, name="llmextract-batch", daemon=True)
    thread.start()
    try:
        while True:
            got = out.get()
            if isinstance(got, _Stop):
                if got.error is not None:
                    raise got.error
                return
            yield got
    finally:
        ready.wait()
        if thread.is_alive() and "loop" in box:
            with contextlib.suppress(RuntimeError):  # the loop may have closed meanwhile
                box["loop"].call_soon_threadsafe(box["task"].cancel)
        thread.join()
