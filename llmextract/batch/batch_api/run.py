"""``llmextract extract ... --batch-api``: the inputs, the output file and the run state folder.

The state folder next to the output (``results.jsonl.batch-api/``) makes the same command a
resume: when it exists, articles already in the output are skipped and the batches it names are
collected rather than sent again.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from llmextract.batch.batch_api.job import BatchApiJob, BatchApiOptions
from llmextract.batch.batch_api.remote import Remote
from llmextract.batch.batch_api.state import RequestSet, RunState, state_folder
from llmextract.batch.many import BatchResult
from llmextract.batch.prelude import BatchOptions, gather_articles, open_run
from llmextract.batch.progress import RunProgress
from llmextract.batch.run import RunOutcome
from llmextract.config import ExtractorConfig
from llmextract.errors import ConfigError, InputError
from llmextract.pipeline import Extractor
from llmextract.utils.neutralise import terminal_text

__all__ = ["BatchApiOptions", "describe_sets", "run_batch_api"]


def describe_sets(sets: list[RequestSet]) -> str:
    """One line per poll: each batch's status and request counts."""
    parts = []
    for s in sets:
        c = s.counts
        done = c.get("completed", 0) + c.get("failed", 0)
        parts.append(f"{s.batch_id} {s.status} {done}/{c.get('total', len(s.custom_ids))}")
    return "llmextract: batches: " + "; ".join(parts)


def run_batch_api(
    paths: Sequence[str], config: ExtractorConfig, options: BatchOptions, api: BatchApiOptions
) -> RunOutcome:
    """Extract every article named by ``paths`` through the Batch API (see :mod:`.job`)."""
    if options.output is None:
        raise InputError("--batch-api needs the output file: -o results.jsonl")
    articles, _ = gather_articles(paths, config, options, strict=True)
    extractor = Extractor(config=config)
    try:
        try:
            llm = extractor.llm()
        except ConfigError:
            raise ConfigError("--batch-api needs an LLM model (-m MODEL), not the offline baseline") from None
        folder = state_folder(options.output)
        opened = open_run(articles, [], options, resume=options.resume or folder.exists())
        with opened.sink as sink:
            state = RunState.load(folder)
            counters = opened.counters
            remote = Remote(llm.batch_client())
            if api.on_poll is None and not options.quiet:
                api = BatchApiOptions(**{**api.__dict__, "on_poll": _print_poll})
            with RunProgress(counters, quiet=options.quiet) as bar:

                def keep(result: BatchResult) -> None:
                    sink.write(result)
                    bar.advance(result)

                try:
                    finished = BatchApiJob(extractor, state, remote, keep, api).run(opened.todo)
                except KeyboardInterrupt:  # the state on disk is whole: the same command carries on
                    return RunOutcome(counters=counters, interrupted=True)
        return RunOutcome(counters=counters, interrupted=False, waiting=not finished)
    finally:
        extractor.close()


def _print_poll(sets: list[RequestSet]) -> None:
    print(terminal_text(describe_sets(sets)), file=sys.stderr, flush=True)
