"""``llmextract extract``: one article printed (json, jsonl, table, html), or many as a JSONL batch."""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from llmextract.article import load_article
from llmextract.batch.inputs import gather_inputs, is_batch_input
from llmextract.batch.prelude import BatchOptions
from llmextract.batch.run import RunOutcome, run_batch
from llmextract.cli.cost_options import (
    DryRunOption,
    MaxCostOption,
    PriceFileOption,
    PriceInOption,
    PriceOutOption,
    print_dry_runs,
    still_to_do,
    with_prices,
)
from llmextract.cli.exits import EXIT_FAILED, EXIT_INTERRUPTED, fail, run_guarded, say
from llmextract.cli.formats import to_json, to_jsonl_line, write_table
from llmextract.cli.options import ModelOption, PromptOption, config_options
from llmextract.config import ExtractorConfig
from llmextract.errors import InputError
from llmextract.llm.prompts import DEFAULT_PROMPT, load_prompt
from llmextract.pipeline import Extractor
from llmextract.schema import Extraction
from llmextract.utils.neutralise import html_text
from llmextract.utils.outputs import write_text

__all__ = ["Format", "register"]


class Engine(str, Enum):
    local = "local"
    ray = "ray"


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    html = "html"


def register(app: typer.Typer) -> None:
    """Add the ``extract`` command to ``app``."""
    app.command("extract")(extract_command)


@config_options()
def extract_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Articles: .txt/.md files (the first line is the title), .json {id,title,text} files, "
            ".html pages, - for stdin; folders (searched for .txt/.md/.json/.html/.htm; a .jsonl file in "
            "one is left out, named on stderr) and .jsonl files (one {id,title,text} per line) for a batch."
        ),
    ],
    model: ModelOption = None,
    prompt: PromptOption = DEFAULT_PROMPT,
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="Output format (a batch writes jsonl).")
    ] = Format.json,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    max_chars: Annotated[
        int,
        typer.Option(
            min=1,
            help="Refuse articles longer than this many characters (and files over 4 bytes per "
            "character, before reading them).",
        ),
    ] = ExtractorConfig.max_chars,
    chunk_chars: Annotated[
        int,
        typer.Option(
            min=1,
            help="Split longer articles into overlapping chunks of at most this many characters, "
            "one call each.",
        ),
    ] = ExtractorConfig.chunk_chars,
    resume: Annotated[
        bool, typer.Option("--resume", help="Skip articles already in the output file (done or failed).")
    ] = False,
    retry_failed: Annotated[
        bool, typer.Option("--retry-failed", help="Like --resume, but redo the articles that failed.")
    ] = False,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Start the output file again if it exists.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    max_tokens_total: Annotated[
        int | None,
        typer.Option(
            help="Start no new article (with --engine ray: no new batch) once the run has spent this"
            " many tokens."
        ),
    ] = None,
    batch_api: Annotated[
        bool,
        typer.Option(
            "--batch-api",
            help="Send the run through the endpoint's Batch API (half price, answers within 24 h); "
            "the same command again resumes or collects.",
        ),
    ] = False,
    no_wait: Annotated[
        bool, typer.Option("--no-wait", help="With --batch-api: submit (or collect what is ready) and exit.")
    ] = False,
    poll_seconds: Annotated[
        float, typer.Option(help="With --batch-api: seconds between two polls of the batches.")
    ] = 30.0,
    engine: Annotated[
        Engine,
        typer.Option("--engine", help="Where a batch runs: this process, or the workers of a Ray cluster."),
    ] = Engine.local,
    ray_address: Annotated[
        str | None, typer.Option(help="With --engine ray: the cluster to join (default: a local one).")
    ] = None,
    ray_workers: Annotated[int, typer.Option(help="With --engine ray: worker processes, one CPU each.")] = 2,
    dry_run: DryRunOption = False,
    price_in: PriceInOption = None,
    price_out: PriceOutOption = None,
    price_file: PriceFileOption = None,
    max_cost: MaxCostOption = None,
    *,
    config: ExtractorConfig,
) -> None:
    """Extract quotes, stances and actors from one article (printed, JSON by default), or from many.

    Many inputs, a folder or a .jsonl file make a batch: one JSON line per article, an extraction or
    {"id", "error"}, written as each finishes. Exit codes: 0 all done; 1 some failed or were not
    run; 2 usage, config or input error; 130 interrupted (continue with --resume).
    """
    run_guarded(lambda: _check_before_work(prompt, output))
    config = run_guarded(
        lambda: replace(config, model=model, prompt=prompt, max_chars=max_chars, chunk_chars=chunk_chars)
    )
    config = run_guarded(lambda: with_prices(config, price_file, price_in, price_out))
    if dry_run:
        gathered = run_guarded(lambda: gather_inputs(paths, max_bytes=4 * config.max_chars))
        left = run_guarded(
            lambda: still_to_do(gathered.articles, output, resume=resume, retry_failed=retry_failed)
        )
        print_dry_runs(left, [config], quiet=quiet, max_cost=max_cost)
        return
    scale = Scale(batch_api, no_wait, poll_seconds, engine, ray_address, ray_workers)
    batch = BatchOptions(
        output=output,
        resume=resume,
        retry_failed=retry_failed,
        overwrite=overwrite,
        quiet=quiet,
        max_tokens_total=max_tokens_total,
        max_cost=max_cost,
    )
    many = scale.batch_api or engine is not Engine.local or is_batch_input(paths) or resume or retry_failed
    _check_flags(scale, batch, output_format, many=many)
    if many:
        _run_batch(paths, config, scale, batch)
        return

    def work() -> None:
        article = load_article(paths[0], max_bytes=4 * config.max_chars)
        with Extractor(config=config) as extractor:
            result = extractor.extract(article)
        _emit(result, output_format, output)

    run_guarded(work)


