"""``llmextract corpus``: results of many articles as tables and a dashboard. ``register(app)`` adds it."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from llmextract.cli.exits import run_guarded, say

if TYPE_CHECKING:
    from llmextract.corpus.tables import CorpusTables

__all__ = ["register"]


class TableFormatOption(str, Enum):
    parquet = "parquet"
    csv = "csv"


def register(app: typer.Typer) -> None:
    """Add the ``corpus`` command to ``app``."""

    @app.command("corpus")
    def corpus_command(
        results: Annotated[
            list[Path], typer.Argument(help="Results JSONL files (error records are skipped).")
        ],
        output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the tables and index.html.")],
        table_format: Annotated[
            TableFormatOption, typer.Option("--format", help="Table files: parquet (default) or csv.")
        ] = TableFormatOption.parquet,
        aliases: Annotated[
            Path | None,
            typer.Option(
                "--aliases", help='JSON file: {"aliases": {name: canonical}, "never_merge": [[a, b]]}.'
            ),
        ] = None,
        views: Annotated[
            str,
            typer.Option("--views", help="Folder of the 'llmextract view' pages, relative to the output."),
        ] = "views/",
    ) -> None:
        """Write the tables articles, quotes, actors, article_actors, stances and merges, and a dashboard
        (index.html), linking each person's mentions across articles into one actor."""
        from llmextract.corpus import build, load_aliases
        from llmextract.corpus.writer import write_corpus

        def work() -> tuple[CorpusTables, list[Path]]:
            tables = build(results, aliases=load_aliases(aliases) if aliases else None)
            written = write_corpus(
                tables, output, table_format=table_format.value, views=views.rstrip("/") + "/"
            )
            return tables, written

        tables, written = run_guarded(work)  # a full disk or a file in the folder's place: exit 2
        say(
            f"llmextract: {tables.results} results ({tables.errors} error records skipped): "
            f"{tables.quotes.num_rows} quotes, {tables.actors.num_rows} corpus actors, "
            f"{tables.merges.num_rows} merge log lines; "
            f"wrote {len(written) - 1} tables and index.html to {output}",
            err=True,
        )
