"""The aliases file: a person's corrections to the corpus linking, applied on the next run.

JSON, in the spirit of the Gender Gap Tracker's alias list::

    {
      "aliases": {"The Donald": "Donald Trump", "HRC": "Hillary Clinton"},
      "never_merge": [["Donald Trump", "Donald Trump Jr."]]
    }

``aliases`` makes every actor named (or aliased) by the left-hand name one actor with the
right-hand one; ``never_merge`` keeps two names in different actors even when the name rules would
join them. Person names are compared by their normal forms (:mod:`llmextract.corpus.normal`), so
"Mr. Trump" is "Trump" and "Donald Trump Jr." is not "Donald Trump".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from llmextract.actors.names import parse_name
from llmextract.corpus.normal import PersonForm, person_form
from llmextract.errors import InputError
from llmextract.utils.json_policy import JsonRefused, load_file

__all__ = ["Aliases", "load_aliases", "name_key"]


def name_key(name: str, *, person: bool) -> str:
    """How the corpus compares names: the person key ("donald trump jr"), or all words for the rest."""
    if person:
        return person_form(name).key
    return " ".join(parse_name(name).plain)


@dataclass(frozen=True)
class Aliases:
    """Alias name -> canonical name, and pairs never to merge, both as written in the file."""

    aliases: dict[str, str] = field(default_factory=dict)
    never_merge: list[tuple[str, str]] = field(default_factory=list)

    def key_map(self, *, person: bool) -> dict[str, str]:
        """Alias key -> canonical key."""
        return {name_key(a, person=person): name_key(t, person=person) for a, t in self.aliases.items()}

    def person_map(self) -> dict[str, PersonForm]:
        """Alias key -> the normal form of its canonical name (persons)."""
        return {name_key(a, person=True): person_form(t) for a, t in self.aliases.items()}

    def named_keys(self) -> set[str]:
        """Every key the file names (as a person's name or not): local actors of those keys are
        linked anew, whatever id they had."""
        named = [*self.aliases, *self.aliases.values(), *(n for pair in self.never_merge for n in pair)]
        return {name_key(n, person=p) for n in named for p in (True, False)}

    def apart(self, *, person: bool) -> set[frozenset[str]]:
        """The never-merge pairs, as pairs of keys."""
        return {
            frozenset((name_key(a, person=person), name_key(b, person=person))) for a, b in self.never_merge
        }


def load_aliases(path: Path) -> Aliases:
    """Read an aliases file; anything malformed is an InputError naming the file."""
    try:
        data = load_file(path)
    except JsonRefused as exc:
        raise InputError(f"{path}: cannot read the aliases file ({exc.reason})") from exc
    if not isinstance(data, dict) or set(data) - {"aliases", "never_merge"}:
        raise InputError(f"{path}: expected an object with 'aliases' and/or 'never_merge'")
    aliases = data.get("aliases", {})
    pairs = data.get("never_merge", [])
    if not isinstance(aliases, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in aliases.items()
    ):
        raise InputError(f"{path}: 'aliases' must map names to names")
    if not isinstance(pairs, list) or not all(
        isinstance(p, list) and len(p) == 2 and all(isinstance(n, str) for n in p) for p in pairs
    ):
        raise InputError(f"{path}: 'never_merge' must be a list of [name, name] pairs")
    return Aliases(aliases=dict(aliases), never_merge=[(a, b) for a, b in pairs])
