"""When two names of an organisation, state or group name one entity although spelt apart.

Gold writes canonical names ("Republican Party", "Federal Bureau of Investigation") where an
article, and a prediction that copies it, writes "Republicans" or "FBI". Spelling alone scores
such a prediction as wrong. The relation a reader accepts is the one the name guard already
uses, ``actors.forms.find_forms``; here it is applied to a name instead of an article: the
written name must be, as a whole, one form mention of the canonical name. Persons are never
matched this way (the scorer's surname rule is theirs).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from llmextract.actors.forms import find_forms
from llmextract.actors.names import fold, guess_type, parse_name

__all__ = ["FORM_TYPES", "Side", "gold_type", "is_form", "names_of", "same_by_form"]

FORM_TYPES: Final = frozenset({"organization", "state", "group"})
"""Actor types ``find_forms`` is made for: only these give a canonical name."""

_LEADING_ARTICLE = re.compile(r"^\s*(?:the|an?)\s+", re.IGNORECASE)  # "the Senate" as written
_TRAILING = re.compile(r"[\s.,;:!?'’]+$")  # ...but the dot of "U.S." stays (see ``is_form``)


@dataclass(frozen=True)
class Side:
    """One side of a comparison: an actor's (or a stance end's) names as written, and its type
    (None for a stance end that names no actor)."""

    names: tuple[str, ...]
    type: str | None


@lru_cache(maxsize=65536)
def is_form(canonical: str, written: str, state: bool = False) -> bool:
    """Whether ``written`` is wholly one form mention of ``canonical`` ("FBI" of the Federal
    Bureau of Investigation): a leading "the" aside, the mention must run from its first
    character to its last, so "the Senate Committee" is no form of the United States Senate."""
    text = _LEADING_ARTICLE.sub("", fold(written).strip())
    kept = text if text.endswith(".") and re.search(r"[A-Z]\.[A-Z]", text) else _TRAILING.sub("", text)
    if not kept or not canonical.strip():
        return False
    return any(m.start == 0 and m.end == len(kept) for m in find_forms(canonical, kept, state=state))


def _forms_of(canonical: Side, written: Side) -> bool:
    if canonical.type not in FORM_TYPES or written.type == "person":
        return False
    state = canonical.type == "state"
    if (written.type == "state") != state and written.type is not None:
        return False  # a country is no organisation: "United States" is not the United States Congress
    return any(is_form(c, w, state) for c in canonical.names for w in written.names)


def same_by_form(gold: Side, pred: Side) -> bool:
    """Whether a prediction names the gold organisation, state or group in another form: the
    prediction's name is a form of the gold's (gold "Republican Party", predicted "Republicans"),
    or the gold's of the prediction's (gold "Russia", predicted "Russian Federation"). The side
    whose name is the canonical one must have an organisation, state or group type; the other may
    not be a person, a state matches only a state (or an untyped prediction), and a gold name with
    no type (a stance end outside the gold actors) is no written form: its entity is unknown."""
    if _forms_of(gold, pred):
        return True
    return gold.type is not None and _forms_of(pred, gold)


def gold_type(kind: str | None, names: Iterable[str]) -> str | None:
    """A gold actor's type for the form rule: an organisation where annotators typed "person" an
    entity every name of which reads as an organisation's (SEESAW's annotators type a party, whose
    members are people, People: "Republican Party"); a person's name ("Vera Harbour") stays a
    person's."""
    written = list(names)
    if kind == "person" and written and all(guess_type(parse_name(n)) == "organization" for n in written):
        return "organization"
    return kind


def names_of(names: Iterable[str | None]) -> tuple[str, ...]:
    """The non-empty names, in order, without repeats."""
    return tuple(dict.fromkeys(n for n in names if n and n.strip()))
