"""Articles: the input of every extraction, and how they are read from files.

Reading is strict on purpose: the model is never fed noise. What a file may hold:

==============================  ==================================================================
input                           outcome
==============================  ==================================================================
empty, whitespace only          InputError "empty article"
binary (NUL bytes)              InputError "looks like a binary file"
UTF-8, with or without BOM      read
UTF-16/UTF-32 with a BOM        decoded (the BOM says the encoding; nothing is guessed)
Latin-1 or other non-UTF-8      InputError naming the byte and the fix (convert to UTF-8); the
                                encoding is not guessed, since a wrong guess corrupts every quote
over ``max_bytes``              InputError from the file's size, before it is read
HTML (.html/.htm, or markup     the page's article text and title, extracted by
sniffed in text or JSON text)   ``llmextract.reading.webpage``; navigation, notices and footers left out
JSON (.json, or ``{`` on stdin) read by the one JSON policy (``llmextract.utils.json_policy``):
                                too deep, invalid or not an object is an InputError
==============================  ==================================================================

However an Article is made (a file, a JSONL line, an application's own code), a lone surrogate in
its id, title, text or metadata becomes U+FFFD, one code point for one (UTF-8 cannot hold it), and
metadata nesting deeper than ``VALUE_MAX_DEPTH`` levels is an InputError: the results the toolkit
writes from an article always read back.
"""

from __future__ import annotations

import codecs
import hashlib
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from llmextract.errors import InputError
from llmextract.reading.webpage import looks_like_html, page_to_article_fields
from llmextract.utils.json_policy import VALUE_MAX_DEPTH, TooDeep, bounded, loads, no_surrogates

__all__ = ["DEFAULT_MAX_BYTES", "Article", "decode_text", "headline", "load_article", "text_sha256"]

DEFAULT_MAX_BYTES = 4_000_000
"""Files larger than this are refused before being read: 4 bytes per character of the default
``max_chars`` (1,000,000), the most UTF-8 needs."""

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_BOMS = (  # UTF-32 first: its little-endian BOM begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Article:
    """One news article. ``id`` defaults to a prefix of the text's sha256."""

    text: str
    id: str = ""
    title: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise InputError(f"article text must be str, not {type(self.text).__name__}")
        object.__setattr__(self, "text", no_surrogates(self.text))
        for name in ("id", "title"):
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, no_surrogates(value))
        try:
            object.__setattr__(self, "metadata", bounded(self.metadata, max_depth=VALUE_MAX_DEPTH))
        except TooDeep as exc:
            raise InputError(
                f"article {self.id or '(no id)'}: its metadata {exc} (the most a result carries)"
            ) from None
        if not self.text.strip():
            raise InputError(f"article {self.id or '(no id)'} is empty")
        if not self.id:
            object.__setattr__(self, "id", self.sha256[:12])

    @property
    def sha256(self) -> str:
        return text_sha256(self.text)

    @classmethod
    def from_json(cls, data: Any, *, source: str = "<json>") -> Article:
        """Build from a ``{"id", "title", "text"}`` object, naming ``source`` on error.

        A ``text`` that is an HTML page becomes the page's article text (``llmextract.reading.webpage``);
        the object's own keys win over what the page says.
        """
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            raise InputError(f"{source}: expected a JSON object with a string 'text' field")
        if looks_like_html(data["text"]):
            page = page_to_article_fields(data["text"], source=source)
            page["metadata"].pop("source_html", None)
            data = {**page["metadata"], "title": page["title"], **data, "text": page["text"]}
        title = data.get("title")
        meta = {k: v for k, v in data.items() if k not in {"id", "title", "text"}}
        return cls(
            text=data["text"],
            id=str(data.get("id") or ""),
            title=title if isinstance(title, str) else None,
            metadata=meta,
        )


def decode_text(raw: bytes, *, source: str) -> str:
    """Decode UTF-8 bytes (a BOM is allowed; UTF-16/32 only with their BOM), refusing binary
    data and other encodings with a clear message."""
    encoding = next((name for bom, name in _BOMS if raw.startswith(bom)), None)
    if encoding is not None:
        try:
            text = raw.decode(encoding).removeprefix("\ufeff")
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: starts with a {encoding.upper()} BOM but is not {encoding}") from exc
    else:
        if b"\x00" in raw[:8192]:
            raise InputError(f"{source}: looks like a binary file, not UTF-8 text")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"{source}: not valid UTF-8 (byte {exc.start}: {raw[exc.start : exc.start + 1]!r}); "
                "if it is Latin-1 or Windows-1252, convert it first, e.g. "
                "iconv -f windows-1252 -t utf-8"
            ) from exc
    if not text.strip():
        raise InputError(f"{source}: empty article")
    return text


def _too_big(source: str, size: int, max_bytes: int) -> InputError:
    return InputError(
        f"{source}: {size:,} bytes, over the limit of {max_bytes:,}; "
        "raise --max-chars to accept longer articles"
    )


def load_article(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read an article from a .txt/.md file, a .json object file, an .html/.htm page, or ``-`` for stdin.

    A file over ``max_bytes`` is refused from its size, before it is read. HTML, recognised by the
    suffix or by its content, gives the page's article text and title.
    """
    if str(path) == "-":
        raw = sys.stdin.buffer.read(max_bytes + 1)
        if len(raw) > max_bytes:
            raise _too_big("<stdin>", len(raw), max_bytes)
        text = decode_text(raw, source="<stdin>")
        return _parse(text, source="<stdin>", stem=None)
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a folder; give one article file")
    size = p.stat().st_size
    if size > max_bytes:
        raise _too_big(str(p), size, max_bytes)
    text = decode_text(p.read_bytes(), source=str(p))
    return _parse(text, source=str(p), stem=p.stem)


def _parse(text: str, *, source: str, stem: str | None) -> Article:
    if source.endswith(".json") or (stem is None and text.lstrip().startswith("{")):
        data = loads(text, where=source)
        article = Article.from_json(data, source=source)
        if stem and not data.get("id"):
            return Article(text=article.text, id=stem, title=article.title, metadata=article.metadata)
        return article
    if source.lower().endswith(HTML_SUFFIXES) or looks_like_html(text):
        page = page_to_article_fields(text, source=source)
        return Article(text=page["text"], id=stem or "", title=page["title"], metadata=page["metadata"])
    return Article(text=text, id=stem or "", title=headline(text))


TITLE_MAX_CHARS = 200


def headline(text: str) -> str | None:
    """A plain-text article's title: its first line, when more lines follow and it is short.

    A .txt or .md file has nowhere else to keep a title, and news text set down as a file starts
    with its headline; a one-line text, or a first line longer than ``TITLE_MAX_CHARS`` (a
    paragraph), has none. A Markdown heading's ``#`` marks are not part of it. The text itself
    is kept whole, so every offset still indexes the file as written.
    """
    lines = text.strip().splitlines()
    if len(lines) < 2:
        return None
    first = lines[0].strip().lstrip("#").strip()
    return first if first and len(first) <= TITLE_MAX_CHARS else None
