"""The worker side of a distributed run: :class:`ExtractBatch`, one Extractor per worker.

The driver ships only an :class:`~llmextract.config.ExtractorConfig` (strings, numbers, paths;
pickled without the key, which a worker reads from its environment), never a client, lock, cache
or event loop. Each worker builds its Extractor and
its own event loop on its first batch, keeps them for the next ones, and runs the batch's
articles through ``aextract_many``; one failed article never fails the batch. Each result leaves
the worker as a :class:`ResultRow`: the result's JSON line (an extraction or an error record) and
``failed``, ``cached``, ``tokens``, so the driver writes and counts it without parsing it.

Two ways in: ``ExtractBatch(config)(columns)`` for Ray Data's ``map_batches`` (and a Spark
pandas UDF), and :meth:`ExtractBatch.extract_articles` for the Ray actors of ``--engine ray``.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING, Any, NamedTuple

from llmextract.article import Article
from llmextract.batch.many import BatchResult, FailureRecord, aextract_many, result_id, tokens_of
from llmextract.config import ExtractorConfig
from llmextract.errors import RunStopped
from llmextract.pipeline import Extractor
from llmextract.schema import Usage

if TYPE_CHECKING:
    import ray.data

__all__ = ["DEFAULT_WORKERS", "BatchRows", "ExtractBatch", "ResultRow", "extract_dataset"]

DEFAULT_WORKERS = 2
DEFAULT_BATCH_SIZE = 32


class ResultRow(NamedTuple):
    """One article's result as it leaves a worker."""

    id: str
    line: str
    failed: bool
    cached: bool
    tokens: int

    @classmethod
    def of(cls, result: BatchResult) -> ResultRow:
        failed = isinstance(result, FailureRecord)
        cached = not isinstance(result, FailureRecord) and result.provenance.cached
        return cls(result_id(result), result.model_dump_json(), failed, cached, tokens_of(result))


class BatchRows(NamedTuple):
    """A batch's rows, and the endpoint's refusal of the run if it met one."""

    rows: list[ResultRow]
    stopped: RunStopped | None


class ExtractBatch:
    """One Extractor and event loop per worker, built on the first batch (never in the driver)."""

    def __init__(self, config: ExtractorConfig) -> None:
        self.config = config
        self.extractor: Extractor | None = None
        self.loop: asyncio.AbstractEventLoop | None = None

    def _ready(self) -> tuple[Extractor, asyncio.AbstractEventLoop]:
        if self.extractor is None or self.loop is None:
            self.extractor = Extractor(config=self.config)
            self.loop = asyncio.new_event_loop()
        return self.extractor, self.loop

    def close(self) -> None:
        """Release the Extractor's connections and cache, on the loop that used them, then the loop.
        A worker process that simply ends needs none of this; a long-lived one (a Spark executor's
        Python, a test) calls it when done."""
        if self.extractor is not None and self.loop is not None:
            self.loop.run_until_complete(self.extractor.aclose())
            self.loop.close()
        self.extractor = self.loop = None

    def __enter__(self) -> ExtractBatch:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def extract_articles(self, articles: list[Article]) -> BatchRows:
        """The rows of ``articles``, in their order: what an ``--engine ray`` actor returns.

        When the endpoint refuses the run (key, model), the rows of the articles that finished
        come back with the refusal, which is returned rather than raised: a raised error would
        travel with its whole chain, and the openai error in it may quote the server's words."""
        extractor, loop = self._ready()
        results: dict[str, list[BatchResult]] = defaultdict(list)  # ids are unique but for careless callers
        stopped: RunStopped | None = None

        async def run() -> None:
            stream = aextract_many(articles, extractor=extractor, concurrency=self.config.concurrency)
            async for result in stream:
                results[result_id(result)].append(result)

        try:
            loop.run_until_complete(run())
        except RunStopped as exc:
            stopped = exc
        rows = [ResultRow.of(results[a.id].pop()) for a in articles if results[a.id]]
        return BatchRows(rows, stopped)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        """A batch of columns ``text`` (and ``id``, ``title``) to columns ``id``, ``result`` (the
        JSON line), ``failed``, ``cached``, ``tokens``: what ``map_batches`` gives and wants."""
        texts = list(batch["text"])
        ids = [str(v) for v in batch["id"]] if "id" in batch else [""] * len(texts)
        titles = list(batch["title"]) if "title" in batch else [None] * len(texts)
        articles: list[Article] = []
        rejected: dict[int, ResultRow] = {}
        for n, (article_id, title, text) in enumerate(zip(ids, titles, texts, strict=True)):
            try:
                articles.append(Article(text=str(text), id=article_id, title=str(title) if title else None))
            except Exception as exc:  # an unusable row is an error record, like any failed article
                record = FailureRecord.from_exception(article_id, exc, attempts=0, usage=Usage())
                rejected[n] = ResultRow.of(record)
        done = self.extract_articles(articles) if articles else BatchRows([], None)
        if done.stopped is not None:
            raise done.stopped from None  # the run's end, not an article's: Ray Data fails the job
        extracted = iter(done.rows)
        rows = [rejected[n] if n in rejected else next(extracted) for n in range(len(texts))]
        return {
            "id": [r.id for r in rows],
            "result": [r.line for r in rows],
            "failed": [r.failed for r in rows],
            "cached": [r.cached for r in rows],
            "tokens": [r.tokens for r in rows],
        }


def extract_dataset(
    ds: ray.data.Dataset,
    model: str | None = None,
    *,
    workers: int = DEFAULT_WORKERS,
    batch_size: int = DEFAULT_BATCH_SIZE,
    concurrency: int = ExtractorConfig.concurrency,
    **options: Any,
) -> ray.data.Dataset:
    """A Dataset of ``id`` and ``result`` (a JSON line) for a Dataset of ``text`` (and ``id``,
    ``title``) rows, on ``workers`` Ray actors, each making ``concurrency`` calls at a time.
    Options are those of :class:`~llmextract.pipeline.Extractor`."""
    import ray.data

    config = ExtractorConfig(model=model, concurrency=concurrency, **options)
    config = replace(config, model=config.resolved_model)  # once, here: no notice from each worker
    return ds.map_batches(
        ExtractBatch,
        fn_constructor_kwargs={"config": config},
        batch_size=batch_size,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=workers),
    )
