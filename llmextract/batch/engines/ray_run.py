"""``llmextract extract ... --engine ray``: a batch run whose articles are extracted on Ray Data.

Inputs, the output file and resume are those of the local run: articles already in the output are
skipped, and each result is written and flushed by the driver as its row comes back, so a killed
run loses only the rows in flight and the same command with ``--resume`` carries on.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from llmextract.batch.engines.ray_engine import DEFAULT_WORKERS, extract_dataset
from llmextract.batch.inputs import collect_articles
from llmextract.batch.output import JsonlSink, prepare_output
from llmextract.batch.progress import RunCounters, RunProgress
from llmextract.batch.run import BatchOptions, RunOutcome
from llmextract.errors import ConfigError
from llmextract.pipeline import resolve_model

__all__ = ["run_ray"]


def run_ray(
    paths: Sequence[str],
    extractor_options: dict[str, Any],
    options: BatchOptions,
    *,
    address: str | None = None,
    workers: int = DEFAULT_WORKERS,
) -> RunOutcome:
    """Extract every article named by ``paths`` that the output does not hold yet, on Ray."""
    try:
        import ray
        import ray.data
    except ImportError as exc:
        raise ConfigError('--engine ray needs Ray Data: pip install "llmextract[ray]"') from exc
    articles = collect_articles(paths, exclude=options.output)
    skip: set[str] = set()
    if options.output is not None:
        skip = prepare_output(
            options.output,
            resume=options.resume,
            retry_failed=options.retry_failed,
            overwrite=options.overwrite,
        )
    todo = [a for a in articles if a.id not in skip]
    counters = RunCounters(total=len(articles), skipped=len(articles) - len(todo))
    if not todo:
        return RunOutcome(counters=counters, interrupted=False)
    started_here = not ray.is_initialized()
    if started_here:
        ray.init(address=address, include_dashboard=False, log_to_driver=False, configure_logging=False)
    try:
        rows = [{"id": a.id, "title": a.title or "", "text": a.text} for a in todo]
        options_ = dict(extractor_options)
        model = resolve_model(options_.pop("model", None))  # once, here: no notice from each worker
        results = extract_dataset(
            ray.data.from_items(rows), model, workers=workers, concurrency=options.concurrency, **options_
        )
        interrupted = False
        with JsonlSink(options.output) as sink, RunProgress(counters, quiet=options.quiet) as bar:
            try:
                for row in results.iter_rows():
                    sink.write_line(row["result"])
                    failed, cached, tokens = bool(row["failed"]), bool(row["cached"]), int(row["tokens"])
                    bar.advance_counted(failed=failed, cached=cached, tokens=tokens)
            except KeyboardInterrupt:
                interrupted = True
        return RunOutcome(counters=counters, interrupted=interrupted)
    finally:
        if started_here:
            ray.shutdown()
