"""``llmextract corpus``: results of many articles as tables and a dashboard. ``register(app)`` adds it."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from llmextract.cli.exits import run_guarded, say

if TYPE_CHECKING:
    from llmextract.corpus.build import BuildSummary

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
        update: Annotated[
            bool,
            typer.Option(
                "--update",
                help="Add the results to the corpus in the output folder without rereading the results "
                "it was built from (it keeps a linking state in state/): every corpus id it gave is kept "
                "(but where the aliases file moves one, which merges records), an article it already "
                "holds is replaced by its new result, and a failed update leaves it as it was.",
            ),
        ] = False,
    ) -> None:
        """Write the tables articles, quotes, actors, article_actors, stances and merges, and a dashboard
        (index.html), linking each person's mentions across articles into one actor."""
        from llmextract.corpus import build_corpus, load_aliases

        def work() -> BuildSummary:
            return build_corpus(
                results, output, aliases=load_aliases(aliases) if aliases else None,
                table_format=table_format.value, views=views.rstrip("/") + "/", update=update,
            )  # fmt: skip

        done = run_guarded(work)  # a full disk or a file in the folder's place: exit 2
        replaced = f", {done.replaced} articles replaced" if update else ""
        if done.moved:
            replaced += f", {done.moved} local actors moved to another id by the aliases file (see merges)"
        say(
            f"llmextract: {done.results} results ({done.errors} error records skipped{replaced}): "
            f"{done.articles} articles, {done.quotes} quotes, {done.actors} corpus actors, "
            f"{done.merges} merge log lines; wrote {len(done.written) - 1} tables and index.html to {output}",
            err=True,
        )
