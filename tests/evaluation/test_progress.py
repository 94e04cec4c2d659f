"""Eval progress: a line per tenth of a run in a log, never a line per article."""

from __future__ import annotations

import io

from llmextract.evaluation.progress import EvalProgress


def test_a_log_gets_a_line_each_tenth_of_a_run_and_at_its_end() -> None:
    stream = io.StringIO()
    with EvalProgress(stream) as show:
        for done in range(1, 96):
            show("m / extraction@v1", done, 95)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 10
    assert lines[0] == "m / extraction@v1: 10/95 articles"
    assert lines[-1] == "m / extraction@v1: 95/95 articles"


def test_a_short_run_reports_every_article() -> None:
    stream = io.StringIO()
    with EvalProgress(stream) as show:
        for done in range(1, 4):
            show("a / p", done, 3)
        show("b / p", 1, 1)
    assert stream.getvalue().splitlines() == [
        "a / p: 1/3 articles",
        "a / p: 2/3 articles",
        "a / p: 3/3 articles",
        "b / p: 1/1 articles",
    ]
