"""Corpus ids for local actors, once the groups are known: the ids, the actors, and why.

:class:`Assigner` takes the linker's groups, ambiguous surnames and namesakes and gives every local
actor its corpus id:

- a group's id is the hash of its seed key, unless local actors already in the corpus hold ids in
  it: then it keeps the id most of them hold, so ids survive updates (an id is never given to two
  groups; a known local actor keeps its own id whatever the group's, unless the aliases file names
  its key, and then the move is logged);
- an ambiguous surname takes the one candidate whose articles show its evidence, else an id of its
  own article; a namesake takes the one namesake whose role it shares, else the same.

Every local actor's rule is counted into the merges table.
"""

from __future__ import annotations

from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass

from llmextract.corpus.aliases import Aliases
from llmextract.corpus.evidence import joined
from llmextract.corpus.ids import PERSON, corpus_id
from llmextract.corpus.normal import given_fit, person_form, suffix_fit
from llmextract.corpus.store import LocalActors

__all__ = ["Assigner", "CorpusActor", "Linking", "Merge"]


@dataclass(frozen=True)
class Merge:
    """One line of the audit: a name that joined a corpus actor, by which rule, how many times."""

    corpus_id: str | None
    canonical: str
    name: str
    rule: str
    local_actors: int


@dataclass
class CorpusActor:
    id: str
    name: str
    type: str
    aliases: list[str]


@dataclass
class Linking:
    """The corpus id of every local actor (``ids[id_index[i]]``), the actors, the merges, and the
    ids that are one article's actor (an ambiguous surname kept apart)."""

    id_index: array[int]
    ids: list[str]
    actors: dict[str, CorpusActor]
    merges: list[Merge]
    apart: set[str]

    def id_of(self, ordinal: int) -> str:
        return self.ids[self.id_index[ordinal]]


def _dropped(name: str) -> str:
    form = person_form(name)
    what = {*form.dropped, *(("title",) if form.titles else ()), *(("honorific",) if form.honorific else ())}
    return f"; dropped: {', '.join(sorted(what))}" if what else ""


def _fits(alias: str, name: str) -> bool:
    """An alias a person's actor may show: not another person of the family ("Donald Trump Jr"
    beside "Donald Trump", from an article that mixed them up)."""
    a, n = person_form(alias), person_form(name)
    if not (a.person and n.person and a.given and n.given and a.surname == n.surname):
        return True
    return suffix_fit(a.suffix, n.suffix) and (given_fit(a.given, n.given) or given_fit(n.given, a.given))


