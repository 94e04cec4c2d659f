"""A small element tree from the standard library's HTML parser, for checking rendered pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = {"meta", "link", "br", "hr", "img", "input", "source", "wbr", "col", "area", "base", "embed", "track"}


@dataclass
class Element:
    tag: str
    attrs: dict[str, str]
    parent: Element | None = None
    children: list[Element | str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    def iter(self) -> list[Element]:
        out: list[Element] = [self]
        for c in self.children:
            if isinstance(c, Element):
                out.extend(c.iter())
        return out

    def find_all(self, tag: str | None = None, **attrs: str) -> list[Element]:
        return [
            e
            for e in self.iter()
            if (tag is None or e.tag == tag)
            and all(e.attrs.get(k.replace("_", "-")) == v for k, v in attrs.items())
        ]

    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#document", {})
        self.node = self.root
        self.all_attrs: list[tuple[str, str, str]] = []  # (tag, name, value) of every attribute

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.all_attrs.extend((tag, k, v) for k, v in values.items())
        el = Element(tag, values, self.node)
        self.node.children.append(el)
        if tag not in VOID:
            self.node = el

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        self.all_attrs.extend((tag, k, v) for k, v in values.items())
        self.node.children.append(Element(tag, values, self.node))

    def handle_endtag(self, tag: str) -> None:
        node: Element | None = self.node
        while node is not None and node.tag != tag:
            node = node.parent
        if node is None or node.parent is None:
            raise AssertionError(f"unexpected </{tag}>")
        if node is not self.node:
            raise AssertionError(f"</{tag}> closes <{self.node.tag}> implicitly")
        self.node = node.parent

    def handle_data(self, data: str) -> None:
        self.node.children.append(data)


def parse(html: str) -> tuple[Element, list[tuple[str, str, str]]]:
    """The document's root element and every (tag, attribute, value) seen; fails on bad nesting."""
    builder = _Builder()
    builder.feed(html)
    builder.close()
    if builder.node is not builder.root:
        raise AssertionError(f"<{builder.node.tag}> never closed")
    return builder.root, builder.all_attrs
