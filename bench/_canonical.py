"""Canonical-name variants for ``bench/grounding.py``: the names a capable model writes for the
people and organisations PolNeAR's sources are, and names it invents, through ``resolve_actors``.

From each article's attribution Sources (as written in the text):

* a person written "First Last" (neither word a title nor an organisation's word) becomes
  ``middle_initial`` ("First Q. Last"), ``middle_name`` ("First Alden Last") and ``title``
  ("Senator First Last"), and ``full_given_name`` where the first name is a nickname
  ("William Last" for "Bill Last"); invented: ``other_first`` (a first
  name the article never writes, with the surname: must be dropped) and ``other_surname``;
* a person written "First Middle Last" or "First M. Last" becomes ``middle_left_out`` ("First
  Last");
* a party's members ("Republicans", "Democrats") become ``party`` ("Republican Party");
* "the X Department" becomes ``department`` ("United States Department of X"), and "the Senate" or
  "the House" ``chamber`` ("United States Senate"); invented: ``other_department`` (a department
  the article never names).

Kinds added later (written before the code that keeps them):

* ``department_us`` ("U.S. Department of X", also for a department of two words: "the Homeland
  Security Department"), ``congress`` ("United States Congress" for "Congress"), ``court``
  ("Supreme Court of the United States" for "the Supreme Court");
* ``caucus`` ("Senate Republican Conference", "House Democratic Caucus" for "Senate Republicans",
  "House Democrats");
* ``acronym_expanded``: an acronym the article writes ("the FBI", "GOP", "the AP") as the full
  name a model writes ("Federal Bureau of Investigation", "Republican Party", "Associated Press");
* ``campaign``: "the Sanders campaign", "Trump's campaign" as "Bernie Sanders presidential
  campaign", the first name taken from the article's "First Last"; invented: ``other_campaign``
  (a first name the article never writes: "Ottoline Sanders presidential campaign");
* ``outlet``: "Fox News" as "Fox News Channel", "Breitbart News" as "Breitbart News Network";
* ``state_official``: a country named by its common name ("China", "Russia", "Israel") as its
  official name ("People's Republic of China", "Russian Federation", "State of Israel");
* invented ``other_party``: a party whose word the article never writes ("Libertarian Party").

Kinds of issue 24's classes in the other forms models write (tuned on):

* ``party_national`` ("Democratic Party of the United States", "U.S. Republican Party") and
  ``party_qualified`` ("Republican Party (United States)") for "Republicans", "Democrats";
* ``department_bare`` ("Department of Justice", "US Department of Justice"), invented
  ``other_department_bare``; ``chamber_full`` ("U.S. House of Representatives" for "the House");
* ``title_surname`` ("Senator Last", "Mr. Last"), ``title_abbreviated`` ("Sen. First Last"),
  ``title_middle_initial`` ("President First Q. Last"), invented ``other_titled_first`` ("Senator
  Ottoline Last");
* ``surname_to_full``: a source written as a bare surname answered with the one first name the
  article gives it; invented ``other_first_of_surname`` (a first name the article never writes).

Each name is one answer's only actor; kept means the actor survives with a mention.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterator

from _answers import Attribution
from nicknames import NickNamer

from llmextract.actors.given_names import is_given_name
from llmextract.actors.names import TITLES
from llmextract.actors.resolve import resolve_actors
from llmextract.core.answer import LLMExtraction

_NAMER = NickNamer()
INVENTED_KINDS = frozenset(
    {
        "other_first",
        "other_surname",
        "other_department",
        "other_campaign",
        "other_party",
        "other_titled_first",
        "other_first_of_surname",
        "other_department_bare",
    }
)
_FIRST_NAMES = ("Ottoline", "Barnaby", "Wilhelmina", "Cosmo", "Perpetua", "Thaddeus")
_SURNAMES = ("Quarrington", "Vandermolen", "Oyelaran", "Duchesne", "Brannagh")
_DEPARTMENTS = ("Lighthouses", "Glassworks", "Falconry", "Tapestry")
_PERSON = re.compile(r"([A-Z][a-z]+) ([A-Z][a-z]{2,})")
_PERSON_MIDDLE = re.compile(r"([A-Z][a-z]+) (?:[A-Z]\. |[A-Z][a-z]+ )([A-Z][a-z]{2,})")
# first words that make "First Last" no person's name: articles, titles, words of organisations
_NOT_FIRST_WORDS = (
    "the by judge pope president senator sen gov governor mr mrs ms dr rep speaker secretary general "
    "chairman mayor justice attorney prime minister"
)
_NOT_LAST_WORDS = (
    "news times post party department county police campaign committee house senate court "
    "journal press association office group center centre institute polls companies"
)
_NOT_FIRST = frozenset(_NOT_FIRST_WORDS.split()) | frozenset(TITLES) | {"new", "major"}
_NOT_LAST = frozenset(_NOT_LAST_WORDS.split())
_MEMBERS = re.compile(r"(?:Senate |House )?(Republican|Democrat)s")
_DEPARTMENT = re.compile(r"(?:the )?([A-Z][a-z]+) Department")
_DEPARTMENT_TWO = re.compile(r"(?:[Tt]he )?([A-Z][a-z]+ [A-Z][a-z]+) Department")
_CHAMBER = re.compile(r"(?:the )?(Senate|House)")
_CAUCUS = re.compile(r"(?:[Tt]he )?(Senate|House) (Republican|Democrat)s")
_COURT = re.compile(r"(?:[Tt]he )?Supreme Court")
_CAMPAIGN = re.compile(r"(?:[Tt]he |[Hh]is |[Hh]er )?([A-Z][a-z]{2,})(?:['’]s)? campaign")
_OUTLET = re.compile(r"(?:[Tt]he )?(Fox News|Breitbart News|NBC News|CBS News|ABC News)")
_EXPANDED = {
    "FBI": "Federal Bureau of Investigation",
    "CIA": "Central Intelligence Agency",
    "NSA": "National Security Agency",
    "EPA": "Environmental Protection Agency",
    "IRS": "Internal Revenue Service",
    "DNC": "Democratic National Committee",
    "RNC": "Republican National Committee",
    "NRA": "National Rifle Association",
    "NATO": "North Atlantic Treaty Organization",
    "FEC": "Federal Election Commission",
    "ACLU": "American Civil Liberties Union",
    "AP": "Associated Press",
    "GOP": "Republican Party",
    "CNN": "Cable News Network",
    "DHS": "United States Department of Homeland Security",
    "DOJ": "United States Department of Justice",
}
_OUTLETS = {
    "Fox News": "Fox News Channel",
    "Breitbart News": "Breitbart News Network",
    "NBC News": "NBC News Division",
    "CBS News": "CBS News Division",
    "ABC News": "ABC News Division",
}
_OFFICIAL = {
    "China": "People's Republic of China",
    "Russia": "Russian Federation",
    "Israel": "State of Israel",
    "Iran": "Islamic Republic of Iran",
    "Syria": "Syrian Arab Republic",
    "Mexico": "United Mexican States",
    "Germany": "Federal Republic of Germany",
    "France": "French Republic",
    "Britain": "United Kingdom of Great Britain and Northern Ireland",
    "North Korea": "Democratic People's Republic of Korea",
    "South Korea": "Republic of Korea",
    "Cuba": "Republic of Cuba",
}
_OTHER_PARTIES = ("Libertarian", "Constitution", "Reform", "Whig", "Prohibition")


def _variants(text: str, source: str, rng: random.Random) -> Iterator[tuple[str, str, str]]:
    """(kind, name, type) for one source."""
    folded = text.casefold()
    person = _PERSON.fullmatch(source)
    named = person is not None and person.group(1).casefold() not in _NOT_FIRST
    if person and named and person.group(2).casefold() not in _NOT_LAST:
        first, last = person.groups()
        yield "middle_initial", f"{first} Q. {last}", "person"
        yield "middle_name", f"{first} Alden {last}", "person"
        yield "title", f"Senator {first} {last}", "person"
        full = sorted(n for n in _NAMER.canonicals_of(first) if len(n) >= len(first) + 2)
        if full:  # "Bill" written, "William" answered
            yield "full_given_name", f"{full[0].capitalize()} {last}", "person"
        other = [f for f in _FIRST_NAMES if f.casefold() not in folded]
        if other:
            yield "other_first", f"{rng.choice(other)} {last}", "person"
        surnames = [s for s in _SURNAMES if s.casefold() not in folded]
        if surnames:
            yield "other_surname", f"{first} {rng.choice(surnames)}", "person"
        yield from _person_forms(folded, first, last, rng)
        return
    middle = _PERSON_MIDDLE.fullmatch(source)
    first_ok = middle is not None and middle.group(1).casefold() not in _NOT_FIRST
    if middle and first_ok and middle.group(2).casefold() not in _NOT_LAST:
        yield "middle_left_out", f"{middle.group(1)} {middle.group(2)}", "person"  # "Hillary Clinton"
        return
    yield from _later_variants(text, source, rng)
    yield from _organisation_forms(text, source, rng)
    members = _MEMBERS.fullmatch(source)
    if members:
        word = "Democratic" if members.group(1) == "Democrat" else "Republican"
        yield "party", f"{word} Party", "organization"
        parties = [p for p in _OTHER_PARTIES if p.casefold() not in folded]
        if parties:
            yield "other_party", f"{rng.choice(parties)} Party", "organization"
        return
    department = _DEPARTMENT.fullmatch(source)
    if department:
        yield "department", f"United States Department of {department.group(1)}", "organization"
        others = [d for d in _DEPARTMENTS if d.casefold() not in folded]
        if others:
            yield "other_department", f"United States Department of {rng.choice(others)}", "organization"
        return
    chamber = _CHAMBER.fullmatch(source)
    if chamber:
        yield "chamber", f"United States {chamber.group(1)}", "organization"


def _later_variants(text: str, source: str, rng: random.Random) -> Iterator[tuple[str, str, str]]:
    """The kinds added later (see the module docstring)."""
    folded = text.casefold()
    bare = re.sub(r"^(?:[Tt]he) ", "", source)
    department = _DEPARTMENT.fullmatch(source) or _DEPARTMENT_TWO.fullmatch(source)
    if department:
        yield "department_us", f"U.S. Department of {department.group(1)}", "organization"
    if source == "Congress":
        yield "congress", "United States Congress", "organization"
    if _COURT.fullmatch(source):
        yield "court", "Supreme Court of the United States", "organization"
    caucus = _CAUCUS.fullmatch(source)
    if caucus:
        chamber, party = caucus.groups()
        if chamber == "Senate":
            yield "caucus", f"Senate {party.replace('Democrat', 'Democratic')} Conference", "organization"
        else:
            yield "caucus", f"House {party.replace('Democrat', 'Democratic')} Caucus", "organization"
    if bare in _EXPANDED:
        yield "acronym_expanded", _EXPANDED[bare], "organization"
    outlet = _OUTLET.fullmatch(source)
    if outlet:
        yield "outlet", _OUTLETS[outlet.group(1)], "organization"
    if source in _OFFICIAL:
        yield "state_official", _OFFICIAL[source], "state"
    campaign = _CAMPAIGN.fullmatch(source)
    if campaign:
        last = campaign.group(1)
        firsts = sorted(
            {m.group(1) for m in re.finditer(rf"\b([A-Z][a-z]+) {last}\b", text)}
            - {w.capitalize() for w in _NOT_FIRST}
        )
        firsts = [f for f in firsts if is_given_name(f.casefold())]  # not "But Rubio"
        if len(firsts) == 1:  # the article gives the surname one first name
            yield "campaign", f"{firsts[0]} {last} presidential campaign", "organization"
            other = [f for f in _FIRST_NAMES if f.casefold() not in folded]
            if other:
                yield "other_campaign", f"{rng.choice(other)} {last} presidential campaign", "organization"


# -- issue 24's classes again, in forms the first kinds did not write (tuned on) -----------------

_TITLE_WORDS = ("Senator", "Governor", "President", "Representative", "Secretary")
_ABBREVIATED = {"Senator": "Sen.", "Governor": "Gov.", "Representative": "Rep.", "President": "Pres."}
_BARE_SURNAME = re.compile(r"[A-Z][a-z]{3,}")


def _person_forms(folded: str, first: str, last: str, rng: random.Random) -> Iterator[tuple[str, str, str]]:
    """A person "First Last" as a title and the surname ("Senator Last", "Mr. Last"), an
    abbreviated title before the full name ("Sen. First Last"), a title and a middle initial
    ("President First Q. Last"); invented: a title before a first name the article never writes."""
    title = rng.choice(_TITLE_WORDS)
    yield "title_surname", f"{rng.choice([title, 'Mr.', 'Ms.'])} {last}", "person"
    yield "title_abbreviated", f"{_ABBREVIATED.get(title, 'Dr.')} {first} {last}", "person"
    yield "title_middle_initial", f"{title} {first} Q. {last}", "person"
    other = [f for f in _FIRST_NAMES if f.casefold() not in folded]
    if other:
        yield "other_titled_first", f"{title} {rng.choice(other)} {last}", "person"


def _organisation_forms(text: str, source: str, rng: random.Random) -> Iterator[tuple[str, str, str]]:
    """Parties, departments and chambers in the other canonical forms models write, and a person
    the article names by the surname alone answered with the article's first name for it."""
    folded = text.casefold()
    members = _MEMBERS.fullmatch(source)
    if members and not source.startswith(("Senate", "House")):
        word = "Democratic" if members.group(1) == "Democrat" else "Republican"
        yield (
            "party_national",
            rng.choice([f"{word} Party of the United States", f"U.S. {word} Party"]),
            "organization",
        )
        yield "party_qualified", f"{word} Party (United States)", "organization"
    department = _DEPARTMENT.fullmatch(source) or _DEPARTMENT_TWO.fullmatch(source)
    if department:
        what = department.group(1)
        yield (
            "department_bare",
            rng.choice([f"Department of {what}", f"US Department of {what}"]),
            "organization",
        )
        others = [d for d in _DEPARTMENTS if d.casefold() not in folded]
        if others:
            yield "other_department_bare", f"Department of {rng.choice(others)}", "organization"
    chamber = _CHAMBER.fullmatch(source)
    if chamber:
        full = "Senate" if chamber.group(1) == "Senate" else "House of Representatives"
        yield (
            "chamber_full",
            rng.choice([f"United States {full}", f"U.S. {full}", f"US {full}"]),
            "organization",
        )
    if _BARE_SURNAME.fullmatch(source) and source.casefold() not in _NOT_LAST:
        firsts = sorted(
            {m.group(1) for m in re.finditer(rf"\b([A-Z][a-z]+) {source}\b", text)}
            - {w.capitalize() for w in _NOT_FIRST}
        )
        firsts = [f for f in firsts if is_given_name(f.casefold())]
        if len(firsts) == 1:  # "Clinton" as a source, "Hillary Clinton" elsewhere in the article
            yield "surname_to_full", f"{firsts[0]} {source}", "person"
            other = [f for f in _FIRST_NAMES if f.casefold() not in folded]
            if other:
                yield "other_first_of_surname", f"{rng.choice(other)} {source}", "person"


def run_canonical(
    articles: list[tuple[str, str, list[Attribution]]], seed: int
) -> dict[str, dict[str, float]]:
    """Per kind: names tried and the share kept (true kinds: the more the better; invented kinds:
    goal 0)."""
    rng = random.Random(seed)
    c: Counter[str] = Counter()
    for _, text, attributions in articles:
        seen: set[str] = set()
        for _, source, _ in attributions:
            if not source or source in seen:
                continue
            seen.add(source)
            for kind, name, actor_type in _variants(text, source, rng):
                answer = LLMExtraction.model_validate({"actors": [{"name": name, "type": actor_type}]})
                kept = bool(resolve_actors(text, answer).actors)
                c[f"n:{kind}"] += 1
                c[f"kept:{kind}"] += kept
    kinds = sorted({k.split(":", 1)[1] for k in c})
    return {k: {"n": c[f"n:{k}"], "kept": round(c[f"kept:{k}"] / c[f"n:{k}"], 4)} for k in kinds}
