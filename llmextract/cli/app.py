"""The ``llmextract`` command line. Library errors become messages and exit codes here, and only here.

Exit codes: 0 ok; 1 extraction failed (endpoint error, no valid answer); 2 usage, config or input error.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.syntax import Syntax
from rich.table import Table

from llmextract import __version__
from llmextract.article import load_article
from llmextract.batch.inputs import is_batch_input
from llmextract.batch.run import BatchOptions, run_batch
from llmextract.cli.evaluation import register as register_evaluation
from llmextract.cli.formats import to_json, to_jsonl_line, write_table
from llmextract.errors import (
    ConfigError,
    ExtractionFailed,
    InputError,
    LLMExtractError,
    PromptError,
    ProviderError,
)
from llmextract.llm.cache import ResponseCache
from llmextract.llm.doctor import register as register_doctor
from llmextract.llm.prompts import DEFAULT_PROMPT, list_prompts, load_prompt
from llmextract.pipeline import DEFAULT_CHUNK_CHARS, DEFAULT_MAX_CHARS, Extractor
from llmextract.schema_export import current_schema, dumps, export_schema

__all__ = ["app", "main"]

T = TypeVar("T")

app = typer.Typer(
    name="llmextract",
    help="Extract quotes, stances and actors from news articles with LLMs (or the offline rules baseline), "
    "grounded in the article's text, and measure the results against gold annotations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
prompts_app = typer.Typer(help="List and show the versioned prompt templates.", no_args_is_help=True)
schema_app = typer.Typer(help="Show or export the JSON Schema of the results.", no_args_is_help=True)
cache_app = typer.Typer(
    help="The response cache: answers already paid for are not asked again.", no_args_is_help=True
)
app.add_typer(prompts_app, name="prompts")
app.add_typer(schema_app, name="schema")
app.add_typer(cache_app, name="cache")

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class Mode(str, Enum):
    auto = "auto"
    json_schema = "json_schema"
    json = "json"
    tools = "tools"
    md_json = "md_json"


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    html = "html"


def fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    typer.echo(f"llmextract: error: {message}", err=True)
    raise typer.Exit(code)


def run_guarded(action: Callable[[], T]) -> T:
    """Run ``action``; turn the toolkit's errors into one stderr line and the documented exit code."""
    try:
        return action()
    except (ConfigError, InputError, PromptError) as exc:
        fail(str(exc), EXIT_USAGE)
    except ExtractionFailed as exc:
        fail(f"{exc} (attempts: {exc.attempts}, tokens: {exc.usage.total_tokens})", EXIT_FAILED)
    except ProviderError as exc:
        fail(str(exc), EXIT_FAILED)
    except LLMExtractError as exc:  # pragma: no cover - every subclass is handled above
        fail(str(exc), EXIT_FAILED)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"llmextract {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    logging.getLogger("instructor").setLevel(logging.CRITICAL)


ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        "-m",
        envvar="LLMEXTRACT_MODEL",
        help="Model name at the endpoint, or 'baseline' for the offline rules model. Default: baseline "
        "when no OPENAI_API_KEY/OPENAI_BASE_URL is set, else gpt-4o-mini.",
    ),
]
BaseUrlOption = Annotated[
    str | None,
    typer.Option(
        "--base-url",
        envvar="OPENAI_BASE_URL",
        help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 (Ollama). "
        "The key comes from OPENAI_API_KEY.",
    ),
]
PromptOption = Annotated[
    str, typer.Option("--prompt", help="Prompt template as NAME@vN (see 'llmextract prompts list').")
]
ModeOption = Annotated[
    Mode,
    typer.Option(
        "--mode",
        help="Structured-output mode. auto tries json_schema, then json (json_object), then md_json.",
    ),
]


