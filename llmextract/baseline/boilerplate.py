"""Page furniture in plain text: lines that are links, credits or calls to subscribe, never speech.

"READ MORE: Mayor says ...", "Related: ...", "Also read ...", "Subscribe to ...", "Photo: ...",
"(Getty Images)" and the like are blanked (same length, so offsets do not move) before the rules
read the text: their quotation marks are headlines, not quotes, and their words are not actors.
So are headline lines (a line of its own in Title Case with no closing punctuation: "Harbour
Council Approves Wind Farm" is no organisation) and datelines ("PORT ELLERY — " before a story's
first sentence is a place, not a speaker or an actor; so is "Washington (CNN) —"), and photo
credits ("Ann Lee/AFP/Getty Images", "Enlarge this image toggle caption ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["at_line_starts", "blank_boilerplate", "dateline_places"]

_LINE = re.compile(
    r"^[ \t]*(?:"
    r"(?:read more|related|also read|see also|more on this|watch|listen)\b[ \t]*[:|\-–—]"
    r"|also read\b|subscribe\b|sign up\b|follow us\b|advertisement[ \t]*$"
    r"|(?:photo|image|picture|video|credit|photograph)s?(?:[ \t]+credit)?[ \t]*:"
    r"|\((?:photo|image|credit)[^)\n]*\)[ \t]*$"
    r"|enlarge this image\b"
    r"|(?-i:\|?[ \t]*[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3}/(?:AP|AFP|Getty Images|Reuters|EPA|Pool)\b)"
    r")[^\n]*",
    re.I | re.M,
)


_DATELINE = re.compile(
    r"^[ \t]*(?:[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}(?:,[ \t]+[A-Z][A-Za-z.]+)?"
    r"|[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){0,2}[ \t]+\(?(?:CNN|AP|AFP|Reuters)\)?)"  # "Washington (CNN)"
    r"[ \t]*[—–-]{1,2}(?:[ \t]|$)",
    re.M,
)
_AGENCY = re.compile(r"[ \t]+\(?(?:CNN|AP|AFP|Reuters)\)?$")
_HEADLINE_END = (".", "!", "?", ":", ";", ",", "”", '"', "’", "'", "»", "«", ")")


def _is_headline(line: str) -> bool:
    """A line of 3 to 16 words whose words of four letters or more all begin with a capital, with
    no closing punctuation and no quotation marks opening inside it."""
    if line.endswith(_HEADLINE_END) or any(ch in line for ch in '“„«"'):
        return False  # tested first: a paragraph ends so, and then is never split into words
    words = line.split()
    if not 3 <= len(words) <= 16:
        return False
    long_words = [w for w in words if sum(ch.isalpha() for ch in w) >= 4]
    return len(long_words) >= 2 and all(w[0].isupper() for w in long_words)


def dateline_places(text: str) -> frozenset[str]:
    """The places the article's datelines name, case-folded: "PORT ELLERY — ..." gives "port ellery"
    (a place, whatever case a later line writes it in)."""
    places = set()
    for m in at_line_starts(_DATELINE, text):
        head = _AGENCY.sub("", m.group().strip().rstrip("—–-").strip())
        places.add(" ".join(head.split(",")[0].split()).casefold())
    return frozenset(places)


def blank_boilerplate(text: str) -> str:
    """``text`` with page-furniture lines, headlines and datelines replaced by spaces of the same length."""
    return _blanked(_DATELINE, _blank_headlines(_blanked(_LINE, text)))


def at_line_starts(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer`` finds, for a pattern that begins with ``^`` and stays in its line:
    tried at each line start only (``re`` tries a leading ``^`` at every character)."""
    pos = 0
    while pos >= 0:
        m = pattern.match(text, pos)
        if m is not None:
            yield m
        pos = text.find("\n", pos)
        pos = pos if pos < 0 else pos + 1


def _blanked(pattern: re.Pattern[str], text: str) -> str:
    """``text`` with each match of a line pattern replaced by as many spaces."""
    pieces: list[str] = []
    pos = 0
    for m in at_line_starts(pattern, text):
        pieces += (text[pos : m.start()], " " * (m.end() - m.start()))
        pos = m.end()
    return "".join((*pieces, text[pos:])) if pieces else text


def _blank_headlines(text: str) -> str:
    """``text`` with its headline lines (their edge spaces and tabs included) blanked. Line by line
    with ``str`` methods: a regex that finds each line's edges costs five times as much."""
    lines = text.split("\n")
    blanked = False
    for i, line in enumerate(lines):
        core = line.strip(" \t")
        if core and _is_headline(core):
            lines[i] = " " * len(line)
            blanked = True
    return "\n".join(lines) if blanked else text
