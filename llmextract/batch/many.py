"""Many articles at once: ``aextract_many`` (async) and ``extract_many`` (sync), yielding as they finish.

One failed article never costs the others: every failure becomes a :class:`FailureRecord` with
the error's type, message, the HTTP calls it made and the tokens it spent, and the run goes on.
Concurrency is a fixed number of workers over one shared :class:`~llmextract.pipeline.Extractor`
(one connection pool, one rate limiter, one cache). With ``max_tokens_total`` no new article
starts once the finished ones have spent the budget (with ``max_cost``, once the spent plus
in-flight cost would pass it); the ones in flight still finish and are yielded, so nothing paid
for is thrown away.

Some failures are not the article's but the run's: the endpoint refuses the key (401, 403) or
does not know the model (404). Every further article would fail the same way, so such a failure
stops the run (see :class:`RunStopped`) instead of becoming one error record per article.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import re
import threading
from collections.abc import AsyncGenerator, Iterable, Iterator
from typing import Any

from pydantic import BaseModel, ConfigDict

from llmextract.answering import CallBudget
from llmextract.article import Article
from llmextract.cost.budget import MoneyBudget
from llmextract.errors import ProviderError, RunStopped
from llmextract.pipeline import Extractor, as_article
from llmextract.schema import Extraction, Usage

__all__ = [
    "BatchResult",
    "ErrorInfo",
    "FailureRecord",
    "RunStopped",
    "aextract_many",
    "extract_many",
    "fatal_hint",
    "result_id",
    "tokens_of",
]


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


def fatal_hint(exc: BaseException, model: str) -> str | None:
    """What to check when ``exc`` means no article of the run can succeed, else None.

    401/403: the key is refused; 404: the model (or, when the message does not name it, the
    endpoint's path) is unknown. Other statuses depend on the article and are ordinary failures.
    """
    if not isinstance(exc, ProviderError):
        return None
    if exc.status_code in (401, 403):
        return "check the API key (OPENAI_API_KEY) and that it may use this endpoint and model"
    if exc.status_code == 404:
        said = str(exc.original) if exc.original is not None else str(exc)  # the server's own words
        if re.search(rf"(?<![\w.-]){re.escape(model)}(?![\w.-])|\bmodel\b", said, re.I):
            return f"check the model name ({model!r}) against the models the endpoint serves"
        return "check the endpoint URL (--base-url; OpenAI-compatible servers usually end in /v1)"
    return None


async def _one(extractor: Extractor, item: Article | str) -> BatchResult | RunStopped:
    budget = CallBudget()
    article_id = getattr(item, "id", "")
    try:
        article = as_article(item)
        article_id = article.id
        return await extractor.aextract(article, budget=budget)
    except Exception as exc:  # a failure is a record, never the end of the run, unless it is the run's
        hint = fatal_hint(exc, extractor.model)
        if hint is not None and isinstance(exc, ProviderError):
            return RunStopped(exc, hint)
        attempts = budget.http_calls or int(getattr(exc, "attempts", 0) or 0)
        usage = budget.usage
        return FailureRecord.from_exception(article_id, exc, attempts=attempts, usage=usage)


class _Stop:
    """End-of-worker marker, optionally carrying the exception that stopped it."""

    def __init__(self, error: BaseException | None = None) -> None:
        self.error = error


async def aextract_many(
    articles: Iterable[Article | str],
    model: str | None = None,
    *,
    concurrency: int | None = None,
    max_tokens_total: int | None = None,
    max_cost: float | None = None,
    extractor: Extractor | None = None,
    **options: Any,
) -> AsyncGenerator[BatchResult, None]:
    """Extract from every article, ``concurrency`` at a time, yielding each result as it finishes.

    Results come in completion order, not input order; match them by id. Options are those of
    :class:`~llmextract.pipeline.Extractor`, or pass a ready ``extractor``; ``concurrency`` is the
    extractor's config's unless given. An error reading the
    ``articles`` iterable itself stops the run and is raised.

    When the endpoint refuses the run itself (401/403, or 404 for the model), no new article
    starts; the ones in flight finish and are yielded, then :class:`RunStopped` is raised naming
    the endpoint and what to check. The refused articles yield no record.

    ``max_cost`` (USD) starts no article once the spent plus in-flight cost would pass it
    (:class:`~llmextract.cost.budget.MoneyBudget`); it needs a price for the model.
    """
    ex = extractor if extractor is not None else Extractor(model, **options)
    if concurrency is None:
        concurrency = ex.config.concurrency
    if concurrency < 1:
        raise ValueError(f"concurrency must be >= 1, not {concurrency}")
    money = MoneyBudget(max_cost, ex) if max_cost is not None else None
    source = iter(articles)
    results: asyncio.Queue[BatchResult | _Stop] = asyncio.Queue()
    spent = 0
    stopped: list[RunStopped] = []

    async def worker() -> None:
        nonlocal spent
        try:
            while not stopped and (max_tokens_total is None or spent < max_tokens_total):
                item = next(source, None)
                if item is None or (money is not None and not money.admit(item)):
                    break
                result = await _one(ex, item)
                if isinstance(result, RunStopped):
                    stopped.append(result)
                    break
                spent += tokens_of(result)
                if money is not None:
                    money.settle(result_id(result), result)
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
        if stopped:
            raise stopped[0]
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

    Closing the iterator early (``break``) cancels the calls in flight. A refused run raises
    :class:`RunStopped` after the results finished before it, as :func:`aextract_many` does.
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
