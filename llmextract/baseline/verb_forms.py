"""Every form of a verb from its base: the cue table is written once per verb, read in any form.

News reports speech and thought in every tense ("notes", "noted", "noting", "has noted"); a table
that lists forms by hand misses some ("expect" but not "expecting"). Regular English inflection
is a few spelling rules; the irregular verbs that report speech or thought are listed.
"""

from __future__ import annotations

__all__ = ["verb_forms"]

_IRREGULAR = {
    "say": ("said",),
    "tell": ("told",),
    "think": ("thought",),
    "know": ("knew", "known"),
    "see": ("saw", "seen"),
    "find": ("found",),
    "write": ("wrote", "written"),
    "feel": ("felt",),
    "speak": ("spoke", "spoken"),
    "hear": ("heard",),
    "mean": ("meant",),
    "foresee": ("foresaw", "foreseen"),
    "forecast": ("forecast",),
    "understand": ("understood",),
    "swear": ("swore", "sworn"),
    "hold": ("held",),
    "teach": ("taught",),
}
_VOWELS = "aeiou"
# two syllables stressed on the last, which double it too: "admitted", "referred"
_STRESSED_LAST = frozenset(
    {"admit", "commit", "permit", "omit", "submit", "occur", "refer", "prefer", "confer", "defer"}
    | {"infer", "deter", "regret", "compel", "concur", "rebut"}
)


def _doubles(base: str) -> bool:
    """A one-syllable verb ending consonant-vowel-consonant doubles it: "plan" -> "planned"."""
    if base in _STRESSED_LAST:
        return True
    if len(base) < 3 or base[-1] in _VOWELS + "wxy" or base[-2] not in _VOWELS or base[-3] in _VOWELS:
        return False
    return sum(c in _VOWELS for c in base) == 1


def verb_forms(base: str) -> set[str]:
    """The base, third person, past and participles of an English verb: "note" -> note, notes,
    noted, noting; "say" -> says, said, saying; "worry" -> worries, worried, worrying."""
    forms = {base}
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms.add(base + "es")
    elif base.endswith("y") and base[-2:-1] not in _VOWELS:
        forms.add(base[:-1] + "ies")
    else:
        forms.add(base + "s")
    if base.endswith("ie"):
        forms.add(base[:-2] + "ying")
    elif base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        forms.add(base[:-1] + "ing")
    else:
        forms.add(base + base[-1] + "ing" if _doubles(base) else base + "ing")
    if base in _IRREGULAR:
        forms.update(_IRREGULAR[base])
    elif base.endswith("e"):
        forms.add(base + "d")
    elif base.endswith("y") and base[-2:-1] not in _VOWELS:
        forms.add(base[:-1] + "ied")
    else:
        forms.add(base + base[-1] + "ed" if _doubles(base) else base + "ed")
    return forms