def _check_flags(scale: Scale, batch: BatchOptions, output_format: Format, *, many: bool) -> None:
    """Flags that do not go together, refused (exit 2) before any input is read; ``many``: a batch."""
    if (scale.batch_api or scale.no_wait) and scale.engine is not Engine.local:
        fail("--batch-api runs on the endpoint's servers; it does not combine with --engine ray")
    if scale.no_wait and not scale.batch_api:
        fail("--no-wait goes with --batch-api")
    if scale.batch_api and batch.max_tokens_total is not None:
        fail(
            "--max-tokens-total does not combine with --batch-api:"
            " a batch spends its tokens on the endpoint's side"
        )
    if batch.max_cost is not None and (scale.batch_api or scale.engine is not Engine.local):
        fail("--max-cost does not combine with --batch-api or --engine ray: it budgets a local run")
    if not many:
        return
    if output_format not in (Format.json, Format.jsonl):
        fail(f"a batch writes jsonl; --format {output_format.value} is for one article")
    if (batch.resume or batch.retry_failed) and batch.output is None:
        fail("--resume and --retry-failed need the output file: -o results.jsonl")
    if scale.batch_api and batch.output is None:
        fail("--batch-api keeps its state next to the output file: -o results.jsonl")


@dataclass(frozen=True)
class Scale:
    batch_api: bool
    no_wait: bool
    poll_seconds: float
    engine: Engine
    ray_address: str | None
    ray_workers: int


def _start(paths: list[str], config: ExtractorConfig, scale: Scale, batch: BatchOptions) -> RunOutcome:
    if scale.batch_api:
        from llmextract.batch.batch_api.run import BatchApiOptions, run_batch_api

        api = BatchApiOptions(no_wait=scale.no_wait, poll_seconds=scale.poll_seconds)
        return run_batch_api(paths, config, batch, api)
    if scale.engine is Engine.ray:
        from llmextract.batch.engines.ray_run import run_ray

        return run_ray(paths, config, batch, address=scale.ray_address, workers=scale.ray_workers)
    return run_batch(paths, config, batch)


def _check_before_work(prompt: str, output: Path | None) -> None:
    """Refuse what would fail only after the work: an unknown prompt (whatever the model, the
    baseline included) and an output path that cannot be written."""
    load_prompt(prompt)
    if output is None:
        return
    if output.is_dir():
        raise InputError(f"-o {output}: is a folder; give a file name")
    folder = output.parent
    if not folder.is_dir():
        raise InputError(f"-o {output}: the folder {folder} does not exist; create it first")
    if not os.access(folder, os.W_OK):
        raise InputError(f"-o {output}: the folder {folder} is not writable")


def _run_batch(paths: list[str], config: ExtractorConfig, scale: Scale, batch: BatchOptions) -> None:
    outcome = run_guarded(lambda: _start(paths, config, scale, batch))
    if not batch.quiet:
        say(f"llmextract: {outcome.counters.summary()}", err=True)
    if outcome.stopped is not None:
        kept = f"; the finished results are in {batch.output}, continue with --resume" if batch.output else ""
        fail(f"{outcome.stopped}{kept}", EXIT_FAILED)
    if not batch.quiet:
        if outcome.waiting:
            say("llmextract: batches in flight; run the same command again to collect them", err=True)
        elif outcome.interrupted:
            say("llmextract: interrupted; run again with --resume to continue", err=True)
        elif outcome.budget_reached:
            which = "cost" if batch.max_cost is not None else "token"
            say(
                f"llmextract: {which} budget reached; run again with --resume (and a budget) to continue",
                err=True,
            )
    if outcome.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if outcome.waiting:
        return
    if not outcome.complete:
        raise typer.Exit(EXIT_FAILED)


def _emit(result: Extraction, output_format: Format, output: Path | None) -> None:
    if output_format is Format.table:
        if output is None:
            write_table(result, sys.stdout, width=Console().width)
        else:
            buffer = io.StringIO()
            write_table(result, buffer)
            write_text(output, buffer.getvalue())
        return
    if output_format is Format.html:
        from llmextract.html.view import render_extraction_html

        try:
            text = render_extraction_html(result)
        except ValueError as exc:
            raise InputError(str(exc)) from exc
        if output is None:  # stdout may be a terminal: nothing in the page may act on it
            text = html_text(text)
    elif output_format is Format.jsonl:
        text = to_jsonl_line(result)
    else:
        text = to_json(result)
    if output is None:
        sys.stdout.write(text)
    else:
        write_text(output, text)  # atomic: a full disk or a symlink leaves the old file as it was
