"""Organisations the article names in another form than the model's: what a reader accepts.

A capable model writes the canonical name ("Republican Party", "United States Department of
Justice", "United States Senate") where the article writes "Republicans", "the Justice Department"
or "the Senate". Spelling alone would drop such an actor as unnamed, and its stances with it. This
module finds, for an organisation, state or group the article never spells out, a mention of one
of these forms, each with its kind:

- ``form``: a capitalised run of the text (after an article: The, Der, Die, La, El...) holding
  every *distinctive* word of the name (words that are not generic heads like Department, Party,
  Ministry, nor a leading country qualifier like "United States", "U.S.", "UK"), in any order,
  together with the name's head word ("Justice Department" for United States Department of
  Justice). A name that is only a qualifier and a head ("United States Senate") is mentioned by its
  capitalised head ("the Senate"). A party is also mentioned by its members' plural or adjective
  ("Republicans", "Republican", "Democrats");
- ``acronym``: the name's initials, two letters or more, written in capitals, dotted or not ("DOJ",
  "NRA", "UN", "U.N."); a state's also by the initials of its first words ("U.S." for the United
  States of America);
- for a state, its official name is named by its distinctive words, or the country its adjective
  names: "Russia" for the Russian Federation, "Syria" for the Syrian Arab Republic, "Iran" for the
  Islamic Republic of Iran (the generic words of official names, Republic, Federation, Kingdom,
  Islamic, People's..., left out).

Precision first: every distinctive word must be there, words are matched whole (a plural or
adjectival ending of a party's word aside), and an invented organisation whose distinctive words
the article does not write is still unnamed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from llmextract.actors.names import fold

__all__ = ["FormMention", "find_forms"]

_QUALIFIERS = (
    ("united", "states", "of", "america"),
    ("united", "states"),
    ("united", "kingdom"),
    ("u", "s"),
    ("us",),
    ("uk",),
    ("american",),
    ("british",),
    ("federal",),
)
_HEADS = frozenset(
    re.findall(
        r"\w+",
        "department ministry party senate house assembly parliament congress council committee agency "
        "office court commission bureau service administration authority board government cabinet army "
        "navy police union league association federation corporation company group",
    )
)
_PARTY_HEADS = frozenset({"party"})
_JOINERS = frozenset({"of", "the", "for", "and", "on", "de", "la", "des", "du"})
_CAP_WORD = r"[A-Z](?:[\w'’-]|\.(?=[A-Za-z]))*"  # "U.S" of "U.S.": a sentence's end is no part of it
_CAPS_RUN = re.compile(rf"{_CAP_WORD}(?:\s+(?:(?:of|the|for|and|on)\s+)*{_CAP_WORD})*")
_PLAIN_RUN = re.compile(rf"{_CAP_WORD}(?:\s+{_CAP_WORD})*")
_WORD = re.compile(r"[A-Za-z]+")
_ARTICLE = re.compile(r"(?:The|An?|Der|Die|Das|Den|Dem|Des|Le|La|Les|El|Los|Las)\s+|L['’]")
_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?")
_MIN_ACRONYM = 2  # "UN", "U.N.", "EU": initials written in capitals, two letters or more
# the generic words of a state's official name: "Russian Federation", "Islamic Republic of Iran"
_STATE_WORD_LIST = (
    "republic federation kingdom people peoples islamic arab democratic federal socialist bolivarian "
    "plurinational state commonwealth principality grand duchy sultanate"
)
_STATE_WORDS = frozenset(_STATE_WORD_LIST.split())


@dataclass(frozen=True)
class FormMention:
    """Where the article names the actor, and how: ``form`` or ``acronym``."""

    start: int
    end: int
    kind: str


def _words(name: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(fold(name))]


def _strip_qualifier(words: list[str]) -> list[str]:
    for qualifier in _QUALIFIERS:
        if tuple(words[: len(qualifier)]) == qualifier and len(words) > len(qualifier):
            return words[len(qualifier) :]
    return words


def _member_forms(word: str) -> set[str]:
    """A party word as its members are called: Republican(s), Democrat(s) for Democratic."""
    forms = {word, word + "s"}
    if word.endswith("ic"):
        forms |= {word[:-2], word[:-2] + "s"}  # democratic -> democrat(s)
    return forms


def _parts(name: str) -> tuple[list[str], str | None, bool]:
    """(distinctive words, head word, is a party) of a name; no distinctive word means the head is."""
    words = _strip_qualifier(_words(name))
    if words[:1] == ["the"]:
        words = words[1:]
    heads = [w for w in words if w in _HEADS]
    head = heads[-1] if heads else None
    distinctive = [w for w in words if w not in _HEADS and w not in _JOINERS]
    return distinctive, head, head in _PARTY_HEADS


def _acronyms(name: str, state: bool = False) -> set[str]:
    """The initials a name is written as: of all its words, without joiners, without a leading
    country qualifier; a state also by the initials of its first words ("U.S." for the United
    States of America)."""
    words = _words(name)
    full = "".join(w[0] for w in words)
    short = "".join(w[0] for w in words if w not in _JOINERS)
    unqualified = "".join(w[0] for w in _strip_qualifier(words))
    found = {full, short, unqualified}
    if state:
        found |= {short[:k] for k in range(_MIN_ACRONYM, len(short))}
    return {a for a in found if len(a) >= _MIN_ACRONYM}


def _runs(text: str) -> Iterator[tuple[int, int, list[str]]]:
    for m in _CAPS_RUN.finditer(text):
        article = _ARTICLE.match(m.group())  # "The Justice Department": the mention starts after "The"
        start = m.start() + (article.end() if article and article.end() < len(m.group()) else 0)
        yield start, m.end(), [w.casefold() for w in _WORD.findall(text[start : m.end()])]


def find_forms(
    name: str, folded_text: str, taken: list[tuple[int, int]] | None = None, *, state: bool = False
) -> list[FormMention]:
    """Every mention of ``name`` (an organisation, state or group; ``state``: a country) in another
    form, outside ``taken`` spans (other actors' mentions), in text order; empty when the article
    writes none."""
    return list(_forms(name, folded_text, taken or [], state))


def _demonym_of(adjective: str, noun: str) -> bool:
    """Whether ``adjective`` is the people's word of the country ``noun``: Russian / Russia,
    Syrian / Syria, German / Germany, Chinese / China."""
    return (
        adjective in (noun + "n", noun + "an")
        or (noun.endswith("y") and adjective == noun[:-1] + "an")
        or (noun.endswith("a") and adjective == noun[:-1] + "ese")
    )


def _state_named(distinctive: list[str], run: list[str]) -> bool:
    """Whether a capitalised run names the state whose official name has these distinctive words:
    each of them is in the run, as written or as the country its adjective names ("Russian
    Federation" named by "Russia"), and the run holds nothing else but generic words."""
    words = [w for w in distinctive if w not in _STATE_WORDS and len(w) > 1]  # "People's": no "s"
    if not words or len(run) > len(words) + 1:
        return False
    return all(any(w == r or _demonym_of(w, r) for r in run) for w in words)


def _forms(name: str, folded_text: str, busy: list[tuple[int, int]], state: bool) -> Iterator[FormMention]:
    distinctive, head, party = _parts(name)
    acronyms = _acronyms(name, state)
    for start, end, run in _runs(folded_text):
        if any(s < end and start < e for s, e in busy):
            continue
        found = set(run)
        written = folded_text[start:end]
        initials = (len(run) == 1 and written.isupper()) or _DOTTED.fullmatch(written)
        if initials and "".join(run) in acronyms:
            dotted = "." in written and folded_text[end : end + 1] == "."
            yield FormMention(start, end + dotted, "acronym")  # "U.N." with its last dot
            continue
        if state:  # a country is a run of capitalised words without joiners: "South Korea and Japan"
            for part in _PLAIN_RUN.finditer(folded_text, start, end):
                if _state_named(distinctive, [w.casefold() for w in _WORD.findall(part.group())]):
                    yield FormMention(part.start(), part.end(), "form")
            continue
        if not distinctive:
            if head is not None and run == [head]:  # "the Senate" for United States Senate
                yield FormMention(start, end, "form")
            continue
        if party and len(distinctive) == 1:  # "Republicans", "Senate Republicans" for the party
            members = _member_forms(distinctive[0])
            for w in _WORD.finditer(folded_text, start, end):
                if w.group().casefold() in members:
                    yield FormMention(w.start(), w.end(), "form")
            continue
        if all(w in found for w in distinctive) and (head is None or head in found):
            extra = found - set(distinctive) - _JOINERS - _HEADS - {"united", "states", "u", "s", "us"}
            if not extra:
                yield FormMention(start, end, "form")
