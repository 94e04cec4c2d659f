"""Countries by their names and adjectives in the languages the toolkit reads, from Babel's CLDR data.

A model writes "German Bundestag", "Deutscher Bundestag", "Sénat français", "Polish Sejm" or
"Senado de España" where the article writes "the Bundestag", "le Sénat", "the Sejm", "el Senado";
it writes "République française" or "Reino de España" where the article writes "France" or "España".
The name guard needs to know which words of such names only say the country, and whether the article
names that country. CLDR (through Babel, which the page reader already installs) has every country's
name in English, French, German and Spanish, and every language's name, which in these languages is
also the people's adjective ("français", "Deutsch", "español", "Polish"). English adjectives not
formed that way ("Mexican", "Austrian", "Israeli") follow a few suffix rules; a handful that follow
none ("British", "American", "Swiss") are listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

from babel import Locale
from babel.languages import get_official_languages

from llmextract.actors.names import fold

__all__ = ["Countries", "country_adjective", "country_codes", "country_named", "names_a_country"]

_LOCALES = ("en", "fr", "de", "es")
_IRREGULAR_ADJECTIVES = {
    "british": {"GB"},
    "american": {"US"},
    "americans": {"US"},
    "swiss": {"CH"},
    "welsh": {"GB"},
    "scottish": {"GB"},
}
# short and long names CLDR does not give as a country's name
_IRREGULAR_NAMES = {
    "us": {"US"},
    "u s": {"US"},
    "usa": {"US"},
    "uk": {"GB"},
    "u k": {"GB"},
    "britain": {"GB"},
    "great britain": {"GB"},
    "america": {"US"},
    "holland": {"NL"},
    "turkey": {"TR"},
    "czech republic": {"CZ"},
    "burma": {"MM"},
    "ivory coast": {"CI"},
    "united states of america": {"US"},
    "united kingdom of great britain and northern ireland": {"GB"},
}
# endings that make a country's adjective or people's word from its language's name, in the four
# languages: français -> française(s), deutsch -> deutsche(r/n/s), español -> española(s)
_ADJECTIVE_ENDINGS = ("", "e", "es", "er", "en", "em", "s", "a", "as", "n")
_WORD = re.compile(r"[^\W\d_]+")


def _key(text: str) -> str:
    return " ".join(_WORD.findall(fold(text).casefold()))


def _english_adjectives(name: str) -> set[str]:
    """People's words of an English country name by suffix: Mexico -> Mexican, Austria -> Austrian,
    Canada -> Canadian, Israel -> Israeli, Iran -> Iranian, China -> Chinese, Germany -> German."""
    forms = {name + "n", name + "an", name + "ian", name + "i", name + "ese"}
    if name[-1:] in "aoy":
        stem = name[:-1]
        forms |= {stem + "an", stem + "ian", stem + "ese"}
    return {f + s for f in forms for s in ("", "s")}


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """Folded, casefolded words -> ISO codes: (country names, people's adjectives and genitives)."""
    names: dict[str, set[str]] = {}
    adjectives: dict[str, set[str]] = {}
    english = Locale("en").territories
    for locale in _LOCALES:
        loc = Locale(locale)
        for code, name in loc.territories.items():
            if not code.isalpha():  # "001" (World), "150" (Europe): regions, no countries
                continue
            key = _key(name)
            names.setdefault(key, set()).add(code)
            if " " not in key:  # a country's genitive: "Deutschlands", "Frankreichs"
                adjectives.setdefault(key + "s", set()).add(code)
            for lang in get_official_languages(code):
                language = loc.languages.get(lang)
                if language:
                    stem = _key(language)
                    forms = {stem + ending for ending in _ADJECTIVE_ENDINGS}
                    if stem.endswith("o"):  # italiano -> italiana(s), italianos
                        forms |= {stem[:-1] + e for e in ("a", "as", "os")}
                    for form in forms:
                        adjectives.setdefault(form, set()).add(code)
    for code, name in english.items():
        if code.isalpha() and " " not in name:
            for form in _english_adjectives(_key(name)):
                adjectives.setdefault(form, set()).add(code)
    for word, codes in _IRREGULAR_ADJECTIVES.items():
        adjectives.setdefault(word, set()).update(codes)
    for word, codes in _IRREGULAR_NAMES.items():
        names.setdefault(word, set()).update(codes)
    frozen_names = {k: frozenset(v) for k, v in names.items() if k}
    frozen_adjectives = {k: frozenset(v) for k, v in adjectives.items() if k and k not in names}
    return frozen_names, frozen_adjectives


_NONE: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """First words of the two-word country names ("united", "vereinigtes", "reino"): only pairs
    starting with one are looked up."""
    names, adjectives = _tables()
    return frozenset(k.split()[0] for k in (*names, *adjectives) if k.count(" ") == 1)


def country_named(words: str) -> frozenset[str]:
    """The countries ``words`` is the name of, in any of the four languages ("España", "Britain",
    "United States", "Vereinigtes Königreich"); empty for any other words."""
    return _tables()[0].get(_key(words), _NONE)


def country_adjective(words: str) -> frozenset[str]:
    """The countries ``words`` is the people's adjective or the genitive of ("Deutscher",
    "française", "Polish", "Mexican", "Deutschlands"): several for a shared language."""
    return _tables()[1].get(_key(words), _NONE)


@lru_cache(maxsize=65536)
def country_codes(words: str) -> frozenset[str]:
    """The countries ``words`` names as a country or by its adjective; empty for any other words."""
    return country_named(words) | country_adjective(words)


def names_a_country(folded_text: str, codes: frozenset[str]) -> bool:
    """Whether the text (``fold``-ed) names one of ``codes`` by a country name or adjective, as
    whole words (one and two word names)."""
    return Countries().named_in(folded_text, codes)


class Countries:
    """Country words for one answer: CLDR's, and the names and adjectives of the answer's own
    states that CLDR does not have (a country CLDR lacks, or an invented one in a test article:
    "Kestria", "Kestrian", "Ostlandic"), each its own code."""

    def __init__(self, states: Iterable[str] = ()) -> None:
        self._extra: dict[str, frozenset[str]] = {}
        for name in states:
            key = _key(name)
            if not key or country_codes(key):
                continue
            forms = {key}
            if " " not in key:
                forms |= _english_adjectives(key) | {key + e for e in ("ic", "ish", "er", "ers")}
            for form in forms:
                self._extra[form] = self._extra.get(form, _NONE) | {"=" + key}

    def codes(self, words: str) -> frozenset[str]:
        """The countries ``words`` names as a country or by its adjective."""
        found = country_codes(words)
        return found | self._extra.get(_key(words), _NONE) if self._extra else found

    def named_in(self, folded_text: str, codes: frozenset[str]) -> bool:
        """Whether the text (``fold``-ed) names one of ``codes``, as whole words (one and two
        word names)."""
        words = _WORD.findall(folded_text.casefold())
        if any(self.codes(word) & codes for word in words):
            return True
        first = _first_words()
        return any(self.codes(f"{a} {b}") & codes for a, b in pairwise(words) if a in first)
