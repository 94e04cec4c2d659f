"""Given names that can be one person's: "Joe" and "Joseph", "Bill" and "William".

A model writes the full given name ("Joseph Biden", "William Clinton") where the article writes
the short one, or the other way round. The pairs come from the hand-curated English nickname
table of the ``nicknames`` package; names are compared lower-cased. Two different full names
sharing a nickname ("Christopher", "Christina" for "Chris") stay apart from each other, and so do
two names of about one length the table pairs as spellings ("Anna", "Anne").
"""

from __future__ import annotations

from functools import cache, lru_cache

from nicknames import NickNamer

__all__ = ["is_given_name", "nickname_pair"]

# a nickname is shorter than its name: "Anna" and "Anne", which the table also pairs, are two
# spellings two people may have in one article
_SHORTER_BY = 2


@cache
def _namer() -> NickNamer:
    return NickNamer()


@lru_cache(maxsize=65536)
def nickname_pair(a: str, b: str) -> bool:
    """Whether one of the lower-case given names ``a`` and ``b`` is a nickname of the other."""
    if a == b or min(len(a), len(b)) < 2 or abs(len(a) - len(b)) < _SHORTER_BY:
        return False
    namer = _namer()
    return b in namer.nicknames_of(a) or a in namer.nicknames_of(b)


@lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    """Whether the lower-case ``word`` is a given name or nickname of the table (English names only:
    a word it lacks may still be one)."""
    namer = _namer()
    return word in namer.canonical_lookup or word in namer.nickname_lookup
