"""The ``llmextract`` command line. Library errors become messages and exit codes here, and only here.

Exit codes: 0 ok; 1 extraction failed (endpoint error, no valid answer); 2 usage, config or input error.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Annotated, NoReturn, TypeVar

import typer
from rich.console import Console
from rich.syntax import Syntax
from rich.table import Table

from llmextract import __version__
from llmextract.article import load_article
from llmextract.evaluation.cli import register as register_evaluation
from llmextract.errors import (
    ConfigError,
    ExtractionFailed,
    InputError,
    LLMExtractError,
    PromptError,
    ProviderError,
)
from llmextract.pipeline import DEFAULT_MAX_CHARS, Extractor
from llmextract.prompts import DEFAULT_PROMPT, list_prompts, load_prompt
from llmextract.schema_export import current_schema, dumps, export_schema
from llmextract.writers import to_json, to_jsonl_line, write_table

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
app.add_typer(prompts_app, name="prompts")
app.add_typer(schema_app, name="schema")

EXIT_FAILED = 1
EXIT_USAGE = 2


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
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    logging.getLogger("instructor").setLevel(logging.CRITICAL)


ModelOption = Annotated[str | None, typer.Option(
    "--model", "-m", envvar="LLMEXTRACT_MODEL",
    help="Model name at the endpoint, or 'baseline' for the offline rules model. Default: baseline when no "
    "OPENAI_API_KEY/OPENAI_BASE_URL is set, else gpt-4o-mini.")]
BaseUrlOption = Annotated[str | None, typer.Option(
    "--base-url", envvar="OPENAI_BASE_URL",
    help="OpenAI-compatible endpoint, e.g. http://localhost:11434/v1 (Ollama). The key comes from OPENAI_API_KEY.")]
PromptOption = Annotated[str, typer.Option("--prompt", help="Prompt template as NAME@vN (see 'llmextract prompts list').")]
ModeOption = Annotated[Mode, typer.Option(
    "--mode", help="Structured-output mode. auto tries json_schema, then json (json_object), then md_json.")]


@app.command("extract")
def extract_command(
    path: Annotated[str, typer.Argument(help="Article: a .txt/.md file, a .json {id,title,text} file, or - for stdin.")],
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    prompt: PromptOption = DEFAULT_PROMPT,
    mode: ModeOption = Mode.auto,
    output_format: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.json,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    max_chars: Annotated[int, typer.Option(help="Refuse articles longer than this many characters.")] = DEFAULT_MAX_CHARS,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for one HTTP response.")] = 120.0,
    max_reasks: Annotated[int, typer.Option(help="Re-asks after an answer fails validation.")] = 2,
    max_retries: Annotated[int, typer.Option(help="Transport retries (429, 5xx, timeouts) per call.")] = 4,
) -> None:
    """Extract quotes, stances and actors from one article and print them (JSON by default)."""

    def work() -> None:
        article = load_article(path)
        extractor = Extractor(model, base_url=base_url, prompt=prompt, mode=mode.value, max_chars=max_chars,
                              timeout=timeout, max_reasks=max_reasks, max_retries=max_retries)
        _emit(extractor.extract(article), output_format, output)

    run_guarded(work)


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
    console.print(f"# {template.ref}  schema v{template.schema_version}  sha256 {template.sha256}", markup=False)
    console.print(Syntax(template.source, "jinja", word_wrap=True))


@schema_app.command("show")
def schema_show() -> None:
    """Print the JSON Schema of the extraction result."""
    sys.stdout.write(dumps(current_schema()))


@schema_app.command("export")
def schema_export(directory: Annotated[Path, typer.Argument(help="Folder to write the schema file into.")]) -> None:
    """Write the result JSON Schema into DIR."""
    path = run_guarded(lambda: export_schema(directory))
    typer.echo(str(path))


@app.command("view")
def view_command(
    results: Annotated[Path, typer.Argument(help="Extraction results: a .jsonl file (one per line) or a .json file.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder for the HTML pages.")] = Path("views"),
) -> None:
    """Write one self-contained HTML page per article (quotes highlighted, actors, stance graph) and an index."""

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


def main() -> None:
    """Console entry point."""
    app()
