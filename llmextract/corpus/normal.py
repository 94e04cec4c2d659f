"""Normal forms of person names: what the corpus linker compares, whatever model wrote the names.

A name as a model or the offline rules write it carries words that are no part of the person's name:
titles, roles and honorifics ("Sen.", "former Secretary of State", "Mr."), party labels
("Democrat Hillary Clinton"), possessives ("Trump's"), words of the sentence or headline around it
("Why Donald Trump", "Donald Trump Is"). :func:`person_form` drops them and keeps apart what tells
two people apart: the given names (initials included) in order, the surname, and a generational
suffix (Jr, Sr, II, III, IV) even after a comma ("Walter Brannock, Jr.").

Headline words that no list can hold ("Struggling Donald Trump", "Donald Trump Claims") are dropped
later, by the linker, on the corpus's own evidence (:mod:`llmextract.corpus.persons`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from llmextract.actors.names import TITLES, fold_name

__all__ = [
    "FUNCTION", "HONORIFICS", "ORG_HEADS", "PARTIES", "PORTFOLIO", "ROLES", "SUFFIXES", "PersonForm",
    "given_fit", "is_initial", "person_form", "suffix_fit",
]  # fmt: skip


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


HONORIFICS = _words("mr mrs ms miss mx dr sir dame madam lord lady mme mlle herr frau")
SUFFIXES = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii", "iv": "iv"}
#: Words before a name that say what the person is, not who: titles, offices and trades.
ROLES = TITLES | _words(
    "former ex late then retired veteran incumbent outgoing incoming presumptive likely would-be"
    " nominee candidate hopeful frontrunner front-runner challenger contender rival opponent"
    " president-elect vice-president businessman businesswoman billionaire mogul tycoon magnate"
    " developer entrepreneur investor founder executive director manager chair chairperson owner"
    " host anchor commentator pundit strategist adviser advisor aide pollster activist organizer"
    " lawmaker legislator assemblyman assemblywoman councilman councilwoman councillor councilor"
    " alderman delegate commissioner comptroller treasurer trustee superintendent sheriff officer"
    " detective inspector justice magistrate prosecutor attorney lawyer counsel coach striker player"
    " goalkeeper midfielder defender forward captain quarterback pitcher actor actress singer rapper"
    " author writer journalist reporter columnist editor economist professor doctor surgeon nurse"
    " scientist researcher pastor reverend priest rabbi father archbishop sergeant lieutenant corporal"
    " private general admiral colonel premier chancellor presidents senators governors candidates"
    " nominees hopefuls pres"
)
#: Words of an office's name after its title: "Secretary of State", "Minister for Home Affairs".
PORTFOLIO = _words(
    "of for the and state defence defense foreign affairs interior home homeland justice finance economy"
    " trade health energy education labour labor environment transport transportation treasury security"
    " staff house senate court general"
)
#: Party and faction labels written before a name.
PARTIES = _words(
    "democrat democrats democratic dem dems republican republicans gop libertarian independent"
    " conservative liberal progressive socialist labour tory tories"
)
#: Function words a headline or a sentence leaves glued to a name ("Why Donald Trump", "Trump Is").
FUNCTION = _words(
    "why how what when where who whom whose which whether and but or nor if so because though although"
    " while unless until since as than for with without against about after before despite unlike like"
    " among regarding beyond versus vs via per into onto upon from to at by on in of over under between"
    " through during this that these those every each all both another any some no our your his her"
    " their my its maybe even also just only not yes now still again here there is are was were be been"
    " being am do does did has have had can could would should shall must might he's she's it's that's"
    " there's who's what's let's isn't doesn't didn't won't can't says said say claims tells told asks"
    " asked adds added the a an given"
)
_CONNECT = _words("al el bin bint ibn van von de da di du der den ter le la dos das do del della y")
_DROP_PARTICLES = _words("al el")
#: Last words that make a "person" an organisation or a description ("Trump campaign", "Clinton aides").
ORG_HEADS = _words(
    "campaign campaigns camp team administration foundation committee party group organization"
    " organisation corporation corp inc ltd llc company holdings industries enterprises institute"
    " university college school council board agency department ministry office commission association"
    " union club trust fund network media news times post tower hotel plaza organization family"
    " supporters voters officials advisers advisors aides allies rivals opponents children staff"
    " spokesman spokeswoman spokesperson people"
)
_TOKEN = re.compile(r"\w+(?:[-']\w+)*")


@dataclass(frozen=True)
class PersonForm:
    """A person's name reduced to what identifies them, and what was dropped to get there."""

    given: tuple[str, ...]  # folded given names and initials, in order ("donald", "j")
    surname: str  # folded; "" when nothing of a name is left
    suffix: str  # "", "jr", "sr", "ii", "iii" or "iv"
    titles: tuple[str, ...] = ()  # roles and titles dropped from the front ("president", "sen")
    honorific: str = ""  # "mr", "mrs", "ms" ...
    dropped: tuple[str, ...] = ()  # what else was dropped, by kind: "party label", "possessive" ...
    person: bool = True  # False: the name is an organisation's or a description ("Trump campaign")

    @property
    def words(self) -> tuple[str, ...]:
        """Given names and surname: what two forms compare word by word."""
        return (*self.given, self.surname) if self.surname else self.given

    @property
    def key(self) -> str:
        """The comparison key: "donald j trump jr"."""
        return " ".join((*self.words, self.suffix) if self.suffix else self.words)


