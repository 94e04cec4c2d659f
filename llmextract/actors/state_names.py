"""Whether a capitalised run of an article names a state the model gave by its official name.

"Russia" for the Russian Federation, "Syria" for the Syrian Arab Republic, "Britain" for the
United Kingdom, "France" for the République française: the generic words of official names
(Republic, Federation, Kingdom, Islamic, People's...) left out, an adjective read as its country.
"""

from __future__ import annotations

from llmextract.actors.countries import country_adjective, country_named

__all__ = ["state_named"]

# the generic words of a state's official name: "Russian Federation", "Islamic Republic of Iran"
_STATE_WORD_LIST = (
    "republic federation kingdom people peoples islamic arab democratic federal socialist bolivarian "
    "plurinational state commonwealth principality grand duchy sultanate "
    "republique federation royaume etat bundesrepublik republik konigreich koenigreich staat "
    "republica federacion reino estado"
)
_STATE_WORDS = frozenset(_STATE_WORD_LIST.split())


def _demonym_of(adjective: str, noun: str) -> bool:
    """Whether ``adjective`` is the people's word of the country ``noun``: Russian / Russia,
    Syrian / Syria, German / Germany, Chinese / China."""
    return (
        adjective in (noun + "n", noun + "an")
        or (noun.endswith("y") and adjective == noun[:-1] + "an")
        or (noun.endswith("a") and adjective == noun[:-1] + "ese")
    )


def state_named(name: str, distinctive: list[str], run: list[str]) -> bool:
    """Whether a capitalised run names the state whose official name has these distinctive words:
    each of them is in the run, as written or as the country its adjective names ("Russian
    Federation" named by "Russia"), and the run holds nothing else but generic words; or the run
    is a name of the country the name is ("Britain" for the United Kingdom), or of the country the
    name's adjective is in one of the four languages ("France" for the République française)."""
    named = country_named(" ".join(run))
    plain = " ".join(w for w in distinctive if w not in _STATE_WORDS)  # "Kingdom of the Netherlands"
    if named and (country_named(name) & named or country_named(plain) & named):
        return True
    if named and _adjective_names(distinctive, run, named):
        return True
    words = [w for w in distinctive if w not in _STATE_WORDS and len(w) > 1]  # "People's": no "s"
    if not words or len(run) > len(words) + 1:
        return False
    return all(any(w == r or _demonym_of(w, r) for r in run) for w in words)


def _adjective_names(distinctive: list[str], run: list[str], named: frozenset[str]) -> bool:
    """An official name's one adjective ("française", "Italiana") for the country the run names,
    the two sharing their first four letters (a shared language names several countries)."""
    words = [w for w in distinctive if w not in _STATE_WORDS]
    if len(words) != 1 or len(run) != 1:
        return False
    return bool(country_adjective(words[0]) & named) and words[0][:4] == run[0][:4]
