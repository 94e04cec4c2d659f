"""Other names an actor goes by: what a reader takes for the same actor, written another way.

The rules find an actor under the form the article writes; readers and gold annotations often
know it by another one. These are added as aliases, never as new actors:

- a person's name without its middle initials ("Donald J. Trump" -> "Donald Trump");
- a party from its members ("Republicans" -> "Republican Party", "Democrats" -> "Democratic Party");
- a national institution of the United States by its full name when the article is about US
  politics ("the Justice Department" -> "United States Department of Justice", "the Senate" ->
  "United States Senate", "FBI" -> "Federal Bureau of Investigation"). Tuned on SEESAW, whose
  entity lists use these names.
"""

from __future__ import annotations

import re

__all__ = ["PARTY_MEMBERS", "aliases_of", "is_us_politics"]

_INITIAL = re.compile(r"^[A-Z]\.?$")
PARTY_MEMBERS = {
    "republican": "Republican Party",
    "republicans": "Republican Party",
    "gop": "Republican Party",
    "democrat": "Democratic Party",
    "democrats": "Democratic Party",
    "conservatives": "Conservative Party",
    "labour": "Labour Party",
}
_US_INSTITUTIONS = {
    "congress": "United States Congress",
    "senate": "United States Senate",
    "house": "United States House of Representatives",
    "house of representatives": "United States House of Representatives",
    "supreme court": "Supreme Court of the United States",
    "fbi": "Federal Bureau of Investigation",
    "cia": "Central Intelligence Agency",
    "pentagon": "United States Department of Defense",
    "epa": "United States Environmental Protection Agency",
    "u.s.": "United States",
    "us": "United States",
    "america": "United States",
    "the united states": "United States",
}
_DEPARTMENT = re.compile(r"^(?:the\s+)?(?:U\.S\.\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+Department$")
_DEPARTMENT_OF = re.compile(
    r"^(?:the\s+)?(?:U\.S\.\s+)?Department\s+of\s+([A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+)*)$"
)
_US_CUES = re.compile(r"\b(?:U\.S\.|Congress|Senate|Washington|White House|Republicans?|Democrats?)\b")


def is_us_politics(text: str) -> bool:
    """Whether the article names US institutions often enough to read "the Senate" as the US one."""
    return len(_US_CUES.findall(text)) >= 2


def aliases_of(name: str, us_politics: bool) -> list[str]:
    """The other names ``name`` goes by (see the module docstring); empty when there are none."""
    out: list[str] = []
    words = name.split()
    if len(words) > 2 and any(_INITIAL.match(w) for w in words[1:-1]):
        out.append(" ".join([words[0], *(w for w in words[1:-1] if not _INITIAL.match(w)), words[-1]]))
    low = name.lower()
    if low in PARTY_MEMBERS:
        out.append(PARTY_MEMBERS[low])
    if us_politics:
        if low in _US_INSTITUTIONS:
            out.append(_US_INSTITUTIONS[low])
        if m := _DEPARTMENT.match(name) or _DEPARTMENT_OF.match(name):
            out.append(f"United States Department of {m.group(1)}")
    return [a for a in out if a != name]
