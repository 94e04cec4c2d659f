"""Institutions that news names by another word than their own: a seat, a clipped or colloquial name.

"The Pentagon said", "the Kremlin rejected", "Downing Street said", "the Fed held rates",
"the Tories", "l'Élysée a démenti", "la Moncloa descartó": a reader knows which institution each
is, and a capable model writes its canonical name ("United States Department of Defense",
"Federal Reserve", "Conservative Party", "Présidence de la République"). No rule on the words
themselves can tell that "Pentagon" names the Department of Defense, so the pairs are listed: each
entry gives the names a model writes for one institution (compared without case, accents,
articles and a leading "United States") and the words the article writes for it (matched as
whole words, in their capitals: "Fed" and never the verb "fed"). Only institutions whose other
name is unambiguous in news are listed; a place that is also a city ("Washington", "Brussels")
is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from llmextract.actors.names import fold

__all__ = ["known_forms"]

# (names a model writes, words the article writes); one line per institution
_ENTRIES: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Department of Defense", "Defense Department", "DoD", "Pentagon", "Department of War"),
        ("Pentagon",),
    ),
    (("Executive Office of the President", "White House", "Office of the President"), ("White House",)),
    (
        ("Russian government", "Government of Russia", "Russian presidency", "Presidential Administration"),
        ("Kremlin",),
    ),
    (
        (
            "UK government",
            "British government",
            "Government of the United Kingdom",
            "HM Government",
            "Prime Minister's Office",
            "Office of the Prime Minister",
        ),
        ("Downing Street", "No 10", "No. 10", "Number 10", "Whitehall"),
    ),
    (("Metropolitan Police Service", "Metropolitan Police"), ("Scotland Yard",)),
    (
        ("Federal Reserve", "Federal Reserve System", "Federal Reserve Board", "Federal Reserve Bank"),
        ("Fed", "Federal Reserve"),
    ),
    (("Conservative Party", "Conservative and Unionist Party"), ("Tories", "Tory", "Conservatives")),
    (("Labour Party",), ("Labour",)),
    (("Republican Party", "Grand Old Party"), ("GOP",)),
    (("Liberal Democrats", "Liberal Democrat Party"), ("Lib Dems", "Lib Dem")),
    (("HM Treasury", "Department of the Treasury", "Treasury Department"), ("Treasury",)),
    (("Bank of England",), ("Threadneedle Street",)),
    (
        ("Islamic State", "Islamic State of Iraq and the Levant", "Islamic State group"),
        ("ISIS", "ISIL", "Daesh"),
    ),
    (("Central Intelligence Agency",), ("Langley",)),
    (("Scottish Parliament",), ("Holyrood",)),
    (("State Duma", "Russian parliament", "Federal Assembly of Russia"), ("Duma",)),
    (("Israeli parliament", "Parliament of Israel"), ("Knesset",)),
    (("Ukrainian parliament", "Parliament of Ukraine", "Verkhovna Rada"), ("Rada", "Verkhovna Rada")),
    (("Polish parliament", "Parliament of Poland"), ("Sejm",)),
    (("Japanese parliament", "National Diet"), ("Diet",)),
    (
        ("Présidence de la République", "French presidency", "Élysée Palace", "Palais de l'Élysée"),
        ("Élysée", "Elysée", "Elysee"),
    ),
    (("Premier ministre", "Services du Premier ministre", "Hôtel de Matignon"), ("Matignon",)),
    (
        (
            "Ministère de l'Économie",
            "Ministère de l'Économie et des Finances",
            "Ministère de l'Économie, des Finances et de la Souveraineté industrielle",
            "French finance ministry",
            "French economy ministry",
        ),
        ("Bercy",),
    ),
    (
        (
            "Ministère des Affaires étrangères",
            "Ministère de l'Europe et des Affaires étrangères",
            "French foreign ministry",
        ),
        ("Quai d'Orsay",),
    ),
    (("Bundeskanzleramt", "German Chancellery", "Federal Chancellery"), ("Kanzleramt",)),
    (("Gobierno de España", "Spanish government", "Presidencia del Gobierno"), ("Moncloa",)),
    (("Casa Real", "Spanish Royal Household", "Casa de Su Majestad el Rey"), ("Zarzuela",)),
)
_LEADING = re.compile(r"^(?:the|l|la|le|les|el|los|der|die|das|united states|us|u s)\s+")
_WORD = re.compile(r"[^\W\d_]+")


def _key(name: str) -> str:
    key = " ".join(_WORD.findall(fold(name).casefold()))
    while True:
        stripped = _LEADING.sub("", key, count=1)
        if stripped == key:
            return key
        key = stripped


@lru_cache(maxsize=1)
def _by_name() -> dict[str, tuple[str, ...]]:
    return {_key(name): words for names, words in _ENTRIES for name in names}


def known_forms(name: str) -> tuple[str, ...]:
    """The words an article writes for the institution a model calls ``name`` ("Pentagon" for the
    United States Department of Defense); empty for an institution not listed."""
    return _by_name().get(_key(name), ())
