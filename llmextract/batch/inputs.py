"""Batch inputs: files, folders and JSONL files gathered into articles with unique ids.

- a ``.txt``/``.md`` file is one article, its id the file name without suffix;
- a ``.json`` file is one ``{"id", "title", "text"}`` object (id defaults to the file name);
- a ``.jsonl`` file holds one such object per line;
- an ``.html``/``.htm`` file is one news page, read for its article text (``llmextract.reading.webpage``);
- a folder is searched recursively for the one-article files (``FOLDER_SUFFIXES``); its ``.jsonl``
  files are left out, since beside articles they are results or gold of the same articles
  (reading them would give each article twice), and named in the one line that says what the
  folder gave (:attr:`Gathered.notes`), with how to take one (name it beside the folder). Ids are
  the paths relative to the folder without suffix, so ``2023/a.txt`` and ``2024/a.txt`` stay apart.
  A ``metadata.csv`` at the top of the folder (an ``id`` column, then any of ``date``, ``source``,
  ``url``, ``lang``, ...) gives the articles their metadata, since a ``.txt`` file has nowhere to
  keep it; keys a ``.json`` article carries itself win. An id in it that names no article is an
  input error, so a typo is not lost.

Keys of a ``.json``/``.jsonl`` object besides ``id``, ``title`` and ``text`` are the article's
metadata, kept in the result (``article.metadata``).

Two articles with one id would make resuming ambiguous, so a duplicate id is an input error
naming both sources.

A line of a ``.jsonl`` file that is not JSON (by the one JSON policy, ``llmextract.utils.json_policy``:
too deep, over ``max_bytes``), or not an article, does not stop the batch: :func:`gather_inputs`
reports it as a :class:`Rejected` line (id ``path:line``), which the run writes as an error record
naming the line, and the other lines run. A file that holds no usable article (in a folder or
named on its own) is rejected the same way, its id the file's path. :func:`collect_articles` is the
strict form, for callers that want every input good.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from llmextract.article import DEFAULT_MAX_BYTES, Article, load_article
from llmextract.errors import InputError
from llmextract.utils.jsonl import read_jsonl

__all__ = [
    "FOLDER_SUFFIXES",
    "METADATA_FILE",
    "Gathered",
    "Rejected",
    "Source",
    "collect_articles",
    "gather_inputs",
    "is_batch_input",
]

FOLDER_SUFFIXES = (".txt", ".md", ".json", ".html", ".htm")
METADATA_FILE = "metadata.csv"


@dataclass(frozen=True)
class Rejected:
    """An input that holds no article: ``where`` is ``path:line`` or a file, ``message`` says why."""

    where: str
    message: str


@dataclass(frozen=True)
class Source:
    article: Article | None
    where: str
    rejected: Rejected | None = None
    note: str | None = None  # what a folder held: the files read, those left out


@dataclass
class Gathered:
    """The articles named by the inputs, in order, and the JSONL lines that hold none."""

    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def is_batch_input(paths: Sequence[str]) -> bool:
    """Many inputs, a folder or a .jsonl file: these write one JSON line per article."""
    if len(paths) != 1:
        return True
    only = paths[0]
    return only != "-" and (Path(only).is_dir() or only.endswith(".jsonl"))


def _jsonl(path: Path, max_bytes: int) -> Iterator[Source]:
    for record in read_jsonl(path, strict=False, max_bytes=max_bytes):
        try:
            if record.error is not None:
                raise InputError(f"{record.where}: {record.error}")
            yield Source(Article.from_json(record.value, source=record.where), record.where)
        except InputError as exc:
            yield Source(None, record.where, Rejected(record.where, str(exc)))


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


def _folder(folder: Path, max_bytes: int) -> Iterator[Source]:
    sidecar_path = folder / METADATA_FILE
    sidecar = read_sidecar(sidecar_path) if sidecar_path.is_file() else {}
    used: set[str] = set()
    visible = sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )
    files = [p for p in visible if p.suffix in FOLDER_SUFFIXES]
    left_out = [p.relative_to(folder).as_posix() for p in visible if p.suffix == ".jsonl"]
    read: Counter[str] = Counter()
    for path in files:
        read[path.suffix] += 1
        default_id = path.relative_to(folder).with_suffix("").as_posix()
        used.add(default_id)
        try:
            article = load_article(path, max_bytes=max_bytes)
        except InputError as exc:
            yield _rejected(str(path), exc)
            continue
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
    yield Source(None, str(folder), note=_folder_note(folder, read, left_out))
    unknown = sorted(set(sidecar) - used)
    if unknown:
        raise InputError(
            f"{sidecar_path}: no article in {folder} has the id {', '.join(map(repr, unknown[:5]))}"
        )


def _folder_note(folder: Path, read: Counter[str], left_out: list[str]) -> str:
    files = ", ".join(f"{n} {suffix}" for suffix, n in sorted(read.items())) or "no article files"
    note = f"{folder}: read {files} (a folder takes {', '.join(FOLDER_SUFFIXES)})"
    if left_out:
        shown = ", ".join(left_out[:3]) + (", ..." if len(left_out) > 3 else "")
        note += (
            f"; left out {len(left_out)} .jsonl file{'s' if len(left_out) > 1 else ''} ({shown}): name one "
        )
        note += "beside the folder to read its lines as articles"
    return note


def _rejected(where: str, exc: InputError) -> Source:
    return Source(None, where, Rejected(where, str(exc)))


def _file(raw: str, max_bytes: int) -> Source:
    where = "<stdin>" if raw == "-" else raw
    try:
        return Source(load_article(raw, max_bytes=max_bytes), where)
    except InputError as exc:
        return _rejected(where, exc)


def _sources(paths: Sequence[str], max_bytes: int) -> Iterator[Source]:
    for raw in paths:
        path = Path(raw)
        if raw == "-":
            yield _file(raw, max_bytes)
        elif path.is_dir():
            yield from _folder(path, max_bytes)
        elif not path.exists():
            raise InputError(f"{path}: no such file or folder")
        elif path.suffix == ".jsonl":
            yield from _jsonl(path, max_bytes)
        else:
            yield _file(raw, max_bytes)


def gather_inputs(
    paths: Sequence[str], *, exclude: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Gathered:
    """Every article named by ``paths``, in order, and the JSONL lines holding none; ``exclude``
    (the output file) is never read, a file over ``max_bytes`` is refused before it is read.
    No article and no rejected line at all is an InputError."""
    seen: dict[str, str] = {}
    found = Gathered()
    skip = exclude.resolve() if exclude is not None else None
    for source in _sources(paths, max_bytes):
        if skip is not None and Path(source.where.rsplit(":", 1)[0]).resolve() == skip:
            continue
        if source.note is not None:
            found.notes.append(source.note)
            continue
        if source.article is None:
            if source.rejected is not None:
                found.rejected.append(source.rejected)
            continue
        first = seen.get(source.article.id)
        if first is not None:
            raise InputError(f"duplicate article id {source.article.id!r}: {first} and {source.where}")
        seen[source.article.id] = source.where
        found.articles.append(source.article)
    if not found.articles and not found.rejected:
        raise InputError(
            f"no articles found in {', '.join(paths)} (looked for {', '.join(FOLDER_SUFFIXES)}, .jsonl)"
        )
    return found


def collect_articles(
    paths: Sequence[str], *, exclude: Path | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Article]:
    """Like :func:`gather_inputs`, but a JSONL line holding no article is an InputError."""
    found = gather_inputs(paths, exclude=exclude, max_bytes=max_bytes)
    if found.rejected:
        raise InputError(found.rejected[0].message)
    return found.articles
