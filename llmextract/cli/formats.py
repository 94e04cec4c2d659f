"""Output formats for extractions: json, jsonl, and a readable table for the terminal."""

from __future__ import annotations

from typing import TextIO

from rich.table import Table
from rich.text import Text

from llmextract.cli.pipes import PipeConsole
from llmextract.schema import Extraction
from llmextract.utils.neutralise import json_text, terminal_cell
from llmextract.utils.wording import shorten

__all__ = ["to_json", "to_jsonl_line", "write_table"]


def to_json(extraction: Extraction) -> str:
    return json_text(extraction.model_dump_json(indent=2)) + "\n"


def to_jsonl_line(extraction: Extraction) -> str:
    return json_text(extraction.model_dump_json()) + "\n"


def write_table(extraction: Extraction, stream: TextIO, *, width: int | None = None) -> None:
    """Quotes, actors and stances as rich tables; names resolved through actor ids.

    Every piece of data is a :func:`terminal_cell`: control characters from the article or the
    model show visibly, and nothing in them is read as rich markup.
    """
    console = PipeConsole(file=stream, width=width or 120, soft_wrap=False)
    names = {actor.id: actor.name for actor in extraction.actors}
    title = extraction.article.title or extraction.article.id

    quotes = Table(title=terminal_cell(f"Quotes in {title}"), expand=True, show_lines=True)
    quotes.add_column("id", no_wrap=True)
    quotes.add_column("speaker · cue · kind", max_width=24 if console.width < 100 else 30, overflow="fold")
    quotes.add_column("text", min_width=30, ratio=1, overflow="fold")
    quotes.add_column("span", no_wrap=True)
    for q in extraction.quotes:
        speaker = names.get(q.speaker_id or "", q.speaker or "—")
        quotes.add_row(
            terminal_cell(q.id),
            terminal_cell(speaker, f"{q.cue or '—'} · {q.kind}"),
            terminal_cell(shorten(q.text, 400)),
            terminal_cell(f"{q.start}–{q.end}"),
        )
    console.print(quotes)

    actors = Table(title="Actors", expand=True)
    for column in ("id", "name", "type", "role", "aliases", "mentions"):
        actors.add_column(column, overflow="fold")
    for a in extraction.actors:
        actors.add_row(
            terminal_cell(a.id),
            terminal_cell(a.name),
            terminal_cell(a.type),
            terminal_cell(a.role or ""),
            terminal_cell(", ".join(a.aliases)),
            terminal_cell(str(len(a.mentions))),
        )
    console.print(actors)

    stances = Table(title="Stances", expand=True)
    for column in ("id", "holder", "polarity", "target", "evidence"):
        stances.add_column(column, overflow="fold")
    text = extraction.article.text
    for s in extraction.stances:
        evidence = " … ".join(text[e.start : e.end] for e in s.evidence) if text else ""
        stances.add_row(
            terminal_cell(s.id),
            terminal_cell(names.get(s.holder_id, s.holder)),
            terminal_cell(s.polarity),
            terminal_cell(s.target),
            terminal_cell(shorten(evidence, 100)),
        )
    if not extraction.stances:
        stances.caption = "none found" + (
            " (the baseline finds only stances the text states between named actors)"
            if extraction.provenance.model == "baseline"
            else ""
        )
    console.print(stances)
    for warning in extraction.warnings:
        console.print(Text.assemble(("warning:", "yellow"), " ", terminal_cell(warning)))
