"""The text a reader sees in a rendered element: ``<q>`` draws its marks (the browser adds them)."""

from __future__ import annotations

from pagetree import Element


def shown_text(element: Element) -> str:
    """Text content with each ``<q>`` in the marks the browser draws around it."""
    parts = []
    for child in element.children:
        if isinstance(child, str):
            parts.append(child)
        elif child.tag == "q":
            parts.append(f"“{shown_text(child)}”")
        else:
            parts.append(shown_text(child))
    return "".join(parts)
