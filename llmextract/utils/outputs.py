"""The one way the toolkit writes a file: inside its folder, whole or not at all, never through a
symlink, one writer at a time, and never holding a secret.

Every file writer (results, single-article output, views, dashboards, corpus tables, reports, gold
files, schema snapshots, Batch API state and downloads) goes through this module:

- **Contained names**: a name made from outside data (an article id, a model name, a batch id a
  server returned) becomes one path component by :func:`safe_stem`; :func:`contained` refuses any
  result that would land outside its folder.
- **Atomic writes**: :func:`write_text` and :func:`write_bytes` write a temporary file next to the
  target, flush it to disk and rename it over the target. A full disk or a kill leaves the old file
  as it was; a symlink at the target is replaced by the new file, its target never written.
- **Files written in steps**: :class:`AtomicFiles` hands out temporary paths next to their targets
  (a Parquet writer fills them row group by row group) and renames them all over their targets once
  every one is complete; until then, and on any error, the old files are untouched.
- **Append-only results**: :class:`AppendFile` opens with ``O_NOFOLLOW``: a symlink is refused.
- **One writer**: :class:`OutputLock` holds ``<output>.lock`` (:mod:`filelock`) for the run, so a
  second run on the same output stops at once with :class:`~llmextract.errors.OutputError` (exit 2)
  instead of writing every article twice.
- **No secret**: text is passed through :func:`~llmextract.utils.redaction.redact` before it is
  written; bytes too, when they are UTF-8 (raw provider files).
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import tempfile
from pathlib import Path
from types import TracebackType

import filelock

from llmextract.errors import OutputError
from llmextract.utils.redaction import redact

__all__ = [
    "AppendFile",
    "AtomicFiles",
    "OutputLock",
    "contained",
    "output_folder",
    "redact_bytes",
    "safe_stem",
    "write_bytes",
    "write_text",
]

_UNSAFE = re.compile(r"[^\w.-]+", re.ASCII)
_MAX_STEM = 80
_WINDOWS_RESERVED = {
    "con",
    "prn",
    "aux",
    "nul",
    *(f"com{i}" for i in range(10)),
    *(f"lpt{i}" for i in range(10)),
}


def safe_stem(name: str, taken: set[str] | None = None, *, empty: str = "file") -> str:
    """``name`` as one portable path component: ASCII word characters, dots and dashes only.

    A name that had to change gets a short hash of the original, so ``a/b`` and ``a_b`` stay
    apart; ``taken`` (case-blind) makes it unique among names already given out, and is updated.
    """
    stem = _UNSAFE.sub("_", name).strip("._-")[:_MAX_STEM] or empty
    if stem != name or stem.casefold() in _WINDOWS_RESERVED or stem.casefold() == "index":
        stem = f"{stem}-{hashlib.sha256(name.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"
    if taken is None:
        return stem
    unique, n = stem, 1
    while unique.casefold() in taken:
        n += 1
        unique = f"{stem}-{n}"
    taken.add(unique.casefold())
    return unique


def contained(folder: Path, name: str, suffix: str = "") -> Path:
    """``folder/<safe_stem(name)><suffix>``, checked to lie inside ``folder`` whatever ``name`` holds."""
    path = folder / f"{safe_stem(name)}{suffix}"
    base = folder.resolve()
    if path.resolve().parent != base:
        raise OutputError(f"{name!r} would be written outside {folder}")
    return path


def output_folder(folder: Path) -> Path:
    """Create ``folder`` (and its parents) for outputs; a file in its place is an OutputError."""
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{folder}: exists and is not a folder; give a folder for -o")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot create the folder ({exc.strerror or exc})") from exc
    return folder


def redact_bytes(data: bytes) -> bytes:
    """UTF-8 bytes redacted as text; other bytes (binary formats) as they are."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return data
    clean = redact(text)
    return data if clean == text else clean.encode("utf-8")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def write_bytes(path: Path, data: bytes, *, secret_free: bool = False) -> Path:
    """Replace ``path`` with ``data`` atomically (redacted unless ``secret_free``); the old file, or a
    symlink's target, is untouched whatever happens."""
    if path.is_dir():
        raise OutputError(f"{path}: is a folder; give a file name")
    if not secret_free:
        data = redact_bytes(data)
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name[:40]}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from exc
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)  # a symlink at path is replaced itself, never followed
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        kept = " (the previous file is unchanged)" if path.exists() else ""
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc}){kept}") from exc
    return path


