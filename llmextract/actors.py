"""Actor resolution: merge the names a model gives into actors, find their mentions, link speakers.

Models list one person under several names ("Hulusi Akar", "Defence Minister Akar", "Akar") and name
speakers they never listed. The toolkit, not the model, decides who is who, so ids are stable and
every mention is an exact character range of the article.

Names are compared as keys (``normalize_name``): per-character accent folding (NFKD without combining
marks, plus ı ø ł đ), case folding, punctuation and a possessive 's dropped; a leading the/a/an and
anything after a comma or "(" ignored; for persons, the capitalised run at the end ("the Democratic
candidate Vera Lund" -> "vera lund"), without a leading title run (``TITLES``: Mr, Mrs, Ms, Dr,
President, Prime Minister, Senator, Sen, Rep, Gov, General, Gen, King, Sheikh, spokesman, ... with
portfolio words: "Secretary of State", "Minister of Defence"), without "of <place>" after two name
words, trailing Jr/Sr/II/III, or the particles al/el.

Merge rules, in this order:

1. equal keys of two or more words ("President Recep Tayyip Erdogan" = "Recep Tayyip Erdoğan");
2. persons whose surnames match and whose given names are a sub-sequence of the other's
   ("Tayyip Erdogan" in "Recep Tayyip Erdogan", "H. Akar"), word by word: equal, an initial, the
   same transliteration skeleton (``_skeleton``, words of 4+ letters), or rapidfuzz ratio >= 85
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
("officials", "a spokeswoman for Vera Lund", "Lund's niece": ``_is_generic``), which get no actor.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from llmextract.llm_schema import LLMExtraction
from llmextract.schema import Actor, ActorType, Span

__all__ = ["GENERIC_HEADS", "PRONOUNS", "TITLES", "ActorIndex", "fold", "normalize_name", "resolve_actors"]


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


TOKEN_RATIO = 85.0
_WINDOW = 200  # chars either side of a quote searched for a pronoun speaker
NAME_RATIO = 80.0

TITLES = _wordset(
    "mr mrs ms miss mx dr prof professor sir dame lord lady president vice deputy acting prime minister"
    " secretary chancellor premier senator sen rep representative congressman congresswoman gov governor"
    " sens reps mayor general gen attorney lt col colonel maj major capt captain admiral adm marshal"
    " commander chief sgt king queen prince princess sheikh emir crown judge ambassador spokesman spokeswoman"
    " spokesperson chairman chairwoman ceo pope rev cardinal bishop imam ayatollah speaker leader"
)
_PORTFOLIO = _wordset(
    "of for from the and state defence defense foreign affairs interior home justice finance economy trade"
    " health energy education labour labor environment transport treasury security staff"
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_PARTICLES = frozenset({"al", "el"})
_SURNAME_PARTICLES = _wordset(
    "al el bin bint ibn van von de da di du der den ter le la dos das do del della y"
)
_CONNECT = _SURNAME_PARTICLES | _wordset("of the for and y")
_PREPOSITIONS = _wordset("for to at with from by on near close about of")
_ACRONYM_STOP = _wordset("of the and for on in de la le du des")
#: Pronoun speakers and the kind of actor they refer to.
PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "i": "person"} | {
    p: "other" for p in ("they", "them", "we", "it")
}
#: Head nouns of speakers that name nobody in particular ("officials", "a Pentagon spokesman").
GENERIC_HEADS = _wordset(
    "official officials source sources spokesman spokeswoman spokesperson spokespeople witness witnesses"
    " analyst analysts expert experts observer observers diplomat diplomats people resident residents"
    " critic critics aide aides insider insiders someone others authorities statement report"
)
_ORG_WORDS = _wordset(
    "ministry army party council government agency union nations department office committee court"
    " bank company inc ltd corp association forces police parliament assembly commission university"
    " organization organisation front movement alliance authority center centre institute foundation fund"
    " club times post news press network campaign congress senate house group"
)
_FOLD_EXTRA = {"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "’": "'", "‘": "'"}
_WORD = re.compile(r"\w+(?:'\w+)*")
_ACRONYM_IN_PARENS = re.compile(r"\(([A-Z][A-Z.]{1,9})\)")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    if char in _FOLD_EXTRA:
        return _FOLD_EXTRA[char]
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return base if len(base) == 1 else char


def fold(text: str) -> str:
    """Fold accents one character at a time, so offsets into the result are offsets into ``text``."""
    if text.isascii():  # constant time: the string knows
        return text
    table = {ord(c): _fold_char(c) for c in set(text) if not c.isascii()}
    return text.translate(table) if table else text


#: ``fold`` of the names and words the resolver compares, which recur from answer to answer.
_fold_name = lru_cache(maxsize=8192)(fold)
#: ``fold`` of the article: the resolver and its index need it several times.
_fold_text = lru_cache(maxsize=4)(fold)


@dataclass(frozen=True)
class _Name:
    text: str  # as given, whitespace collapsed
    plain: tuple[str, ...]  # folded lower-case words, leading "the" dropped
    core: tuple[str, ...]  # titles, suffixes and particles dropped as well
    display: str  # ``text`` without the dropped title run and possessive
    plain_display: str  # ``text`` without a leading "the", the possessive and what follows "," or "("
    acronym: str | None  # "gna" for "GNA" or "G.N.A."


@lru_cache(maxsize=8192)
def _parse(text: str) -> _Name:
    text = " ".join(text.split())
    head = re.split(r"[,(]", text, maxsplit=1)[0].strip() or text
    folded = _fold_name(head)
    toks: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in _WORD.finditer(folded):
        tok, end = m.group().casefold(), m.end()
        if tok.endswith("'s"):
            tok, end = tok[:-2], end - 2
        toks.append(tok.replace("'", ""))
        spans.append((m.start(), end))
    if not toks:
        return _Name(text, (), (), text, text, None)
    k0 = 1 if toks[0] in {"the", "a", "an"} and len(toks) > 1 else 0
    # a person's name is the capitalised run at the end: "the Democratic candidate Hillary Clinton"
    lower = [i for i, (a, _) in enumerate(spans) if not folded[a].isupper() and toks[i] not in _CONNECT]
    start = lower[-1] + 1 if lower and lower[-1] + 1 < len(toks) else k0
    while start < len(toks) - 1 and toks[start] in _CONNECT:
        start += 1
    first = next((i for i in range(start, min(start + 4, len(toks))) if toks[i] in TITLES), None)
    if first is not None:
        j = first + 1
        while j < len(toks) and (toks[j] in TITLES or toks[j] in _PORTFOLIO):
            j += 2 if toks[j] == "of" else 1  # "Prime Minister of Libya", "Secretary of State"
        honorific = toks[first] in {"mr", "mrs", "ms", "miss", "dr", "sir", "dame"}
        start = j if j < len(toks) else len(toks) - 1 if honorific else start  # "Mr. King" -> "king"
    # "Earl Tomblin of West Virginia": a place after two or more name words is no part of the name
    cut = [i for i in range(start + 2, len(toks) - 1) if toks[i] in {"of", "from"}]
    stop = cut[0] if cut else len(toks)
    while stop - 1 > start and toks[stop - 1] in _SUFFIXES:
        stop -= 1
    person = toks[start:stop]
    core = tuple(t for t in person if t not in _PARTICLES) or tuple(person)
    letters = folded[spans[k0][0] :].replace(".", "").replace(" ", "")  # "the U.N." -> "UN"
    acronym = letters.lower() if re.fullmatch(r"[A-Z]{2,8}", letters) else None
    display = head[spans[start][0] : spans[stop - 1][1]]
    plain_display = head[spans[k0][0] :] if acronym else head[spans[k0][0] : spans[-1][1]]
    return _Name(text, tuple(toks[k0:]), core, display, plain_display, acronym)


def normalize_name(name: str) -> str:
    """The comparison key of a person's name: "Defence Minister Hulusi Akar's" -> "hulusi akar"."""
    return " ".join(_parse(name).core)


