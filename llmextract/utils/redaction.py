"""No secret in anything the toolkit says or writes: configured secrets are masked by value.

Some proxies and self-hosted servers echo the request's ``Authorization`` header, the key, or a
piece of it in their error bodies, headers, model ids and batch files. Whatever leaves the process
(terminal, logs, every file the toolkit writes) passes through :func:`redact` at its sink, and
every :class:`llmextract.errors.LLMExtractError` message too.

Masked by value, once registered (:func:`register_secret`, :func:`register_url_credentials`,
:func:`register_environment`): the secret itself, its base64 forms (what ``Authorization: Basic``
carries), and any run of :data:`FRAGMENT` or more of its characters, so a key cut short or with
its prefix dropped is masked as well. Masked by shape, registered or not: ``Bearer <token>``,
``Basic <token>``, ``sk-...`` keys and the value after ``api-key``, ``x-api-key``,
``authorization`` or ``access_token`` labels.
"""

from __future__ import annotations

import base64
import os
import re
import threading
from collections.abc import Iterable, Mapping
from urllib.parse import unquote, urlparse

__all__ = [
    "FRAGMENT",
    "MASK",
    "SECRET_ENVIRONMENT",
    "redact",
    "register_environment",
    "register_secret",
    "register_url_credentials",
]

MASK = "[REDACTED]"
FRAGMENT = 10
"""A run of this many characters of a secret is masked wherever it appears; 10 random key characters
never occur in news by chance, and a shorter run would start to mask ordinary words."""
_MIN_SECRET = 8  # shorter "keys" ("not-needed", "x") are placeholders, and masking them would garble text

SECRET_ENVIRONMENT = re.compile(r"(?:API_?KEY|TOKEN|SECRET|PASSWORD)$")
"""Environment variables whose values are registered by :func:`register_environment`."""
_URL_ENVIRONMENT = ("OPENAI_BASE_URL", "OPENAI_API_BASE", "LLMEXTRACT_BASE_URL")

_T = "[A-Za-z0-9._~+/=-]"
_CREDENTIAL = rf"(?={_T}*[0-9])(?={_T}*[A-Za-z]){_T}{{12,}}|{_T}{{24,}}"
"""A token shaped like a credential, not like a word: 12+ token characters with a digit and a
letter, or 24+ of them. Shapes are matched in article texts too (results and gold files are
redacted whole), so "basic decency" and "bearer shares" must stay as they are."""

_PATTERNS = (
    re.compile(rf"\b([Bb]earer\s+)(?!\[REDACTED\])(?:{_CREDENTIAL})"),
    re.compile(r"\b(Basic\s+)(?=[A-Za-z0-9+/]*[A-Z])(?=[A-Za-z0-9+/]*[a-z])[A-Za-z0-9+/]{12,}={0,2}"),
    re.compile(
        r"(?i)\b((?:x-)?api[-_]?key|authorization|access[-_]?token)(['\"]?\s*[:=]\s*['\"]?)"
        rf"(?!\[REDACTED\])(?!(?:bearer|basic)\b)(?-i:{_CREDENTIAL})"
    ),
    re.compile(r"\bsk-[A-Za-z0-9_-]{16,}"),
)


_TOKEN_CHARS = re.compile(r"[A-Za-z0-9+/=_.~:%-]+")
"""The characters of keys, base64 and URL user info: pieces made only of them are looked up by
scanning the text's runs of such characters once, instead of searching the text for each piece."""


