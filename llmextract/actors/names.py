"""Names: the keys they are compared by, and when two names can belong to one person.

Names are compared as keys (``normalize_name``): per-character accent folding (NFKD without combining
marks, plus ı ø ł đ), case folding, punctuation and a possessive 's dropped; a leading the/a/an and
anything after a comma or "(" ignored; for persons, the capitalised run at the end ("the Democratic
candidate Vera Lund" -> "vera lund"), without a leading title run (``TITLES``: Mr, Mrs, Ms, Dr,
President, Prime Minister, Senator, Sen, Rep, Gov, General, Gen, King, Sheikh, spokesman, ... with
portfolio words: "Secretary of State", "Minister of Defence"), without "of <place>" after two name
words, trailing Jr/Sr/II/III (kept as ``suffix``), or the particles al/el.

Two person names match (``person_match``) when their surnames match and the given names of one
are a sub-sequence of the other's, word by word (``token_match``: equal, an initial, the same
transliteration skeleton, or a close spelling); see the merge rules in :mod:`llmextract.actors.resolve`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from llmextract.actors.given_names import nickname_pair
from llmextract.schema import ActorType

__all__ = [
    "GENERIC_HEADS",
    "NAME_RATIO",
    "PRONOUNS",
    "SURNAME_PARTICLES",
    "TITLES",
    "TOKEN_RATIO",
    "WORD",
    "Name",
    "WordMatcher",
    "fold",
    "fold_name",
    "guess_type",
    "initials",
    "is_generic",
    "normalize_name",
    "parse_name",
    "person_match",
    "pronoun_kind",
    "surface_key",
    "token_match",
]


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


TOKEN_RATIO = 85.0
NAME_RATIO = 80.0

TITLES = _wordset(
    "mr mrs ms miss mx dr prof professor sir dame lord lady president pres vice deputy acting prime minister"
    " secretary chancellor premier senator sen rep representative congressman congresswoman gov governor"
    " sens reps mayor general gen attorney lt col colonel maj major capt captain admiral adm marshal"
    " commander chief sgt king queen prince princess sheikh emir crown judge ambassador spokesman spokeswoman"
    " spokesperson chairman chairwoman ceo pope rev cardinal bishop imam ayatollah speaker leader"
    " councillor councilor councilman councilwoman principal headteacher headmaster headmistress dean"
    " provost coach superintendent sheriff inspector detective"
)
_PORTFOLIO = _wordset(
    "of for from the and state defence defense foreign affairs interior home justice finance economy trade"
    " health energy education labour labor environment transport treasury security staff"
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_PARTICLES = frozenset({"al", "el"})
SURNAME_PARTICLES = _wordset(
    "al el bin bint ibn van von de da di du der den ter le la dos das do del della y"
)
_CONNECT = SURNAME_PARTICLES | _wordset("of the for and y")
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
    " poll polls survey surveys study studies prosecutors investigators researchers opponents supporters"
    " organizers organisers neighbors neighbours relatives negotiators watchdogs officers agents lawyers"
    " attendees advocates"
)
_ORG_WORDS = _wordset(
    "ministry army party council government agency union nations department office committee court"
    " bank company inc ltd corp association forces police parliament assembly commission university"
    " organization organisation front movement alliance authority center centre institute foundation fund"
    " club times post news press network campaign congress senate house group"
)
_QUANTIFIERS = _wordset("some several many most few other others both")
_FOLD_EXTRA = {"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "’": "'", "‘": "'"}
WORD = re.compile(r"\w+(?:'\w+)*")


@dataclass(frozen=True)
class Name:
    text: str  # as given, whitespace collapsed
    plain: tuple[str, ...]  # folded lower-case words, leading "the" dropped
    core: tuple[str, ...]  # titles, suffixes and particles dropped as well
    display: str  # ``text`` without the dropped title run and possessive
    plain_display: str  # ``text`` without a leading "the", the possessive and what follows "," or "("
    acronym: str | None  # "gna" for "GNA" or "G.N.A."
    suffix: str = ""  # "jr" of "Donald Trump Jr.": no part of the key, but another person


@lru_cache(maxsize=8192)
def parse_name(text: str) -> Name:
    text = " ".join(text.split())
    head = re.split(r"[,(]", text, maxsplit=1)[0].strip() or text
    folded = fold_name(head)
    toks: list[str] = []
    spans: list[tuple[int, int]] = []
    for m in WORD.finditer(folded):
        tok, end = m.group().casefold(), m.end()
        if tok.endswith("'s"):
            tok, end = tok[:-2], end - 2
        toks.append(tok.replace("'", ""))
        spans.append((m.start(), end))
    if not toks:
        return Name(text, (), (), text, text, None)
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
    end = stop
    while stop - 1 > start and toks[stop - 1] in _SUFFIXES:
        stop -= 1
    suffix = " ".join(toks[stop:end])
    person = toks[start:stop]
    core = tuple(t for t in person if t not in _PARTICLES) or tuple(person)
    letters = folded[spans[k0][0] :].replace(".", "").replace(" ", "")  # "the U.N." -> "UN"
    acronym = letters.lower() if re.fullmatch(r"[A-Z]{2,8}", letters) else None
    display = head[spans[start][0] : spans[end - 1][1]]  # "Donald Trump Jr" keeps its suffix
    plain_display = head[spans[k0][0] :] if acronym else head[spans[k0][0] : spans[-1][1]]
    return Name(text, tuple(toks[k0:]), core, display, plain_display, acronym, suffix)


def normalize_name(name: str) -> str:
    """The comparison key of a person's name: "Defence Minister Hulusi Akar's" -> "hulusi akar"."""
    return " ".join(parse_name(name).core)


