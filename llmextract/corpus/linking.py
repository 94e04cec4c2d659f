"""Actors linked across articles: the per-article name rules lifted to the corpus.

Each article's actors are already resolved (``llmextract.actors.resolve``): "Trump" in an article
that also says "Donald Trump" is an alias of that one actor. Across articles:

- persons are compared by their fullest name key (``normalize_name``). Within one surname, names
  are taken fullest first; a name joins the one group whose first name it fits
  (``person_match``: "Donald Trump" and "D. Trump" fit "Donald J. Trump", "Ivanka Trump" does
  not). A name that fits several groups stays a group of its own;
- a person known in an article by the surname alone joins the one full name with that surname in
  the corpus. When the corpus holds several ("Donald Trump", "Ivanka Trump"), the article's own
  evidence decides: a role it gives, or a title standing right before a mention in its text
  ("President Obama"), joins the one namesake whose articles state that role. Honorifics (Mr.,
  Mrs., Dr.) are no evidence. Failing that it stays apart, one
  corpus actor per article: a wrong merge would move quotes to the wrong person, a missing one
  only splits a count, and the merges table shows it for the aliases file to settle;
- organisations, states, groups and the rest never join a person ("Trump campaign"); they join one
  another by equal names, and by the aliases an article gave one of them ("GNA" and "Government of
  National Accord").

The aliases file (:mod:`llmextract.corpus.aliases`) is applied first and wins. Corpus ids are a hash
of what the group is keyed by, never of reading order, so the same inputs give the same ids.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from llmextract.actors.names import TITLES, person_match
from llmextract.corpus.aliases import Aliases, name_key
from llmextract.schema import Actor

__all__ = ["CorpusActor", "Linker", "Linking", "Merge"]

PERSON = "person"
OTHER = "other"
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam", "lord", "lady"})
_ROLE_WORD = re.compile(r"[^\W\d_]+")
_ROLE_WORDS_MAX = 4  # longer "roles" are clauses ("who has studied the bay"), not titles
_TITLE_BEFORE = re.compile(r"([^\W\d_]+)\.?\s+$")


def titles_before(actor: Actor, text: str | None) -> list[str | None]:
    """The titles right before the actor's mentions in the text ("President" in "President Obama")."""
    if not text:
        return []
    found: list[str | None] = []
    for mention in actor.mentions:
        match = _TITLE_BEFORE.search(text[max(0, mention.start - 24) : mention.start])
        word = match.group(1).casefold() if match else ""
        found.append(word if word in TITLES and word not in HONORIFICS else None)
    return found


def role_head(role: str | None) -> str | None:
    """The word a role is compared by: its last word, folded ("former President" -> "president");
    None for no role, an honorific, or a clause."""
    words: list[str] = _ROLE_WORD.findall((role or "").casefold())
    if not words or len(words) > _ROLE_WORDS_MAX or words[-1] in HONORIFICS:
        return None
    return words[-1]


def corpus_id(kind: str, key: str, article: str | None = None) -> str:
    parts = [kind, key] if article is None else [kind, key, article]
    return ("p" if kind == PERSON else "o") + hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()[
        :12
    ]


@dataclass
class _Signature:
    """Local actors that share a kind and a key: what is counted and shown for them."""

    kind: str
    key: str
    names: Counter[str] = field(default_factory=Counter)
    aliases: set[str] = field(default_factory=set)
    types: Counter[str] = field(default_factory=Counter)
    links: set[str] = field(default_factory=set)  # other keys an article gave the same actor
    roles: set[str] = field(default_factory=set)  # role heads the articles gave


@dataclass(frozen=True)
class Merge:
    """One line of the audit: a name that joined a corpus actor, and by which rule."""

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
    """The corpus id of every local actor (in the order they were added), the actors, the merges."""

    ids: list[str]
    actors: dict[str, CorpusActor]
    merges: list[Merge]