@app.command("extract")
def extract_command(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Articles: .txt/.md files, .json {id,title,text} files, - for stdin; folders (searched for "
            ".txt/.md/.json) and .jsonl files (one {id,title,text} per line) for a batch."
        ),
    ],
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    prompt: PromptOption = DEFAULT_PROMPT,
    mode: ModeOption = Mode.auto,
    output_format: Annotated[
        Format, typer.Option("--format", "-f", help="Output format (a batch writes jsonl).")
    ] = Format.json,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    max_chars: Annotated[
        int, typer.Option(help="Refuse articles longer than this many characters.")
    ] = DEFAULT_MAX_CHARS,
    chunk_chars: Annotated[
        int,
        typer.Option(
            help="Split longer articles into overlapping chunks of at most this many characters, "
            "one call each."
        ),
    ] = DEFAULT_CHUNK_CHARS,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for one HTTP response.")] = 120.0,
    max_reasks: Annotated[int, typer.Option(help="Re-asks after an answer fails validation.")] = 2,
    max_retries: Annotated[int, typer.Option(help="Transport retries (429, 5xx, timeouts) per article.")] = 4,
    max_tokens: Annotated[
        int | None, typer.Option(help="Cap on the tokens of each answer (default: the endpoint's).")
    ] = None,
    concurrency: Annotated[int, typer.Option(min=1, help="Articles in flight at once (batch).")] = 8,
    rpm: Annotated[
        float | None, typer.Option(help="At most this many requests per minute, retries included.")
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Skip articles already in the output file (done or failed).")
    ] = False,
    retry_failed: Annotated[
        bool, typer.Option("--retry-failed", help="Like --resume, but redo the articles that failed.")
    ] = False,
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Start the output file again if it exists.")
    ] = False,
    no_cache: Annotated[
        bool, typer.Option("--no-cache", help="Neither read nor write the response cache.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
    max_tokens_total: Annotated[
        int | None, typer.Option(help="Start no new article once the run has spent this many tokens.")
    ] = None,
) -> None:
    """Extract quotes, stances and actors from one article (printed, JSON by default), or from many.

    Many inputs, a folder or a .jsonl file make a batch: one JSON line per article, an extraction or
    {"id", "error"}, written as each finishes. Exit codes: 0 all done; 1 some failed or were not
    run; 2 usage, config or input error; 130 interrupted (continue with --resume).
    """
    options: dict[str, Any] = {
        "model": model,
        "base_url": base_url,
        "prompt": prompt,
        "mode": mode.value,
        "max_chars": max_chars,
        "chunk_chars": chunk_chars,
        "timeout": timeout,
        "max_reasks": max_reasks,
        "max_retries": max_retries,
        "max_tokens": max_tokens,
        "rpm": rpm,
        "cache": not no_cache,
    }
    if is_batch_input(paths) or resume or retry_failed:
        if output_format not in (Format.json, Format.jsonl):
            fail(f"a batch writes jsonl; --format {output_format.value} is for one article")
        if (resume or retry_failed) and output is None:
            fail("--resume and --retry-failed need the output file: -o results.jsonl")
        _run_batch(
            paths,
            options,
            BatchOptions(
                output=output,
                resume=resume,
                retry_failed=retry_failed,
                overwrite=overwrite,
                quiet=quiet,
                concurrency=concurrency,
                max_tokens_total=max_tokens_total,
            ),
        )
        return

    def work() -> None:
        article = load_article(paths[0])
        result = Extractor(**options).extract(article)
        _emit(result, output_format, output)

    run_guarded(work)


def _run_batch(paths: list[str], options: dict[str, Any], batch: BatchOptions) -> None:
    outcome = run_guarded(lambda: run_batch(paths, options, batch))
    if not batch.quiet:
        typer.echo(f"llmextract: {outcome.counters.summary()}", err=True)
        if outcome.interrupted:
            typer.echo("llmextract: interrupted; run again with --resume to continue", err=True)
        elif outcome.budget_reached:
            typer.echo(
                "llmextract: token budget reached; run again with --resume (and a budget) to continue",
                err=True,
            )
    if outcome.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if not outcome.complete:
        raise typer.Exit(EXIT_FAILED)


def _emit(result: object, output_format: Format, output: Path | None) -> None:
    from llmextract.schema import Extraction

    assert isinstance(result, Extraction)
    if output_format is Format.table:
        if output is None:
            write_table(result, sys.stdout, width=Console().width)
        else:
            with output.open("w", encoding="utf-8") as handle:
                write_table(result, handle)
        return
    if output_format is Format.html:
        from llmextract.html.view import render_extraction_html

        try:
            text = render_extraction_html(result)
        except ValueError as exc:
            raise InputError(str(exc)) from exc
    elif output_format is Format.jsonl:
        text = to_jsonl_line(result)
    else:
        text = to_json(result)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")


@prompts_app.command("list")
def prompts_list() -> None:
    """Every prompt version with its schema version and description."""
    templates = run_guarded(list_prompts)
    table = Table(show_lines=False)
    for column in ("prompt", "schema", "sha256", "description"):
        table.add_column(column, overflow="fold")
    for t in templates:
        table.add_row(t.ref, f"v{t.schema_version}", t.sha256[:12], t.description)
    Console().print(table)


@prompts_app.command("show")
def prompts_show(ref: Annotated[str, typer.Argument(help="NAME@vN, e.g. extraction@v1.")]) -> None:
    """Print a prompt template's source (front matter and Jinja2 body)."""
    template = run_guarded(lambda: load_prompt(ref))
    console = Console()
    console.print(
        f"# {template.ref}  schema v{template.schema_version}  sha256 {template.sha256}", markup=False
    )
    console.print(Syntax(template.source, "jinja", word_wrap=True))


@schema_app.command("show")
def schema_show() -> None:
    """Print the JSON Schema of the extraction result."""
    sys.stdout.write(dumps(current_schema()))


@schema_app.command("export")
def schema_export(
    directory: Annotated[Path, typer.Argument(help="Folder to write the schema file into.")],
) -> None:
    """Write the result JSON Schema into DIR."""
    path = run_guarded(lambda: export_schema(directory))
    typer.echo(str(path))


@cache_app.command("stats")
def cache_stats() -> None:
    """Where the cache is, how many answers it holds and the tokens they cost."""
    stats = ResponseCache().stats()
    typer.echo(
        f"path: {stats.path}\nentries: {stats.entries}\nsize: {stats.bytes:,} bytes\n"
        f"tokens saved per full replay: {stats.prompt_tokens + stats.completion_tokens:,} "
        f"({stats.prompt_tokens:,} prompt, {stats.completion_tokens:,} completion)"
    )


@cache_app.command("clear")
def cache_clear() -> None:
    """Delete every cached answer."""
    cache = ResponseCache()
    removed = cache.clear()
    typer.echo(f"removed {removed} cached answer(s) from {cache.path}")


@app.command("view")
def view_command(
    results: Annotated[
        Path, typer.Argument(help="Extraction results: a .jsonl file (one per line) or a .json file.")
    ],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the HTML pages.")] = Path(
        "views"
    ),
) -> None:
    """Write one self-contained HTML page per article (quotes highlighted, actors, stance graph), and an
    index."""

    def work() -> list[Path]:
        from llmextract.html.view import load_results, write_views

        if not results.is_file():
            raise InputError(f"{results}: no such results file (give a .jsonl or .json file)")
        try:
            return write_views(list(load_results(results)), output)
        except ValueError as exc:
            raise InputError(str(exc)) from exc

    written = run_guarded(work)
    typer.echo(f"wrote {len(written) - 1} article page(s) and index.html to {output}", err=True)


register_evaluation(app)
register_doctor(app)


def main() -> None:
    """Console entry point."""
    app()