def write_text(path: Path, text: str) -> Path:
    """Replace ``path`` with ``text`` (UTF-8, redacted) atomically."""
    return write_bytes(path, redact(text).encode("utf-8"), secret_free=True)


class AtomicFiles:
    """Files built in steps and published together: :meth:`path` gives a temporary path beside the
    target, :meth:`commit` flushes each to disk and renames them over their targets in the order
    given, :meth:`discard` (also on leaving a ``with`` block by an error) removes them."""

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path]] = []  # (temporary, target)

    def path(self, target: Path) -> Path:
        if target.is_dir():
            raise OutputError(f"{target}: is a folder; give a file name")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name[:40]}.", suffix=".tmp")
            os.close(fd)
        except OSError as exc:
            raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from exc
        self._pending.append((Path(tmp), target))
        return Path(tmp)

    def write_text(self, target: Path, text: str) -> Path:
        """A whole text file (UTF-8, redacted) among the batch."""
        tmp = self.path(target)
        tmp.write_bytes(redact(text).encode("utf-8"))
        return tmp

    def commit(self) -> list[Path]:
        """Rename every file over its target; returns the targets."""
        try:
            for tmp, _ in self._pending:
                fd = os.open(tmp, os.O_RDONLY)
                try:
                    os.fsync(fd)
                finally:
                    os.close(fd)
                os.chmod(tmp, 0o644)
            for tmp, target in self._pending:
                os.replace(tmp, target)  # a symlink at the target is replaced itself, never followed
        except OSError as exc:
            self.discard()
            raise OutputError(f"cannot write ({exc.strerror or exc}); rerun to finish") from exc
        done = [target for _, target in self._pending]
        self._pending = []
        return done

    def discard(self) -> None:
        for tmp, _ in self._pending:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        self._pending = []

    def __enter__(self) -> AtomicFiles:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is not None:
            self.discard()


class AppendFile:
    """A results file opened for whole-line appends; a symlink at its path is refused."""

    def __init__(self, path: Path) -> None:
        self.path = path
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
        try:
            self._fd: int | None = os.open(path, flags, 0o644)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise OutputError(f"{path}: is a symlink; refusing to write through it") from exc
            raise OutputError(f"{path}: cannot open for writing ({exc.strerror or exc})") from exc

    def append(self, line: str) -> None:
        """One line (redacted, newline added) in one ``os.write`` where the system allows."""
        if self._fd is None:
            raise OutputError(f"{self.path}: already closed")
        try:
            _write_all(self._fd, (redact(line) + "\n").encode("utf-8"))
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write ({exc.strerror or exc})") from exc

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class OutputLock:
    """``<path>.lock`` held for a run: a second run on the same output fails at once.

    The lock file is removed on release, so a finished run leaves no stray file behind.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.lock_path = path.with_name(path.name + ".lock")
        self._lock = filelock.FileLock(str(self.lock_path), timeout=0)

    def acquire(self) -> OutputLock:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock.acquire()
        except filelock.Timeout:
            raise OutputError(
                f"{self.path}: another llmextract run is writing it (lock {self.lock_path}); "
                "wait for that run to end, or choose another output"
            ) from None
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot lock ({exc.strerror or exc})") from exc
        return self

    def release(self) -> None:
        if self._lock.is_locked:
            with contextlib.suppress(OSError):  # unlinked while still held: a run starting now makes a
                os.unlink(self.lock_path)  # new lock file, never shares this one's lock
            self._lock.release()

    def __enter__(self) -> OutputLock:
        return self.acquire()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()
