"""Page furniture in plain text: lines that are links, credits or calls to subscribe, never speech.

"READ MORE: Mayor says ...", "Related: ...", "Also read ...", "Subscribe to ...", "Photo: ...",
"(Getty Images)" and the like are blanked (same length, so offsets do not move) before the rules
read the text: their quotation marks are headlines, not quotes, and their words are not actors.
"""

from __future__ import annotations

import re

__all__ = ["blank_boilerplate"]

_LINE = re.compile(
    r"^[ \t]*(?:"
    r"(?:read more|related|also read|see also|more on this|watch|listen)\b[ \t]*[:|\-–—]"
    r"|also read\b|subscribe\b|sign up\b|follow us\b|advertisement[ \t]*$"
    r"|(?:photo|image|picture|video|credit|photograph)s?(?:[ \t]+credit)?[ \t]*:"
    r"|\((?:photo|image|credit)[^)\n]*\)[ \t]*$"
    r")[^\n]*",
    re.I | re.M,
)


def blank_boilerplate(text: str) -> str:
    """``text`` with page-furniture lines replaced by spaces of the same length."""
    return _LINE.sub(lambda m: " " * len(m.group()), text)
