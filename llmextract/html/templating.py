"""The one Jinja environment of the HTML views, the inline assets, and JSON safe inside <script>.

Pages must open from a file with no network, so CSS and JS are read from package data and
inlined. Autoescaping is always on: article text, names and ids are data, never markup.
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from llmextract.html.quoting import quoted_html

__all__ = ["asset", "environment", "script_json"]

# Characters that could end or confuse a <script> element, or break JS string literals.
_SCRIPT_ESCAPES = {
    "<": "\\u003c",
    ">": "\\u003e",
    "&": "\\u0026",
    "\u2028": "\\u2028",
    "\u2029": "\\u2029",
}


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("llmextract.html", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["quoted"] = quoted_html
    return env


@cache
def asset(name: str) -> Markup:
    """A CSS or JS file shipped in ``llmextract/html/assets``, to inline in <style>/<script>."""
    text = resources.files("llmextract.html").joinpath("assets").joinpath(name).read_text(encoding="utf-8")
    if "</" in text:
        raise ValueError(f"asset {name} contains '</', which would end its inline element")
    return Markup(text)


def script_json(data: Any) -> Markup:
    """JSON for ``<script type="application/json">``: no ``<``, ``>`` or ``&`` survives raw.

    ``JSON.parse`` reads the ``\\u003c`` escapes back as the original characters, so the data
    round-trips while ``</script>`` or ``<!--`` in an article cannot end the element.
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for char, escaped in _SCRIPT_ESCAPES.items():
        text = text.replace(char, escaped)
    return Markup(text)
