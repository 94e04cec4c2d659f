"""The evaluation commands: ``gold import polnear|seesaw``, ``score`` and ``eval``.

``register(app)`` adds them to the main Typer app. Library errors become messages here and
nowhere else: input and usage errors exit with 2, failures with 1.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from llmextract.errors import ConfigError, InputError, LLMExtractError, PromptError
from llmextract.evaluation.gold import ImportResult, dump_gold, load_gold
from llmextract.evaluation.polnear import import_polnear
from llmextract.evaluation.progress import EvalProgress
from llmextract.evaluation.report import RunScores, build_report, render_markdown, write_report
from llmextract.evaluation.runner import (
    DEFAULT_PROMPT,
    ExtractorFactory,
    load_predictions,
    pipeline_extractor,
    run_eval,
    score_predictions,
)
from llmextract.evaluation.seesaw import import_seesaw

__all__ = ["register"]

_USAGE_ERRORS = (InputError, ConfigError, PromptError)

ReportOpt = Annotated[
    Path | None,
    typer.Option("--report", "-r", help="Write the report here: .md, .json or .html (chosen by suffix)."),
]
ResamplesOpt = Annotated[
    int, typer.Option(min=0, help="Bootstrap resamples over articles (0: no intervals).")
]
SeedOpt = Annotated[int, typer.Option(help="Seed of the bootstrap, for reproducible intervals.")]


def _fail(message: str, code: int) -> NoReturn:
    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


def _guard(action: Callable[[], None]) -> None:
    """Run ``action``, turning library errors into messages and exit codes."""
    try:
        action()
    except _USAGE_ERRORS as exc:
        _fail(str(exc), 2)
    except LLMExtractError as exc:
        _fail(str(exc), 1)
    except OSError as exc:
        _fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "), 1)


def _import_summary(result: ImportResult, out: Path, count: int) -> None:
    typer.echo(
        f"Wrote {count} articles to {out}: {result.quotes} quotes, {result.actors} actors, "
        f"{result.stances} stances.",
        err=True,
    )
    for reason, n in sorted(result.skipped.items()):
        typer.echo(f"  skipped {n}: {reason}", err=True)
    for note in result.notes:
        typer.echo(f"  note: {note}", err=True)


def _finish(runs: list[RunScores], gold: Path, report: Path | None, resamples: int, seed: int) -> None:
    data = build_report(runs, gold=str(gold), resamples=resamples, seed=seed)
    if report is not None:
        write_report(data, report)
        typer.echo(f"Report written to {report}", err=True)
    typer.echo(render_markdown(data))


def register(app: typer.Typer, *, extractor_factory: ExtractorFactory = pipeline_extractor) -> None:
    """Add ``gold import polnear|seesaw``, ``score`` and ``eval`` to ``app``.

    ``extractor_factory`` builds the function that extracts one article for a (model, prompt,
    base_url); tests replace it to run ``eval`` offline.
    """
    gold_app = typer.Typer(
        help="Gold annotations: import corpora into the native gold JSONL.", no_args_is_help=True
    )
    import_app = typer.Typer(help="Convert an annotated corpus into gold JSONL.", no_args_is_help=True)
    gold_app.add_typer(import_app, name="import")
    app.add_typer(gold_app, name="gold")

    @import_app.command("polnear")
    def import_polnear_cmd(
        folder: Annotated[
            Path, typer.Argument(help="A PolNeAR split (text/, attributions/) or a folder of splits.")
        ],
        out: Annotated[Path, typer.Option("--output", "-o", help="Gold JSONL file to write.")],
    ) -> None:
        """Import PolNeAR attributions as gold quotes (tasks: quotes)."""

        def action() -> None:
            result = import_polnear(folder)
            _import_summary(result, out, dump_gold(result.articles, out))

        _guard(action)

    @import_app.command("seesaw")
    def import_seesaw_cmd(
        folder: Annotated[Path, typer.Argument(help="The SEESAW folder holding annotations/ and articles/.")],
        out: Annotated[Path, typer.Option("--output", "-o", help="Gold JSONL file to write.")],
    ) -> None:
        """Import SEESAW entities and stance triples as gold actors and stances."""

        def action() -> None:
            result = import_seesaw(folder)
            _import_summary(result, out, dump_gold(result.articles, out))

        _guard(action)

    @app.command("score")
    def score_cmd(
        gold: Annotated[Path, typer.Argument(help="Gold JSONL file.")],
        predictions: Annotated[Path, typer.Argument(help="Extraction JSONL, matched to gold by article id.")],
        report: ReportOpt = None,
        model: Annotated[str | None, typer.Option("--name", help="Run name in the report.")] = None,
        resamples: ResamplesOpt = 1000,
        seed: SeedOpt = 0,
    ) -> None:
        """Score predictions against gold; prints a Markdown table, --report writes a file."""

        def action() -> None:
            gold_articles = load_gold(gold)
            preds = load_predictions(predictions)
            name = model or predictions.stem
            unknown = set(preds.extractions) - {a.id for a in gold_articles}
            if unknown:
                typer.echo(
                    f"Warning: {len(unknown)} predictions for articles not in {gold} ignored", err=True
                )
            run = score_predictions(gold_articles, preds, model=name, predictions_file=str(predictions))
            _finish([run], gold, report, resamples, seed)

        _guard(action)

    @app.command("eval")
    def eval_cmd(
        gold: Annotated[Path, typer.Argument(help="Gold JSONL file.")],
        models: Annotated[list[str], typer.Option("--model", "-m", help="Model to run; repeat for several.")],
        prompts: Annotated[
            list[str] | None,
            typer.Option(
                "--prompt", "-p", help=f"Prompt name@version; repeat for several [default: {DEFAULT_PROMPT}]."
            ),
        ] = None,
        limit: Annotated[int | None, typer.Option(min=1, help="Only the first N gold articles.")] = None,
        report: ReportOpt = None,
        base_url: Annotated[
            str | None, typer.Option(help="OpenAI-compatible endpoint for the models.")
        ] = None,
        predictions_dir: Annotated[
            Path | None,
            typer.Option(
                help="Where to keep predictions [default: <report>.predictions/ beside the report, "
                "or ./eval-predictions]."
            ),
        ] = None,
        resamples: ResamplesOpt = 1000,
        seed: SeedOpt = 0,
        concurrency: Annotated[int, typer.Option(min=1, help="Articles in flight at once.")] = 4,
    ) -> None:
        """Run every (model, prompt) pair over the gold articles, keep the predictions, and score them."""

        def action() -> None:
            gold_articles = load_gold(gold)
            folder = predictions_dir or (
                report.with_name(report.name + ".predictions") if report else Path("eval-predictions")
            )
            with EvalProgress() as show:
                runs = run_eval(
                    gold_articles,
                    models,
                    prompts or [DEFAULT_PROMPT],
                    out_dir=folder,
                    base_url=base_url,
                    limit=limit,
                    extractor_factory=extractor_factory,
                    progress=show,
                    concurrency=concurrency,
                )
            typer.echo(f"Predictions kept in {folder}", err=True)
            _finish(runs, gold, report, resamples, seed)

        _guard(action)
