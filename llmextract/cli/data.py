"""``llmextract data fetch polnear|seesaw``: an evaluation corpus from its public source, as gold."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from llmextract.cli.exits import EXIT_FAILED, fail, run_guarded, say
from llmextract.data.corpora import CORPORA
from llmextract.data.fetch import Fetched, fetch_corpus

__all__ = ["data_app"]

data_app = typer.Typer(help="Evaluation corpora: fetch them from their public sources.", no_args_is_help=True)


class CorpusName(str, Enum):
    polnear = "polnear"
    seesaw = "seesaw"


def _report(name: str, fetched: Fetched) -> bool:
    corpus = CORPORA[name]
    how = "downloaded" if fetched.downloaded else "already there"
    say(f"{corpus.name}: {fetched.archive} ({how}), sha256 {fetched.archive_sha256}")
    ok = True
    for gold, checked in fetched.gold.items():
        state = "ok" if checked.ok else f"{checked.missing} known articles missing or different"
        say(
            f"  {gold}: {checked.articles} articles, {checked.verified} match this version's checksums, "
            f"{checked.unchecked} have none here; {state}"
        )
        ok = ok and checked.ok
    for note in corpus.notes:
        say(f"  note: {note}")
    say(f"  licence: {corpus.licence}")
    say(f"  cite: {corpus.citation}")
    return ok


@data_app.command("fetch")
def fetch_command(
    corpus: Annotated[CorpusName, typer.Argument(help="Which corpus.")],
    directory: Annotated[
        Path | None,
        typer.Option(
            "--dir",
            help="Data folder (default: LLMEXTRACT_DATA_DIR, else data/ in the user cache folder, "
            "~/.cache/llmextract/data on Linux).",
        ),
    ] = None,
    url: Annotated[str | None, typer.Option(help="Download from here instead of the public source.")] = None,
) -> None:
    """Download a corpus (once), convert it to gold JSONL beside it, check the gold, print its terms.

    Exit 0 when every converted article this version knows matches its checksum; 1 when some
    differ; 2 when the archive cannot be had (the message says what to download and where).
    """
    fetched = run_guarded(lambda: fetch_corpus(CORPORA[corpus.value], directory, url=url))
    if not _report(corpus.value, fetched):
        fail("the converted gold differs from what this version knows of the corpus", EXIT_FAILED)
