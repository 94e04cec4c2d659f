"""Which names the model gave are one actor: the merge rules of actor resolution.

Merge rules, in this order:

1. equal keys of two or more words ("President Recep Tayyip Erdogan" = "Recep Tayyip Erdoğan");
2. persons whose surnames match and whose given names are a sub-sequence of the other's
   ("Tayyip Erdogan" in "Recep Tayyip Erdogan", "H. Akar"), word by word: equal, an initial, the
   same transliteration skeleton (words of 4+ letters), or rapidfuzz ratio >= 85
   (words of 5+ letters, neither a prefix of the other, so Daniel != Daniela); names of equal length
   with differing words must also reach ratio >= 80 as a whole. So "Fethi Basaga" = "Fathi Bashaga"
   and "Muammar Gaddafi" = "Moammar Qaddafi", while "Hillary Clinton" != "Bill Clinton" and
   "John Smith" != "Joan Smith", and a Jr/Sr/III suffix is another person ("Donald Trump Jr" !=
   "Donald Trump"). Spellings found only in the text are added the same way;
3. acronyms: "Government of National Accord (GNA)" or "(or GNA)" spelled out in the text, or an
   all-caps name that is the initials of a non-person name;
4. one-word names ("Akar", "Mr. Akar", "GNA") join the one actor they can belong to (same key, or a
   person's matching surname). A surname that fits several persons ("Clinton" beside Hillary and Bill
   Clinton) is attached to none: it is no alias, its bare occurrences are no mentions, ``lookup``
   returns None, and ``link_speaker`` picks the candidate mentioned nearest before the quote (news
   style: "Bill Clinton said ... Clinton added"), else nearest after. A model-listed actor named only
   by such a surname is dropped; titled forms the model gave one actor ("Mrs Clinton") stay its alias.

Speakers and stance holders the model did not list become candidate actors (type guessed: person
unless the name looks like an organisation or a coordination; kept only when the text mentions
them, as every actor), except pronouns (``PRONOUNS``) and descriptions
("officials", "a spokeswoman for Vera Lund", "Lund's niece": ``names.is_generic``), which get no actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from llmextract.actors.names import (
    PRONOUNS,
    Name,
    WordMatcher,
    guess_type,
    initials,
    is_generic,
    parse_name,
    person_match,
    pronoun_kind,
    token_match,
)
from llmextract.core.answer import LLMExtraction
from llmextract.schema import ActorType
from llmextract.text.words import whole_starts

__all__ = ["Group", "merge_groups", "seed_groups"]

_ACRONYM_IN_PARENS = re.compile(r"\((?:or\s+(?:the\s+)?)?([A-Z][A-Z.]{1,9})\)")  # "(GNA)", "(or GNA)"
_POSSESSIVE = re.compile(r"(?<=\w)['’]s?$")
_JOINED = frozenset("_'’-")  # "neighbors'" or "neighbors-only" is no lower-case "neighbors"
_NUMBER_WORDS = frozenset(
    re.findall(r"\w+", "twenty thirty forty fifty sixty seventy eighty ninety hundred thousand")
)
_OPENING_WORDS = frozenset(
    re.findall(
        r"\S+",
        "some several many most few both another among despite perhaps to let would more fewer none the"
        " this that these those all each every no not nobody everybody everyone who what you",
    )
)


@dataclass
class Group:
    """Names believed to be one actor: first the model's own listing, then merged ones."""

    names: list[Name]
    type: ActorType
    role: str | None
    listed: bool  # the model listed it as an actor (not only as a speaker or holder)

    @property
    def person(self) -> bool:
        return self.type == "person"

    @property
    def bare(self) -> bool:
        return all(len(n.core) == 1 for n in self.names)


