"""The ``llmextract`` command line: the root app, its command groups, ``--version`` and ``main``.

One module per command group (``extract``, ``view``, ``cache``, ``prompts``/``schema``, ``gold``,
``score``/``eval``, ``doctor``, ``corpus``, ``export``); the endpoint options they share are declared
once in ``cli/options.py``, and the toolkit's errors become messages and exit codes in ``cli/exits.py``
only: 0 ok; 1 extraction failed (endpoint error, no valid answer); 2 usage, config or input error.
"""

from __future__ import annotations

import logging
import sys
import warnings
from typing import Annotated, TextIO

import typer

from llmextract.__about__ import __version__
from llmextract.cli import corpus, doctor, evaluation, extract, view
from llmextract.cli.cache import cache_app
from llmextract.cli.data import data_app
from llmextract.cli.exits import say
from llmextract.cli.export import export_app, register_gold_import
from llmextract.cli.gold import gold_app, import_app
from llmextract.cli.help_text import PlainHelpGroup
from llmextract.cli.prompts import prompts_app, schema_app
from llmextract.model_choice import BaselineNotice
from llmextract.utils.redaction import register_environment
from llmextract.utils.secret_sinks import guard_loggers, guard_streams

__all__ = ["app", "main"]

app = typer.Typer(
    name="llmextract",
    help="Extract quotes, stances and actors from news articles with LLMs (or the offline rules baseline), "
    "grounded in the article's text, and measure the results against gold annotations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    cls=PlainHelpGroup,
)


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """The toolkit's notices as one plain line on stderr; every other warning as Python shows it."""
    out = file if file is not None else sys.stderr
    if issubclass(category, BaselineNotice):
        out.write(f"llmextract: {message}\n")
    else:
        out.write(warnings.formatwarning(message, category, filename, lineno, line))


def _version(value: bool) -> None:
    if value:
        say(f"llmextract {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    logging.getLogger("instructor").setLevel(logging.CRITICAL)
    warnings.showwarning = _show_warning
    register_environment()  # before anything can print, log or write a secret the environment holds
    guard_streams()
    guard_loggers()


extract.register(app)
app.add_typer(prompts_app, name="prompts")
app.add_typer(schema_app, name="schema")
app.add_typer(cache_app, name="cache")
view.register(app)
app.add_typer(gold_app, name="gold")
register_gold_import(import_app)
app.add_typer(export_app, name="export")
app.add_typer(data_app, name="data")
evaluation.register(app)
doctor.register(app)
corpus.register(app)


def main() -> None:
    """Console entry point."""
    app()
