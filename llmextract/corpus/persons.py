"""Which person names of a corpus are one person: the grouping of normal forms, with the reason.

Each distinct normal form (:func:`~llmextract.corpus.normal.person_form`) is a *key* with a weight
(how many local actors carry it). Grouping runs per surname:

1. **Edge words on evidence.** A key of three words or more whose inner run of two or more words is
   itself a key of the corpus, at least as frequent, loses the words around it ("Struggling Donald
   Trump", "Donald Trump Leads" -> "donald trump"), when the key kept starts with a name, not an
   initial, and no dropped word is an initial, a surname the corpus knows, or the first name of
   another key of the same surname ("Donald John Trump" keeps "Donald" beside "Donald Trump"). The
   risk it takes: "Mary Ann Smith", once, beside a more frequent "Ann Smith" and no other Mary
   Smith, is taken for Ann Smith.
2. **Full names, fullest first.** A key joins the one group whose seed it fits: same surname,
   given names in order with some left out (``given_fit``: Donald fits Donald J., Bill does not
   fit Hillary) and the suffix kept (``suffix_fit``: Jr, II, III apart; Sr beside no suffix). A key
   that fits several groups is a group of its own.
3. **A bare surname** ("Trump", "Trump Jr") joins the one group of that surname and suffix; when
   there are several it is *ambiguous*, left to the article's evidence (:mod:`llmextract.corpus.linking`).

The aliases file renames keys first and its ``never_merge`` pairs keep groups apart.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from llmextract.corpus.normal import PersonForm, given_fit, is_initial, suffix_fit

__all__ = ["PersonGroups", "group_persons"]


@dataclass
class PersonGroups:
    """Key -> the seed key of its group and why; ambiguous bare keys -> the seeds they fit."""

    seed: dict[str, str] = field(default_factory=dict)
    rule: dict[str, str] = field(default_factory=dict)
    ambiguous: dict[str, list[str]] = field(default_factory=dict)
    reduced: dict[str, str] = field(default_factory=dict)  # key -> the key it was reduced to (rule 1)


def _reduce(forms: dict[str, PersonForm], weight: dict[str, int]) -> dict[str, str]:
    """Rule 1: key -> the inner key it stands for."""
    by_words = {(f.words, f.suffix): k for k, f in forms.items()}
    first: Counter[tuple[str, str]] = Counter()  # (first given name, surname) -> keys
    for f in forms.values():
        if f.given:
            first[(f.given[0], f.surname)] += 1
    surnames = Counter(f.surname for f in forms.values() if f.given)
    out: dict[str, str] = {}
    for key, form in forms.items():
        words = form.words
        if len(words) < 3:
            continue
        best: tuple[int, int, str] | None = None
        for a in range(len(words) - 1):
            for b in range(a + 2, len(words) + 1):
                inner = by_words.get((words[a:b], form.suffix))
                if inner is None or inner == key or weight[inner] < weight[key] or is_initial(words[a]):
                    continue  # the name kept starts with a name, not an initial ("D. Phillips")
                lead, trail = words[:a], words[b:]
                given = any(first[(w, form.surname)] > (w == words[0]) for w in lead)
                known = any(surnames[w] > (w == form.surname) for w in trail)
                if given or known or any(is_initial(w) for w in (*lead, *trail)):
                    continue
                candidate = (b - a, weight[inner], inner)
                best = candidate if best is None or candidate > best else best
        if best is not None:
            out[key] = best[2]
    return out


def _order(form: PersonForm, key: str, weight: int) -> tuple[int, int, int, int, str]:
    return (-len(form.given), -bool(form.suffix), -len(key), -weight, key)


def group_persons(
    forms: dict[str, PersonForm], weight: dict[str, int], apart: set[frozenset[str]] | None = None
) -> PersonGroups:
    """Group the person keys of a corpus (``forms``: key -> its form, ``weight``: key -> local
    actors); ``apart``: pairs of keys never in one group."""
    apart = apart or set()
    out = PersonGroups()
    out.reduced = _reduce(forms, weight)

    def target(key: str) -> str:
        seen = {key}
        while key in out.reduced and out.reduced[key] not in seen:
            key = out.reduced[key]
            seen.add(key)
        return key

    by_surname: dict[str, list[str]] = defaultdict(list)
    for key, form in forms.items():
        if key not in out.reduced:
            by_surname[form.surname].append(key)
    for _, keys in sorted(by_surname.items()):
        _group_surname(keys, forms, weight, apart, out)
    for key in out.reduced:
        inner = target(key)
        if inner in out.seed:
            out.seed[key] = out.seed[inner]
            out.rule[key] = f"words around a known name dropped ({forms[inner].key})"
        elif inner in out.ambiguous:
            out.ambiguous[key] = out.ambiguous[inner]
    return out


def _group_surname(
    keys: list[str],
    forms: dict[str, PersonForm],
    weight: dict[str, int],
    apart: set[frozenset[str]],
    out: PersonGroups,
) -> None:
    members: dict[str, list[str]] = {}
    seeds: list[str] = []

    def free(key: str, seed: str) -> bool:
        return not any(frozenset((key, m)) in apart for m in members[seed])

    full = sorted((k for k in keys if forms[k].given), key=lambda k: _order(forms[k], k, weight[k]))
    for key in full:
        form = forms[key]
        fits = [
            s
            for s in seeds
            if suffix_fit(forms[s].suffix, form.suffix)
            and given_fit(form.given, forms[s].given)
            and free(key, s)
        ]
        if len(fits) == 1:
            members[fits[0]].append(key)
            out.seed[key], out.rule[key] = fits[0], "given names fit"
            continue
        seeds.append(key)
        members[key] = [key]
        out.seed[key] = key
        out.rule[key] = f"kept apart: fits {len(fits)} persons" if fits else "same name"
    for key in (k for k in keys if not forms[k].given):
        fits = [s for s in _bare_candidates(forms[key], seeds, forms) if free(key, s)]
        if len(fits) == 1:
            members[fits[0]].append(key)
            out.seed[key], out.rule[key] = fits[0], "surname of the one full name in the corpus"
        elif not fits:
            members[key] = [key]
            out.seed[key], out.rule[key] = key, "same name"
        else:
            out.ambiguous[key] = fits


def _bare_candidates(form: PersonForm, seeds: list[str], forms: dict[str, PersonForm]) -> list[str]:
    """The groups a bare surname can be: any of its surname; with a suffix, those of that suffix
    ("Trump Jr"); "Sr" is the one written Sr, else the father of a Jr: his given names, no suffix."""
    if not form.suffix:
        return seeds
    same = [s for s in seeds if forms[s].suffix == form.suffix]
    if same or form.suffix != "sr":
        return same
    sons = [forms[s].given for s in seeds if forms[s].suffix == "jr"]
    fathers = [s for s in seeds if not forms[s].suffix and any(given_fit(forms[s].given, g) for g in sons)]
    return fathers or [s for s in seeds if not forms[s].suffix]
