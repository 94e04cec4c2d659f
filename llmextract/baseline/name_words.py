"""Which capitalised words of an article are name words: the article's own evidence.

A capital letter marks a name only inside a sentence of running text. Headlines and title-case
lines capitalise every word ("Hillary Clinton Joked About Her Rival"), and the first word of a
sentence is capitalised whatever it is ("Struggling Donald Trump ..."). So the article is read
once for two sets of words:

- ``inner_caps``: written capitalised inside a sentence of a line that is not in title case
  ("... said Hillary Clinton ..."): name words;
- ``lower``: written in lower case anywhere ("she joked", "he claims"): common words.

A word at the edge of a capitalised run that the article never capitalises inside a sentence is
cut off when it is a common word of the article, or looks like an inflected verb or adjective
(-s, -ed, -ing in a headline; -ing, -ed, -ly opening a sentence): "Donald Trump Claims" ->
"Donald Trump", "Hammering Hillary Clinton" -> "Hillary Clinton". A frequency list cannot make
this call ("trump" and "hammering" are both common English words); the article can.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from llmextract.baseline.word_tables import NOT_NAME_STARTS, PRONOUNS, QUANTIFIERS, STOP_CAPITALS

__all__ = ["QUALIFIER", "NameEvidence", "headline_pieces", "lone_common_word", "name_evidence", "trim_run"]

_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
# after a word or a comma: inside a sentence (the look-behind after the capital lets ``re`` skip ahead)
_INNER_CAP = re.compile(r"[A-Z](?<=[\w,;] .)[\w\-]*")
_LOWER_WORD = re.compile(r"(?<![\w'’\-])[a-z][\w\-]*")
_HEADLINE_SUFFIXES = ("s", "ed", "ing")
_OPENING_SUFFIXES = ("ing", "ed", "ly")
_HEADLINE_SHARE = 0.8
# a capitalised word joined to a lower-case one qualifies the name after it: "Tripoli-based",
# "Norwegian-born", "Republican-led", "GOP-controlled" (not "Holtz-Eakin", "al-Assad")
QUALIFIER = re.compile(r"^[A-Z][\w.'’]*-[a-z][a-z-]*$")
_NUMBER = re.compile(
    r"^(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million)(?:-\w+)?$"
)
_FUNCTION_CAPITALS = (
    STOP_CAPITALS
    | NOT_NAME_STARTS
    | QUANTIFIERS
    | PRONOUNS
    | frozenset({"another", "among", "despite", "perhaps", "to", "let", "would", "more", "fewer", "none"})
)  # a line this share of whose longer words are capitalised is in title case


@dataclass(frozen=True)
class NameEvidence:
    """How the article writes its words (lower-cased): capitalised inside a sentence, or lower case."""

    inner_caps: frozenset[str]
    lower: frozenset[str]
    headline_spans: tuple[tuple[int, int], ...]  # character ranges of title-case lines

    def in_headline(self, at: int) -> bool:
        return any(s <= at < e for s, e in self.headline_spans)


def _is_headline(line: str) -> bool:
    """A line in title case: short, no full stop, and nearly every longer word capitalised."""
    if len(line) > 200 or line.rstrip().endswith(".") or ". " in line:
        return False
    words: list[str] = _WORD.findall(line)
    content = [w for w in words if len(w) > 3]
    if len(content) < 3 or len(words) > 25:
        return False
    return sum(w[0].isupper() for w in content) >= _HEADLINE_SHARE * len(content)


def name_evidence(text: str) -> NameEvidence:
    """One pass over the article: its title-case lines, its name words and its common words."""
    headlines: list[tuple[int, int]] = []
    body: list[str] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if _is_headline(line):
            headlines.append((start, start + len(line)))
        else:
            body.append(line)
    running = "\n".join(body)
    inner = frozenset(w.lower() for w in _INNER_CAP.findall(running))
    return NameEvidence(inner, frozenset(_LOWER_WORD.findall(running)), tuple(headlines))


def _common(word: str, evidence: NameEvidence, suffixes: tuple[str, ...]) -> bool:
    low = word.lower()
    if low in evidence.inner_caps:
        return False
    return low in evidence.lower or (len(low) > 4 and low.endswith(suffixes))


def trim_run(words: list[str], opens_sentence: bool, in_headline: bool, evidence: NameEvidence) -> list[str]:
    """A run's words without the common words at its edges (see the module docstring).

    A leading qualifier goes too ("Tripoli-based Government of National Accord"); at
    least one word is always kept, and a run whose only word is common is the caller's to judge.
    """
    while len(words) > 1 and QUALIFIER.match(words[0]):
        words = words[1:]
    if opens_sentence or in_headline:
        suffixes = _HEADLINE_SUFFIXES if in_headline else _OPENING_SUFFIXES
        while len(words) > 1 and words[0][:1].isupper() and _common(words[0], evidence, suffixes):
            words = words[1:]
    if in_headline:
        while len(words) > 1 and _common(words[-1], evidence, _HEADLINE_SUFFIXES):
            words = words[:-1]
    else:
        while (
            len(words) > 1
            and words[-1].lower() in evidence.lower
            and words[-1].lower() not in evidence.inner_caps
        ):
            words = words[:-1]
    return words


def headline_pieces(words: list[str], evidence: NameEvidence) -> list[list[str]]:
    """A title-case line's run cut at its common words: "Hillary Clinton Joked About Her Rival"
    gives "Hillary Clinton" and "Rival"."""
    pieces: list[list[str]] = [[]]
    for word in words:
        if word.lower() in STOP_CAPITALS or _common(word, evidence, _HEADLINE_SUFFIXES):
            pieces.append([])
        else:
            pieces[-1].append(word)
    return [p for p in pieces if p]


def lone_common_word(word: str, evidence: NameEvidence) -> bool:
    """Whether a capitalised word standing alone is no name: a function word ("Some", "Despite"), a
    pronoun with its verb ("I'm", "We're"), a number ("Thirty"), or a word the article writes in
    lower case and never capitalises inside a sentence ("Neighbors said", "Polls show")."""
    low = word.lower().replace("’", "'")
    if low in _FUNCTION_CAPITALS or _NUMBER.match(low) or low.split("'")[0] in PRONOUNS:
        return True
    return not word.isupper() and low in evidence.lower and low not in evidence.inner_caps