class Assigner:
    """Receives the linking decisions per signature, then assigns ids per local actor."""

    def __init__(self, linker: LocalActors, aliases: Aliases, reduced_keys: set[str]) -> None:
        self.linker = linker
        self.aliases = aliases
        self.reduced_keys = reduced_keys
        self.seed: dict[int, tuple[str, str]] = {}  # signature -> (kind, seed key)
        self.rule: dict[int, str] = {}
        self.candidates: dict[int, list[str]] = {}  # ambiguous signature -> the seeds it fits
        self.profiles: dict[str, list[frozenset[str]]] = {}  # seed -> its namesakes' role sets

    def group(self, sig: int, kind: str, seed: str, rule: str) -> None:
        self.seed[sig], self.rule[sig] = (kind, seed), rule

    def ambiguous(self, sig: int, seeds: list[str]) -> None:
        self.candidates[sig] = seeds

    def namesakes(self, seed: str, profiles: list[frozenset[str]]) -> None:
        self.profiles[seed] = sorted(profiles, key=joined)

    def _group_ids(self) -> dict[tuple[str, str], str]:
        """Group -> id: the id most known local actors of the group hold, else the seed's hash."""
        lk = self.linker
        held: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
        for i, known in lk.known.items():
            group = self.seed.get(lk.local_sig[i])
            if group is not None and group[1] not in self.profiles:
                held[group][known] += lk.count_of(i)
        claims = sorted(
            ((n, g, v) for g, c in held.items() for v, n in c.items()), key=lambda t: (-t[0], t[1], t[2])
        )
        ids: dict[tuple[str, str], str] = {}
        taken: set[str] = set()
        for _, group, value in claims:
            cid = lk.values.values[value]
            assert isinstance(cid, str)
            if group not in ids and cid not in taken and cid not in lk.apart_known:
                ids[group] = cid
                taken.add(cid)
        for group in sorted(set(self.seed.values())):
            if group not in ids:
                cid = corpus_id(group[0], group[1])
                ids[group] = cid if cid not in taken else corpus_id(group[0], group[1], "split")
                taken.add(ids[group])
        return ids

    def finish(self) -> Linking:
        lk = self.linker
        group_ids = self._group_ids()
        roles: dict[str, set[str]] = defaultdict(set)
        for sig, (kind, seed) in self.seed.items():
            if kind == PERSON:
                roles[seed] |= lk.sigs[sig].roles
        overridden = self.aliases.named_keys()
        index: dict[str, int] = {}
        ids: list[str] = []
        id_index = array("i")
        apart: set[str] = set()
        rules: Counter[tuple[str, int, str]] = Counter()  # (id, name, rule)
        placed: dict[tuple[int, int, int], tuple[str, str, bool]] = {}  # (sig, heads, name) -> not apart
        for i in range(len(lk.local_sig)):
            sig = lk.local_sig[i]
            alike = (sig, lk.local_heads[i], lk.local_name[i])
            found = placed.get(alike)
            if found is None:
                found = self._resolve(i, sig, group_ids, roles)
                if not found[2]:
                    placed[alike] = found
            cid, rule, alone = found
            known = lk.known_of(i)
            if known >= 0:
                had = lk.values.values[known]
                assert isinstance(had, str)
                if lk.sigs[sig].key in overridden and had != cid:
                    rule = f"aliases file (moved from {had})"
                elif had != cid:
                    cid, rule, alone = had, "kept from the corpus as it was", had in lk.apart_known
            if alone:
                apart.add(cid)
            if cid not in index:
                index[cid] = len(ids)
                ids.append(cid)
            id_index.append(index[cid])
            rules[(cid, lk.local_name[i], rule)] += lk.count_of(i)
        actors = self._actors(id_index, ids)
        merges = [
            Merge(cid, actors[cid].name, str(lk.values.values[name]), rule, n)
            for (cid, name, rule), n in rules.items()
            if n
        ]
        merges.sort(key=lambda m: (m.corpus_id or "", m.rule, m.name))
        return Linking(id_index, ids, actors, merges, apart)

    def _resolve(
        self, i: int, sig: int, group_ids: dict[tuple[str, str], str], roles: dict[str, set[str]]
    ) -> tuple[str, str, bool]:
        """(id, rule, kept apart) for one local actor by the rules."""
        lk = self.linker
        heads = lk.values.values[lk.local_heads[i]]
        assert isinstance(heads, frozenset)
        name = str(lk.values.values[lk.local_name[i]])
        article = lk.articles[lk.local_article[i]] if lk.local_article[i] >= 0 else ""
        s = lk.sigs[sig]
        group = self.seed.get(sig)
        if group is not None:
            rule = self.rule[sig] + _dropped(name)
        else:
            seeds = self.candidates[sig]
            fits = [c for c in seeds if heads & roles.get(c, set())]
            if len(fits) != 1:
                shown = ", ".join(sorted(seeds)[:4])
                return (
                    corpus_id(PERSON, s.key, article),
                    f"kept apart: surname fits {len(seeds)} persons ({shown}); one actor per article",
                    True,
                )
            group = (PERSON, fits[0])
            rule = f"surname and evidence ({joined(heads & roles[fits[0]])}) fit one person"
        profiles = self.profiles.get(group[1])
        if profiles is None:
            return group_ids[group], rule, False
        mine = [p for p in profiles if heads & p]
        if len(mine) != 1:
            return (
                corpus_id(PERSON, s.key, article),
                f"kept apart: the name of {len(profiles)} namesakes; one actor per article",
                True,
            )
        return (
            corpus_id(PERSON, group[1], "namesake " + joined(mine[0])),
            f"one of {len(profiles)} namesakes, told apart by ({joined(heads & mine[0])})",
            False,
        )

    def _actors(self, id_index: array[int], ids: list[str]) -> dict[str, CorpusActor]:
        lk = self.linker
        names: dict[int, Counter[int]] = defaultdict(Counter)
        aliases: dict[int, set[int]] = defaultdict(set)
        types: dict[int, Counter[int]] = defaultdict(Counter)
        for i, n in enumerate(id_index):
            count = lk.count_of(i)
            if not count:  # a result its article's later one replaced
                continue
            names[n][lk.local_name[i]] += count
            aliases[n].add(lk.local_aliases[i])
            types[n][lk.local_type[i]] += count
        reduced = self.reduced_keys

        def order(item: tuple[int, int]) -> tuple[bool, bool, int, int, str]:
            """A full name before a surname alone, a clean one before one with words dropped,
            then the name written most."""
            name = str(lk.values.values[item[0]])
            form = person_form(name)
            unclean = bool(_dropped(name)) or form.key in reduced
            return (not form.given, unclean, -item[1], -len(name), name)

        actors: dict[str, CorpusActor] = {}
        for n, cid in enumerate(ids):
            if n not in names:  # no local actor holds the id any more
                continue
            shown = [str(lk.values.values[v]) for v in names[n]]
            display = str(lk.values.values[min(names[n].items(), key=order)[0]])
            written = {a for v in aliases[n] for a in lk.values.values[v]} | set(shown)  # type: ignore[attr-defined]
            person = cid.startswith("p")
            kept = sorted(a for a in written - {display} if not person or _fits(a, display))
            type_ = str(
                lk.values.values[min(types[n].items(), key=lambda t: (-t[1], str(lk.values.values[t[0]])))[0]]
            )
            actors[cid] = CorpusActor(cid, display, type_, kept)
        return actors
