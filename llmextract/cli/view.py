"""``llmextract view``: extraction results as self-contained HTML pages."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from llmextract.cli.exits import run_guarded, say
from llmextract.errors import InputError

__all__ = ["register"]


def register(app: typer.Typer) -> None:
    """Add the ``view`` command to ``app``."""
    app.command("view")(view_command)


def view_command(
    results: Annotated[
        Path, typer.Argument(help="Extraction results: a .jsonl file (one per line) or a .json file.")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the HTML pages.")] = Path(
        "views"
    ),
    review: Annotated[
        bool,
        typer.Option(
            "--review", help="Add the review panel: correct the results in the browser, download gold lines."
        ),
    ] = False,
) -> None:
    """Write one self-contained HTML page per article (quotes highlighted, actors, stance graph), and an
    index."""

    def work() -> list[Path]:
        from llmextract.html.view import load_results, write_views

        if not results.is_file():
            raise InputError(f"{results}: no such results file (give a .jsonl or .json file)")
        try:
            return write_views(list(load_results(results)), output, review=review)
        except ValueError as exc:
            raise InputError(str(exc)) from exc

    written = run_guarded(work)
    say(f"wrote {len(written) - 1} article page(s) and index.html to {output}", err=True)
