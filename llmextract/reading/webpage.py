"""News pages in HTML: the article's text and title, with the page's navigation, cookie notices,
"most read" boxes, footers and scripts left out.

Extraction uses trafilatura, a news-grade main-content extractor (maintained, pure Python over
lxml, no network, no model download; among the best on the ScrapingHub article-extraction
benchmark) with precision favoured over recall: a stray menu line costs more here, where every
line may become a quote or an actor, than a lost caption. The clean text is the article's
``text``, which every offset refers to; the page's URL (from its canonical link or og:url), its
``<title>`` and the path of the HTML file go into the article's metadata, so a view can link
back to the source page.
"""

from __future__ import annotations

import re
from typing import Any

from llmextract.errors import InputError

__all__ = ["looks_like_html", "page_to_article_fields"]

_PAGE_LANG = re.compile(r"<html\b[^>]*\blang=[\"']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)", re.I)
_HTML_START = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_BLOCK_CLOSE = re.compile(r"</(?:p|div|span|h[1-6]|li|ul|table|td|tr|body|html|a|article|section)\s*>", re.I)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page: it starts like one, or closes three or more common
    elements in its first 20,000 characters (plain text that names a tag does not)."""
    head = text[:20_000]
    return _HTML_START.match(head) is not None or len(_BLOCK_CLOSE.findall(head)) >= 3


def page_to_article_fields(html: str, *, source: str) -> dict[str, Any]:
    """``{"text", "title", "metadata"}`` of the news article in an HTML page.

    Raises InputError, naming ``source``, when the page holds no article text.
    """
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    body = getattr(doc, "text", None) if doc is not None else None
    if not isinstance(body, str) or not body.strip():
        raise InputError(f"{source}: no article text found in this HTML page")
    title = getattr(doc, "title", None)
    paragraphs = [line.strip() for line in body.split("\n") if line.strip()]
    if isinstance(title, str) and paragraphs and paragraphs[0] == title.strip() and len(paragraphs) > 1:
        paragraphs = paragraphs[1:]  # the headline is the title, not the first paragraph
    metadata: dict[str, Any] = {"source_format": "html"}
    url = getattr(doc, "url", None)
    if isinstance(url, str) and url:
        metadata["source_url"] = url
    if not source.startswith("<"):
        metadata["source_html"] = source
    lang = _PAGE_LANG.search(html[:4096])
    if lang:
        metadata["lang"] = lang.group(1)
    return {
        "text": "\n\n".join(paragraphs),
        "title": title if isinstance(title, str) else None,
        "metadata": metadata,
    }
