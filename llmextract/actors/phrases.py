"""Bodies and persons an article names in lower case, by a role or by the person they serve.

Forms of news that the capitalised runs of ``actors.forms`` do not see:

- a body named for a person: a model writes "Bernie Sanders presidential campaign" where the
  article writes "the Sanders campaign" or "Sanders's campaign". The article must write the
  person's full name somewhere (first name and surname, a middle name or initial between), so an
  invented "Ottoline Sanders presidential campaign" is still unnamed; the mention is the
  surname with the head ("Sanders campaign", "Sanders's campaign");
- a ministry or department in lower case: "the defence ministry", "the justice department" for
  "Ministry of Defence of Ostland" or "United States Department of Justice". Every distinctive
  word must stand before the head, in the name's order, after "the" or the country's adjective
  or possessive: "the ministry" alone, or "the fisheries ministry" for a "Ministry of Agriculture",
  names nothing;
- a national body or a person named by a role alone: "Ostland's parliament", "the Ostlandic
  army", "Ostland's president" for "President of Ostland", only where the article names the country.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from llmextract.actors.countries import Countries
from llmextract.actors.names import TITLES

__all__ = ["lower_case_mentions", "person_body_mentions", "phrase_mentions", "role_mentions", "same_spelling"]

# bodies named for the person they serve; "presidential", a year, "re-election" are no words a
# reader needs: "the Sanders campaign" is the Bernie Sanders 2016 presidential campaign
PERSON_HEADS = frozenset({"campaign", "administration", "transition"})
_PERSON_HEAD_GENERIC = frozenset(
    {"presidential", "reelection", "re", "election", "primary", "senate", "mayoral", "gubernatorial"}
)
# heads a national body goes by in lower case: "the defence ministry", "the constitutional court"
_LOWER_HEADS = frozenset(
    {"ministry", "department", "office", "agency", "commission", "court", "bank", "assembly", "council"}
)
# bodies a country has one of: "Ostland's parliament", "the Ostlandic army", "Ostland's government"
_NATIONAL_HEADS = frozenset(
    {"government", "gouvernement", "regierung", "gobierno", "parliament", "army", "navy", "military"}
)
# British and American spellings of the words of a body's name: "defence ministry", "Defense Ministry"
_SPELLINGS = {"defence": "defense", "defense": "defence", "offence": "offense", "offense": "offence"}
_YEAR = re.compile(r"\d{4}")


def person_body_mentions(
    name_words: list[str], head: str | None, folded_text: str
) -> Iterator[tuple[int, int]]:
    """(start, end) of each mention of a body named for a person ("Bernie Sanders presidential
    campaign" in ``name_words``, folded and lower case): the surname with the head, when the article
    writes the person's first name before the surname somewhere."""
    if head not in PERSON_HEADS or name_words[-1:] != [head]:
        return
    person = [w for w in name_words[:-1] if w not in _PERSON_HEAD_GENERIC and not _YEAR.fullmatch(w)]
    if not 2 <= len(person) <= 3:
        return
    first, last = person[0], person[-1]
    # the full name, a capitalised middle name or initial between; "Ted Cruz's" too
    full = rf"(?<![\w'’])(?i:{re.escape(first)})\s+(?:[A-Z][\w'’.-]*\s+)?(?i:{re.escape(last)})(?![\w-])"
    if not _capitalised(full, folded_text):
        return
    body = (
        rf"(?<![\w'’])(?:{re.escape(first)}\s+)?{re.escape(last)}(?:['’]s?)?"
        rf"(?:\s+(?:presidential|re-?election|\d{{4}}))*\s+{head}(?![\w'’-])"
    )
    for m in re.finditer(body, folded_text, re.IGNORECASE):
        if m.group()[:1].isupper():  # a surname, not a word: "the Sanders campaign"
            yield m.start(), m.end()


def _capitalised(pattern: str, folded_text: str) -> bool:
    """Whether the text writes ``pattern`` as a name, with a capital."""
    return any(m.group()[:1].isupper() for m in re.finditer(pattern, folded_text))


def lower_case_mentions(
    distinctive: list[str], head: str | None, folded_text: str
) -> Iterator[tuple[str, int, int]]:
    """(opener, start, end) of each mention of a ministry or department in any case: its
    distinctive words in order before its head ("defence ministry", "justice department"), after
    "the" or a capitalised word (the caller checks it names the country: "Ostland's", "Ostlandic").
    The mention is the words from the first distinctive one to the head."""
    if head not in _LOWER_HEADS or not distinctive or len(distinctive) > 3:
        return
    words = r"\s+(?:(?:and|&)\s+)?".join(_spelled(w) for w in distinctive)  # "economy and finance"
    # "the health ministry's spokesman": a possessive after the head
    pattern = rf"(?<![\w'’])([Tt]he|[A-Z][\w.]*)(?:['’]s)?\s+({words}\s+{head})(?![\w-])(?!['’](?!s\b))"
    for m in re.finditer(pattern, folded_text, re.IGNORECASE):
        if m.group(1)[:1].isupper() or m.group(1).casefold() == "the":
            yield m.group(1), m.start(2), m.end(2)


def phrase_mentions(
    words: list[str],
    distinctive: list[str],
    head: str | None,
    codes: frozenset[str],
    folded_text: str,
    busy: list[tuple[int, int]],
    countries: Countries | None = None,
) -> Iterator[tuple[int, int]]:
    """Both forms for one name (``words``: all its words, folded, lower case; ``distinctive``,
    ``head``, ``codes``: what ``actors.forms`` makes of it), outside ``busy`` (other actors'
    mentions). A body named for a person may hold that person's mention; a national ministry is
    mentioned only where the article names its country (``codes``), after "the" or that country's
    word ("Ostland's defence ministry")."""
    if words[-1:] and words[-1] in PERSON_HEADS:
        for start, end in person_body_mentions(words, words[-1], folded_text):
            if all(e <= start or end <= s or (start <= s and e <= end) for s, e in busy):
                yield start, end
        return
    countries = countries or Countries()
    if codes and not countries.named_in(folded_text, codes):
        return  # "the defence ministry" is Ostland's only where the article names Ostland
    if codes and not distinctive and head in _NATIONAL_HEADS:  # "Ostland's government", around "Ostland"
        for m in re.finditer(rf"(?<![\w'’])([A-Z][\w.]*)(?:['’]s)?\s+{head}(?![\w-])", folded_text):
            if countries.codes(m.group(1)) & codes and all(
                e <= m.start() or m.end() <= s or (m.start() <= s and e <= m.end()) for s, e in busy
            ):
                yield m.start(), m.end()
    for opener, start, end in lower_case_mentions(distinctive, head, folded_text):
        if opener.casefold() != "the" and not countries.codes(opener) & codes:
            continue  # "Ostland's defence ministry" names Ostland's, not Kestria's
        if all(e <= start or end <= s for s, e in busy):
            yield start, end


def _spelled(word: str) -> str:
    """A pattern for ``word`` in either spelling: "defen[cs]e"."""
    other = _SPELLINGS.get(word)
    return "(?:" + "|".join(map(re.escape, (word, other))) + ")" if other else re.escape(word)


def same_spelling(word: str) -> str:
    """``word`` in one spelling of the two ("defence" for "defense"), for comparing words."""
    return "defence" if word == "defense" else "offence" if word == "offense" else word


# the words of a role a person is named by: "President of Ostland", "Ostlandic Prime Minister"
_ROLE_PORTFOLIO = frozenset(
    [
        "state",
        "defence",
        "defense",
        "foreign",
        "affairs",
        "interior",
        "home",
        "justice",
        "finance",
        "economy",
        "trade",
        "health",
        "energy",
        "education",
        "environment",
        "transport",
        "treasury",
        "security",
        "press",
    ]
)
_SPOKES = "(?:spokesman|spokeswoman|spokesperson)"


def role_mentions(name: str, folded_text: str, countries: Countries) -> Iterator[tuple[int, int]]:
    """(start, end) of each mention of a person the model names by a national role alone
    ("President of Ostland", "Ostlandic Prime Minister", "Ostland Foreign Ministry spokesperson"):
    the role after the country's possessive or adjective ("Ostland's president", "the Ostlandic
    prime minister") or before "of" and the country ("the president of Ostland"). Only where the
    article names the country, and every word of the role is written."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", name)]
    codes: frozenset[str] = frozenset()
    if len(words) > 2 and words[-2] == "of" and (codes := countries.codes(words[-1])):
        words = words[:-2]
    elif len(words) > 1 and (codes := countries.codes(words[0])):
        words = words[1:]
    role = [w for w in words if w not in ("the", "for", "of")]
    if not codes or not role or len(role) > 4 or not any(w in TITLES for w in role):
        return
    if not all(w in TITLES or w in _ROLE_PORTFOLIO or w in ("ministry", "department") for w in role):
        return
    if not countries.named_in(folded_text, codes):
        return
    said = r"\s+".join(_SPOKES if w.startswith("spokes") else _spelled(w) for w in role)
    before = rf"(?<![\w'’])([A-Z][\w.]*)(?:['’]s)?\s+(?:(?i:{said}))(?![\w-])"
    after = rf"(?<![\w'’])(?i:{said})\s+of\s+([A-Z][\w.]*)(?![\w-])"
    for pattern in (before, after):
        for m in re.finditer(pattern, folded_text):
            if countries.codes(m.group(1)) & codes:
                yield m.start(), m.end()
