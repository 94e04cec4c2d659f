"""``llmextract score`` and ``llmextract eval``: predictions measured against gold annotations.

``eval`` takes the same endpoint options as ``extract`` (and runs its articles the same way), so
whatever the doctor recommends for an endpoint can be evaluated as it would be used.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from llmextract.cli.cost_options import (
    DryRunOption,
    PriceFileOption,
    PriceInOption,
    PriceOutOption,
    print_dry_runs,
    with_prices,
)
from llmextract.cli.exits import run_guarded, say
from llmextract.cli.options import config_options
from llmextract.config import ExtractorConfig
from llmextract.evaluation.gold import load_gold
from llmextract.evaluation.progress import EvalProgress
from llmextract.evaluation.report import RunScores, build_report, render_markdown, write_report
from llmextract.evaluation.runner import (
    ExtractorFactory,
    gold_article,
    load_predictions,
    run_eval,
    score_predictions,
)
from llmextract.llm.prompts import DEFAULT_PROMPT, load_prompt

__all__ = ["register"]

ReportOpt = Annotated[
    Path | None,
    typer.Option("--report", "-r", help="Write the report here: .md, .json or .html (chosen by suffix)."),
]
ResamplesOpt = Annotated[
    int, typer.Option(min=0, help="Bootstrap resamples over articles (0: no intervals).")
]
SeedOpt = Annotated[int, typer.Option(help="Seed of the bootstrap, for reproducible intervals.")]


def _finish(runs: list[RunScores], gold: Path, report: Path | None, resamples: int, seed: int) -> None:
    data = build_report(runs, gold=str(gold), resamples=resamples, seed=seed)
    if report is not None:
        write_report(data, report)
        say(f"Report written to {report}", err=True)
    say(render_markdown(data))


def score_command(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file.")],
    predictions: Annotated[Path, typer.Argument(help="Extraction JSONL, matched to gold by article id.")],
    report: ReportOpt = None,
    model: Annotated[str | None, typer.Option("--name", help="Run name in the report.")] = None,
    resamples: ResamplesOpt = 1000,
    seed: SeedOpt = 0,
    price_in: PriceInOption = None,
    price_out: PriceOutOption = None,
    price_file: PriceFileOption = None,
) -> None:
    """Score predictions against gold; prints a Markdown table, --report writes a file."""

    def action() -> None:
        gold_articles = load_gold(gold)
        preds = load_predictions(predictions)
        name = model or predictions.stem
        unknown = set(preds.extractions) - {a.id for a in gold_articles}
        if unknown:
            say(f"Warning: {len(unknown)} predictions for articles not in {gold} ignored", err=True)
        prices = with_prices(ExtractorConfig(), price_file, price_in, price_out).prices
        run = score_predictions(
            gold_articles, preds, model=name, predictions_file=str(predictions), prices=prices
        )
        _finish([run], gold, report, resamples, seed)

    run_guarded(action)


def _dry_run(
    gold: Path, models: list[str], prompts: list[str], limit: int | None, config: ExtractorConfig
) -> None:
    """Every (model, prompt) run over the gold articles counted and priced; nothing sent."""
    chosen = run_guarded(lambda: load_gold(gold))[:limit]
    articles = [gold_article(g) for g in chosen]
    configs = [replace(config, model=m, prompt=p) for m in models for p in prompts]
    print_dry_runs(articles, configs, quiet=False)


def register(app: typer.Typer, *, extractor_factory: ExtractorFactory | None = None) -> None:
    """Add ``score`` and ``eval`` to ``app``.

    ``extractor_factory`` builds the Extractor of each (model, prompt) run; by default it is
    built from the endpoint options. Tests replace it to run ``eval`` offline.
    """
    app.command("score")(score_command)

    @app.command("eval")
    @config_options()
    def eval_command(
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
        predictions_dir: Annotated[
            Path | None,
            typer.Option(
                help="Where to keep predictions [default: <report>.predictions/ beside the report, "
                "or ./eval-predictions]."
            ),
        ] = None,
        resamples: ResamplesOpt = 1000,
        seed: SeedOpt = 0,
        dry_run: DryRunOption = False,
        price_in: PriceInOption = None,
        price_out: PriceOutOption = None,
        price_file: PriceFileOption = None,
        *,
        config: ExtractorConfig,
    ) -> None:
        """Run every (model, prompt) pair over the gold articles, keep the predictions, and score them.

        Articles are extracted as 'extract' does a batch (concurrency, response cache, an error
        record with its attempts and tokens for an article that fails), with the same endpoint
        options; a failed article scores as empty.
        """
        config = run_guarded(lambda: with_prices(config, price_file, price_in, price_out))
        if dry_run:
            _dry_run(gold, models, prompts or [DEFAULT_PROMPT], limit, config)
            return
        folder = predictions_dir or (
            report.with_name(report.name + ".predictions") if report else Path("eval-predictions")
        )

        def action() -> list[RunScores]:
            for ref in prompts or [DEFAULT_PROMPT]:
                load_prompt(ref)  # an unknown prompt is an error whatever the model, the baseline too
            gold_articles = load_gold(gold)
            with EvalProgress() as show:
                return run_eval(
                    gold_articles,
                    models,
                    prompts or [DEFAULT_PROMPT],
                    out_dir=folder,
                    limit=limit,
                    config=config,
                    extractor_factory=extractor_factory,
                    progress=show,
                )

        runs = run_guarded(action)  # Ctrl-C: exit 130, the predictions so far kept
        say(f"Predictions kept in {folder}", err=True)
        run_guarded(lambda: _finish(runs, gold, report, resamples, seed))
