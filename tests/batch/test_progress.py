"""Run counters, the closing summary, and a progress bar only on a terminal."""

from __future__ import annotations

import io

from llmextract.batch.many import ErrorInfo, FailureRecord
from llmextract.batch.progress import RunCounters, RunProgress
from llmextract.pipeline import Extractor
from llmextract.schema import Usage


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def results() -> list[object]:
    done = Extractor("baseline").extract("“Done,” said Clerk Ada Moss.")
    cached = done.model_copy(update={"provenance": done.provenance.model_copy(update={"cached": True})})
    failed = FailureRecord(
        id="x",
        error=ErrorInfo(type="ProviderError", message="HTTP 503", attempts=5),
        usage=Usage(prompt_tokens=30, completion_tokens=0),
    )
    return [done, cached, failed]


def test_counters_and_summary() -> None:
    counters = RunCounters(total=5, skipped=1)
    for result in results():
        counters.add(result)  # type: ignore[arg-type]
    assert (counters.done, counters.cached, counters.failed, counters.tokens) == (2, 1, 1, 30)
    summary = counters.summary()
    assert "2 done (1 from cache), 1 failed, 1 skipped" in summary and "1 not run" in summary
    assert "30 tokens" in summary


def test_bar_only_on_a_terminal_and_not_when_quiet() -> None:
    pipe, terminal, quiet = io.StringIO(), Terminal(), Terminal()
    for stream, is_quiet in ((pipe, False), (terminal, False), (quiet, True)):
        with RunProgress(RunCounters(total=3), quiet=is_quiet, stream=stream) as bar:
            for result in results():
                bar.advance(result)  # type: ignore[arg-type]
    assert pipe.getvalue() == "" and quiet.getvalue() == ""
    drawn = terminal.getvalue()
    assert "3/3" in drawn and "failed 1" in drawn and "cached 1" in drawn and "30 tokens" in drawn
