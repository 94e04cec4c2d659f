"""Fetch a corpus: download its archive once, unpack it, convert it to gold and check the gold.

Everything lands in ``<data dir>/<corpus>/``: the archive as downloaded, its content laid out as
the shared copies are (``polnear/{train,dev,test}/``, ``metadata.tsv``; ``seesaw/{annotations,
articles,meta}/``, so the benches take the data dir as they take ``../shared/data``) and the gold
files beside them. The data dir is ``LLMEXTRACT_DATA_DIR``, else ``data`` in the user
cache folder (``~/.cache/llmextract/data`` on Linux, as ``XDG_CACHE_HOME`` says). An archive already
there is used as it is, so a machine with no network takes a copy put there by hand; when the
download fails the error says what to download and where to put it.
"""

from __future__ import annotations

import hashlib
import shutil
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from llmextract.data.corpora import Corpus
from llmextract.data.known import Checked, check_gold, known_digests
from llmextract.errors import InputError
from llmextract.evaluation.gold import dump_gold
from llmextract.utils.user_dirs import user_folder

__all__ = ["DataUnavailable", "Fetched", "default_data_dir", "fetch_corpus"]

TIMEOUT_SECONDS = 60.0


class DataUnavailable(InputError):
    """The archive could not be downloaded, or is not the archive expected."""


@dataclass
class Fetched:
    """What a fetch left: the archive and its SHA-256, the gold files and how each checked."""

    archive: Path
    archive_sha256: str
    downloaded: bool
    gold: dict[Path, Checked] = field(default_factory=dict)


def default_data_dir() -> Path:
    """``LLMEXTRACT_DATA_DIR``, else ``data`` in the platform's user cache folder for llmextract."""
    return user_folder("LLMEXTRACT_DATA_DIR", "data")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _download(url: str, target: Path) -> None:
    partial = target.with_name(target.name + ".part")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with urllib.request.urlopen(url, timeout=TIMEOUT_SECONDS) as response, partial.open("wb") as out:
            shutil.copyfileobj(response, out)
    except (urllib.error.URLError, OSError, ValueError) as exc:
        partial.unlink(missing_ok=True)
        reason = getattr(exc, "reason", None) or exc
        raise DataUnavailable(
            f"could not download {url} ({reason}); download it by hand and put it at {target}, "
            "then run the command again"
        ) from exc
    partial.replace(target)


def _unpack(archive: Path, home: Path, content: str) -> None:
    """Unpack the zip and move its ``content`` folder's entries into ``home`` (replacing them)."""
    scratch = home / ".unpacked"
    if scratch.exists():
        shutil.rmtree(scratch)
    try:
        with zipfile.ZipFile(archive) as zipped:
            for name in zipped.namelist():
                if name.startswith("/") or ".." in Path(name).parts:
                    raise DataUnavailable(f"{archive}: holds a path outside its folder ({name!r})")
            zipped.extractall(scratch)
    except zipfile.BadZipFile as exc:
        raise DataUnavailable(f"{archive}: not a zip archive ({exc}); delete it and fetch again") from exc
    try:
        tops = [p for p in scratch.iterdir() if p.is_dir()]
        source = (tops[0] if len(tops) == 1 else scratch) / content
        if not source.is_dir():
            raise DataUnavailable(f"{archive}: has no folder {content}/ (is it the right archive?)")
        for entry in source.iterdir():
            target = home / entry.name
            if target.is_dir():
                shutil.rmtree(target)
            elif target.exists():
                target.unlink()
            entry.replace(target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def fetch_corpus(corpus: Corpus, data_dir: Path | None = None, *, url: str | None = None) -> Fetched:
    """Download (unless present), unpack, convert and check ``corpus``; ``url`` overrides its source."""
    home = (data_dir or default_data_dir()) / corpus.name
    archive = home / corpus.archive
    downloaded = not archive.is_file()
    if downloaded:
        _download(url or corpus.url, archive)
    _unpack(archive, home, corpus.content)
    fetched = Fetched(archive, _sha256(archive), downloaded)
    for gold_name, inner in corpus.gold.items():
        folder = home / inner
        if not folder.is_dir():
            raise DataUnavailable(f"{archive}: has no folder {corpus.content}/{inner}/")
        gold = home / gold_name
        dump_gold(corpus.importer(folder).articles, gold)
        fetched.gold[gold] = check_gold(gold, known_digests(gold_name))
    return fetched
