"""Actor resolution: merge the names a model gives into actors, find their mentions, link speakers.

Models list one person under several names ("Hulusi Akar", "Defence Minister Akar", "Akar") and name
speakers they never listed. The toolkit, not the model, decides who is who, so ids are stable and
every mention is an exact character range of the article.

Names are compared as keys (``normalize_name``, from :mod:`llmextract.actors.names`).

Merge rules, in this order:

1. equal keys of two or more words ("President Recep Tayyip Erdogan" = "Recep Tayyip Erdoğan");
2. persons whose surnames match and whose given names are a sub-sequence of the other's
   ("Tayyip Erdogan" in "Recep Tayyip Erdogan", "H. Akar"), word by word: equal, an initial, the
   same transliteration skeleton (words of 4+ letters), or rapidfuzz ratio >= 85
   (words of 5+ letters, neither a prefix of the other, so Daniel != Daniela); names of equal length
   with differing words must also reach ratio >= 80 as a whole. So "Fethi Basaga" = "Fathi Bashaga"
   and "Muammar Gaddafi" = "Moammar Qaddafi", while "Hillary Clinton" != "Bill Clinton" and
   "John Smith" != "Joan Smith". Spellings found only in the text are added the same way;
3. acronyms: "Government of National Accord (GNA)" spelled out in the text, or an all-caps name that
   is the initials of a non-person name;
4. one-word names ("Akar", "Mr. Akar", "GNA") join the one actor they can belong to (same key, or a
   person's matching surname). A surname that fits several persons ("Clinton" beside Hillary and Bill
   Clinton) is attached to none: it is no alias, its bare occurrences are no mentions, ``lookup``
   returns None, and ``link_speaker`` picks the candidate mentioned nearest before the quote (news
   style: "Bill Clinton said ... Clinton added"), else nearest after. A model-listed actor named only
   by such a surname is dropped; titled forms the model gave one actor ("Mrs Clinton") stay its alias.

Speakers and stance holders the model did not list become actors (type guessed: person unless the
name looks like an organisation or a coordination), except pronouns (``PRONOUNS``) and descriptions
("officials", "a spokeswoman for Vera Lund", "Lund's niece": ``names.is_generic``), which get no actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from llmextract.actors.index import ActorIndex, all_occurrences, leftmost
from llmextract.actors.names import (
    GENERIC_HEADS,
    PRONOUNS,
    SURNAME_PARTICLES,
    TITLES,
    WORD,
    Name,
    WordMatcher,
    fold,
    fold_name,
    fold_text,
    guess_type,
    initials,
    is_generic,
    normalize_name,
    parse_name,
    person_match,
    pronoun_kind,
    surface_key,
    token_match,
)
from llmextract.llm.answer_schema import LLMExtraction
from llmextract.schema import Actor, ActorType

__all__ = ["GENERIC_HEADS", "PRONOUNS", "TITLES", "ActorIndex", "fold", "normalize_name", "resolve_actors"]

_ACRONYM_IN_PARENS = re.compile(r"\(([A-Z][A-Z.]{1,9})\)")


@dataclass
class _Group:
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


def _names_of(raw: Iterable[str]) -> list[Name]:
    out: list[Name] = []
    for text in raw:
        parsed = parse_name(text)
        if parsed.core and pronoun_kind(text) is None and all(parsed.text != n.text for n in out):
            out.append(parsed)
            if acr := _ACRONYM_IN_PARENS.search(text):  # "National Oil Corporation (NOC)"
                out.append(parse_name(acr.group(1)))
    return out


def _seeds(extraction: LLMExtraction) -> list[_Group]:
    seeds = [_Group(_names_of([a.name, *a.aliases]), a.type, a.role or None, True) for a in extraction.actors]
    known = {n.plain for seed in seeds for n in seed.names}
    for speaker in [q.speaker for q in extraction.quotes] + [s.holder for s in extraction.stances]:
        if speaker and pronoun_kind(speaker) is None and not is_generic(speaker):
            names = _names_of([speaker])
            if names and names[0].plain not in known:
                seeds.append(_Group(names, guess_type(names[0]), None, False))
                known.update(n.plain for n in names)
    return [s for s in seeds if s.names]


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


def _same(a: _Group, b: _Group, both_bare: bool) -> bool:
    """Rules 1-3 for two groups' names; one-word names only meet one-word names here."""
    if a.person and b.person:
        for x in a.names:
            for y in b.names:
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


def _fits(group: _Group, bare: _Group) -> bool:
    """Whether a one-word group can name ``group``: the same word, or (persons) its surname."""
    keys = {n.core[0] for n in bare.names}
    return any(
        n.core[0] in keys
        if len(n.core) == 1
        else group.person and bare.person and any(token_match(n.core[-1], k) for k in keys)
        for n in group.names
    )


def _join(groups: list[_Group]) -> _Group:
    listed = [g for g in groups if g.listed]
    role = next((g.role for g in listed if g.role), None)
    return _Group([n for g in groups for n in g.names], groups[0].type, role, bool(listed))


def _merge(text: str, seeds: list[_Group]) -> list[_Group]:
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
    for i, a in enumerate(seeds):
        for j in range(i + 1, len(seeds)):
            if _same(a, seeds[j], is_bare[i] and is_bare[j]):
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


def _surname_surfaces(name: Name) -> tuple[str, ...]:
    """The surname as written, with and without a particle: "al-Sarraj" and "Sarraj"."""
    return _surname_forms(name.display) if len(name.core) > 1 else ()


