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


HOSTILE_RUN = "m[/x]\x1b]0;owned\x07 / p[bold]"


def test_a_hostile_model_name_is_shown_not_obeyed_in_a_log() -> None:
    stream = io.StringIO()
    with EvalProgress(stream) as show:
        show(HOSTILE_RUN, 1, 1)
    assert stream.getvalue() == "m[/x]␛]0;owned␇ / p[bold]: 1/1 articles\n"


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_hostile_model_name_is_shown_not_obeyed_on_a_terminal() -> None:
    stream = Tty()
    with EvalProgress(stream) as show:  # "[/x]" read as markup was a MarkupError
        show(HOSTILE_RUN, 1, 2)
        show(HOSTILE_RUN, 2, 2)
    out = stream.getvalue()
    assert "m[/x]␛]0;owned␇ / p[bold]" in out
    assert "\x1b]0;owned" not in out and "\x07" not in out
