"""Whose surname is it: the checks that keep a bare surname from vouching for an invented person.

An answer's "Maria Whitcombe" is named by the article's "Whitcombe" only if the article gives that
surname to no one else. The article gives it to someone else when a given name, initials or another
person's first name stands before it: "Dale Whitcombe", "D. J. Whitcombe", "Jan van Dijk" (a
particle between), "Ana Lucía Ferrer" (the answer's middle name, but another first name before it).
"""

from __future__ import annotations

import re

from llmextract.actors.given_names import is_given_name
from llmextract.actors.merge import Group
from llmextract.actors.names import SURNAME_PARTICLES, TITLES, Name, person_match

_NOT_GIVEN = frozenset(
    re.findall(
        r"\w+",
        "the a an and but or if when while as after before since so then why how what who with for by"
        " at in on of from to said says told according former late new",
    )
)
#: Words no bare surname mention is: a capitalised "From" or "Then" opens a sentence.
COMMON_WORDS = _NOT_GIVEN | frozenset(
    re.findall(r"\w+", "this that there these those here we they it he she")
)
_OPTIONAL_PARTICLES = frozenset({"al", "el"})  # "Bashar al-Assad" is also "Assad"

_PARTICLE = "|".join(sorted(SURNAME_PARTICLES, key=len, reverse=True))

# a given name (or initials: "D. J.") and the capitalised surname after it, with a middle initial
# ("Joseph R. Biden") or particles ("Jan van Dijk") between, or a particle joined ("al-Masri"). The
# look-behind comes after the first capital, not before it: a pattern that opens with a letter class
# lets ``re`` skip ahead to the next capital (three times faster over an article)
_PAIR = re.compile(
    r"([A-Z](?<![\w.].)(?:[a-z]+|\.(?:[ \t]?[A-Z]\.){0,2}))\s+(?:[A-Z]\.\s+)?"
    rf"(?:(?:{_PARTICLE})[ \t]+)*"
    r"(?=((?:[a-z]{1,3}-)?[A-Z][\w'’-]*)(?![\w'’-]))"
)


class NamesInText:
    """What the surname check reads of one article, found once: the given name or initials before
    each capitalised word ("Anna" before "Halvorsen"), and the text with its spaces made single."""

    def __init__(self, folded: str) -> None:
        self.spaced = " ".join(folded.split())
        self.given_before: dict[str, list[str]] = {}
        for m in _PAIR.finditer(folded):
            word = m.group(2)
            self.given_before.setdefault(word, []).append(m.group(1))
            if word.endswith(("'s", "’s")):  # "Halvorsen's"
                self.given_before.setdefault(word[:-2], []).append(m.group(1))

    def written(self, name: str) -> bool:
        """Whether ``name`` is written as whole words (spaces read as one)."""
        name = " ".join(name.split())
        at = self.spaced.find(name)
        while at >= 0:
            end = at + len(name)
            if (at == 0 or not self.spaced[at - 1].isalnum()) and (
                end == len(self.spaced) or not self.spaced[end].isalnum()
            ):
                return True
            at = self.spaced.find(name, at + 1)
        return False


def _initials_fit(initials: str, core: tuple[str, ...]) -> bool:
    """Whether the text's "D. J." can open the name whose words are ``core`` ("Daniel J. Whitcombe")."""
    letters = [c.casefold() for c in initials if c.isalpha()]
    return bool(letters) and core[0].startswith(letters[0])


def surname_taken_by_another(names_in_text: NamesInText, group: Group) -> bool:
    """Whether the article gives this person's surname only to someone else: "Anna Halvorsen" in
    the text, "Erik Halvorsen" in the answer and never written. Then the text's bare "Halvorsen"
    is Anna's, not a mention of the answer's Erik, who stays unnamed (and is dropped). Not when the
    text also gives the surname a first name of this person's ("Hillary Clinton" beside "Chelsea
    Clinton", for Hillary Q. Clinton), also with a middle name between ("Hillary Rodham Clinton")."""
    full = [n for n in group.names if len(n.core) > 1]
    if not full or any(names_in_text.written(n.display) for n in full):
        return False  # none, or the answer's own full name is written: its surname is its own
    another = False
    for n in full:
        for word in names_in_text.given_before.get(n.display.split()[-1], ()):
            given = word.casefold()
            if given in SURNAME_PARTICLES and not _given_not_particle(names_in_text, word, full):
                if given not in _OPTIONAL_PARTICLES and not _in_answer(given, full):
                    another = True  # "Le Pen": the text's surname has a particle the answer's lacks
                continue
            if given in TITLES or given in _NOT_GIVEN:
                continue
            if "." in given:  # initials: "D. J. Whitcombe"
                if any(_initials_fit(given, other.core) for other in full):
                    return False
                another = True
                continue
            firsts = [
                f.casefold()
                for f in names_in_text.given_before.get(word, ())
                if f.casefold() not in TITLES and f.casefold() not in _NOT_GIVEN
            ]
            if firsts and _middle_of(given, full):
                # "Ana Lucía Ferrer" in the text, "Maria Lucía Ferrer" in the answer
                if any(person_match((f, *n.core[-1:]), o.core) for f in firsts for o in full):
                    return False
                another = True
                continue
            if any(person_match((given, *n.core[-1:]), other.core) for other in full):
                return False  # the text gives the surname to this person too ("Hillary Clinton")
            # a middle name between: "Hillary Rodham Clinton", "Sarah Huckabee Sanders"
            if any(person_match((f, *n.core[-1:]), other.core) for f in firsts for other in full):
                return False
            another = True
    return another


def _given_not_particle(names_in_text: NamesInText, word: str, full: list[Name]) -> bool:
    """Whether the capitalised particle ``word`` before the surname is a given name: "Al Gore",
    not the "Al" of "Bashar Al Assad" (a name before it) nor the answer's own "van" of "Van Dijk"."""
    given = word.casefold()
    if not word[:1].isupper() or not is_given_name(given) or _in_answer(given, full):
        return False
    before = [f for f in names_in_text.given_before.get(word, ()) if f.casefold() not in TITLES]
    return not before


def _in_answer(word: str, full: list[Name]) -> bool:
    """Whether the lower-case ``word`` is one of the answer's words before its surname ("Al" of
    "Al Sharpton", which the name's core leaves out as a particle)."""
    return any(word in n.plain[:-1] for n in full)


def _middle_of(given: str, full: list[Name]) -> bool:
    """Whether ``given`` is a middle name (not the first) of every full form of the answer's person."""
    return all(given in n.core[1:-1] and given != n.core[0] for n in full)


_GIVEN_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+)[ \t]+$")


def anothers_surname(folded: str, start: int, group: Group) -> bool:
    """Whether the surname at ``folded[start:]`` follows a given name of someone else: the
    "Clinton" of "Hillary Clinton" is no mention of Bill Clinton."""
    before = _GIVEN_BEFORE.search(folded, max(0, start - 24), start)
    if before is None:
        return False
    given = before.group(1).casefold()
    if given in TITLES or given in _NOT_GIVEN:
        return False
    opening = folded[: before.start()].rstrip()
    if (not opening or opening[-1] in '.!?:"”') and not is_given_name(given):
        return False  # a sentence's first word ("Later Clinton left") is no given name for sure
    full = [n.core for n in group.names if len(n.core) > 1]
    return bool(full) and not any(person_match((given, core[-1]), core) for core in full)
