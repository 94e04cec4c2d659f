"""Organisations the article names in another form than the model's: what a reader accepts.

A capable model writes the canonical name ("Republican Party", "United States Department of
Justice", "United States Senate") where the article writes "Republicans", "the Justice Department"
or "the Senate". Spelling alone would drop such an actor as unnamed, and its stances with it. This
module finds, for an organisation, state or group the article never spells out, a mention of one
of these forms, each with its kind:

- ``form``: a capitalised run of the text (after an article: The, Der, Die, La, El...) holding
  every *distinctive* word of the name (words that are not generic heads like Department, Party,
  Ministry, nor a leading country qualifier like "United States", "U.S.", "UK"), in any order,
  together with the name's head word ("Justice Department" for United States Department of
  Justice). A name that is only a qualifier and a head ("United States Senate") is mentioned by its
  capitalised head ("the Senate"). A party is also mentioned by its members' plural or adjective
  ("Republicans", "Republican", "Democrats");
- ``acronym``: the name's initials, two letters or more, written in capitals, dotted or not ("DOJ",
  "NRA", "UN", "U.N."); a state's also by the initials of its first words ("U.S." for the United
  States of America);
- for a state, its official name is named by its distinctive words, or the country its adjective
  names: "Russia" for the Russian Federation, "Syria" for the Syrian Arab Republic, "Iran" for the
  Islamic Republic of Iran (the generic words of official names, Republic, Federation, Kingdom,
  Islamic, People's..., left out).

Beyond English spelling: a leading or trailing national qualifier in any of the four languages is
left out ("Deutscher Bundestag", "Sénat français", "Polish Sejm", "Senado de España"; when only a
generic head is left, the article must name that country somewhere); heads and parties in French,
German and Spanish count as heads (Partei, parti, partido, ministère, Senado...); a chamber named for
its members is its head ("the House" for the House of Representatives, "el Congreso" for the
Congreso de los Diputados); a French or Spanish party by its members after an article ("les
socialistes", "los populares"); a state's government by the state's name or adjective ("Mexico"
for the Mexican government); a state's official name in any of the languages by its common name
("France" for the République française, "Britain" for the United Kingdom); and the institutions
news calls by a seat or a short name (``actors.known_forms``: "the Pentagon", "the Fed",
"Tories"), kind ``form``.

Precision first: every distinctive word must be there, words are matched whole (a plural or
adjectival ending of a party's word aside), and an invented organisation whose distinctive words
the article does not write is still unnamed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from llmextract.actors.countries import Countries
from llmextract.actors.known_forms import known_forms
from llmextract.actors.names import fold
from llmextract.actors.phrases import phrase_mentions, same_spelling
from llmextract.actors.state_names import state_named

__all__ = ["FormMention", "find_forms"]

_QUALIFIERS = (
    ("united", "states", "of", "america"),
    ("united", "states"),
    ("united", "kingdom"),
    ("u", "s"),
    ("us",),
    ("uk",),
    ("american",),
    ("british",),
    ("federal",),
    ("united", "nations"),  # "UN Security Council": "the Security Council"
    ("un",),
    ("u", "n"),
)
# a company's legal form is no word a reader needs: "The Hertz Corporation" is "Hertz"
_LEGAL_FORMS = frozenset(
    re.findall(
        r"\w+",
        "inc incorporated corp corporation ltd limited llc plc ag gmbh sa se nv bv co company holdings",
    )
)
# a broadcaster's last word that news leaves out: "Fox News" for the Fox News Channel
_TRAILING_DESCRIPTORS = frozenset({"channel", "network", "division", "networks"})
_HEADS = frozenset(
    re.findall(
        r"\w+",
        "department ministry party senate house assembly parliament congress council committee agency "
        "office court commission bureau service administration authority board government cabinet army "
        "navy police union league association federation corporation company group "
        # the same in French, German and Spanish (folded: accents off)
        "ministere ministerium ministerio parti partei partido senat senado assemblee asamblea "
        "congres congreso conseil consejo rat tribunal gericht gouvernement regierung gobierno "
        "commission kommission comision cour camara chambre kammer parlement parlamento caucus conference "
        "delegation",
    )
)
_PARTY_HEADS = frozenset({"party", "parti", "partei", "partido"})
# a party's members in one chamber: "Senate Republican Conference" for "Senate Republicans"
_CAUCUS_HEADS = frozenset({"caucus", "conference", "delegation"})
_GOVERNMENT_HEADS = frozenset({"government", "gouvernement", "regierung", "gobierno"})
# a chamber named for its members is its head: "the House" (of Representatives), "el Congreso"
_GENERIC = frozenset(
    re.findall(
        r"\w+",
        "representatives deputies delegates deputes diputados abgeordneten national nationale nacional "
        "nationaler nationalen federal federale affairs",
    )
)
_JOINERS = frozenset(
    {"of", "the", "for", "and", "on", "de", "la", "des", "du", "del", "los", "las", "der", "el"}
)
# where a capitalised run holds two names: "the House and Senate", "On Saturday the US Department"
_SPLIT = re.compile(r"\s+(?:and|the|on)\s+")
_CAP_WORD = r"[A-Z](?:[\w'’-]|\.(?=[A-Za-z]))*"  # "U.S" of "U.S.": a sentence's end is no part of it
_CAPS_RUN = re.compile(rf"{_CAP_WORD}(?:\s+(?:(?:of|the|for|and|on)\s+)*{_CAP_WORD})*")
_PLAIN_RUN = re.compile(rf"{_CAP_WORD}(?:\s+{_CAP_WORD})*")
_WORD = re.compile(r"[A-Za-z]+")
_ARTICLE = re.compile(r"(?:The|An?|Der|Die|Das|Den|Dem|Des|Le|La|Les|El|Los|Las)\s+|L['’]")
_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]\.?")
_MIN_ACRONYM = 2  # "UN", "U.N.", "EU": initials written in capitals, two letters or more


@dataclass(frozen=True)
class FormMention:
    """Where the article names the actor, and how: ``form`` or ``acronym``."""

    start: int
    end: int
    kind: str


def _words(name: str) -> list[str]:
    return [same_spelling(w.casefold()) for w in _WORD.findall(fold(name))]


def _strip_qualifier(words: list[str]) -> list[str]:
    for qualifier in _QUALIFIERS:
        if tuple(words[: len(qualifier)]) == qualifier and len(words) > len(qualifier):
            return words[len(qualifier) :]
    return words


def _strip_national(words: list[str], countries: Countries) -> tuple[list[str], frozenset[str]]:
    """A leading or trailing country word in any of the four languages, off: "Deutscher Bundestag",
    "Polish Sejm", "Sénat français", "Senado de España", "Partei Deutschlands"; with the codes of
    the countries it names (empty when the name has none)."""
    for n in (2, 1):
        if len(words) > n and (codes := countries.codes(" ".join(words[:n]))):
            return words[n:], codes
    for n in (2, 1):
        if len(words) > n and (codes := countries.codes(" ".join(words[-n:]))):
            rest = words[:-n]
            while len(rest) > 1 and rest[-1] in _JOINERS:
                rest = rest[:-1]
            return rest, codes
    return words, frozenset()


def _member_forms(word: str) -> set[str]:
    """A party word as its members are called: Republican(s), Democrat(s) for Democratic,
    socialistes, populares, Sozialdemokraten for Sozialdemokratische."""
    forms = {word, word + "s", word + "es"}
    if word.endswith("ic"):
        forms |= {word[:-2], word[:-2] + "s"}  # democratic -> democrat(s)
    for ending in ("ische", "isch"):
        if word.endswith(ending):
            forms |= {word[: -len(ending)] + "en", word[: -len(ending)] + "e"}  # -> Sozialdemokrat(en)
    return forms


@dataclass(frozen=True)
class _Parts:
    distinctive: list[str]  # words the mention must hold; none: the head alone is the mention
    head: str | None
    party: bool  # a party, or a party's caucus in a chamber (its chamber then a word it needs)
    countries: frozenset[str]  # the countries a national qualifier left out names
    rest: list[str]  # the name's words without that qualifier: "conseil constitutionnel"


def _parts(name: str, state: bool, countries: Countries) -> _Parts:
    """The words of a name a mention must hold; no distinctive word means the head is. A state's
    country words are what names it, no qualifier."""
    words = _words(name)
    while words[:1] and words[0] in _JOINERS | {"l", "le", "les", "die", "das", "dem"} and len(words) > 1:
        words = words[1:]
    words = _strip_qualifier(words)
    if any(w not in _LEGAL_FORMS and w not in _JOINERS for w in words):
        words = [w for w in words if w not in _LEGAL_FORMS]
    if len(words) > 2 and words[-1] in _TRAILING_DESCRIPTORS and words[-2] not in _JOINERS:
        words = words[:-1]
    words, codes = (words, frozenset[str]()) if state else _strip_national(words, countries)
    heads = [w for w in words if w in _HEADS]
    head = heads[-1] if heads else None
    distinctive = [w for w in words if w not in _HEADS and w not in _JOINERS and w not in _GENERIC]
    if head in _CAUCUS_HEADS and len(distinctive) == 1 and len(heads) <= 2:
        # "House Democratic Caucus": the party word as its members, with the chamber before it
        chamber = heads[0] if len(heads) == 2 else None
        return _Parts(distinctive, chamber, True, codes, words)
    return _Parts(distinctive, head, head in _PARTY_HEADS, codes, words)


def _acronyms(name: str, state: bool = False) -> set[str]:
    """The initials a name is written as: of all its words, without joiners, without a leading
    country qualifier; a state also by the initials of its first words ("U.S." for the United
    States of America)."""
    words = _words(name)
    full = "".join(w[0] for w in words)
    short = "".join(w[0] for w in words if w not in _JOINERS and w not in ("l", "d"))  # l'Atlantique
    unqualified = "".join(w[0] for w in _strip_qualifier(words))
    found = {full, short, unqualified}
    # without the generic words: "HHS" for the Department of Health and Human Services, "UNHCR" for
    # the Office of the United Nations High Commissioner for Refugees; three letters or more
    lead = 0
    while lead < len(words) - 1 and (words[lead] in _HEADS or words[lead] in _JOINERS):
        lead += 1
    found |= {
        a
        for a in (
            "".join(w[0] for w in words[lead:] if w not in _JOINERS),
            "".join(w[0] for w in _strip_qualifier(words) if w not in _HEADS and w not in _JOINERS),
        )
        if len(a) >= _MIN_ACRONYM + 1
    }
    if state:
        found |= {short[:k] for k in range(_MIN_ACRONYM, len(short))}
    return {a for a in found if len(a) >= _MIN_ACRONYM}


def _runs(text: str) -> Iterator[tuple[int, int, list[str]]]:
    """Capitalised runs, and the parts of a run that "and", a bare "the" or "on" join."""
    for m in _CAPS_RUN.finditer(text):
        pieces = [(m.start(), m.end())]
        cut = m.start()
        for joint in _SPLIT.finditer(text, m.start(), m.end()):
            if text[max(m.start(), joint.start() - 3) : joint.start()].casefold().endswith("of"):
                continue  # "Department of the Treasury" is one name
            pieces.append((cut, joint.start()))
            cut = joint.end()
        if cut > m.start():
            pieces.append((cut, m.end()))
        for piece_start, piece_end in pieces:
            article = _ARTICLE.match(text, piece_start, piece_end)  # "The Justice Department": after "The"
            start = article.end() if article and article.end() < piece_end else piece_start
            yield (
                start,
                piece_end,
                [same_spelling(w.casefold()) for w in _WORD.findall(text[start:piece_end])],
            )


def find_forms(
    name: str,
    folded_text: str,
    taken: list[tuple[int, int]] | None = None,
    *,
    state: bool = False,
    states: tuple[str, ...] = (),
) -> list[FormMention]:
    """Every mention of ``name`` (an organisation, state or group; ``state``: a country) in another
    form, outside ``taken`` spans (other actors' mentions), in text order; empty when the article
    writes none. ``states``: the answer's states, whose names and adjectives are national
    qualifiers as CLDR's countries are ("Kestrian Justice Department" where Kestria is one)."""
    found: list[FormMention] = []
    forms = _forms(name, folded_text, taken or [], state, Countries(states))
    for mention in sorted(forms, key=lambda f: (f.start, -f.end)):
        if not found or mention.start >= found[-1].end:  # one mention where several overlap
            found.append(mention)
    return found


def _whole_words(folded_text: str, words: str) -> Iterator[tuple[int, int]]:
    for m in re.finditer(rf"(?<![\w'’]){re.escape(fold(words))}(?![\w'’-])", folded_text):
        yield m.start(), m.end()


def _country_mentions(folded_text: str, codes: frozenset[str], countries: Countries) -> Iterator[FormMention]:
    """The places the article names one of the countries, by name or adjective: "Mexico" or
    "the Mexican government" for the Mexican government."""
    for part in _PLAIN_RUN.finditer(folded_text):
        article = _ARTICLE.match(folded_text, part.start(), part.end())  # "L'Italie"
        start = article.end() if article and article.end() < part.end() else part.start()
        if countries.codes(folded_text[start : part.end()]) & codes:
            yield FormMention(start, part.end(), "form")


def _forms(
    name: str, folded_text: str, busy: list[tuple[int, int]], state: bool, countries: Countries
) -> Iterator[FormMention]:
    # ``busy`` sorted by start, with the furthest end so far: an overlap test is one bisection,
    # not a scan of every other mention for every candidate
    ordered = sorted(busy)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))

    def free(start: int, end: int) -> bool:
        before = bisect_left(starts, end)  # the spans starting before ``end``
        return before == 0 or reach[before - 1] <= start

    for words in known_forms(name):  # "the Pentagon", "the Fed", "Tories"
        yield from (FormMention(s, e, "form") for s, e in _whole_words(folded_text, words) if free(s, e))
    parts = _parts(name, state, countries)
    if not state:  # "the Sanders campaign", "the defence ministry"
        spans = phrase_mentions(
            _words(name), parts.distinctive, parts.head, parts.countries, folded_text, busy, countries
        )
        yield from (FormMention(s, e, "form") for s, e in spans)
    distinctive, head = parts.distinctive, parts.head
    if parts.countries and not distinctive and not countries.named_in(folded_text, parts.countries):
        return  # "Russian Senate" for "the Senate" of an article that never names Russia
    if parts.countries and len(parts.rest) > 1:  # "le Conseil constitutionnel", lower case and all
        phrase = r"\s+".join(re.escape(w) for w in parts.rest)
        for m in re.finditer(rf"(?<![\w'’]){phrase}(?![\w'’-])", folded_text, re.IGNORECASE):
            if m.group()[:1].isupper() and free(m.start(), m.end()):
                yield FormMention(m.start(), m.end(), "form")
    if parts.countries and not distinctive and head in _GOVERNMENT_HEADS:
        yield from (
            f for f in _country_mentions(folded_text, parts.countries, countries) if free(f.start, f.end)
        )
    if parts.party and head in _PARTY_HEADS and len(distinctive) == 1:  # "les socialistes", "los populares"
        members = "|".join(sorted(_member_forms(distinctive[0])))
        for m in re.finditer(rf"\b(?:les|los|las)\s+({members})\b", folded_text, re.IGNORECASE):
            if free(m.start(1), m.end(1)):
                yield FormMention(m.start(1), m.end(1), "form")
    acronyms = _acronyms(name, state)
    for start, end, run in _runs(folded_text):
        if not free(start, end):
            continue
        found = set(run)
        written = folded_text[start:end]
        initials = (len(run) == 1 and written.isupper()) or _DOTTED.fullmatch(written)
        if initials and "".join(run) in acronyms:
            dotted = "." in written and folded_text[end : end + 1] == "."
            yield FormMention(start, end + dotted, "acronym")  # "U.N." with its last dot
            continue
        if len(run) > 1:  # "DHS Office of Inspector General": the acronym as the run's first word
            first = _WORD.match(written)
            if first and first.group().isupper() and first.group().casefold() in acronyms:
                yield FormMention(start, start + first.end(), "acronym")
                continue
        if state:  # a country is a run of capitalised words without joiners: "South Korea and Japan"
            for part in _PLAIN_RUN.finditer(folded_text, start, end):
                if state_named(name, distinctive, [w.casefold() for w in _WORD.findall(part.group())]):
                    yield FormMention(part.start(), part.end(), "form")
            continue
        if not distinctive:  # "the Senate" for United States Senate, "the House of Representatives"
            rest = [w for w in run if w not in _JOINERS and w not in _GENERIC and w != "s"]  # "Mexico's"
            if head is not None and [w for w in rest if not countries.codes(w) & parts.countries] == [head]:
                yield FormMention(start, end, "form")
            continue
        if parts.party and len(distinctive) == 1:  # "Republicans", "Senate Republicans" for the party
            members_of = _member_forms(distinctive[0])
            caucus = head is not None and head not in _PARTY_HEADS  # its chamber is written before
            for w in _WORD.finditer(folded_text, start, end):
                if w.group().casefold() in members_of:
                    if not caucus:
                        yield FormMention(w.start(), w.end(), "form")
                    elif run[:1] == [head] and len(run) == 2:
                        yield FormMention(start, w.end(), "form")  # "House Democrats"
            continue
        if parts.party and head in _PARTY_HEADS and 2 <= len(distinctive) <= 3:
            yield from _members_run(distinctive, folded_text, start, end)  # "the Social Democrats"
        if head is not None and head not in found and all(w in found for w in distinctive):
            after = re.match(rf"\s+{head}\b", folded_text[end : end + len(head) + 4])
            if after:  # "the Trump campaign", "the Obama administration": a lower-case head after
                end += after.end()
                found.add(head)
        if all(w in found for w in distinctive) and (head is None or head in found):
            extra = (
                found - set(distinctive) - _JOINERS - _HEADS - _GENERIC - {"united", "states", "u", "s", "us"}
            )
            if not extra:
                yield FormMention(start, end, "form")


def _members_run(distinctive: list[str], folded_text: str, start: int, end: int) -> Iterator[FormMention]:
    """A party of several words by its members: every word but the last as written, the last as
    its members are called ("Social Democrats" for the Social Democratic Party)."""
    words = list(_WORD.finditer(folded_text, start, end))
    lead, members = distinctive[:-1], _member_forms(distinctive[-1])
    for i in range(len(words) - len(lead)):
        last = words[i + len(lead)].group().casefold()
        if last in members and [w.group().casefold() for w in words[i : i + len(lead)]] == lead:
            yield FormMention(words[i].start(), words[i + len(lead)].end(), "form")
