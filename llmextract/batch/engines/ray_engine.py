"""Ray Data as the engine of a batch run: ``map_batches`` with a callable class per worker.

The driver ships only :class:`EngineConfig` (the model name and the Extractor's options: strings,
numbers, paths), never a client, lock, cache or event loop. Each worker builds its Extractor and
its own event loop on its first batch, keeps them for the next ones, and runs the batch's
articles through ``aextract_many``: one output row per input row, ``id``, ``result`` (the
result's JSON line, an extraction or an error record) and ``failed``, ``cached``, ``tokens`` (so
the driver need not parse it), and one failed article never fails the job.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from llmextract.article import Article
from llmextract.batch.many import BatchResult, FailureRecord, aextract_many, result_id, tokens_of
from llmextract.pipeline import Extractor
from llmextract.schema import Usage

if TYPE_CHECKING:
    import ray.data

__all__ = ["EngineConfig", "ExtractBatch", "extract_dataset"]

DEFAULT_WORKERS = 2
DEFAULT_BATCH_SIZE = 32


@dataclass(frozen=True)
class EngineConfig:
    """What a worker needs to build its Extractor: small and picklable."""

    model: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    concurrency: int = 8


class ExtractBatch:
    """The callable class given to ``map_batches``: one Extractor and event loop per worker."""

    def __init__(self, config: EngineConfig) -> None:
        self.config = config
        self.extractor: Extractor | None = None
        self.loop: asyncio.AbstractEventLoop | None = None

    def _ready(self) -> tuple[Extractor, asyncio.AbstractEventLoop]:
        if self.extractor is None or self.loop is None:
            self.extractor = Extractor(self.config.model, **self.config.options)
            self.loop = asyncio.new_event_loop()
        return self.extractor, self.loop

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        extractor, loop = self._ready()
        texts = list(batch["text"])
        ids = [str(v) for v in batch["id"]] if "id" in batch else [""] * len(texts)
        titles = list(batch["title"]) if "title" in batch else [None] * len(texts)
        articles: list[Article] = []
        results: dict[str, BatchResult] = {}
        order: list[str] = []
        for article_id, title, text in zip(ids, titles, texts, strict=True):
            try:
                article = Article(text=str(text), id=article_id, title=str(title) if title else None)
            except Exception as exc:  # an unusable row is an error record, like any failed article
                results[article_id] = FailureRecord.from_exception(article_id, exc, attempts=0, usage=Usage())
                order.append(article_id)
                continue
            articles.append(article)
            order.append(article.id)

        async def run() -> None:
            stream = aextract_many(articles, extractor=extractor, concurrency=self.config.concurrency)
            async for result in stream:
                results[result_id(result)] = result

        loop.run_until_complete(run())
        done = [results[i] for i in order]
        return {
            "id": order,
            "result": [r.model_dump_json() for r in done],
            "failed": [isinstance(r, FailureRecord) for r in done],
            "cached": [not isinstance(r, FailureRecord) and r.provenance.cached for r in done],
            "tokens": [tokens_of(r) for r in done],
        }


def extract_dataset(
    ds: ray.data.Dataset,
    model: str | None = None,
    *,
    workers: int = DEFAULT_WORKERS,
    batch_size: int = DEFAULT_BATCH_SIZE,
    concurrency: int = 8,
    **options: Any,
) -> ray.data.Dataset:
    """A Dataset of ``id`` and ``result`` (a JSON line) for a Dataset of ``text`` (and ``id``,
    ``title``) rows, on ``workers`` Ray actors, each making ``concurrency`` calls at a time.
    Options are those of :class:`~llmextract.pipeline.Extractor`."""
    import ray.data

    config = EngineConfig(model=model, options=options, concurrency=concurrency)
    return ds.map_batches(
        ExtractBatch,
        fn_constructor_kwargs={"config": config},
        batch_size=batch_size,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=workers),
    )