@lru_cache(maxsize=65536)
def person_match(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two names of two or more words that can belong to one person (rule 2)."""
    if len(a) < 2 or len(b) < 2 or not token_match(a[-1], b[-1]):
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
    pairs = [
        (x, x if nickname_pair(x, y) else y)  # "Chris" is "Christopher" as written
        for x, y in zip(a, b, strict=True)
        if min(len(x), len(y)) > 1  # initials aside
    ]
    return fuzz.ratio(" ".join(x for x, _ in pairs), " ".join(y for _, y in pairs)) >= NAME_RATIO


def _given_match(a: str, b: str) -> bool:
    return (
        (len(a) == 1 and b.startswith(a))
        or (len(b) == 1 and a.startswith(b))
        or token_match(a, b)
        or nickname_pair(a, b)  # "Joe" and "Joseph"
    )


@lru_cache(maxsize=65536)
def token_match(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 4 or a.startswith(b) or b.startswith(a):
        return False
    if _skeleton(a) == _skeleton(b):
        return True
    return min(len(a), len(b)) >= 5 and fuzz.ratio(a, b) >= TOKEN_RATIO


_DIGRAPHS = (("sh", "s"), ("th", "t"), ("kh", "k"), ("dh", "d"), ("gh", "g"), ("ph", "f"), ("ou", "u"))


@lru_cache(maxsize=8192)
def _skeleton(word: str) -> str:
    """A transliteration key: Bashagha/Basaga, Mohammed/Muhammad, Qaddafi/Kadhafi share one."""
    for a, b in _DIGRAPHS:
        word = word.replace(a, b)
    word = re.sub(r"c(?!h)", "k", word.replace("q", "k"))
    inner = re.sub(r"[aeiouy]", "a", word[1:-1])
    return re.sub(r"(.)\1+", r"\1", word[:1] + inner + word[-1:])


class WordMatcher:
    """Whether a word ``token_match``-es any of many words, without trying them one by one.

    Equal words are a set look-up, same skeletons a dict look-up, and close spellings one
    rapidfuzz scan in C; the rules are those of :func:`token_match`.
    """

    def __init__(self, words: Iterable[str]) -> None:
        self.words = set(words)
        self._by_skeleton: dict[str, list[str]] = {}
        for word in self.words:
            if len(word) >= 4:
                self._by_skeleton.setdefault(_skeleton(word), []).append(word)
        self._long = [word for word in self.words if len(word) >= 5]
        self._lengths = {len(word) for word in self._long}

    def matches(self, word: str) -> list[str]:
        """Every word of the matcher that ``token_match(word, ...)``; the equal one first."""
        found = [word] if word in self.words else []
        if len(word) < 4:
            return found
        found += (
            o for o in self._by_skeleton.get(_skeleton(word), ()) if o != word and not _prefixes(word, o)
        )
        if len(word) >= 5 and self._long and any(_may_reach(len(word), n) for n in self._lengths):
            close = process.extract(word, self._long, scorer=fuzz.ratio, score_cutoff=TOKEN_RATIO, limit=None)
            found += (o for o, _, _ in close if o != word and o not in found and not _prefixes(word, o))
        return found


def _may_reach(a: int, b: int) -> bool:
    """Whether words of ``a`` and ``b`` letters can reach ``TOKEN_RATIO``: their ratio is at most
    ``200 * min / (a + b)``, reached when the shorter one is all in the longer (1 spare for rounding)."""
    return 200 * min(a, b) + 1 >= TOKEN_RATIO * (a + b)


def _prefixes(a: str, b: str) -> bool:
    return a.startswith(b) or b.startswith(a)


@lru_cache(maxsize=4096)
def is_generic(name: str) -> bool:
    """Descriptions, not names: "officials", "Scott's niece", "a spokeswoman for Hillary Clinton",
    "Several Democrats"."""
    head = parse_name(name)
    words = WORD.findall(fold_name(head.plain_display))
    if not words or not words[-1][:1].isupper() or head.core[-1] in GENERIC_HEADS:
        return True
    if len(words) > 1 and words[0].casefold() in _QUANTIFIERS:
        return True  # "Several Democrats", "Some Republican senators": some of a group, not the group
    lower = [i for i, w in enumerate(words) if w.islower() and w not in _CONNECT]
    return bool(lower) and any(w.casefold() in _PREPOSITIONS for w in words[lower[-1] : lower[-1] + 2])


def guess_type(name: Name) -> ActorType:
    if "and" in name.plain:  # "Trump and Clinton"
        return "group"
    return "organization" if name.acronym or any(w in _ORG_WORDS for w in name.plain) else "person"


def pronoun_kind(name: str) -> str | None:
    return PRONOUNS.get(name.strip().casefold())


def initials(words: Sequence[str]) -> str:
    return "".join(w[0] for w in words if w not in _ACRONYM_STOP)


# Folding: how names and the article are compared, accent- and case-blind, offsets kept.


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
fold_name = lru_cache(maxsize=8192)(fold)


@lru_cache(maxsize=8192)
def surface_key(text: str) -> str:
    """A name as written, folded, with its whitespace runs as single spaces: how mentions are keyed."""
    return " ".join(fold_name(text).split())
