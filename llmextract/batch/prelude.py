"""What every batch engine does before its first article: one prelude for local, Ray and Batch API runs.

The inputs gathered (a file over four bytes per allowed character refused before it is read), the
output locked and made ready (fresh, resumed or with its failures removed), the ids it already
holds skipped, input lines that hold no article turned into error records, and the run's counters
set: :func:`open_run` returns all of it as one :class:`OpenedRun`, whose sink the engine writes to
and closes (``with opened.sink:``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from llmextract.article import Article
from llmextract.batch.inputs import Rejected, gather_inputs
from llmextract.batch.many import ErrorInfo, FailureRecord
from llmextract.batch.output import JsonlSink
from llmextract.batch.progress import RunCounters
from llmextract.config import ExtractorConfig
from llmextract.errors import InputError
from llmextract.utils.neutralise import terminal_text

__all__ = ["BatchOptions", "OpenedRun", "gather_articles", "open_run", "rejected_record"]


@dataclass(frozen=True)
class BatchOptions:
    """Where a batch writes and how it treats what is there already."""

    output: Path | None = None
    resume: bool = False
    retry_failed: bool = False
    overwrite: bool = False
    quiet: bool = False
    max_tokens_total: int | None = None
    max_cost: float | None = None  # USD (llmextract.cost.budget)


@dataclass
class OpenedRun:
    """A run ready to start: the articles to do, the error records of rejected lines, the sink."""

    todo: list[Article]
    rejected: list[FailureRecord]
    sink: JsonlSink
    counters: RunCounters


def rejected_record(line: Rejected) -> FailureRecord:
    """The error record of an input line that holds no article; its id is ``path:line``."""
    return FailureRecord(id=line.where, error=ErrorInfo(type="InputError", message=line.message, attempts=0))


def gather_articles(
    paths: Sequence[str], config: ExtractorConfig, options: BatchOptions, *, strict: bool = False
) -> tuple[list[Article], list[Rejected]]:
    """The articles named by ``paths`` (never the output itself) and the lines holding none;
    ``strict``: such a line is an InputError (the Batch API sends nothing for it)."""
    gathered = gather_inputs(paths, exclude=options.output, max_bytes=4 * config.max_chars)
    if not options.quiet:
        for note in gathered.notes:  # what each folder held, so a file type left out is no surprise
            print(terminal_text(f"llmextract: {note}"), file=sys.stderr)
    if strict and gathered.rejected:
        raise InputError(gathered.rejected[0].message)
    return gathered.articles, gathered.rejected


def open_run(
    articles: list[Article], rejected: list[Rejected], options: BatchOptions, *, resume: bool | None = None
) -> OpenedRun:
    """Lock and prepare the output, skip what it holds; ``resume`` overrides ``options.resume``."""
    sink = JsonlSink(options.output)  # locked: a second run on this output stops here
    try:
        skip = sink.prepare(
            resume=options.resume if resume is None else resume,
            retry_failed=options.retry_failed,
            overwrite=options.overwrite,
        )
    except BaseException:
        sink.close()
        raise
    todo = [a for a in articles if a.id not in skip]
    records = [rejected_record(r) for r in rejected if r.where not in skip]
    total = len(articles) + len(rejected)
    counters = RunCounters(total=total, skipped=total - len(todo) - len(records))
    return OpenedRun(todo, records, sink, counters)
