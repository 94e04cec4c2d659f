"""Output formats for extractions: json, jsonl, and a readable table for the terminal."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.table import Table

from llmextract.schema import Extraction
from llmextract.utils.wording import shorten

__all__ = ["to_json", "to_jsonl_line", "write_table"]


def to_json(extraction: Extraction) -> str:
    return extraction.model_dump_json(indent=2) + "\n"


def to_jsonl_line(extraction: Extraction) -> str:
    return extraction.model_dump_json() + "\n"


def write_table(extraction: Extraction, stream: TextIO, *, width: int | None = None) -> None:
    """Quotes, actors and stances as rich tables; names resolved through actor ids."""
    console = Console(file=stream, width=width or 120, soft_wrap=False)
    names = {actor.id: actor.name for actor in extraction.actors}
    title = extraction.article.title or extraction.article.id

    quotes = Table(title=f"Quotes in {title}", expand=True, show_lines=True)
    quotes.add_column("id", no_wrap=True)
    quotes.add_column("speaker · cue · kind", max_width=24 if console.width < 100 else 30, overflow="fold")
    quotes.add_column("text", min_width=30, ratio=1, overflow="fold")
    quotes.add_column("span", no_wrap=True)
    for q in extraction.quotes:
        speaker = names.get(q.speaker_id or "", q.speaker or "—")
        who = f"{speaker}\n{q.cue or '—'} · {q.kind}"
        quotes.add_row(q.id, who, shorten(q.text, 400), f"{q.start}–{q.end}")
    console.print(quotes)

    actors = Table(title="Actors", expand=True)
    for column in ("id", "name", "type", "role", "aliases", "mentions"):
        actors.add_column(column, overflow="fold")
    for a in extraction.actors:
        actors.add_row(a.id, a.name, a.type, a.role or "", ", ".join(a.aliases), str(len(a.mentions)))
    console.print(actors)

    stances = Table(title="Stances", expand=True)
    for column in ("id", "holder", "polarity", "target", "evidence"):
        stances.add_column(column, overflow="fold")
    text = extraction.article.text
    for s in extraction.stances:
        evidence = " … ".join(text[e.start : e.end] for e in s.evidence) if text else ""
        stances.add_row(s.id, names.get(s.holder_id, s.holder), s.polarity, s.target, shorten(evidence, 100))
    if not extraction.stances:
        stances.caption = "none found" + (
            " (the baseline does not extract stances)" if extraction.provenance.model == "baseline" else ""
        )
    console.print(stances)
    for warning in extraction.warnings:
        console.print(f"[yellow]warning:[/yellow] {warning}")
