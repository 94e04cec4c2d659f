"""Help placeholders that read the same whatever typer draws: ``PATHS...``, ``TEXT``, ``[a|b]``.

Typer from 0.26 on draws a value's placeholder from its Python type (``{paths}...``,
``<list[str]>``, ``<int range>``), and a ``metavar`` does not change the usage line; typer 0.25
drew click's (``PATHS...``, ``TEXT``, ``INTEGER RANGE``). The project's help is written for the
latter, so the help formatter of every command rewrites what typer hands it into that form: the
usage line's argument names in capitals, each option's placeholder as a type word, a choice as
``[a|b|c]``. It works on the text typer writes through the formatter, not on typer's internals,
so it holds across typer versions; ``tests/cli/test_help_text.py`` reads every command's help.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

import typer
from typer.core import TyperGroup

__all__ = ["PlainHelpContext", "PlainHelpGroup", "plain_placeholder", "plain_row", "plain_usage"]

#: typer's type words (0.26 on) and the placeholder click's help shows for them.
TYPE_WORDS = {
    "str": "TEXT",
    "int": "INTEGER",
    "int range": "INTEGER",
    "float": "NUMBER",
    "float range": "NUMBER",
    "path": "PATH",
    "bool": "BOOLEAN",
    "uuid": "UUID",
    "datetime": "DATETIME",
}
_ANGLED = re.compile(r"<([^<>]+)>")
_LIST = re.compile(r"^list\[(.+)\]$")
_CHOICES = re.compile(r"\w\|\w")  # "json|table": a choice's values
_USAGE_NAME = re.compile(r"(?<![\w-])([{\[])([a-z][a-z0-9_]*)([}\]])")
_ARGUMENT_ROW = re.compile(r"^([a-z][a-z0-9_]*)(\.\.\.)?(?: <[^<>]+>)?$")


def plain_placeholder(angled: str) -> str:
    """``str`` -> ``TEXT``, ``json|table`` -> ``[json|table]``, ``list[str]`` -> ``TEXT``."""
    inner = angled.strip()
    listed = _LIST.match(inner)
    if listed:
        inner = listed.group(1)
    if _CHOICES.search(inner):
        return f"[{inner}]"
    return TYPE_WORDS.get(inner, inner.upper().replace(" ", "_"))


def plain_usage(args: str) -> str:
    """The usage line's pieces: ``{paths}...`` -> ``PATHS...``, ``[name]`` -> ``[NAME]``."""

    def upper(m: re.Match[str]) -> str:
        name = m.group(2).upper()
        return name if m.group(1) == "{" else f"[{name}]"

    return _USAGE_NAME.sub(upper, args)


def plain_row(term: str) -> str:
    """A help row's first column: an argument in capitals, an option's placeholder as a type word."""
    stripped = term.strip()
    argument = _ARGUMENT_ROW.match(stripped)
    if argument and not stripped.startswith("-") and (argument.group(2) or "<" in stripped):
        return argument.group(1).upper() + (argument.group(2) or "")
    if stripped.startswith("-"):
        return _ANGLED.sub(lambda m: plain_placeholder(m.group(1)), term)
    return term


def _write_usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
    _BASE_FORMATTER.write_usage(self, prog, plain_usage(args), prefix)


def _write_dl(self: Any, rows: Sequence[tuple[str, str]], *more: Any, **options: Any) -> None:
    _BASE_FORMATTER.write_dl(self, [(plain_row(term), text) for term, text in rows], *more, **options)


_BASE_FORMATTER: Any = typer.Context.formatter_class
PlainHelpFormatter: Any = type(
    "PlainHelpFormatter", (_BASE_FORMATTER,), {"write_usage": _write_usage, "write_dl": _write_dl}
)


class PlainHelpContext(typer.Context):
    """A context whose help formatter writes the plain placeholders."""

    formatter_class = PlainHelpFormatter


def _commands(group: Any) -> Iterable[Any]:
    for command in getattr(group, "commands", {}).values():
        yield command
        yield from _commands(command)


class PlainHelpGroup(TyperGroup):
    """The root group: it and every command under it write their help with :class:`PlainHelpContext`."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.context_class = PlainHelpContext
        for command in _commands(self):
            command.context_class = PlainHelpContext
