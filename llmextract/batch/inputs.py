"""Batch inputs: files, folders and JSONL files gathered into articles with unique ids.

- a ``.txt``/``.md`` file is one article, its id the file name without suffix;
- a ``.json`` file is one ``{"id", "title", "text"}`` object (id defaults to the file name);
- a ``.jsonl`` file holds one such object per line;
- an ``.html``/``.htm`` file is one news page, read for its article text (``llmextract.webpage``);
- a folder is searched recursively for all of these (not ``.jsonl``, so an output file kept next
  to the articles is never read as input); ids are the paths relative to the
  folder without suffix, so ``2023/a.txt`` and ``2024/a.txt`` stay apart. A ``metadata.csv`` at the
  top of the folder (an ``id`` column, then any of ``date``, ``source``, ``url``, ``lang``, ...) gives
  the articles their metadata, since a ``.txt`` file has nowhere to keep it; keys a ``.json`` article
  carries itself win. An id in it that names no article is an input error, so a typo is not lost.

Keys of a ``.json``/``.jsonl`` object besides ``id``, ``title`` and ``text`` are the article's
metadata, kept in the result (``article.metadata``).

Two articles with one id would make resuming ambiguous, so a duplicate id is an input error
naming both sources.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmextract.article import Article, load_article
from llmextract.errors import InputError

__all__ = ["FOLDER_SUFFIXES", "METADATA_FILE", "Source", "collect_articles", "is_batch_input"]

FOLDER_SUFFIXES = (".txt", ".md", ".json", ".html", ".htm")
METADATA_FILE = "metadata.csv"


@dataclass(frozen=True)
class Source:
    article: Article
    where: str


def is_batch_input(paths: Sequence[str]) -> bool:
    """Many inputs, a folder or a .jsonl file: these write one JSON line per article."""
    if len(paths) != 1:
        return True
    only = paths[0]
    return only != "-" and (Path(only).is_dir() or only.endswith(".jsonl"))


def iter_jsonl(path: Path) -> Iterator[tuple[str, Any]]:
    """``(path:line, value)`` for each non-blank line of a UTF-8 JSONL file; a bad line is an
    InputError naming its place."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start})") from exc
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield where, json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: invalid JSON ({exc.msg}, column {exc.colno})") from exc


def _jsonl(path: Path) -> Iterator[Source]:
    for where, data in iter_jsonl(path):
        yield Source(Article.from_json(data, source=where), where)


def read_sidecar(path: Path) -> dict[str, dict[str, str]]:
    """Metadata by article id from a CSV file with an ``id`` column; empty cells are left out."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start})") from exc
    reader = csv.DictReader(text.splitlines())
    if not reader.fieldnames or "id" not in reader.fieldnames:
        raise InputError(f"{path}: a metadata file needs an 'id' column")
    found: dict[str, dict[str, str]] = {}
    for number, row in enumerate(reader, 2):
        article_id = (row.get("id") or "").strip()
        if not article_id:
            raise InputError(f"{path}:{number}: no id")
        if article_id in found:
            raise InputError(f"{path}:{number}: id {article_id!r} given twice")
        found[article_id] = {
            k: v.strip() for k, v in row.items() if k and k not in {"id", "title", "text"} and v and v.strip()
        }
    return found


def _folder(folder: Path) -> Iterator[Source]:
    sidecar_path = folder / METADATA_FILE
    sidecar = read_sidecar(sidecar_path) if sidecar_path.is_file() else {}
    used: set[str] = set()
    files = sorted(
        p
        for p in folder.rglob("*")
        if p.suffix in FOLDER_SUFFIXES
        and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )
    for path in files:
        article = load_article(path)
        default_id = path.relative_to(folder).with_suffix("").as_posix()
        article_id = default_id if article.id == path.stem and default_id != path.stem else article.id
        extra = sidecar.get(article_id, {})
        used.add(article_id)
        if article_id != article.id or extra:
            article = Article(
                text=article.text,
                id=article_id,
                title=article.title,
                metadata={**extra, **article.metadata},
            )
        yield Source(article, str(path))
    unknown = sorted(set(sidecar) - used)
    if unknown:
        raise InputError(
            f"{sidecar_path}: no article in {folder} has the id {', '.join(map(repr, unknown[:5]))}"
        )


def _sources(paths: Sequence[str]) -> Iterator[Source]:
    for raw in paths:
        path = Path(raw)
        if raw == "-":
            yield Source(load_article("-"), "<stdin>")
        elif path.is_dir():
            yield from _folder(path)
        elif not path.exists():
            raise InputError(f"{path}: no such file or folder")
        elif path.suffix == ".jsonl":
            yield from _jsonl(path)
        else:
            yield Source(load_article(path), str(path))


def collect_articles(paths: Sequence[str], *, exclude: Path | None = None) -> list[Article]:
    """Every article named by ``paths``, in order; ``exclude`` (the output file) is never read."""
    seen: dict[str, str] = {}
    articles: list[Article] = []
    skip = exclude.resolve() if exclude is not None else None
    for source in _sources(paths):
        if skip is not None and Path(source.where.rsplit(":", 1)[0]).resolve() == skip:
            continue
        first = seen.get(source.article.id)
        if first is not None:
            raise InputError(f"duplicate article id {source.article.id!r}: {first} and {source.where}")
        seen[source.article.id] = source.where
        articles.append(source.article)
    if not articles:
        raise InputError(
            f"no articles found in {', '.join(paths)} (looked for {', '.join(FOLDER_SUFFIXES)}, .jsonl)"
        )
    return articles
