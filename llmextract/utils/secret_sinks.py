"""The process's own sinks, redacted: every terminal line and every log record passes :func:`redact`.

Files are written through :mod:`llmextract.utils.outputs`, which redacts what it writes; this
module covers what is not a file the toolkit opens: standard output and error (``typer.echo``,
rich consoles, ``print``, warnings, tracebacks) and log records of every logger, whatever handler
later formats them.
"""

from __future__ import annotations

import io
import logging
import sys
import threading
from typing import Any, TextIO

from llmextract.utils.redaction import redact

__all__ = ["RedactingStream", "guard_loggers", "guard_streams"]


class RedactingStream(io.TextIOBase):
    """A text stream that holds back a partial line and writes each line (or flushed piece) redacted.

    Holding back the tail of an unfinished line keeps a secret written in two ``write`` calls from
    passing in halves; ``flush`` (rich's progress display calls it for each frame) lets it out.
    It offers no ``buffer``: nothing can write bytes past it.
    """

    def __init__(self, target: TextIO) -> None:
        super().__init__()
        self.target = target
        self._pending = ""
        self._lock = threading.Lock()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.target, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:  # type: ignore[override]
        return getattr(self.target, "errors", None)

    def isatty(self) -> bool:
        return bool(getattr(self.target, "isatty", lambda: False)())

    def fileno(self) -> int:
        return self.target.fileno()

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        with self._lock:
            self._pending += text
            cut = max(self._pending.rfind("\n"), self._pending.rfind("\r"))
            if cut >= 0:
                ready, self._pending = self._pending[: cut + 1], self._pending[cut + 1 :]
                self.target.write(redact(ready))
        return len(text)

    def flush(self) -> None:
        with self._lock:
            if self._pending:
                self.target.write(redact(self._pending))
                self._pending = ""
        self.target.flush()

    def close(self) -> None:  # the wrapped stream belongs to the process, not to us
        self.flush()


def guard_streams() -> None:
    """Wrap ``sys.stdout`` and ``sys.stderr`` (once each) so nothing reaches the terminal unredacted."""
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and not isinstance(stream, RedactingStream):
            setattr(sys, name, RedactingStream(stream))


_guarded = False
_guard_lock = threading.Lock()


def guard_loggers() -> None:
    """Redact every log record before any handler sees it.

    A logger's filter sees only that very logger's records, and the HTTP and LLM libraries make
    child loggers lazily (at the first request), so the redaction sits in the log record factory,
    chained to whatever factory was installed before.
    """
    global _guarded
    with _guard_lock:
        if _guarded:
            return
        _guarded = True
        previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: logging reports it, and it holds nothing formatted yet
            return record
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return record

    logging.setLogRecordFactory(factory)
