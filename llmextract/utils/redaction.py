"""No secret in anything the toolkit says: the configured key and credential-like tokens are masked.

Some proxies and self-hosted servers echo the request's ``Authorization`` header in their error
bodies; an error message built from such a body would carry the key to stderr, to every error
record of a batch's JSONL, to reports and pages. Every :class:`llmextract.errors.LLMExtractError`
passes its message through :func:`redact`, so whatever is built from an error is clean.

Two kinds of secret are masked: the keys the toolkit was configured with (registered by the LLM
settings) and anything shaped like a credential: ``Bearer <token>``, ``sk-...`` keys, and the value
after ``api-key``, ``x-api-key``, ``authorization`` or ``access_token`` labels.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Any

__all__ = ["MASK", "guard_loggers", "redact", "register_secret"]

MASK = "[REDACTED]"
_MIN_SECRET = 8  # shorter "keys" ("not-needed", "x") are placeholders, and masking them would garble text

_PATTERNS = (
    re.compile(r"(?i)\b(bearer\s+)(?!\[REDACTED\])[A-Za-z0-9._~+/=-]{6,}"),
    re.compile(
        r"(?i)\b((?:x-)?api[-_]?key|authorization|access[-_]?token)(['\"]?\s*[:=]\s*['\"]?)"
        r"(?!\[REDACTED\])(?!bearer\b)[A-Za-z0-9._~+/=-]{6,}"
    ),
    re.compile(r"\bsk-[A-Za-z0-9_-]{8,}"),
)
_secrets: set[str] = set()
_lock = threading.Lock()


def register_secret(value: str | None) -> None:
    """Mask this exact value wherever :func:`redact` runs, for the rest of the process."""
    if value and len(value) >= _MIN_SECRET:
        with _lock:
            _secrets.add(value)


def redact(text: str) -> str:
    """The text with registered secrets and credential-like tokens replaced by ``[REDACTED]``."""
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    bearer, labelled, openai_key = _PATTERNS
    text = bearer.sub(lambda m: m.group(1) + MASK, text)
    text = labelled.sub(lambda m: m.group(1) + m.group(2) + MASK, text)
    return openai_key.sub(MASK, text)


DEPENDENCY_LOGGERS = ("instructor", "openai", "httpx", "httpcore", "httpx2", "httpcore2")
_guarded = False


def guard_loggers(prefixes: tuple[str, ...] = DEPENDENCY_LOGGERS) -> None:
    """Redact every log record of the HTTP and LLM libraries before any handler sees it.

    A logger's filter sees only that very logger's records, and these libraries make child loggers
    lazily (at the first request), so the redaction sits in the log record factory instead, chained
    to whatever factory was installed before; records of other loggers pass untouched.
    """
    global _guarded
    with _lock:
        if _guarded:
            return
        _guarded = True
        previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if record.name.split(".")[0] in prefixes:
            message = record.getMessage()
            clean = redact(message)
            if clean != message:
                record.msg, record.args = clean, None
        return record

    logging.setLogRecordFactory(factory)
