"""``llmextract extract ... --engine ray``: a batch run whose articles are extracted on Ray workers.

Inputs, the output file, resume, error records for input lines that hold no article, the summary
and Ctrl-C are those of the local run (:func:`~llmextract.batch.run.run_batch`); only where the
extraction happens differs. Articles travel whole (metadata, language, source page), so a result
is the one a local run writes. Each line is written and flushed by the driver as its batch comes
back, so a killed run loses only the batches in flight and the same command with ``--resume``
carries on.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import closing
from dataclasses import replace

from llmextract.batch.engines.ray_actors import batches_of, check_workers, extract_on_actors
from llmextract.batch.engines.ray_engine import DEFAULT_WORKERS
from llmextract.batch.prelude import BatchOptions, OpenedRun, gather_articles, open_run
from llmextract.batch.progress import RunProgress
from llmextract.batch.run import RunOutcome
from llmextract.config import ExtractorConfig
from llmextract.errors import ConfigError, RunStopped
from llmextract.pipeline import Extractor

__all__ = ["batch_size", "run_ray"]

MIN_BATCH = 16  # articles per batch at least (but towards the end of the run)
CALLS_PER_BATCH = 4  # a batch holds this many rounds of --concurrency calls, so its tail is short


def run_ray(
    paths: Sequence[str],
    config: ExtractorConfig,
    options: BatchOptions,
    *,
    address: str | None = None,
    workers: int = DEFAULT_WORKERS,
) -> RunOutcome:
    """Extract every article named by ``paths`` that the output does not hold yet, on Ray."""
    try:
        import ray
    except ImportError as exc:
        raise ConfigError('--engine ray needs Ray: pip install "llmextract[ray]"') from exc
    articles, rejected = gather_articles(paths, config, options)
    config = replace(config, model=config.resolved_model)  # once, here: no notice from each worker
    Extractor(config=config).close()  # settings errors surface before the output is touched
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(address=address, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        check_workers(workers)
        return _run(open_run(articles, rejected, options), config, options, workers)
    finally:
        if started_here:
            ray.shutdown()


def _run(opened: OpenedRun, config: ExtractorConfig, options: BatchOptions, workers: int) -> RunOutcome:
    counters, todo = opened.counters, opened.todo
    size = batch_size(config.concurrency)
    stopped: RunStopped | None = None
    interrupted = False
    with opened.sink as sink, RunProgress(counters, quiet=options.quiet) as bar:
        for record in opened.rejected:
            sink.write(record)
            bar.advance(record)
        batches = batches_of(todo, size, workers=workers)
        budget = options.max_tokens_total
        try:
            with closing(
                extract_on_actors(batches, config, workers=workers, max_tokens_total=budget)
            ) as done:
                for rows in done:
                    for row in rows:
                        sink.write_line(row.line)
                        bar.advance_counted(failed=row.failed, cached=row.cached, tokens=row.tokens)
        except KeyboardInterrupt:
            interrupted = True
        except RunStopped as exc:
            stopped = exc
    return RunOutcome(counters=counters, interrupted=interrupted, stopped=stopped)


def batch_size(concurrency: int) -> int:
    """Articles per batch (but towards the end of the run): rounds of ``concurrency`` calls
    enough to keep a batch's tail short."""
    return max(MIN_BATCH, CALLS_PER_BATCH * concurrency)
