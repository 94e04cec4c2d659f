"""English contractions spelled the article's way: a model copying a quote often writes "do not"
where the article has "don't", or the reverse, and the quote is then found only fuzzily, its edges
off. Both texts are folded (``folding.normalise``: lower case, straight apostrophes), so the forms
here are too. A form is changed only into one the article itself writes.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["respelled"]

_NOT = "do does did is are was were has have had could would should must need ought dare might"
_PRONOUN_FORMS = {
    "'re": ("are", "we you they"),
    "'ve": ("have", "i we you they could would should might must"),
    "'ll": ("will", "i we you they he she it that there"),
    "'d": ("would", "i we you they he she"),
    "'s": ("is", "he she it that there what who here where"),
    "'m": ("am", "i"),
}


def _pairs() -> list[tuple[str, str]]:
    """(spelled out, contracted) for the contractions of English news quotes."""
    pairs = [("cannot", "can't"), ("can not", "can't"), ("will not", "won't"), ("shall not", "shan't")]
    pairs += [(f"{verb} not", f"{verb}n't") for verb in _NOT.split()]
    pairs += [("let us", "let's")]
    for ending, (verb, subjects) in _PRONOUN_FORMS.items():
        pairs += [(f"{subject} {verb}", f"{subject}{ending}") for subject in subjects.split()]
    return pairs


_PAIRS = _pairs()


def _pattern(form: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w']){re.escape(form)}(?![\w'])")


_PATTERNS = [(a, _pattern(a), b, _pattern(b)) for a, b in _PAIRS]


def respelled(norm_snippet: str, norm_text: str) -> str:
    """``norm_snippet`` with each contraction or spelled-out form the article does not write
    replaced by the other form, where the article writes that one; unchanged otherwise."""
    out = norm_snippet
    for (long, long_re, short, short_re), (writes_long, writes_short) in zip(
        _PATTERNS, _forms_written(norm_text), strict=True
    ):
        if writes_short and not writes_long and long_re.search(out):
            out = long_re.sub(short, out)
        elif writes_long and not writes_short and short_re.search(out):
            out = short_re.sub(long, out)
    return out


@lru_cache(maxsize=4)
def _forms_written(norm_text: str) -> tuple[tuple[bool, bool], ...]:
    """Whether the article writes each pair's spelled-out and contracted form: once per article,
    not once per quote."""
    return tuple((bool(a.search(norm_text)), bool(b.search(norm_text))) for _, a, _, b in _PATTERNS)