def is_initial(word: str) -> bool:
    return len(word) == 1


def _given_word_fit(a: str, b: str) -> bool:
    return a == b or (is_initial(a) and b.startswith(a)) or (is_initial(b) and a.startswith(b))


def given_fit(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """The given names of ``short`` are those of ``long`` in order, some left out ("Donald" fits
    "Donald J."), a word matching only itself or its initial: Bill and Hillary, Ivana and Ivanka
    are different names."""
    if len(short) > len(long):
        return False
    i = 0
    for word in long:
        if i < len(short) and _given_word_fit(short[i], word):
            i += 1
    if i < len(short):
        return False
    if len(short) == len(long):
        return True
    # left-out words are middle names or initials, never the first name ("John Smith" is not "Ann Smith")
    return not short or _given_word_fit(short[0], long[0])


def suffix_fit(a: str, b: str) -> bool:
    """Equal suffixes, or none beside "Sr": the father is written with and without it; a Jr, a II, a
    III never lose theirs."""
    return a == b or {a, b} == {"", "sr"}


def _strip_dots(word: str) -> str:
    return word.replace(".", "")


@lru_cache(maxsize=65536)
def person_form(name: str) -> PersonForm:
    """The normal form of a person's name as written: "Former Sen. Walter T. Brannock, Jr.'s" ->
    given ("walter", "t"), surname "brannock", suffix "jr", titles ("former", "sen")."""
    text = fold_name(" ".join(name.replace("’", "'").split()))
    head, *rest = re.split(r"[,(]", text)
    after = (_strip_dots(r).strip().casefold().removesuffix("'s") for r in rest)
    suffix = next((SUFFIXES[w] for w in after if w in SUFFIXES), "")
    tokens = [(m.group(), m.group().casefold()) for m in _TOKEN.finditer(head)]
    dropped: list[str] = []
    for i, (_, low) in enumerate(tokens):  # a possessive inside ("Trump's Son"): the name is after it
        if low.endswith("'s") and i < len(tokens) - 1:
            tokens, dropped = tokens[i + 1 :], ["possessive"]
            break
    if tokens and tokens[-1][1].endswith("'s"):
        tokens[-1] = (tokens[-1][0][:-2], tokens[-1][1][:-2])
        dropped.append("possessive")
    tokens = [(raw, low.replace("'", "")) for raw, low in tokens if low.replace("'", "")]
    while tokens and tokens[-1][1] in SUFFIXES:
        suffix = suffix or SUFFIXES[tokens[-1][1]]
        tokens.pop()
    while len(tokens) > 1 and _function(tokens[-1][1]):  # "Donald Trump Is"
        tokens.pop()
        dropped.append("headline word")
    if not tokens:
        return PersonForm((), "", suffix, dropped=tuple(dropped), person=False)
    if tokens[-1][1] in ORG_HEADS | PARTIES or not tokens[-1][0][:1].isupper() or _brand(tokens):
        return PersonForm(tuple(t for _, t in tokens[:-1]), tokens[-1][1], suffix, person=False)
    cut = next((i for i in range(2, len(tokens) - 1) if _sentence_after_name(tokens, i)), len(tokens))
    joined = (i for i in range(1, len(tokens) - 1) if tokens[i][1] in {"and", "or", "nor"})
    if any(_name_like(tokens[i - 1]) and _name_like(tokens[i + 1]) for i in joined):  # "Trump and Pence"
        return PersonForm((), " ".join(low for _, low in tokens), suffix, person=False)
    tokens = tokens[:cut]  # "Sen. Ted Cruz of Texas", "Louis Dorfman for Trump"
    titles, honorific, start = _front(tokens, dropped)
    words = [low for _, low in tokens[start:]]
    words = [w for w in words if w not in _DROP_PARTICLES] or words
    return PersonForm(
        tuple(w for w in words[:-1]), words[-1], suffix, tuple(titles), honorific, tuple(dropped)
    )


#: Name prefixes a capital may follow inside a surname: McCain, MacArthur, DeSantis, LaGuardia.
SURNAME_PREFIXES = _words("mc mac de di da du la le van von fitz st ben al el")
_INNER_CAPITAL = re.compile(r"^([A-Z][a-z]+)[A-Z]")


def _brand(tokens: list[tuple[str, str]]) -> bool:
    """A one-word name with a capital inside after no surname prefix is a brand ("PolitiFact",
    "YouTube"), not a person; "McCain" and "DeSantis" are people."""
    if len(tokens) != 1:
        return False
    inner = _INNER_CAPITAL.match(tokens[0][0])
    return inner is not None and inner.group(1).casefold() not in SURNAME_PREFIXES


def _function(low: str) -> bool:
    return low in FUNCTION and len(low) > 1  # "A." in "John A. Smith" is an initial


def _name_like(token: tuple[str, str]) -> bool:
    raw, low = token
    return raw[:1].isupper() and (
        len(low) == 1 or not {low, low.replace("-", "")} & (ROLES | HONORIFICS | PARTIES | FUNCTION)
    )


def _sentence_after_name(tokens: list[tuple[str, str]], i: int) -> bool:
    """A function word after two name words ends the name: "Bernie Sanders of Vermont", "Louis Dorfman
    for Trump"; not "Secretary of State John Kerry"."""
    return _function(tokens[i][1]) and _name_like(tokens[i - 1]) and _name_like(tokens[i - 2])


def _front(tokens: list[tuple[str, str]], dropped: list[str]) -> tuple[list[str], str, int]:
    """Where the name starts once the words before it are set aside: (titles, honorific, start)."""
    titles: list[str] = []
    honorific = ""
    start = 0
    i = 0
    last = len(tokens) - 1  # the surname is never dropped
    while i < last:
        raw, low = tokens[i]
        bare = low.replace("-", "")
        if low in HONORIFICS:
            honorific = low
        elif low in ROLES or bare in ROLES:
            titles.append(low)
            while i + 1 < last and tokens[i + 1][1] in PORTFOLIO | ROLES:  # "Secretary of State"
                i += 1
                if tokens[i][1] in ROLES:
                    titles.append(tokens[i][1])
        elif low in PARTIES:
            dropped.append("party label")
        elif _function(low):
            dropped.append("headline word")
        elif not raw[:1].isupper() and low not in _CONNECT:
            dropped.append("description")  # "the Democratic candidate", "presidential"
        else:
            i += 1
            continue
        start = i + 1
        i += 1
    return titles, honorific, start
