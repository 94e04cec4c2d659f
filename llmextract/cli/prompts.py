"""``llmextract prompts list|show`` and ``llmextract schema show|export``: what is sent, what comes back."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.syntax import Syntax
from rich.table import Table

from llmextract.cli.exits import run_guarded, say
from llmextract.llm.prompts import list_prompts, load_prompt
from llmextract.schema_export import current_schema, dumps, export_schema
from llmextract.utils.neutralise import terminal_cell, terminal_text

__all__ = ["prompts_app", "schema_app"]

prompts_app = typer.Typer(help="List and show the versioned prompt templates.", no_args_is_help=True)
schema_app = typer.Typer(help="Show or export the JSON Schema of the results.", no_args_is_help=True)


@prompts_app.command("list")
def prompts_list() -> None:
    """Every prompt version with its schema version and description."""
    templates = run_guarded(list_prompts)
    table = Table(show_lines=False)
    for column in ("prompt", "schema", "sha256", "description"):
        table.add_column(column, overflow="fold")
    for t in templates:
        table.add_row(
            terminal_cell(t.ref),
            terminal_cell(f"v{t.schema_version}"),
            terminal_cell(t.sha256[:12]),
            terminal_cell(t.description),
        )
    Console().print(table)


@prompts_app.command("show")
def prompts_show(ref: Annotated[str, typer.Argument(help="NAME@vN, e.g. extraction@v1.")]) -> None:
    """Print a prompt template's source (front matter and Jinja2 body)."""
    template = run_guarded(lambda: load_prompt(ref))
    console = Console()
    console.print(
        terminal_text(f"# {template.ref}  schema v{template.schema_version}  sha256 {template.sha256}"),
        markup=False,
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
    say(str(path))
