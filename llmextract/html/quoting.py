"""Quotation marks around quoted words, added only where the words do not carry their own.

A quote's span usually includes its marks (``“We go now,”``); wrapping it in ``<q>``, whose
marks the browser draws, or in marks of our own would show them twice. So words whose first or
last character is a quotation mark are shown as they are, and other words get one pair.
"""

from __future__ import annotations

from markupsafe import Markup, escape

__all__ = ["QUOTATION_MARKS", "carries_marks", "in_marks", "quoted_html"]

QUOTATION_MARKS = frozenset("\"'“”„‟‘’‚‛«»‹›「」『』")


def carries_marks(text: str) -> bool:
    """Whether ``text`` already opens or closes with a quotation mark (spaces aside)."""
    words = text.strip()
    return bool(words) and (words[0] in QUOTATION_MARKS or words[-1] in QUOTATION_MARKS)


def in_marks(text: str) -> str:
    """``text`` in one pair of marks, or as it is when it carries its own."""
    return text if carries_marks(text) else f"“{text}”"


def quoted_html(text: str, css_class: str = "") -> Markup:
    """``<q>`` (the browser adds the marks) for bare words, a ``<span>`` for words with marks."""
    tag = "span" if carries_marks(text) else "q"
    classes = " ".join(c for c in (css_class, "own-marks" if tag == "span" else "") if c)
    attr = f' class="{escape(classes)}"' if classes else ""
    return Markup(f"<{tag}{attr}>{escape(text)}</{tag}>")
