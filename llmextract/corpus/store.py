"""Local actors kept compactly: what the linker needs of each, a few numbers per actor.

A corpus of a million results has millions of local actors; per actor only numbers are kept (its
signature, article, name, heads, aliases, type, and for one already in the corpus its id), each
referring to a value stored once (:class:`Interned`); per article its id and date.
"""

from __future__ import annotations

import datetime as dt
from array import array
from collections import defaultdict
from dataclasses import dataclass, field

import pyarrow as pa

from llmextract.corpus.ids import PERSON
from llmextract.corpus.normal import PersonForm, person_form

__all__ = ["NO_DAY", "ArticleIds", "Interned", "Known", "Local", "LocalActors", "Signature"]

NO_DAY = -1


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
class Local:
    """One article's actor as the linker compares it (what the linking state keeps of it)."""

    article_id: str
    local_id: str
    kind: str  # "person" or "other"
    key: str
    form_name: str  # the name (or alias) its key was made from
    name: str
    type: str
    aliases: tuple[str, ...]
    known_as: tuple[str, ...]  # heads namesakes are told by
    heads: tuple[str, ...]  # every head its article shows
    links: tuple[str, ...]  # other keys its aliases give (organisations)


@dataclass(frozen=True)
class Known:
    """A local actor of an existing corpus and the id it has."""

    local: Local
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


class ArticleIds:
    """Article ids in the order they came, kept as Arrow string arrays of :data:`CHUNK` ids (a
    third of what a list of Python strings holds for a million articles)."""

    CHUNK = 1 << 16

    def __init__(self) -> None:
        self._chunks: list[pa.Array] = []
        self._pending: list[str] = []

    def append(self, article_id: str) -> None:
        self._pending.append(article_id)
        if len(self._pending) == self.CHUNK:
            self._chunks.append(pa.array(self._pending, pa.string()))
            self._pending = []

    def last(self) -> str | None:
        if self._pending:
            return self._pending[-1]
        return str(self._chunks[-1][-1].as_py()) if self._chunks else None

    def __len__(self) -> int:
        return len(self._chunks) * self.CHUNK + len(self._pending)

    def __getitem__(self, i: int) -> str:
        chunk, at = divmod(i, self.CHUNK)
        return str(self._chunks[chunk][at].as_py()) if chunk < len(self._chunks) else self._pending[at]


class LocalActors:
    """The local actors of a corpus, in the order they were added, an article's one after another."""

    def __init__(self) -> None:
        self._signatures: dict[tuple[str, str], int] = {}
        self.sigs: list[Signature] = []
        self.values = Interned()
        self.local_sig = array("i")
        self.local_article = array("i")  # into ``articles``; -1 for a group of known ones
        self.local_name = array("i")  # into ``values``
        self.local_heads = array("i")  # a frozenset of heads, in ``values``
        self.local_aliases = array("i")  # a tuple of aliases, in ``values``
        self.local_type = array("i")
        self.counts: dict[int, int] = {}  # ordinal -> how many local actors it stands for, when not 1
        self.known: dict[int, int] = {}  # ordinal of a known local actor -> its id, in ``values``
        self.articles = ArticleIds()
        self.article_day = array("i")  # the date of each article as a day number (``NO_DAY``: none)
        self.apart_known: set[str] = set()  # known ids of one article's actor
        self.reduced_keys: set[str] = set()  # person keys that stand for a shorter one (persons, rule 1)
        self.namesakes: dict[str, set[frozenset[str]]] = defaultdict(set)  # key -> the role sets seen
        self._article_keys: dict[str, frozenset[str]] = {}  # full person keys of the article being read

    def drop(self, ordinals: list[int]) -> None:
        """Count the local actors of results a later result of their article replaced as none: they
        keep their ordinals (the rows read refer to them) but weigh nothing in the linking."""
        for i in ordinals:
            self.sigs[self.local_sig[i]].count -= self.count_of(i)
            self.counts[i] = 0

    def count_of(self, i: int) -> int:
        """How many local actors entry ``i`` stands for: 1, a known group's count, 0 once dropped."""
        return self.counts.get(i, 1)

    def known_of(self, i: int) -> int:
        """The id entry ``i`` has in the existing corpus (in ``values``); -1 for a new one."""
        return self.known.get(i, -1)

    def add_known(self, known: Known, date: dt.date | None = None) -> int:
        """Register a local actor of the existing corpus, with the id it keeps."""
        if known.apart:
            self.apart_known.add(known.actor_id)
        return self.add_local(known.local, date, known.actor_id)

    def add_known_group(self, local: Local, count: int, actor_id: str, apart: bool) -> int:
        """Register ``count`` local actors of the existing corpus that are alike in all the linker
        compares and hold one id (their articles aside): one entry, counted ``count`` times."""
        if apart:
            self.apart_known.add(actor_id)
        return self._entry(local, frozenset(local.known_as), -1, count, actor_id)

    def add_local(self, local: Local, date: dt.date | None = None, known: str | None = None) -> int:
        """Register a local actor (``date``: its article's); returns its ordinal."""
        if self.articles.last() != local.article_id:
            self.articles.append(local.article_id)
            self.article_day.append(date.toordinal() if date else NO_DAY)
            self._article_keys = {}
        known_as = frozenset(local.known_as)
        if local.kind == PERSON and person_form(local.form_name).given:  # two people, one name, one article
            seen = self._article_keys.get(local.key)
            if seen is not None and seen and known_as and not seen & known_as:
                self.namesakes[local.key].update((seen, known_as))
            self._article_keys[local.key] = known_as
        return self._entry(local, known_as, len(self.articles) - 1, 1, known)

    def _entry(
        self, local: Local, known_as: frozenset[str], article: int, count: int, known: str | None
    ) -> int:
        kind, key = local.kind, local.key
        index = self._signatures.get((kind, key))
        if index is None:
            index = self._signatures[(kind, key)] = len(self.sigs)
            form = person_form(local.form_name) if kind == PERSON else None
            self.sigs.append(Signature(kind, key, local.form_name, form))
        sig = self.sigs[index]
        sig.count += count
        sig.roles.update(known_as)
        sig.links.update(local.links)
        ordinal = len(self.local_sig)
        self.local_sig.append(index)
        if count != 1:
            self.counts[ordinal] = count
        if known is not None:
            self.known[ordinal] = self.values(known)
        self.local_article.append(article)
        self.local_name.append(self.values(local.name))
        self.local_heads.append(self.values(frozenset(local.heads)))
        self.local_aliases.append(self.values(local.aliases))
        self.local_type.append(self.values(local.type))
        return ordinal
