"""Articles: the input of every extraction, and how they are read from files.

Reading is strict on purpose: empty input, binary files and bytes that are not UTF-8 raise
InputError with the path in the message, instead of feeding the model noise.
"""

from __future__ import annotations

import hashlib
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from llmextract.errors import InputError
from llmextract.webpage import looks_like_html, page_to_article_fields

__all__ = ["Article", "decode_text", "load_article", "text_sha256"]


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

        A ``text`` that is an HTML page is replaced by the page's article text (``llmextract.webpage``).
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
    """Decode UTF-8 bytes (a BOM is allowed), refusing binary data with a clear message."""
    if b"\x00" in raw[:8192]:
        raise InputError(f"{source}: looks like a binary file, not UTF-8 text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source}: not valid UTF-8 (byte {exc.start}: {raw[exc.start : exc.start + 1]!r})"
        ) from exc
    if not text.strip():
        raise InputError(f"{source}: empty article")
    return text


def load_article(path: str | Path) -> Article:
    """Read an article from a .txt/.md file, a .json object file, an .html/.htm page, or ``-`` for stdin.

    HTML is also recognised by its content in any of them; its article text is extracted.
    """
    if str(path) == "-":
        text = decode_text(sys.stdin.buffer.read(), source="<stdin>")
        return _parse(text, source="<stdin>", stem=None)
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a folder; give one article file")
    text = decode_text(p.read_bytes(), source=str(p))
    return _parse(text, source=str(p), stem=p.stem)


def _parse(text: str, *, source: str, stem: str | None) -> Article:
    if source.endswith(".json") or (stem is None and text.lstrip().startswith("{")):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"{source}: invalid JSON ({exc.msg} at line {exc.lineno})") from exc
        article = Article.from_json(data, source=source)
        if stem and not data.get("id"):
            return Article(text=article.text, id=stem, title=article.title, metadata=article.metadata)
        return article
    if source.endswith((".html", ".htm")) or looks_like_html(text):
        page = page_to_article_fields(text, source=source)
        return Article(text=page["text"], id=stem or "", title=page["title"], metadata=page["metadata"])
    return Article(text=text, id=stem or "")