@lru_cache(maxsize=8192)
def _surname_forms(display: str) -> tuple[str, ...]:
    words = list(WORD.finditer(fold_name(display)))
    if len(words) < 2 or len(words[-1].group()) < 2:
        return ()
    out = [parse_name(words[-1].group()).display]
    if words[-2].group().casefold() in SURNAME_PARTICLES:
        out.append(display[words[-2].start() : words[-1].end()])
    return tuple(out)


_CAPS = re.compile(r"[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)*")


def _text_variants(text: str, groups: list[_Group], shared: set[str]) -> Iterator[tuple[int, str]]:
    """Spellings of a person's name that the text uses and the model did not give: (group, surface)."""
    by_surname: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for gi, g in enumerate(groups):
        if g.person:
            for n in g.names:
                if len(n.core) > 1:
                    by_surname.setdefault(n.core[-1], []).append((gi, n.core))
    matcher = WordMatcher(by_surname)
    fitting: dict[str, list[str]] = {}  # surnames that each word of the text can be

    def surnames(word: str) -> list[str]:
        found = fitting.get(word)
        if found is None:
            found = fitting[word] = matcher.matches(word)
        return found

    for seq in set(_CAPS.findall(fold_text(text))):
        words = seq.split()
        last = parse_name(words[-1]).core
        if not last or last[0] in shared or not surnames(last[0]):
            continue
        hits: set[int] = set()
        for size in range(2, min(len(words), 4) + 1):
            cand = parse_name(" ".join(words[-size:]))
            if len(cand.core) > 1:  # person_match needs the surnames to match: only those are tried
                hits = {
                    gi
                    for surname in surnames(cand.core[-1])
                    for gi, k in by_surname[surname]
                    if len(k) == len(cand.core) and person_match(cand.core, k)
                }
            if hits:
                break
        else:
            cand = parse_name(words[-1])
            if len(words[-1]) >= 5:
                hits = {gi for surname in surnames(last[0]) for gi, _ in by_surname[surname]}
        if len(hits) == 1:
            yield hits.pop(), cand.display


def resolve_actors(text: str, extraction: LLMExtraction) -> ActorIndex:
    """Merge the model's actors, speakers and stance holders into actors with ids and mentions."""
    groups = _merge(text, _seeds(extraction))
    surnames: dict[str, set[int]] = {}
    for gi, g in enumerate(groups):
        for n in g.names:
            if g.person and not n.acronym:
                surnames.setdefault(n.core[-1], set()).add(gi)
    shared = {k for k, v in surnames.items() if len(v) > 1}
    surface: dict[str, set[int]] = {}
    for gi, g in enumerate(groups):
        # a shared bare surname is nobody's; a titled one ("Mrs Clinton") stays where the model put it
        g.names = [n for n in g.names if not (len(n.core) == 1 and n.core[0] in shared and n.plain == n.core)]
        forms = [n.text for n in g.names] + [n.display for n in g.names if n.core[-1] not in shared]
        forms += [f for n in g.names if g.person and n.core[-1] not in shared for f in _surname_surfaces(n)]
        for form in forms:
            surface.setdefault(surface_key(form), set()).add(gi)
    for gi, form in _text_variants(text, groups, shared):
        surface.setdefault(surface_key(form), {gi})
    owner = {k: next(iter(v)) for k, v in surface.items() if len(v) == 1 and k}
    mentions: list[list[tuple[int, int]]] = [[] for _ in groups]
    written: list[list[str]] = [[] for _ in groups]
    keys = sorted(owner, key=len, reverse=True)  # the longest name wins where several start
    found = all_occurrences(fold_text(text), keys)
    by_key: dict[str, list[tuple[int, int, int]]] = {key: [] for key in keys}
    for occurrence in found:
        by_key[keys[occurrence[1]]].append(occurrence)
    for start, end, k in leftmost(found):
        gi = owner[keys[k]]
        mentions[gi].append((start, end))
        written[gi].append(" ".join(text[start:end].split()))
    first = [(m[0][0] if m else len(text) + 1, gi) for gi, m in enumerate(mentions)]
    # a group left with no name (its only name was a surname shared with others) is nobody
    kept = [gi for _, gi in sorted(first) if groups[gi].names or written[gi]]
    actors = [_actor(f"a{k}", groups[gi], mentions[gi], written[gi]) for k, gi in enumerate(kept, 1)]
    return ActorIndex(text, actors, by_key)


def _actor(actor_id: str, group: _Group, mentions: list[tuple[int, int]], written: list[str]) -> Actor:
    """The fullest name (the text's own spelling first) becomes ``name``; the rest are aliases."""
    # each spelling once, in order of first mention: the first of equals wins either way
    shown = list(
        dict.fromkeys(parse_name(w).display if group.person else parse_name(w).plain_display for w in written)
    )
    in_text = set(shown)
    forms = [n.display if group.person else n.plain_display for n in group.names] + shown
    name = forms[
        max(range(len(forms)), key=lambda k: (len(parse_name(forms[k]).core), forms[k] in in_text, -k))
    ]
    aliases = [a for a in dict.fromkeys([n.text for n in group.names] + written) if a != name]
    # spans as dicts: Pydantic validates them in one pass, several times faster than a Span() each
    return Actor.model_validate(
        {
            "id": actor_id,
            "name": name,
            "type": group.type,
            "role": group.role,
            "aliases": aliases,
            "mentions": [{"start": start, "end": end} for start, end in mentions],
        }
    )