def _initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w not in _ACRONYM_STOP)


_DIGRAPHS = (("sh", "s"), ("th", "t"), ("kh", "k"), ("dh", "d"), ("gh", "g"), ("ph", "f"), ("ou", "u"))


@lru_cache(maxsize=8192)
def _skeleton(word: str) -> str:
    """A transliteration key: Bashagha/Basaga, Mohammed/Muhammad, Qaddafi/Kadhafi share one."""
    for a, b in _DIGRAPHS:
        word = word.replace(a, b)
    word = re.sub(r"c(?!h)", "k", word.replace("q", "k"))
    inner = re.sub(r"[aeiouy]", "a", word[1:-1])
    return re.sub(r"(.)\1+", r"\1", word[:1] + inner + word[-1:])


@lru_cache(maxsize=65536)
def _token_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or a.startswith(b) or b.startswith(a):
        return False
    if _skeleton(a) == _skeleton(b):
        return True
    return min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= TOKEN_RATIO


def _given_match(a: str, b: str) -> bool:
    return (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)) or _token_match(a, b)


@lru_cache(maxsize=65536)
def _person_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names of two or more words that can belong to one person (rule 2)."""
    if len(a) < 2 or len(b) < 2 or not _token_match(a[-1], b[-1]):
        return False
    short, long = sorted((a[:-1], b[:-1]), key=len)
    i = 0
    for word in long:
        if i < len(short) and _given_match(short[i], word):
            i += 1
    if i < len(short):
        return False
    if len(a) != len(b):
        return True
    pairs = [(x, y) for x, y in zip(a, b, strict=True) if min(len(x), len(y)) > 1]  # initials aside
    return fuzz.ratio(" ".join(x for x, _ in pairs), " ".join(y for _, y in pairs)) >= NAME_RATIO


def _pronoun_kind(name: str) -> str | None:
    return PRONOUNS.get(name.strip().casefold())


@lru_cache(maxsize=4096)
def _is_generic(name: str) -> bool:
    """Descriptions, not names: "officials", "Scott's niece", "a spokeswoman for Hillary Clinton"."""
    head = _parse(name)
    words = _WORD.findall(_fold_name(head.plain_display))
    if not words or not words[-1][:1].isupper() or head.core[-1] in GENERIC_HEADS:
        return True
    lower = [i for i, w in enumerate(words) if w.islower() and w not in _CONNECT]
    return bool(lower) and any(w.casefold() in _PREPOSITIONS for w in words[lower[-1] : lower[-1] + 2])


def _guess_type(name: _Name) -> ActorType:
    if "and" in name.plain:  # "Trump and Clinton"
        return "group"
    return "organization" if name.acronym or any(w in _ORG_WORDS for w in name.plain) else "person"


@dataclass
class _Group:
    """Names believed to be one actor: first the model's own listing, then merged ones."""

    names: list[_Name]
    type: ActorType
    role: str | None
    listed: bool  # the model listed it as an actor (not only as a speaker or holder)

    @property
    def person(self) -> bool:
        return self.type == "person"

    @property
    def bare(self) -> bool:
        return all(len(n.core) == 1 for n in self.names)


