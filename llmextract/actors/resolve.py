"""Actor resolution: merge the names a model gives into actors, find their mentions, link speakers.

Models list one person under several names ("Hulusi Akar", "Defence Minister Akar", "Akar") and name
speakers they never listed. The toolkit, not the model, decides who is who, so ids are stable and
every mention is an exact character range of the article.

Names are compared as keys (``normalize_name``, from :mod:`llmextract.actors.names`).
Which of those names are one actor is decided by the merge rules of :mod:`llmextract.actors.merge`;
this module then finds every mention of each actor in the text (including spellings the model did
not give), numbers the actors in order of first mention, and builds the :class:`ActorIndex` that
links speakers to them.

An actor is kept only when the article mentions it: a name or alias found as words (exact or
folded), or else a name found by the grounder as quotes are (curly marks, dashes, case folded).
A name the article does not contain never becomes an actor; the names of such dropped groups are
in ``ActorIndex.unmentioned``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from llmextract.actors.countries import Countries
from llmextract.actors.forms import find_forms
from llmextract.actors.index import ActorIndex, all_occurrences, leftmost
from llmextract.actors.merge import Group, merge_groups, seed_groups
from llmextract.actors.names import (
    SURNAME_PARTICLES,
    WORD,
    Name,
    WordMatcher,
    fold,
    fold_name,
    parse_name,
    person_match,
    surface_key,
)
from llmextract.actors.phrases import role_mentions
from llmextract.actors.surnames import COMMON_WORDS, NamesInText, anothers_surname, surname_taken_by_another
from llmextract.core.answer import LLMExtraction
from llmextract.grounding.aligner import Grounder
from llmextract.schema import Actor

__all__ = ["resolve_actors"]


def resolve_actors(
    text: str, extraction: LLMExtraction, grounder: Grounder | None = None, *, folded: str | None = None
) -> ActorIndex:
    """Merge the model's actors, speakers and stance holders into actors with ids and mentions.

    Groups with no mention in the text are dropped (see the module docstring); ``grounder`` (one
    is built when not given) looks for names that the word search did not find. ``folded``: the
    text's ``fold``, when the caller has it already (the assembly folds each article once).
    """
    folded = fold(text) if folded is None else folded
    groups = merge_groups(text, seed_groups(extraction, text))
    surnames: dict[str, set[int]] = {}
    for gi, g in enumerate(groups):
        for n in g.names:
            if g.person and not n.acronym:
                surnames.setdefault(n.core[-1], set()).add(gi)
    shared = {k for k, v in surnames.items() if len(v) > 1}
    names_in_text = NamesInText(folded)
    elsewhere = {gi for gi, g in enumerate(groups) if g.person and surname_taken_by_another(names_in_text, g)}
    surface: dict[str, set[int]] = {}
    how: dict[str, str] = {}  # surface key -> how it matches: "name" (then exact or folded), ...
    given: list[set[str]] = [set() for _ in groups]  # each group's names and aliases as written
    for gi, g in enumerate(groups):
        # a shared bare surname is nobody's; a titled one ("Mrs Clinton") stays where the model put it
        g.names = [n for n in g.names if not (len(n.core) == 1 and n.core[0] in shared and n.plain == n.core)]
        given[gi] = {" ".join(n.text.split()) for n in g.names}
        forms = [(n.text, "name") for n in g.names]
        forms += [(n.display, "name") for n in g.names if n.core[-1] not in shared]
        if g.person and gi not in elsewhere:
            forms += [
                (f, "surname") for n in g.names if n.core[-1] not in shared for f in _surname_surfaces(n)
            ]
        for form, kind in forms:
            key = surface_key(form)
            surface.setdefault(key, set()).add(gi)
            how.setdefault(key, kind)
    for gi, form in _text_variants(folded, groups, shared, elsewhere):
        key = surface_key(form)
        surface.setdefault(key, {gi})
        how.setdefault(key, "variant")
    owner = {k: next(iter(v)) for k, v in surface.items() if len(v) == 1 and k}
    mentions: list[list[tuple[int, int, str]]] = [[] for _ in groups]
    written: list[list[str]] = [[] for _ in groups]
    keys = sorted(owner, key=len, reverse=True)  # the longest name wins where several start
    found = all_occurrences(folded, keys)
    by_key: dict[str, list[tuple[int, int, int]]] = {key: [] for key in keys}
    for occurrence in found:
        by_key[keys[occurrence[1]]].append(occurrence)
    for start, end, k in leftmost(found):
        gi = owner[keys[k]]
        words = " ".join(text[start:end].split())
        kind = how[keys[k]]
        if kind == "surname" and anothers_surname(folded, start, groups[gi]):
            continue
        if words in given[gi]:
            kind = "exact"
        elif kind == "name" or _same_words(words, given[gi]):
            kind = "folded"
        mentions[gi].append((start, end, kind))
        written[gi].append(words)
    unmentioned: list[str] = []
    states = tuple(n.text for g in groups if g.type == "state" for n in g.names)  # national qualifiers
    for gi, g in enumerate(groups):
        if not mentions[gi] and g.names:
            span = _anchored_mention(text, g, mentions, grounder)
            spans = [(*span, "folded")] if span is not None else _form_mentions(folded, g, mentions, states)
            if not spans:
                if g.listed:
                    unmentioned.append(g.names[0].text)
                continue
            mentions[gi].extend(spans)
            written[gi].extend(" ".join(text[s:e].split()) for s, e, _ in spans)
    first = [(m[0][0] if m else len(text) + 1, gi) for gi, m in enumerate(mentions)]
    # a group with no mention in the text is nobody the article names
    kept = [gi for _, gi in sorted(first) if mentions[gi]]
    actors = [_actor(f"a{k}", groups[gi], mentions[gi], written[gi]) for k, gi in enumerate(kept, 1)]
    return ActorIndex(text, actors, by_key, unmentioned=unmentioned, folded=folded)


def _same_words(words: str, names: set[str]) -> bool:
    """Whether ``words`` is one of ``names`` up to case and accents ("VERA LUND", "Tomas Berg")."""
    key = fold_name(words).casefold()
    return any(fold_name(n).casefold() == key for n in names)


def _anchored_mention(
    text: str, group: Group, mentions: list[list[tuple[int, int, str]]], grounder: Grounder | None
) -> tuple[int, int] | None:
    """A name of ``group`` found by the grounder (as quotes are), on word boundaries and not
    inside another actor's mention; None when the article does not contain any of its names."""
    taken = sorted((start, end) for spans in mentions for start, end, _ in spans)
    grounder = grounder or Grounder(text)
    for name in group.names:
        found = grounder.locate(name.text)
        if found is None or found.alignment == "fuzzy":
            continue
        start, end = found.start, found.end
        if (start and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
            continue
        if any(s < end and start < e for s, e in taken):
            continue
        return start, end
    return None


def _form_mentions(
    folded: str, group: Group, mentions: list[list[tuple[int, int, str]]], states: tuple[str, ...]
) -> list[tuple[int, int, str]]:
    """Where the article names an organisation, state or group in another form (``actors.forms``):
    "Republicans" for the Republican Party, "the Justice Department", "DOJ"; never a person."""
    taken = sorted((start, end) for spans in mentions for start, end, _ in spans)
    if group.person:  # a person named by a national role alone: "Ostland's president"
        countries = Countries(states)
        for name in group.names:
            if spans := [
                (s, e, "form") for s, e in role_mentions(name.text, folded, countries) if _around(s, e, taken)
            ]:
                return spans
        return []
    for name in group.names:
        found = find_forms(name.text, folded, taken, state=group.type == "state", states=states)
        if found:
            return [(f.start, f.end, f.kind) for f in found]
    return []


def _around(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether a mention overlaps no other actor's, or holds it whole ("Ostland's president")."""
    return all(e <= start or end <= s or (start <= s and e <= end) for s, e in taken)


def _actor(actor_id: str, group: Group, mentions: list[tuple[int, int, str]], written: list[str]) -> Actor:
    """The fullest name (the text's own spelling first) becomes ``name``; the rest are aliases."""
    # each spelling once, in order of first mention: the first of equals wins either way
    shown = list(
        dict.fromkeys(
            parse_name(w).display if group.person else parse_name(w).plain_display
            for w in dict.fromkeys(written)  # each spelling parsed once, however often it is written
        )
    )
    in_text = set(shown)
    forms = [n.display if group.person else n.plain_display for n in group.names] + shown
    cores = [parse_name(form).core for form in forms]
    name = forms[
        max(
            range(len(forms)),
            # the most words, spelled out; a capitalised dateline ("PORT ELLERY") is not how the name
            # is spelled; then the text's own spelling
            key=lambda k: (
                len(cores[k]),
                sum(len(w) > 1 for w in cores[k]),  # "Erik Halvorsen" before "E. Halvorsen"
                not forms[k].isupper(),
                forms[k] in in_text,
                -k,
            ),
        )
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
            "mentions": [{"start": start, "end": end, "match": kind} for start, end, kind in mentions],
        }
    )


def _surname_surfaces(name: Name) -> tuple[str, ...]:
    """The surname as written, with and without a particle: "al-Sarraj" and "Sarraj"."""
    return _surname_forms(name.display) if len(name.core) > 1 else ()


@lru_cache(maxsize=8192)
def _surname_forms(display: str) -> tuple[str, ...]:
    words = list(WORD.finditer(fold_name(display)))
    if len(words) < 2 or len(words[-1].group()) < 2 or words[-1].group().casefold() in COMMON_WORDS:
        return ()  # "Ottoline From" is not named by a sentence that opens with "From"
    out = [parse_name(words[-1].group()).display]
    if words[-2].group().casefold() in SURNAME_PARTICLES:
        out.append(display[words[-2].start() : words[-1].end()])
    return tuple(out)


def _same_length(written: tuple[str, ...], given: tuple[str, ...]) -> bool:
    """Whether the text's name has as many words as the answer's, middle initials and names aside:
    "Donald J. Trump" for Donald Trump, "Hillary Clinton" for Hillary Rodham Clinton, "Bill Clinton"
    for William Jefferson Clinton, and the other way round: "Hillary Rodham Clinton" or "Sarah
    Huckabee Sanders" in the text for the answer's Hillary Clinton or Sarah Sanders."""
    if len(_without_initials(written)) == len(_without_initials(given)):
        return True
    # first and last against a longer name: person_match compares the given names
    return len(written) == 2 < len(given) or len(given) == 2 < len(written) <= 3


def _without_initials(core: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without its middle initials: "Donald J. Trump" is as long as "Donald Trump"."""
    return (core[0], *(w for w in core[1:-1] if len(w) > 1), core[-1]) if len(core) > 2 else core


_CAPS = re.compile(r"[A-Z][\w'-]*(?:[ \t]+(?:[A-Z]\.(?=[ \t]+[A-Z])|[A-Z][\w'-]*))*")  # "Donald J. Trump"


def _text_variants(
    folded: str, groups: list[Group], shared: set[str], elsewhere: set[int]
) -> Iterator[tuple[int, str]]:
    """Spellings of a person's name that the text uses and the model did not give: (group, surface).
    ``elsewhere``: groups whose surname the text gives only to someone else (no variants of theirs)."""
    by_surname: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for gi, g in enumerate(groups):
        if g.person and gi not in elsewhere:
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

    for seq in set(_CAPS.findall(folded)):
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
                    if _same_length(cand.core, k) and person_match(cand.core, k)
                }
            if hits:
                break
        else:
            cand = parse_name(words[-1])
            if len(words[-1]) >= 5:
                hits = {gi for surname in surnames(last[0]) for gi, _ in by_surname[surname]}
        if len(hits) == 1:
            yield hits.pop(), cand.display
