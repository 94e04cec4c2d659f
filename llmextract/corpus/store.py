"""Local actors kept compactly: what the linker needs of each, a few numbers per actor.

A corpus of a million results has millions of local actors; per actor only numbers are kept (its
signature, article, name, heads, aliases, type, and for one already in the corpus its id), each
referring to a value stored once (:class:`Interned`).
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from dataclasses import dataclass, field

from llmextract.corpus.ids import PERSON
from llmextract.corpus.normal import PersonForm, person_form

__all__ = ["Interned", "Known", "LocalActors", "Signature"]


@dataclass
class Signature:
    """Local actors that share a kind and a key: what is counted and shown for them."""

    kind: str
    key: str
    form_name: str  # the name its key was first made from
    form: PersonForm | None = None
    count: int = 0
    links: set[str] = field(default_factory=set)  # other keys an article gave the same actor
    roles: set[str] = field(default_factory=set)  # heads its articles show


@dataclass(frozen=True)
class Known:
    """A local actor of an existing corpus, as its linking state holds it."""

    article_id: str
    kind: str
    key: str
    form_name: str  # the name its key was made from
    name: str
    type: str
    aliases: tuple[str, ...]
    known_as: tuple[str, ...]
    heads: tuple[str, ...]
    links: tuple[str, ...]
    actor_id: str
    apart: bool  # the actor of one article: a surname the linking could not place


class Interned:
    """Values stored once, referred to by number: a name, an alias set, a set of heads."""

    def __init__(self) -> None:
        self.index: dict[object, int] = {}
        self.values: list[object] = []

    def __call__(self, value: object) -> int:
        found = self.index.get(value)
        if found is None:
            found = self.index[value] = len(self.values)
            self.values.append(value)
        return found


class LocalActors:
    """The local actors of a corpus, in the order they were added, an article's one after another."""

    def __init__(self) -> None:
        self._signatures: dict[tuple[str, str], int] = {}
        self.sigs: list[Signature] = []
        self.values = Interned()
        self.local_sig = array("i")
        self.local_article = array("i")  # into ``articles``
        self.local_name = array("i")  # into ``values``
        self.local_heads = array("i")  # a frozenset of heads, in ``values``
        self.local_known_as = array("i")  # the part of the heads namesakes are told by
        self.local_aliases = array("i")  # a tuple of aliases, in ``values``
        self.local_type = array("i")
        self.local_known = array("i")  # the id a known local actor has, in ``values``; -1 for new
        self.articles: list[str] = []
        self.apart_known: set[str] = set()  # known ids of one article's actor
        self.reduced_keys: set[str] = set()  # person keys that stand for a shorter one (persons, rule 1)
        self.namesakes: dict[str, set[frozenset[str]]] = defaultdict(set)  # key -> the role sets seen
        self._article_keys: dict[str, frozenset[str]] = {}  # full person keys of the article being read

    def add_known(self, known: Known) -> int:
        """Register a local actor of the existing corpus, with the id it keeps."""
        if known.apart:
            self.apart_known.add(known.actor_id)
        k = known
        return self.add_local(k.article_id, k.kind, k.key, k.form_name, k.name, k.type, k.aliases,
                              frozenset(k.known_as), frozenset(k.heads), k.links, k.actor_id)  # fmt: skip

    def state_of(self, ordinal: int) -> tuple[str, str, str, list[str], list[str]]:
        """(kind, key, the name the key came from, known as, heads) of a local actor, for the
        linking state."""
        sig = self.sigs[self.local_sig[ordinal]]
        known_as, heads = (
            self.values.values[self.local_known_as[ordinal]],
            self.values.values[self.local_heads[ordinal]],
        )
        assert isinstance(known_as, frozenset) and isinstance(heads, frozenset)
        return sig.kind, sig.key, sig.form_name, sorted(known_as), sorted(heads)

    def add_local(
        self, article_id: str, kind: str, key: str, form_name: str, name: str, type_: str,
        aliases: tuple[str, ...], known_as: frozenset[str], heads: frozenset[str], links: tuple[str, ...],
        known: str | None,
    ) -> int:  # fmt: skip
        if not self.articles or self.articles[-1] != article_id:
            self.articles.append(article_id)
            self._article_keys = {}
        index = self._signatures.get((kind, key))
        if index is None:
            index = self._signatures[(kind, key)] = len(self.sigs)
            form = person_form(form_name) if kind == PERSON else None
            self.sigs.append(Signature(kind, key, form_name, form))
        sig = self.sigs[index]
        sig.count += 1
        sig.roles.update(known_as)
        sig.links.update(links)
        if kind == PERSON and sig.form is not None and sig.form.given:
            seen = self._article_keys.get(key)
            if seen is not None and seen and known_as and not seen & known_as:  # two people, one name
                self.namesakes[key].update((seen, known_as))
            self._article_keys[key] = known_as
        self.local_sig.append(index)
        self.local_article.append(len(self.articles) - 1)
        self.local_name.append(self.values(name))
        self.local_heads.append(self.values(heads))
        self.local_known_as.append(self.values(known_as))
        self.local_aliases.append(self.values(aliases))
        self.local_type.append(self.values(type_))
        self.local_known.append(-1 if known is None else self.values(known))
        return len(self.local_sig) - 1
