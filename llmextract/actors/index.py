"""Look-ups over the resolved actors of one article: names to ids, speakers to actors and spans.

Built by :func:`llmextract.actors.resolve.resolve_actors` (or from a list of actors). ``lookup`` takes
any name, alias, surname, title and name, or spelling variant; ``link_speaker`` also resolves
pronouns to the nearest fitting actor mentioned before the quote, and an ambiguous surname to
the candidate mentioned nearest the quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence

from llmextract.actors.names import (
    WORD,
    fold,
    fold_name,
    is_generic,
    parse_name,
    person_match,
    pronoun_kind,
    surface_key,
    token_match,
)
from llmextract.schema import Actor, Span

__all__ = ["ActorIndex", "all_occurrences", "leftmost"]

_WINDOW = 200  # chars either side of a quote searched for a pronoun speaker
# words inside quotation marks (curly or straight, within one paragraph)
_QUOTED = re.compile(r"“[^”\n]{0,3000}”|\"[^\"\n]{0,3000}\"")


class ActorIndex:
    """Resolved actors of one article, and the look-ups the pipeline needs to link quotes and stances."""

    def __init__(
        self,
        text: str,
        actors: list[Actor],
        occurrences: dict[str, list[tuple[int, int, int]]] | None = None,
        *,
        unmentioned: list[str] | None = None,
        folded: str | None = None,
    ) -> None:
        """``occurrences``: what :func:`all_occurrences` found of some surface keys in the folded text,
        by key, so that speakers written as those names are not searched for again. ``unmentioned``:
        names of listed actors dropped because the text never mentions them. ``folded``: the text's
        ``fold``, when the caller has it already."""
        self.text = text
        self.unmentioned = list(unmentioned or [])
        self._known = occurrences or {}
        self.actors = actors
        self._folded = fold(text) if folded is None else folded
        self._plain: dict[str, set[str]] = {}
        self._core: dict[str, set[str]] = {}
        self._surnames: dict[str, set[str]] = {}
        self._person_names: list[tuple[tuple[str, ...], str]] = []
        self._types = {a.id: a.type for a in actors}
        self._by_id = {a.id: a for a in actors}
        self._spans_of: dict[str, list[tuple[int, int]]] = {}  # each actor's mentions, sorted
        for actor in actors:
            for parsed in map(parse_name, [actor.name, *actor.aliases]):
                self._plain.setdefault(" ".join(parsed.plain), set()).add(actor.id)
                self._core.setdefault(" ".join(parsed.core), set()).add(actor.id)
                if actor.type == "person" and parsed.core and not parsed.acronym:
                    self._surnames.setdefault(parsed.core[-1], set()).add(actor.id)
                    if len(parsed.core) > 1:
                        self._person_names.append((parsed.core, actor.id))
        self._mentions = sorted((m.start, m.end, a.id) for a in actors for m in a.mentions)
        self._free: dict[str, list[tuple[int, int]]] = {}
        self._quoted = [m.span() for m in _QUOTED.finditer(text)] if ('"' in text or "“" in text) else []

    def name_of(self, actor_id: str) -> str:
        """The name the result gives the actor ``actor_id``."""
        return self._by_id[actor_id].name

    def lookup(self, name: str | None) -> str | None:
        """The id for a name, alias, surname, title+name or spelling variant; None if unknown/ambiguous."""
        ids = self._candidates(name)
        return next(iter(ids)) if len(ids) == 1 else None

    def _candidates(self, name: str | None) -> set[str]:
        if not name or pronoun_kind(name) is not None:
            return set()
        parsed = parse_name(name)
        if not parsed.core:
            return set()
        if ids := self._plain.get(" ".join(parsed.plain)):
            return ids
        if is_generic(name):  # "a spokeswoman for Vera Lund" is not Vera Lund
            return set()
        if len(parsed.core) == 1 and len(self._surnames.get(parsed.core[0], ())) > 1:
            return self._surnames[parsed.core[0]]
        if ids := self._core.get(" ".join(parsed.core)):
            return ids
        if len(parsed.core) == 1:
            return {i for s, ids in self._surnames.items() if token_match(s, parsed.core[0]) for i in ids}
        return {i for words, i in self._person_names if person_match(words, parsed.core)}

    def link_speaker(
        self, name: str | None, position: int, end: int | None = None
    ) -> tuple[str | None, Span | None]:
        """The speaker's actor id and its mention nearest the quote starting at ``position``.

        The mention is the nearest one ending before ``position``, else the nearest starting after
        it; given the quote's ``end``, the nearest on either side (outside the quote). Pronouns link
        to the nearest person (he/she) or other actor (they/it/we) mentioned before the quote and the
        pronoun. An unresolved speaker still gets the span of its words when they occur in the text.
        """
        if not name or not WORD.search(name):
            return None, None
        kind = pronoun_kind(name)
        if kind is not None:
            own = self._occurrences(name.strip(), (position - _WINDOW, (end or position) + _WINDOW))
            span = self._attribution(own, position, end)
            limit = min(position, span[0]) if span else position
            for j in range(bisect_left(self._mentions, (limit,)) - 1, -1, -1):
                s, e, a = self._mentions[j]
                fits = (self._types[a] == "person") == (kind == "person")
                # a name inside someone's quoted words is not whom "she said" refers to
                if e <= limit and fits and not self._in_quotation(s, e):
                    return a, _span(span)
            return None, _span(span)
        own = self._free_occurrences(name.strip())
        ids = self._candidates(name)
        if len(ids) > 1:  # an ambiguous surname: the candidate mentioned nearest the quote
            near = _nearest([(s, e) for s, e, a in self._mentions if a in ids], position, None)
            ids = {a for s, e, a in self._mentions if (s, e) == near}
        actor_id = next(iter(ids)) if len(ids) == 1 else None
        mine = self._mention_spans(actor_id) if actor_id else []
        found = [self._attribution(spans, position, end) for spans in (own, mine) if spans]
        return actor_id, _span(self._closest([f for f in found if f], position, end))

    def _mention_spans(self, actor_id: str) -> list[tuple[int, int]]:
        spans = self._spans_of.get(actor_id)
        if spans is None:
            spans = self._spans_of[actor_id] = sorted(
                (m.start, m.end) for m in self._by_id[actor_id].mentions
            )
        return spans

    def _closest(
        self, found: list[tuple[int, int]], position: int, end: int | None
    ) -> tuple[int, int] | None:
        """Of the best spans of each list, the one :meth:`_attribution` would take of them together."""
        if len(found) > 1:
            return self._attribution(sorted(found), position, end)
        return found[0] if found else None

    def _attribution(
        self, spans: Sequence[tuple[int, int]], position: int, end: int | None
    ) -> tuple[int, int] | None:
        """The speaker's words for a quote: inside its span but outside quotation marks, as in
        "“A,” Akar said. “B.”" or "The plan, he said, will fail"; else the nearest outside it.
        ``spans`` are sorted: only those around the quote are looked at."""
        lo = bisect_left(spans, (position,))
        if end is not None:
            hi = bisect_right(spans, (end, end))
            inside = [s for s in spans[lo:hi] if s[1] <= end and not self._in_quotation(*s)]
            if inside:
                return min(inside)
        near = spans[max(lo - _LOOK_BACK, 0) : bisect_left(spans, ((position if end is None else end),)) + 1]
        return _nearest(near, position, end)

    def _in_quotation(self, start: int, end: int) -> bool:
        j = bisect_right(self._quoted, (start, len(self.text) + 1)) - 1
        return j >= 0 and self._quoted[j][0] < start and end < self._quoted[j][1]

    def _free_occurrences(self, written: str) -> list[tuple[int, int]]:
        """Where ``written`` occurs outside actor mentions; speakers recur, so each is looked up once."""
        found = self._free.get(written)
        if found is None:
            found = self._free[written] = [o for o in self._occurrences(written) if not self._covered(o)]
        return found

    def _covered(self, span: tuple[int, int]) -> bool:
        """Whether ``span`` lies inside an actor mention ("Clinton" in "Bill Clinton")."""
        j = bisect_right(self._mentions, (span[0], len(self.text) + 1)) - 1
        return j >= 0 and self._mentions[j][1] >= span[1]

    def _occurrences(self, written: str, near: tuple[int, int] | None = None) -> list[tuple[int, int]]:
        """Where ``written`` occurs as words; case-blind within ``near`` (a window for pronouns)."""
        if near is None:
            key = surface_key(written)
            known = self._known.get(key)
            occurrences = all_occurrences(self._folded, [key]) if known is None else known
            return [(start, end) for start, end, _ in leftmost(occurrences)]
        pattern = r"\s+".join(map(re.escape, fold_name(written).split())) + r"(?!\w)"
        found = _word_matches(re.compile(pattern, re.IGNORECASE), self._folded, max(0, near[0]), near[1])
        return [m.span() for m in found]


_SPACES = re.compile(r"\s+")


def all_occurrences(text: str, keys: Sequence[str]) -> list[tuple[int, int, int]]:
    """Every occurrence of every key (words joined by one space) as words in ``text``, overlapping
    or not: (start, key index, end), sorted.

    Any whitespace may separate the words; no word character may come just before or after.
    With :func:`leftmost` this finds what one regex alternation of the keys finds, but compiling
    that costs more than these scans of the text (milliseconds per article, since the names differ
    each time).
    """
    found: list[tuple[int, int, int]] = []
    size = len(text)
    by_first: dict[str, list[tuple[int, list[str]]]] = {}  # keys that begin with one word: one scan
    for k, key in enumerate(keys):
        first, *rest = key.split(" ")
        by_first.setdefault(first, []).append((k, rest))
    for first, tails in by_first.items():
        at = text.find(first)
        while at >= 0:
            if at and (text[at - 1].isalnum() or text[at - 1] == "_"):  # inside a word
                at = text.find(first, at + 1)
                continue
            for k, rest in tails:
                end = at + len(first)
                for word in rest:
                    run = _SPACES.match(text, end)
                    if run is None or not text.startswith(word, run.end()):
                        break
                    end = run.end() + len(word)
                else:
                    if end == size or not (text[end].isalnum() or text[end] == "_"):
                        found.append((at, k, end))
            at = text.find(first, at + 1)
    found.sort()
    return found


def leftmost(found: Sequence[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Sorted occurrences (start, key index, end) without overlaps, leftmost first: (start, end, key)."""
    out: list[tuple[int, int, int]] = []
    pos = 0
    for at, k, end in found:
        if at >= pos:
            out.append((at, end, k))
            pos = end
    return out


def _word_matches(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int | None = None
) -> Iterator[re.Match[str]]:
    """Matches that start a word. A leading look-behind would stop ``re`` skipping ahead (50x slower)."""
    endpos = len(text) if endpos is None else endpos
    while match := pattern.search(text, pos, endpos):
        start = match.start()
        if start and (text[start - 1].isalnum() or text[start - 1] == "_"):
            pos = start + 1
        else:
            yield match
            pos = max(match.end(), start + 1)


_LOOK_BACK = 8  # spans before a quote that may end nearest it (mentions seldom nest deeper)


def _span(span: tuple[int, int] | None) -> Span | None:
    return Span(start=span[0], end=span[1]) if span else None


def _nearest(spans: Sequence[tuple[int, int]], position: int, end: int | None) -> tuple[int, int] | None:
    before = max((s for s in spans if s[1] <= position), key=lambda s: s[1], default=None)
    after = min((s for s in spans if s[0] >= (position if end is None else end)), default=None)
    if end is None or before is None or after is None:
        return before or after
    return before if position - before[1] <= after[0] - end else after