class _Registry:
    """The secrets known by value: exact forms, and the FRAGMENT-long pieces of the longer ones."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.exact: set[str] = set()  # shorter than FRAGMENT: searched whole
        self.pieces: frozenset[str] = frozenset()  # token characters only: found by window lookup
        self.odd_pieces: set[str] = set()  # pieces holding other characters: searched one by one

    def add(self, value: str) -> None:
        with self.lock:
            if len(value) < FRAGMENT:
                self.exact.add(value)
                return
            pieces = {value[i : i + FRAGMENT] for i in range(len(value) - FRAGMENT + 1)}
            plain = {piece for piece in pieces if _TOKEN_CHARS.fullmatch(piece)}
            self.pieces = self.pieces | plain
            self.odd_pieces |= pieces - plain

    def snapshot(self) -> tuple[list[str], frozenset[str]]:
        with self.lock:
            searched = sorted(self.exact | self.odd_pieces, key=len, reverse=True)
            return searched, self.pieces


_registry = _Registry()


def _forms(value: str) -> Iterable[str]:
    """The value and the base64 forms a client may build from it."""
    yield value
    raw = value.encode("utf-8")
    for encode in (base64.b64encode, base64.urlsafe_b64encode):
        encoded = encode(raw).decode("ascii")
        yield encoded
        yield encoded.rstrip("=")


def register_secret(value: str | None) -> None:
    """Mask this value, its base64 forms and any FRAGMENT-long piece of them, for the rest of the process.

    A value shorter than FRAGMENT made of letters only ("password") reads as a word: masking it
    would rewrite article texts (and shift their offsets) wherever the word occurs, so it is left.
    """
    if not value or len(value) < _MIN_SECRET or (len(value) < FRAGMENT and value.isalpha()):
        return
    for form in _forms(value):
        if len(form) >= _MIN_SECRET:
            _registry.add(form)


def register_url_credentials(url: str | None) -> None:
    """Register the user info of ``http://user:pass@host`` URLs (as typed and percent-decoded).

    httpx sends it as ``Authorization: Basic base64(user:pass)``; both the pair and its base64 are
    masked, and the password alone when it is long enough to be told from ordinary text.
    """
    if not url or "@" not in url:
        return
    try:
        parsed = urlparse(url)
    except ValueError:
        return
    userinfo = parsed.netloc.rpartition("@")[0]
    if not userinfo:
        return
    for info in {userinfo, unquote(userinfo)}:
        register_secret(info)
        register_secret(info.partition(":")[2])


def register_environment(environ: Mapping[str, str] | None = None) -> None:
    """Register the secrets the environment holds: ``*_API_KEY``/``*TOKEN``/``*SECRET``/``*PASSWORD``
    values and the user info of base-URL variables, so they are masked before any client reads them."""
    env = os.environ if environ is None else environ
    for name, value in env.items():
        if SECRET_ENVIRONMENT.search(name.upper()):
            register_secret(value)
    for name in _URL_ENVIRONMENT:
        register_url_credentials(env.get(name))


def _known_spans(text: str, searched: list[str], pieces: frozenset[str]) -> list[tuple[int, int]]:
    """Where registered secrets (whole, or as FRAGMENT-long runs) occur in ``text``, merged."""
    spans: list[tuple[int, int]] = []
    for needle in searched:
        start = text.find(needle)
        while start != -1:
            spans.append((start, start + len(needle)))
            start = text.find(needle, start + 1)
    if pieces:
        for run in _TOKEN_CHARS.finditer(text):
            if run.end() - run.start() < FRAGMENT:
                continue
            word = run.group()
            for i in range(len(word) - FRAGMENT + 1):
                if word[i : i + FRAGMENT] in pieces:
                    spans.append((run.start() + i, run.start() + i + FRAGMENT))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def redact(text: str) -> str:
    """The text with registered secrets and credential-like tokens replaced by ``[REDACTED]``."""
    searched, pieces = _registry.snapshot()
    if searched or pieces:
        spans = _known_spans(text, searched, pieces)
        if spans:
            out, last = [], 0
            for start, end in spans:
                out.append(text[last:start])
                out.append(MASK)
                last = end
            out.append(text[last:])
            text = "".join(out)
    bearer, basic, labelled, openai_key = _PATTERNS
    text = bearer.sub(lambda m: m.group(1) + MASK, text)
    text = basic.sub(lambda m: m.group(1) + MASK, text)
    text = labelled.sub(lambda m: m.group(1) + m.group(2) + MASK, text)
    return openai_key.sub(MASK, text)
