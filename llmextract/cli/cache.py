"""``llmextract cache stats|clear``: the response cache, where answers already paid for are kept."""

from __future__ import annotations

import typer

from llmextract.cli.exits import say
from llmextract.llm.cache import ResponseCache

__all__ = ["cache_app"]

cache_app = typer.Typer(
    help="The response cache: answers already paid for are not asked again.", no_args_is_help=True
)


@cache_app.command("stats")
def cache_stats() -> None:
    """Where the cache is, how many answers it holds and the tokens they cost."""
    stats = ResponseCache().stats()
    say(
        f"path: {stats.path}\nentries: {stats.entries}\nsize: {stats.bytes:,} bytes\n"
        f"tokens saved per full replay: {stats.prompt_tokens + stats.completion_tokens:,} "
        f"({stats.prompt_tokens:,} prompt, {stats.completion_tokens:,} completion)"
    )


@cache_app.command("clear")
def cache_clear() -> None:
    """Delete every cached answer."""
    cache = ResponseCache()
    removed = cache.clear()
    say(f"removed {removed} cached answer(s) from {cache.path}")
