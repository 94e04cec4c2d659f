"""The cost options of ``extract`` and ``eval`` (``--dry-run``, ``--price-in/--price-out``,
``--price-file``, ``--max-cost``) and the dry run as the command line prints it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from llmextract.article import Article
from llmextract.batch.output import read_output
from llmextract.cli.exits import run_guarded, say
from llmextract.config import ExtractorConfig
from llmextract.cost.dry_run import DryRun, dry_run
from llmextract.cost.prices import PriceSource

__all__ = [
    "DryRunOption",
    "MaxCostOption",
    "PriceFileOption",
    "PriceInOption",
    "PriceOutOption",
    "print_dry_runs",
    "still_to_do",
    "with_prices",
]

PROGRESS_FROM = 20  # articles; a shorter dry run is over before a bar would help

DryRunOption = Annotated[
    bool,
    typer.Option(
        "--dry-run",
        help="Build every request as the run would send it, send none, and print the articles, requests, "
        "input tokens, an estimate of the output tokens and the cost online, through the Batch API and "
        "with the cached-prefix discount.",
    ),
]
PriceInOption = Annotated[
    float | None,
    typer.Option("--price-in", min=0, help="USD per million input tokens (overrides the price table)."),
]
PriceOutOption = Annotated[
    float | None,
    typer.Option("--price-out", min=0, help="USD per million output tokens (overrides the price table)."),
]
PriceFileOption = Annotated[
    Path | None,
    typer.Option(
        "--price-file",
        help='Prices as JSON: {"models": {NAME: {"input": USD, "output": USD, "cached_input": USD}}}, '
        "per million tokens; wins over the shipped table.",
    ),
]
MaxCostOption = Annotated[
    float | None,
    typer.Option(
        "--max-cost",
        min=0,
        help="Start no new article once the spent plus in-flight cost (USD, from the price table or "
        "--price-in/--price-out) would pass this; finished work is kept, --resume continues.",
    ),
]


def with_prices(
    config: ExtractorConfig, price_file: Path | None, price_in: float | None, price_out: float | None
) -> ExtractorConfig:
    """``config`` carrying the user's prices (every extraction's provenance is priced with them)."""
    if price_file is None and price_in is None and price_out is None:
        return config
    return replace(config, prices=PriceSource(price_file, price_in, price_out))


def still_to_do(
    articles: list[Article], output: Path | None, *, resume: bool, retry_failed: bool
) -> list[Article]:
    """With ``--resume``/``--retry-failed``, the articles the output does not hold yet (read only:
    a dry run neither locks nor changes the output); else every article."""
    if output is None or not (resume or retry_failed):
        return articles
    state = read_output(output)
    skip = state.done if retry_failed else state.done | state.failed
    return [a for a in articles if a.id not in skip]


def _counted(articles: list[Article], config: ExtractorConfig, quiet: bool, max_cost: float | None) -> DryRun:
    show = not quiet and len(articles) >= PROGRESS_FROM
    with Progress(
        TextColumn("dry run", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(stderr=True),
        transient=True,
        disable=not show,
    ) as bar:
        task = bar.add_task("count", total=len(articles))
        return dry_run(
            articles, config, progress=lambda done: bar.update(task, completed=done), max_cost=max_cost
        )


def print_dry_runs(
    articles: Sequence[Article],
    configs: Sequence[ExtractorConfig],
    *,
    quiet: bool,
    max_cost: float | None = None,
) -> None:
    """Count and price each config's run over ``articles`` and print it; nothing is sent.
    ``max_cost``: also how many articles fit in that budget."""
    for config in configs:
        run = run_guarded(lambda config=config: _counted(list(articles), config, quiet, max_cost))  # type: ignore[misc]
        say(run.render())