class Linker:
    """Collects the actors of each article, then links them into corpus actors."""

    def __init__(self, aliases: Aliases | None = None) -> None:
        self._aliases = aliases or Aliases()
        self._signatures: dict[tuple[str, str], int] = {}
        self._sigs: list[_Signature] = []
        self._local_sig: list[int] = []
        self._local_article: list[str] = []
        self._local_name: list[str] = []
        self._local_roles: list[frozenset[str]] = []
        self._candidates: dict[int, list[str]] = {}  # ambiguous signature -> the groups its surname fits

    def add(self, article_id: str, actor: Actor, text: str | None = None) -> int:
        """Register one article's actor (``text``: its article's, for the titles before its mentions);
        returns its ordinal among all local actors."""
        person = actor.type == PERSON
        kind = PERSON if person else OTHER
        names = [actor.name, *actor.aliases]
        keys = [name_key(n, person=person) or " ".join(n.casefold().split()) for n in names]
        key = max(keys, key=lambda k: (len(k.split()), len(k))) if person else keys[0]
        index = self._signatures.get((kind, key))
        if index is None:
            index = self._signatures[(kind, key)] = len(self._sigs)
            self._sigs.append(_Signature(kind, key))
        sig = self._sigs[index]
        sig.names[actor.name] += 1
        sig.aliases.update(actor.aliases)
        sig.types[actor.type] += 1
        stated = role_head(actor.role)
        if stated is not None:  # what a namesake is known as: the roles articles state
            sig.roles.add(stated)
        heads = {h for h in (stated, *titles_before(actor, text)) if h is not None}
        if not person:
            sig.links.update(k for k in keys if k != key)
        self._local_sig.append(index)
        self._local_article.append(article_id)
        self._local_name.append(actor.name)
        self._local_roles.append(frozenset(heads))
        return len(self._local_sig) - 1

    def articles(self) -> list[str]:
        """The article id of every local actor, in the order they were added."""
        return self._local_article

    def link(self) -> Linking:
        groups: dict[int, str] = {}  # signature -> group key
        merges: list[tuple[str, int, str]] = []  # (group key, signature, rule)
        ambiguous: dict[int, str] = {}  # signature -> why it stays apart
        self._link_persons(groups, merges, ambiguous)
        self._link_others(groups, merges)
        return self._finish(groups, merges, ambiguous)

    def _counts(self) -> Counter[int]:
        return Counter(self._local_sig)

    def _link_persons(
        self, groups: dict[int, str], merges: list[tuple[str, int, str]], ambiguous: dict[int, str]
    ) -> None:
        counts = self._counts()
        renamed = self._aliases.key_map(person=True)
        apart = self._aliases.apart(person=True)
        persons = [i for i, s in enumerate(self._sigs) if s.kind == PERSON]
        keyed: dict[str, list[int]] = defaultdict(list)  # key after the aliases file -> signatures
        for i in persons:
            keyed[renamed.get(self._sigs[i].key, self._sigs[i].key)].append(i)
        weight = {k: sum(counts[i] for i in sigs) for k, sigs in keyed.items()}
        by_surname: dict[str, list[str]] = defaultdict(list)
        for k in keyed:
            by_surname[k.split()[-1] if k else ""].append(k)
        members: dict[str, list[str]] = {}  # group seed key -> keys in the group
        group_of: dict[str, str] = {}
        crowded: dict[str, str] = {}  # full names that fit several groups, kept as their own
        for _, keys in sorted(by_surname.items()):
            seeds: list[str] = []
            full = sorted(
                (k for k in keys if len(k.split()) > 1),
                key=lambda k: (-len(k.split()), -len(k), -weight[k], k),
            )
            for k in full:
                fits = [
                    s
                    for s in seeds
                    if person_match(tuple(s.split()), tuple(k.split()))
                    and not any(frozenset((k, m)) in apart for m in members[s])
                ]
                if len(fits) == 1:
                    members[fits[0]].append(k)
                    group_of[k] = fits[0]
                else:
                    seeds.append(k)
                    members[k] = [k]
                    group_of[k] = k
                    if len(fits) > 1:
                        crowded[k] = f"kept apart: fits {len(fits)} persons"
            for k in (k for k in keys if len(k.split()) <= 1):
                fits = [s for s in seeds if not any(frozenset((k, m)) in apart for m in members[s])]
                if not seeds or not fits:
                    members[k] = [k]
                    group_of[k] = k
                elif len(fits) == 1:
                    members[fits[0]].append(k)
                    group_of[k] = fits[0]
                else:
                    names = ", ".join(self._display(keyed[s]) for s in fits[:4])
                    for i in keyed[k]:
                        ambiguous[i] = f"surname fits {len(fits)} persons ({names}); one actor per article"
                        self._candidates[i] = fits
        for k, sigs in keyed.items():
            for i in sigs:
                if i in ambiguous:
                    continue
                seed = group_of[k]
                groups[i] = seed
                if self._sigs[i].key != k:
                    rule = "aliases file"
                elif k in crowded:
                    rule = crowded[k]
                elif k == seed:
                    rule = "same name"
                elif len(k.split()) == 1:
                    rule = "surname of the one full name in the corpus"
                else:
                    rule = "given names fit"
                merges.append((seed, i, rule))

    def _link_others(self, groups: dict[int, str], merges: list[tuple[str, int, str]]) -> None:
        renamed = self._aliases.key_map(person=False)
        apart = self._aliases.apart(person=False)
        parent: dict[str, str] = {}

        def find(k: str) -> str:
            parent.setdefault(k, k)
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        others = [i for i, s in enumerate(self._sigs) if s.kind == OTHER]
        for i in others:
            sig = self._sigs[i]
            key = renamed.get(sig.key, sig.key)
            for link in sorted(sig.links):
                a, b = find(key), find(renamed.get(link, link))
                if a != b and frozenset((key, link)) not in apart:
                    parent[max(a, b)] = min(a, b)  # the root is the least key: order-free
            find(key)
        for i in others:
            sig = self._sigs[i]
            key = renamed.get(sig.key, sig.key)
            seed = find(key)
            groups[i] = seed
            rule = "aliases file" if key != sig.key else "same name" if key == seed else "alias in an article"
            merges.append((seed, i, rule))

    def _display(self, sigs: list[int]) -> str:
        names: Counter[str] = Counter()
        for i in sigs:
            names.update(self._sigs[i].names)
        return min(names.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0]

    def _finish(
        self, groups: dict[int, str], merges: list[tuple[str, int, str]], ambiguous: dict[int, str]
    ) -> Linking:
        counts = self._counts()
        by_group: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i, seed in groups.items():
            by_group[(self._sigs[i].kind, seed)].append(i)
        actors: dict[str, CorpusActor] = {}
        sig_id: dict[int, str] = {}
        for (kind, seed), sigs in by_group.items():
            cid = corpus_id(kind, seed)
            name = self._display(sigs)
            aliases = sorted(
                {n for i in sigs for n in (*self._sigs[i].names, *self._sigs[i].aliases)} - {name}
            )
            types: Counter[str] = Counter()
            for i in sigs:
                types.update(self._sigs[i].types)
            kind_type = min(types.items(), key=lambda item: (-item[1], item[0]))[0]
            actors[cid] = CorpusActor(cid, name, kind_type, aliases)
            for i in sigs:
                sig_id[i] = cid
        roles = {
            seed: {r for i in sigs for r in self._sigs[i].roles} for (kind, seed), sigs in by_group.items()
        }
        by_role: Counter[tuple[str, str, str]] = Counter()  # (corpus id, name, role) joined by role
        ids: list[str] = []
        locals_ = zip(self._local_sig, self._local_article, self._local_name, self._local_roles, strict=True)
        for sig, article, name, heads in locals_:
            known = sig_id.get(sig)
            fits = [s for s in self._candidates.get(sig, []) if heads & roles.get(s, set())]
            role = ", ".join(sorted(heads & roles[fits[0]])) if len(fits) == 1 else None
            if known is not None:
                cid = known
            elif len(fits) == 1:  # an ambiguous surname the article's role settles
                cid = corpus_id(PERSON, fits[0])
                by_role[(cid, name, role or "")] += 1
            else:  # an ambiguous surname: one actor per article
                cid = corpus_id(PERSON, self._sigs[sig].key, article)
                if cid not in actors:
                    actors[cid] = CorpusActor(cid, name, PERSON, sorted(self._sigs[sig].aliases - {name}))
            ids.append(cid)
        log = [
            Merge(sig_id.get(i), actors[sig_id[i]].name if i in sig_id else "", n, rule, counts[i])
            for seed, i, rule in merges
            for n in sorted(self._sigs[i].names)
        ]
        log += [
            Merge(cid, actors[cid].name, name, f"surname and role ({role}) fit one person", n)
            for (cid, name, role), n in sorted(by_role.items())
        ]
        log += [
            Merge(None, "", n, f"kept apart: {why}", counts[i] - settled)
            for i, why in sorted(ambiguous.items())
            for n in sorted(self._sigs[i].names)
            if (settled := sum(c for (_, name, _), c in by_role.items() if name == n)) < counts[i]
        ]
        log.sort(key=lambda m: (m.corpus_id or "", m.rule, m.name))
        return Linking(ids, actors, log)
