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

Each name is one answer's only actor; kept means the actor survives with a mention.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterator

from _answers import Attribution
from nicknames import NickNamer

from llmextract.actors.names import TITLES
from llmextract.actors.resolve import resolve_actors
from llmextract.core.answer import LLMExtraction

_NAMER = NickNamer()
INVENTED_KINDS = frozenset({"other_first", "other_surname", "other_department"})
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
_CHAMBER = re.compile(r"(?:the )?(Senate|House)")


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
        return
    middle = _PERSON_MIDDLE.fullmatch(source)
    first_ok = middle is not None and middle.group(1).casefold() not in _NOT_FIRST
    if middle and first_ok and middle.group(2).casefold() not in _NOT_LAST:
        yield "middle_left_out", f"{middle.group(1)} {middle.group(2)}", "person"  # "Hillary Clinton"
        return
    members = _MEMBERS.fullmatch(source)
    if members:
        word = "Democratic" if members.group(1) == "Democrat" else "Republican"
        yield "party", f"{word} Party", "organization"
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
