"""Actors linked across articles: one corpus actor per person, whatever the names a model wrote.

Each article's actors are already resolved (``llmextract.actors.resolve``): "Trump" in an article
that also says "Donald Trump" is an alias of that one actor. Across articles:

- persons are compared by the normal form of their name (:mod:`llmextract.corpus.normal`: no title,
  role, honorific, party label, possessive or headline word; given names, surname and suffix kept)
  and grouped by :mod:`llmextract.corpus.persons`: "Donald J. Trump", "Republican nominee Donald
  Trump" and "Donald Trump Claims" are Donald Trump; "Donald Trump Jr." and "Ivanka Trump" are not;
- a person known in an article by the surname alone joins the one full name with that surname in
  the corpus. When the corpus holds several, the article's own evidence decides
  (:mod:`llmextract.corpus.evidence`): a role it gives, a title in the name or right before a
  mention ("President Obama", "Sen. Ortiz"), or an honorific's gender ("Mrs. Clinton") joins the one
  namesake whose articles show the same. Failing that it stays apart, one corpus actor per article:
  a wrong merge would move quotes to the wrong person, a missing one only splits a count, and the
  merges table shows it for the aliases file to settle;
- one name can be two people: when an article names two actors with one full name and tells them
  apart by role ("Mayor John Smith" and "coach John Smith"), every actor of that name is placed by
  its role among those namesakes, or kept apart;
- organisations, and any "person" whose name is an organisation's or a description ("Trump
  campaign", "Clinton aides"), never join a person; they join one another by equal names, and by
  the aliases an article gave one of them ("GNA" and "Government of National Accord").

The aliases file (:mod:`llmextract.corpus.aliases`) is applied first and wins. Corpus ids are a hash
of what the group is keyed by, never of reading order, so the same inputs give the same ids; local
actors already in a corpus (:meth:`Linker.add_known`) keep the ids they have
(:mod:`llmextract.corpus.assign`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from llmextract.corpus.aliases import Aliases, name_key
from llmextract.corpus.assign import Assigner, Linking
from llmextract.corpus.evidence import heads_of
from llmextract.corpus.ids import OTHER, PERSON
from llmextract.corpus.normal import PersonForm, person_form, suffix_fit
from llmextract.corpus.persons import group_persons
from llmextract.corpus.store import Known, Local, LocalActors, Signature
from llmextract.schema import Actor

__all__ = ["Known", "Linker", "Linking", "Local", "Signature", "person_key"]


def person_key(actor: Actor) -> tuple[str, PersonForm, str] | None:
    """The key a person actor is linked by, its form and the name it came from: the normal form of
    its name, or, for a bare surname, of the fullest alias of the same surname and suffix ("Trump"
    aliased "Donald Trump"); None when the name is no person's ("Trump campaign")."""
    form = person_form(actor.name)
    if not form.person or not form.surname:
        return None
    if not form.given:
        fuller = [
            (f, a)
            for a in actor.aliases
            if (f := person_form(a)).person and f.given and f.surname == form.surname
            and suffix_fit(f.suffix, form.suffix)
        ]  # fmt: skip
        if fuller:
            best, alias = max(fuller, key=lambda fa: (len(fa[0].given), bool(fa[0].suffix), fa[0].key))
            return best.key, best, alias
    return form.key, form, actor.name


class Linker(LocalActors):
    """Collects the actors of each article, then links them into corpus actors.

    Per local actor only a few numbers are kept (its signature, article, name, heads, aliases,
    type and, for a known one, its id), so millions of local actors fit in memory.
    """

    def __init__(self, aliases: Aliases | None = None) -> None:
        super().__init__()
        self.aliases = aliases or Aliases()

    def describe(self, article_id: str, actor: Actor, text: str | None = None) -> Local:
        """What the linker compares of one article's actor (``text``: the article's, for the words
        before its mentions)."""
        keyed = person_key(actor) if actor.type == PERSON else None
        links: tuple[str, ...] = ()
        if keyed is not None:
            key, form, form_name = keyed
            known_as, heads = heads_of(actor, form, text)
            kind = PERSON
        else:
            kind, key, form_name = OTHER, self.other_key(actor.name), actor.name
            known_as = heads = frozenset()
            links = tuple(sorted({k for a in actor.aliases if (k := self.other_key(a)) != key}))
        return Local(article_id, actor.id, kind, key, form_name, actor.name, actor.type, tuple(actor.aliases),
                     tuple(sorted(known_as)), tuple(sorted(heads)), links)  # fmt: skip

    def add(self, article_id: str, actor: Actor, text: str | None = None, date: dt.date | None = None) -> int:
        """Register one article's actor; returns its ordinal. An article's actors come one after another."""
        return self.add_local(self.describe(article_id, actor, text), date)

    @staticmethod
    def other_key(name: str) -> str:
        return name_key(name, person=False) or " ".join(name.casefold().split())

    def link(self) -> Linking:
        """Every local actor's corpus id, the corpus actors and the merges (``assign``)."""
        assigner = Assigner(self, self.aliases, self.reduced_keys)
        self._link_persons(assigner)
        self._link_others(assigner)
        return assigner.finish()

    def _link_persons(self, assigner: Assigner) -> None:
        renamed = self.aliases.person_map()
        keyed: dict[str, list[int]] = defaultdict(list)  # key after the aliases file -> signatures
        forms: dict[str, PersonForm] = {}
        for i, sig in enumerate(self.sigs):
            if sig.kind == PERSON and sig.form is not None:
                target = renamed.get(sig.key)
                key = target.key if target else sig.key
                keyed[key].append(i)
                forms[key] = target or sig.form
        weight = {k: sum(self.sigs[i].count for i in sigs) for k, sigs in keyed.items()}
        grouped = group_persons(forms, weight, self.aliases.apart(person=True))
        self.reduced_keys.clear()
        self.reduced_keys.update(grouped.reduced)
        for key, sigs in keyed.items():
            for i in sigs:
                renamed_here = self.sigs[i].key != key
                if key in grouped.ambiguous:
                    assigner.ambiguous(i, grouped.ambiguous[key])
                else:
                    assigner.group(
                        i, PERSON, grouped.seed[key], "aliases file" if renamed_here else grouped.rule[key]
                    )
        for key, profiles in self.namesakes.items():
            seed = grouped.seed.get(renamed[key].key if key in renamed else key)
            if seed is not None:
                assigner.namesakes(seed, [frozenset(p) for p in profiles])

    def _link_others(self, assigner: Assigner) -> None:
        renamed = self.aliases.key_map(person=False)
        apart = self.aliases.apart(person=False)
        parent: dict[str, str] = {}

        def find(k: str) -> str:
            parent.setdefault(k, k)
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        others = [i for i, s in enumerate(self.sigs) if s.kind == OTHER]
        for i in others:
            sig = self.sigs[i]
            key = renamed.get(sig.key, sig.key)
            for link in sorted(sig.links):
                a, b = find(key), find(renamed.get(link, link))
                if a != b and frozenset((key, link)) not in apart:
                    parent[max(a, b)] = min(a, b)  # the root is the least key: order-free
            find(key)
        for i in others:
            sig = self.sigs[i]
            key = renamed.get(sig.key, sig.key)
            seed = find(key)
            rule = "aliases file" if key != sig.key else "same name" if key == seed else "alias in an article"
            assigner.group(i, OTHER, seed, rule)
