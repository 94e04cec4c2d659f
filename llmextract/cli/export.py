"""``llmextract export brat|labelstudio`` and ``llmextract gold import labelstudio``: results out to
annotation tools and their corrections back in as gold."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from llmextract.cli.exits import run_guarded, say
from llmextract.errors import InputError
from llmextract.evaluation.gold import ImportResult, dump_gold
from llmextract.schema import Extraction

__all__ = ["export_app", "register_gold_import"]

export_app = typer.Typer(
    help="Write results for annotation tools (brat standoff, Label Studio tasks).", no_args_is_help=True
)
ResultsArg = Annotated[
    Path, typer.Argument(help="Extraction results: a .jsonl file (one per line) or a .json file.")
]


def _results(path: Path) -> list[Extraction]:
    from llmextract.html.view import load_results

    if not path.is_file():
        raise InputError(f"{path}: no such results file (give a .jsonl or .json file)")
    try:
        return list(load_results(path))
    except ValueError as exc:
        raise InputError(str(exc)) from exc


@export_app.command("brat")
def export_brat(
    results: ResultsArg,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder for text/, attributions/, metadata.tsv.")
    ],
) -> None:
    """Write brat standoff in PolNeAR's layout (Source, Cue, Content, Attribution); 'gold import
    polnear' reads it back."""
    from llmextract.export.brat import write_brat

    def work() -> None:
        try:
            done = write_brat(_results(results), output)
        except ValueError as exc:
            raise InputError(str(exc)) from exc
        say(f"wrote {len(done.articles)} article(s), {done.quotes} quotes to {output}", err=True)
        if done.no_source:
            say(f"  {done.no_source} quote(s) without a speaker mention: Attribution-no-source", err=True)

    run_guarded(work)


@export_app.command("labelstudio")
def export_labelstudio(
    results: ResultsArg,
    output: Annotated[Path, typer.Option("--output", "-o", help="Tasks file to write (JSON).")],
    config: Annotated[
        Path | None, typer.Option("--config", help="Also write the matching labeling config (XML) here.")
    ] = None,
) -> None:
    """Write Label Studio tasks with the results as predictions; --config writes the labeling config."""
    from llmextract.export.labelstudio import dumps, labeling_config, tasks_json
    from llmextract.utils.outputs import write_text

    def work() -> None:
        try:
            export = tasks_json(_results(results))
        except ValueError as exc:
            raise InputError(str(exc)) from exc
        write_text(output, dumps(export))
        say(f"wrote {len(export.tasks)} task(s) to {output}", err=True)
        for reason, n in sorted(export.left_out.items()):
            say(f"  left out {n}: {reason}", err=True)
        if config is not None:
            write_text(config, labeling_config())
            say(f"wrote the labeling config to {config}", err=True)

    run_guarded(work)


def register_gold_import(import_app: typer.Typer) -> None:
    """Add ``labelstudio`` to the ``gold import`` group."""

    @import_app.command("labelstudio")
    def import_labelstudio_cmd(
        export: Annotated[Path, typer.Argument(help="Label Studio's JSON export of the project.")],
        out: Annotated[Path, typer.Option("--output", "-o", help="Gold JSONL file to write.")],
    ) -> None:
        """Import a Label Studio JSON export as gold (annotations preferred over predictions)."""
        from llmextract.evaluation.labelstudio import import_labelstudio

        run_guarded(lambda: _write_gold(import_labelstudio(export), out))


def _write_gold(result: ImportResult, out: Path) -> None:
    """Write the imported gold and say what was left out, as the other ``gold import`` commands do."""
    count = dump_gold(result.articles, out)
    say(f"Wrote {count} articles to {out}: {result.quotes} quotes, {result.actors} actors, "
        f"{result.stances} stances.", err=True)  # fmt: skip
    for reason, n in sorted(result.skipped.items()):
        say(f"  skipped {n}: {reason}", err=True)
    for note in result.notes:
        say(f"  note: {note}", err=True)
