"""Article text and title as data: nothing in them can close the prompt's data section.

Every prompt puts the article between ``<article>`` and ``</article>``. An article that contains
``</article>`` (or a look-alike: other case, spaces inside the tag, attributes) followed by
instructions would otherwise end the data section early and speak as the prompt. Tag-like
``article`` delimiters inside a value are written with ``&lt;``/``&gt;`` instead, and chat-template
control markers (``<|im_start|>``, ``<|endoftext|>``, ...) lose their pipes' meaning by a word joiner
(U+2060) after ``<``, so a server's template cannot read them as turns. A title is one line: its line
breaks become spaces, so it cannot open a new line that looks like a turn or a delimiter.

Only such sequences change; any other text renders byte for byte, so benign prompts, their hashes
and the response cache are untouched.
"""

from __future__ import annotations

import re

__all__ = ["fence_text", "fence_title"]

_DELIMITER = re.compile(r"<(\s*/?\s*article\b[^<>]*)>", re.IGNORECASE)
_CONTROL = re.compile(r"<(\|[^|<>\n]{0,40}\|)>")
_LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")


def fence_text(value: str) -> str:
    """The value with delimiter tags escaped and chat control markers defused."""
    if "<" not in value:
        return value
    value = _DELIMITER.sub(r"&lt;\1&gt;", value)
    return _CONTROL.sub("<\u2060\\1>", value)


def fence_title(value: str) -> str:
    """A title as one fenced line."""
    return fence_text(_LINE_BREAKS.sub(" ", value))