def _names_of(raw: Iterable[str]) -> list[_Name]:
    out: list[_Name] = []
    for text in raw:
        parsed = _parse(text)
        if parsed.core and _pronoun_kind(text) is None and all(parsed.text != n.text for n in out):
            out.append(parsed)
            if acr := _ACRONYM_IN_PARENS.search(text):  # "National Oil Corporation (NOC)"
                out.append(_parse(acr.group(1)))
    return out


def _seeds(extraction: LLMExtraction) -> list[_Group]:
    seeds = [_Group(_names_of([a.name, *a.aliases]), a.type, a.role or None, True) for a in extraction.actors]
    known = {n.plain for seed in seeds for n in seed.names}
    for speaker in [q.speaker for q in extraction.quotes] + [s.holder for s in extraction.stances]:
        if speaker and _pronoun_kind(speaker) is None and not _is_generic(speaker):
            names = _names_of([speaker])
            if names and names[0].plain not in known:
                seeds.append(_Group(names, _guess_type(names[0]), None, False))
                known.update(n.plain for n in names)
    return [s for s in seeds if s.names]


def _spelled_acronyms(text: str) -> Iterator[tuple[_Name, _Name]]:
    """(long form, acronym) written "Government of National Accord (GNA)" in the text."""
    for m in _ACRONYM_IN_PARENS.finditer(text):
        before = text[max(0, m.start() - 160) : m.start()]
        words = list(re.finditer(r"[\w'’-]+", before))
        for k in range(len(words) - 2, -1, -1):
            suffix = [w.group().casefold() for w in words[k:]]
            if _initials(suffix) == m.group(1).replace(".", "").lower() and words[k].group()[:1].isupper():
                yield _parse(before[words[k].start() :]), _parse(m.group(1))
                break


