"""Other names an actor goes by: what a reader takes for the same actor, written another way.

The rules find an actor under the form the article writes; readers and gold annotations often
know it by another one. These are added as aliases, never as new actors:

- a person's name without its middle initials ("Donald J. Trump" -> "Donald Trump") or its one
  middle name ("Sarah Huckabee Sanders" -> "Sarah Sanders");
- a person's given name in its other common English form, short or formal ("Charles Schumer" ->
  "Chuck Schumer", "Bob Mueller" -> "Robert Mueller"): news writes one, readers know the other;
- a party from its members ("Republicans" -> "Republican Party", "Democrats" -> "Democratic Party");
- a national institution of the United States by its full name when the article is about US
  politics ("the Justice Department" -> "United States Department of Justice", "the Senate" ->
  "United States Senate", "FBI" -> "Federal Bureau of Investigation"). Tuned on SEESAW, whose
  entity lists use these names.
"""

from __future__ import annotations

import re
from itertools import islice

from llmextract.actors.given_names import is_given_name

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
# formal given name -> its common short forms (either way round gives an alias)
_GIVEN_FORMS: dict[str, tuple[str, ...]] = {
    "Robert": ("Bob", "Rob", "Bobby"),
    "William": ("Bill", "Will", "Billy"),
    "Charles": ("Chuck", "Charlie"),
    "Richard": ("Dick", "Rick", "Rich"),
    "James": ("Jim", "Jimmy"),
    "Thomas": ("Tom",),
    "Edward": ("Ed", "Eddie", "Ted"),
    "Stephen": ("Steve",),
    "Steven": ("Steve",),
    "Gregory": ("Greg",),
    "Jeffrey": ("Jeff",),
    "Douglas": ("Doug",),
    "David": ("Dave",),
    "Lawrence": ("Larry",),
    "Joseph": ("Joe",),
    "Michael": ("Mike",),
    "Rudolph": ("Rudy",),
    "Bernard": ("Bernie",),
    "Christopher": ("Chris",),
    "Timothy": ("Tim",),
    "Donald": ("Don",),
    "Jerrold": ("Jerry",),
    "Gerald": ("Jerry",),
    "Anthony": ("Tony",),
    "Kenneth": ("Ken",),
    "Daniel": ("Dan", "Danny"),
    "Nicholas": ("Nick",),
    "Patrick": ("Pat",),
    "Samuel": ("Sam",),
    "Benjamin": ("Ben",),
    "Elizabeth": ("Liz", "Beth"),
    "Katherine": ("Kate", "Kathy"),
    "Margaret": ("Peggy", "Maggie"),
    "Deborah": ("Debbie",),
    "Patricia": ("Patty", "Pat"),
}
_OTHER_GIVEN: dict[str, tuple[str, ...]] = {}
for _formal, _shorts in _GIVEN_FORMS.items():
    _OTHER_GIVEN.setdefault(_formal, _shorts)
    for _short in _shorts:
        _OTHER_GIVEN[_short] = (*_OTHER_GIVEN.get(_short, ()), _formal)
_NAME_WORD = re.compile(r"^[A-Z][a-z]+$")
_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})
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
# each word's look-behind after its first letter: a pattern that opens with letters lets ``re`` skip ahead
_US_CUES = re.compile(
    r"(?:U(?<!\w.)\.S\.|C(?<!\w.)ongress|S(?<!\w.)enate|W(?<!\w.)ashington|W(?<!\w.)hite House"
    r"|R(?<!\w.)epublicans?|D(?<!\w.)emocrats?)\b"
)


def is_us_politics(text: str) -> bool:
    """Whether the article names US institutions often enough to read "the Senate" as the US one."""
    return next(islice(_US_CUES.finditer(text), 1, None), None) is not None  # a second one: no need for more


def aliases_of(name: str, us_politics: bool) -> list[str]:
    """The other names ``name`` goes by (see the module docstring); empty when there are none."""
    out: list[str] = []
    words = name.split()
    if len(words) > 2 and any(_INITIAL.match(w) for w in words[1:-1]):
        out.append(" ".join([words[0], *(w for w in words[1:-1] if not _INITIAL.match(w)), words[-1]]))
    short = out[-1].split() if out else words
    if (
        len(words) == 3
        and all(_NAME_WORD.match(w) for w in words)
        and is_given_name(words[0].lower())
        and not (set(words) & _SUFFIXES)
        and name.lower() not in PARTY_MEMBERS
    ):
        short = [words[0], words[2]]  # "Sarah Huckabee Sanders": one middle name
        out.append(" ".join(short))
    if len(short) == 2 and _NAME_WORD.match(short[1]) and short[1] not in _SUFFIXES:
        out.extend(f"{other} {short[1]}" for other in _OTHER_GIVEN.get(short[0], ()))
    low = name.lower()
    if low in PARTY_MEMBERS:
        out.append(PARTY_MEMBERS[low])
    if us_politics:
        if low in _US_INSTITUTIONS:
            out.append(_US_INSTITUTIONS[low])
        if m := _DEPARTMENT.match(name) or _DEPARTMENT_OF.match(name):
            out.append(f"United States Department of {m.group(1)}")
    return [a for a in out if a != name]
