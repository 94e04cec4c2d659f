"""``llmextract gold import polnear|seesaw``: annotated corpora into the native gold JSONL."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from llmextract.cli.exits import run_guarded, say
from llmextract.evaluation.gold import ImportResult, dump_gold
from llmextract.evaluation.polnear import import_polnear
from llmextract.evaluation.seesaw import import_seesaw

__all__ = ["gold_app", "import_app"]

gold_app = typer.Typer(
    help="Gold annotations: import corpora into the native gold JSONL.", no_args_is_help=True
)
import_app = typer.Typer(help="Convert an annotated corpus into gold JSONL.", no_args_is_help=True)
gold_app.add_typer(import_app, name="import")

OutputOpt = Annotated[Path, typer.Option("--output", "-o", help="Gold JSONL file to write.")]


def _write(result: ImportResult, out: Path) -> None:
    count = dump_gold(result.articles, out)
    say(
        f"Wrote {count} articles to {out}: {result.quotes} quotes, {result.actors} actors, "
        f"{result.stances} stances.",
        err=True,
    )
    for reason, n in sorted(result.skipped.items()):
        say(f"  skipped {n}: {reason}", err=True)
    for note in result.notes:
        say(f"  note: {note}", err=True)


@import_app.command("polnear")
def import_polnear_cmd(
    folder: Annotated[
        Path, typer.Argument(help="A PolNeAR split (text/, attributions/) or a folder of splits.")
    ],
    out: OutputOpt,
) -> None:
    """Import PolNeAR attributions as gold quotes (tasks: quotes)."""
    run_guarded(lambda: _write(import_polnear(folder), out))


@import_app.command("seesaw")
def import_seesaw_cmd(
    folder: Annotated[Path, typer.Argument(help="The SEESAW folder holding annotations/ and articles/.")],
    out: OutputOpt,
) -> None:
    """Import SEESAW entities and stance triples as gold actors and stances."""
    run_guarded(lambda: _write(import_seesaw(folder), out))