def seed_groups(extraction: LLMExtraction, text: str = "") -> list[Group]:
    """One group per listed actor, then one per speaker or holder the model did not list (not a
    lone common word of ``text``: see ``_common_word``)."""
    seeds = [Group(_names_of([a.name, *a.aliases]), a.type, a.role or None, True) for a in extraction.actors]
    known = {n.plain for seed in seeds for n in seed.names}
    common: dict[str, bool] = {}  # a speaker of many quotes is looked up in the text once
    for speaker in [q.speaker for q in extraction.quotes] + [s.holder for s in extraction.stances]:
        if speaker and speaker not in common:
            common[speaker] = _common_word(speaker, text)
        if speaker and pronoun_kind(speaker) is None and not is_generic(speaker) and not common[speaker]:
            names = _names_of([speaker])
            if names and names[0].plain not in known:
                seeds.append(Group(names, guess_type(names[0]), None, False))
                known.update(n.plain for n in names)
    return [s for s in seeds if s.names]


def _common_word(speaker: str, text: str) -> bool:
    """Whether a one-word speaker is no name: a word that opens sentences ("Some said", "Despite
    ..."), a pronoun with its verb ("I'm"), a number ("Thirty said"), or a noun the text also
    writes in lower case ("Neighbors said ... the neighbors"): a capital that only opens a
    sentence names nobody."""
    word = speaker.strip()
    if " " in word or not word[:1].isupper() or word.isupper():
        return False
    low = word.lower().replace("’", "'")
    if low in _OPENING_WORDS or low.split("'")[0] in PRONOUNS:
        return True
    if low.split("-")[0] in _NUMBER_WORDS:
        return True
    return next(whole_starts(text, low, _JOINED), None) is not None


def _names_of(raw: Iterable[str]) -> list[Name]:
    out: list[Name] = []
    for text in raw:
        text = _POSSESSIVE.sub("", text.strip())  # "Ms Clinton’s" is no name of hers: "Ms Clinton" is
        parsed = parse_name(text)
        if parsed.core and pronoun_kind(text) is None and all(parsed.text != n.text for n in out):
            out.append(parsed)
            if acr := _ACRONYM_IN_PARENS.search(text):  # "National Oil Corporation (NOC)"
                out.append(parse_name(acr.group(1)))
    return out


def merge_groups(text: str, seeds: list[Group]) -> list[Group]:
    """Rules 1-4 over the seeds (in model order); one-word seeds that fit several groups are dropped."""
    parent = list(range(len(seeds)))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = sorted((find(i), find(j)))
        parent[b] = a

    def groups(alive: Iterable[int]) -> list[list[int]]:
        out: dict[int, list[int]] = {}
        for i in alive:
            out.setdefault(find(i), []).append(i)
        return list(out.values())

    is_bare = [s.bare for s in seeds]
    for i, j in _candidate_pairs(seeds):
        if _same(seeds[i], seeds[j], is_bare[i] and is_bare[j]):
            union(i, j)
    for long, acr in _spelled_acronyms(text):
        hits = [i for i, s in enumerate(seeds) if any(n.plain in (long.plain, acr.plain) for n in s.names)]
        for i in hits[1:]:
            union(hits[0], i)
        if hits:
            known = {n.plain for s in seeds for n in s.names}
            seeds[find(hits[0])].names.extend(n for n in (long, acr) if n.plain not in known)
    full = [g for g in groups(range(len(seeds))) if not all(seeds[i].bare for i in g)]
    joined = [_join([seeds[i] for i in g]) for g in full]
    alive = [i for g in full for i in g]
    for g in groups(range(len(seeds))):
        if all(seeds[i].bare for i in g):
            bare = _join([seeds[i] for i in g])
            fits = [h for h, group in zip(full, joined, strict=True) if _fits(group, bare)]
            if len(fits) == 1:
                union(fits[0][0], g[0])
            if len(fits) <= 1:
                alive.extend(g)
    return [_join([seeds[i] for i in g]) for g in groups(sorted(alive))]