def _same(a: _Group, b: _Group, both_bare: bool) -> bool:
    """Rules 1-3 for two groups' names; one-word names only meet one-word names here."""
    if a.person and b.person:
        for x in a.names:
            for y in b.names:
                if x.plain == y.plain and (len(x.plain) > 1 or both_bare):
                    return True
                if _token_match(x.core[0], y.core[0]) if both_bare else _person_match(x.core, y.core):
                    return True
        return False
    for x in a.names:
        for y in b.names:
            if x.plain == y.plain and (len(x.plain) > 1 or both_bare):
                return True
            if x.acronym and not b.person and len(y.plain) > 1 and x.acronym == _initials(y.plain):
                return True
            if y.acronym and not a.person and len(x.plain) > 1 and y.acronym == _initials(x.plain):
                return True
    return False


def _fits(group: _Group, bare: _Group) -> bool:
    """Whether a one-word group can name ``group``: the same word, or (persons) its surname."""
    keys = {n.core[0] for n in bare.names}
    return any(
        n.core[0] in keys
        if len(n.core) == 1
        else group.person and bare.person and any(_token_match(n.core[-1], k) for k in keys)
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
    alive = [i for g in full for i in g]
    for g in groups(range(len(seeds))):
        if all(seeds[i].bare for i in g):
            bare = _join([seeds[i] for i in g])
            fits = [h for h in full if _fits(_join([seeds[i] for i in h]), bare)]
            if len(fits) == 1:
                union(fits[0][0], g[0])
            if len(fits) <= 1:
                alive.extend(g)
    return [_join([seeds[i] for i in g]) for g in groups(sorted(alive))]


def _surname_surfaces(name: _Name) -> list[str]:
    """The surname as written, with and without a particle: "al-Sarraj" and "Sarraj"."""
    words = list(_WORD.finditer(_fold_name(name.display)))
    if len(name.core) < 2 or len(words) < 2 or len(words[-1].group()) < 2:
        return []
    out = [_parse(words[-1].group()).display]
    if words[-2].group().casefold() in _SURNAME_PARTICLES:
        out.append(name.display[words[-2].start() : words[-1].end()])
    return out


_CAPS = re.compile(r"[A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*)*")


def _text_variants(text: str, groups: list[_Group], shared: set[str]) -> Iterator[tuple[int, str]]:
    """Spellings of a person's name that the text uses and the model did not give: (group, surface)."""
    known = [(gi, n.core) for gi, g in enumerate(groups) if g.person for n in g.names if len(n.core) > 1]
    surnames = {k[-1] for _, k in known}
    for seq in set(_CAPS.findall(_fold_text(text))):
        words = seq.split()
        last = _parse(words[-1]).core
        if not last or last[0] in shared:
            continue
        if last[0] not in surnames and not any(_token_match(last[0], s) for s in surnames):
            continue
        for size in range(2, min(len(words), 4) + 1):
            cand = _parse(" ".join(words[-size:]))
            hits = {gi for gi, k in known if len(k) == len(cand.core) and _person_match(cand.core, k)}
            if hits:
                break
        else:
            cand = _parse(words[-1])
            hits = {gi for gi, k in known if len(words[-1]) >= 5 and _token_match(last[0], k[-1])}
        if len(hits) == 1:
            yield hits.pop(), cand.display


@lru_cache(maxsize=8192)
def _surface_key(text: str) -> str:
    return " ".join(_fold_name(text).split())


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
            surface.setdefault(_surface_key(form), set()).add(gi)
    for gi, form in _text_variants(text, groups, shared):
        surface.setdefault(_surface_key(form), {gi})
    owner = {k: next(iter(v)) for k, v in surface.items() if len(v) == 1 and k}
    mentions: list[list[Span]] = [[] for _ in groups]
    written: list[list[str]] = [[] for _ in groups]
    keys = sorted(owner, key=len, reverse=True)  # the longest name wins where several start
    for start, end, k in _name_matches(_fold_text(text), keys):
        gi = owner[keys[k]]
        mentions[gi].append(Span(start=start, end=end))
        written[gi].append(" ".join(text[start:end].split()))
    first = [(m[0].start if m else len(text) + 1, gi) for gi, m in enumerate(mentions)]
    # a group left with no name (its only name was a surname shared with others) is nobody
    kept = [gi for _, gi in sorted(first) if groups[gi].names or written[gi]]
    return ActorIndex(
        text, [_actor(f"a{k}", groups[gi], mentions[gi], written[gi]) for k, gi in enumerate(kept, 1)]
    )


def _actor(actor_id: str, group: _Group, mentions: list[Span], written: list[str]) -> Actor:
    """The fullest name (the text's own spelling first) becomes ``name``; the rest are aliases."""
    shown = [_parse(w).display if group.person else _parse(w).plain_display for w in written]
    forms = [n.display if group.person else n.plain_display for n in group.names] + shown
    name = forms[max(range(len(forms)), key=lambda k: (len(_parse(forms[k]).core), forms[k] in shown, -k))]
    aliases = [a for a in dict.fromkeys([n.text for n in group.names] + written) if a != name]
    return Actor(id=actor_id, name=name, type=group.type, role=group.role, aliases=aliases, mentions=mentions)


class ActorIndex:
    """Resolved actors of one article, and the look-ups the pipeline needs to link quotes and stances."""

    def __init__(self, text: str, actors: list[Actor]) -> None:
        self.text = text
        self.actors = actors
        self._folded = _fold_text(text)
        self._plain: dict[str, set[str]] = {}
        self._core: dict[str, set[str]] = {}
        self._surnames: dict[str, set[str]] = {}
        self._person_names: list[tuple[tuple[str, ...], str]] = []
        self._types = {a.id: a.type for a in actors}
        self._by_id = {a.id: a for a in actors}
        for actor in actors:
            for parsed in map(_parse, [actor.name, *actor.aliases]):
                self._plain.setdefault(" ".join(parsed.plain), set()).add(actor.id)
                self._core.setdefault(" ".join(parsed.core), set()).add(actor.id)
                if actor.type == "person" and parsed.core and not parsed.acronym:
                    self._surnames.setdefault(parsed.core[-1], set()).add(actor.id)
                    if len(parsed.core) > 1:
                        self._person_names.append((parsed.core, actor.id))
        self._mentions = sorted((m.start, m.end, a.id) for a in actors for m in a.mentions)
        self._free: dict[str, list[tuple[int, int]]] = {}

    def lookup(self, name: str | None) -> str | None:
        """The id for a name, alias, surname, title+name or spelling variant; None if unknown/ambiguous."""
        ids = self._candidates(name)
        return next(iter(ids)) if len(ids) == 1 else None

    def _candidates(self, name: str | None) -> set[str]:
        if not name or _pronoun_kind(name) is not None:
            return set()
        parsed = _parse(name)
        if not parsed.core:
            return set()
        if ids := self._plain.get(" ".join(parsed.plain)):
            return ids
        if _is_generic(name):  # "a spokeswoman for Vera Lund" is not Vera Lund
            return set()
        if len(parsed.core) == 1 and len(self._surnames.get(parsed.core[0], ())) > 1:
            return self._surnames[parsed.core[0]]
        if ids := self._core.get(" ".join(parsed.core)):
            return ids
        if len(parsed.core) == 1:
            return {i for s, ids in self._surnames.items() if _token_match(s, parsed.core[0]) for i in ids}
        return {i for words, i in self._person_names if _person_match(words, parsed.core)}

    def link_speaker(
        self, name: str | None, position: int, end: int | None = None
    ) -> tuple[str | None, Span | None]:
        """The speaker's actor id and its mention nearest the quote starting at ``position``.

        The mention is the nearest one ending before ``position``, else the nearest starting after
        it; given the quote's ``end``, the nearest on either side (outside the quote). Pronouns link
        to the nearest person (he/she) or other actor (they/it/we) mentioned before the quote and the
        pronoun. An unresolved speaker still gets the span of its words when they occur in the text.
        """
        if not name or not _WORD.search(name):
            return None, None
        kind = _pronoun_kind(name)
        if kind is not None:
            own = self._occurrences(name.strip(), (position - _WINDOW, (end or position) + _WINDOW))
            span = _nearest(own, position, end)
            limit = min(position, span[0]) if span else position
            for j in range(bisect_left(self._mentions, (limit,)) - 1, -1, -1):
                _, e, a = self._mentions[j]
                if e <= limit and (self._types[a] == "person") == (kind == "person"):
                    return a, _span(span)
            return None, _span(span)
        own = self._free_occurrences(name.strip())
        ids = self._candidates(name)
        if len(ids) > 1:  # an ambiguous surname: the candidate mentioned nearest the quote
            near = _nearest([(s, e) for s, e, a in self._mentions if a in ids], position, None)
            ids = {a for s, e, a in self._mentions if (s, e) == near}
        actor_id = next(iter(ids)) if len(ids) == 1 else None
        mine = [(m.start, m.end) for m in self._by_id[actor_id].mentions] if actor_id else []
        return actor_id, _span(_nearest(own + mine, position, end))

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
            return [(start, end) for start, end, _ in _name_matches(self._folded, [_surface_key(written)])]
        pattern = r"\s+".join(map(re.escape, _fold_name(written).split())) + r"(?!\w)"
        found = _word_matches(re.compile(pattern, re.IGNORECASE), self._folded, max(0, near[0]), near[1])
        return [m.span() for m in found]


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


_SPACES = re.compile(r"\s+")


def _name_matches(text: str, keys: Sequence[str]) -> list[tuple[int, int, int]]:
    """Where ``keys`` (words joined by one space) occur in ``text`` as words: (start, end, key index).

    Any whitespace may separate the words; no word character may come just before or after.
    Matches do not overlap: leftmost first, and of those starting at one place the first key.
    One regex alternation of the keys finds the same, but compiling it costs more than
    these scans of the text (milliseconds per article, since the names differ each time).
    """
    found: list[tuple[int, int, int]] = []
    size = len(text)
    for k, key in enumerate(keys):
        first, *rest = key.split(" ")
        at = text.find(first)
        while at >= 0:
            end = at + len(first)
            for word in rest:
                run = _SPACES.match(text, end)
                if run is None or not text.startswith(word, run.end()):
                    break
                end = run.end() + len(word)
            else:
                if (end == size or not _is_word_char(text[end])) and not (at and _is_word_char(text[at - 1])):
                    found.append((at, k, end))
            at = text.find(first, at + 1)
    found.sort()
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


def _span(span: tuple[int, int] | None) -> Span | None:
    return Span(start=span[0], end=span[1]) if span else None


def _nearest(spans: Sequence[tuple[int, int]], position: int, end: int | None) -> tuple[int, int] | None:
    before = max((s for s in spans if s[1] <= position), key=lambda s: s[1], default=None)
    after = min((s for s in spans if s[0] >= (position if end is None else end)), default=None)
    if end is None or before is None or after is None:
        return before or after
    return before if position - before[1] <= after[0] - end else after
