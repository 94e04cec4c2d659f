"""Ray actors fed by the driver: the engine of ``llmextract extract --engine ray``.

The command's articles are read by the driver and its results written by the driver, so the
engine needs no more than a few long-lived workers and a queue. Plain Ray actors give exactly
that: they start on the cluster's pooled worker processes, where a Ray Data pipeline starts its
streaming executor and fresh actor processes first (1.5 to 2 s before the first row on a 2-core
machine, a third of the whole run on PolNeAR train; ``bench/ray_engine.py``). Ray Data stays the
entry for pipelines that already hold a Dataset (``llmextract.ray.extract_dataset``).

Each worker holds at most two batches, the one it runs and the next, so it never waits on the
driver and the object store never holds more than ``2 x workers`` batches. A worker process that
dies is restarted by Ray and its batches are run again (an extraction can be repeated; the cache
keeps the answers already paid for). A worker lost beyond that ends the run with
:class:`~llmextract.errors.EngineError`; what was written stays, and ``--resume`` carries on.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Iterator
from typing import Any

from llmextract.article import Article
from llmextract.batch.engines.ray_engine import BatchRows, ExtractBatch, ResultRow
from llmextract.config import ExtractorConfig
from llmextract.errors import ConfigError, EngineError, RunStopped

__all__ = ["IN_FLIGHT", "RESTARTS", "batches_of", "check_workers", "extract_on_actors"]

IN_FLIGHT = 2  # batches per worker: the one running and the next
RESTARTS = 2  # times Ray restarts a dead worker process and re-runs its batches


def extract_on_actors(
    batches: Iterable[list[Article]],
    config: ExtractorConfig,
    *,
    workers: int,
    max_tokens_total: int | None = None,
) -> Generator[list[ResultRow], None, None]:
    """The rows of each batch, as each batch finishes, from ``workers`` actors on the connected
    Ray cluster. When the endpoint refuses the run, no batch is sent after that, the rows of the
    batches in flight are yielded, and :class:`~llmextract.errors.RunStopped` is raised. With
    ``max_tokens_total``, no batch is sent once the batches back have spent it (the ones in flight
    finish and are yielded: nothing paid for is thrown away)."""
    import ray
    import ray.exceptions

    check_workers(workers)
    worker_class = ray.remote(num_cpus=1, max_restarts=RESTARTS, max_task_retries=RESTARTS)(ExtractBatch)
    actors: list[Any] = [worker_class.remote(config) for _ in range(workers)]
    feed = iter(batches)
    pending: dict[Any, Any] = {}
    stopped: RunStopped | None = None
    spent = 0

    def send(actor: Any) -> None:
        over = max_tokens_total is not None and spent >= max_tokens_total
        batch = None if stopped is not None or over else next(feed, None)
        if batch:
            pending[actor.extract_articles.remote(batch)] = actor

    try:
        for _ in range(IN_FLIGHT):
            for actor in actors:
                send(actor)
        while pending:
            ready, _ = ray.wait(list(pending), num_returns=1)
            actor = pending.pop(ready[0])
            try:
                done: BatchRows = ray.get(ready[0])
            except ray.exceptions.RayTaskError as exc:
                raise EngineError(f"a Ray worker failed: {type(exc.cause).__name__}: {exc.cause}") from None
            except ray.exceptions.RayActorError:
                raise EngineError(f"a Ray worker was lost beyond {RESTARTS} restarts") from None
            stopped = stopped or done.stopped
            spent += sum(row.tokens for row in done.rows)
            send(actor)
            yield done.rows
        if stopped is not None:
            raise stopped
    finally:
        for actor in actors:
            ray.kill(actor)


def check_workers(workers: int) -> None:
    """Refuse more workers than the connected cluster has CPUs: the extra ones would wait forever."""
    import ray

    resources: dict[str, float] = ray.cluster_resources()  # type: ignore[no-untyped-call]
    cpus = resources.get("CPU", 0.0)
    if workers < 1 or workers > cpus:
        raise ConfigError(f"--ray-workers {workers}: each worker takes one CPU and the cluster has {cpus:g}")


def batches_of(articles: list[Article], size: int, *, workers: int = 1) -> Iterator[list[Article]]:
    """``articles`` in consecutive batches of ``size``, smaller towards the end (each at most a
    half of what is left per worker), so that the workers finish together rather than one
    waiting on another's last full batch."""
    start = 0
    while start < len(articles):
        left = len(articles) - start
        step = max(1, min(size, -(-left // (IN_FLIGHT * max(workers, 1)))))
        yield articles[start : start + step]
        start += step