def _candidate_pairs(seeds: list[Group]) -> list[tuple[int, int]]:
    """The pairs (i < j) of seeds that ``_same`` could join, found through look-ups, not by
    comparing every pair (twenty seeds make two hundred pairs an article, and three can merge): a
    key in common, an acronym of one that is the initials of the other (not two persons), or two
    persons whose surnames ``token_match``. ``_same`` rejects every other pair."""
    by_plain: dict[tuple[str, ...], set[int]] = {}
    acronyms: dict[str, set[int]] = {}
    initialled: dict[str, set[int]] = {}
    surnames: dict[str, set[int]] = {}
    for i, seed in enumerate(seeds):
        for n in seed.names:
            by_plain.setdefault(n.plain, set()).add(i)
            if n.acronym:
                acronyms.setdefault(n.acronym, set()).add(i)
            if len(n.plain) > 1:
                initialled.setdefault(initials(n.plain), set()).add(i)
            if seed.person and n.core:
                surnames.setdefault(n.core[-1], set()).add(i)
    pairs: set[tuple[int, int]] = set()

    def join(these: set[int], those: set[int], persons: bool = True) -> None:
        for i in these:
            for j in those:
                if i != j and (persons or not (seeds[i].person and seeds[j].person)):
                    pairs.add((i, j) if i < j else (j, i))

    for holders in by_plain.values():
        join(holders, holders)
    for acronym, holders in acronyms.items():
        join(holders, initialled.get(acronym, set()), persons=False)
    matcher = WordMatcher(surnames)
    for surname, holders in surnames.items():
        for other in matcher.matches(surname):
            join(holders, surnames[other])
    return sorted(pairs)


def _same(a: Group, b: Group, both_bare: bool) -> bool:
    """Rules 1-3 for two groups' names; one-word names only meet one-word names here."""
    if a.person and b.person:
        for x in a.names:
            for y in b.names:
                if x.suffix != y.suffix and len(x.core) > 1 and len(y.core) > 1:
                    continue  # Donald Trump Jr is not Donald Trump
                if x.plain == y.plain and (len(x.plain) > 1 or both_bare):
                    return True
                if token_match(x.core[0], y.core[0]) if both_bare else person_match(x.core, y.core):
                    return True
        return False
    for x in a.names:
        for y in b.names:
            if x.plain == y.plain and (len(x.plain) > 1 or both_bare):
                return True
            if x.acronym and not b.person and len(y.plain) > 1 and x.acronym == initials(y.plain):
                return True
            if y.acronym and not a.person and len(x.plain) > 1 and y.acronym == initials(x.plain):
                return True
    return False


def _spelled_acronyms(text: str) -> Iterator[tuple[Name, Name]]:
    """(long form, acronym) written "Government of National Accord (GNA)" in the text."""
    for m in _ACRONYM_IN_PARENS.finditer(text):
        before = text[max(0, m.start() - 160) : m.start()]
        words = list(re.finditer(r"[\w'’-]+", before))
        for k in range(len(words) - 2, -1, -1):
            suffix = [w.group().casefold() for w in words[k:]]
            if initials(suffix) == m.group(1).replace(".", "").lower() and words[k].group()[:1].isupper():
                yield parse_name(before[words[k].start() :]), parse_name(m.group(1))
                break


def _fits(group: Group, bare: Group) -> bool:
    """Whether a one-word group can name ``group``: the same word, or (persons) its surname."""
    keys = {n.core[0] for n in bare.names}
    return any(
        n.core[0] in keys
        if len(n.core) == 1
        else group.person and bare.person and any(token_match(n.core[-1], k) for k in keys)
        for n in group.names
    )


def _join(groups: list[Group]) -> Group:
    listed = [g for g in groups if g.listed]
    role = next((g.role for g in listed if g.role), None)
    # the type comes from the first group not written in capitals only (a dateline is no guide)
    typed = next((g for g in groups if not all(n.text.isupper() for n in g.names)), groups[0])
    return Group([n for g in groups for n in g.names], typed.type, role, bool(listed))
