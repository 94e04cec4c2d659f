"""Where the actors of an answer are named, and the small words around those names.

The stance rules (``llmextract.baseline.stance_rules``) ask this reader for the actor named right
before or after a position with only allowed words between, the speaker of the quote a position
lies in, and whether a sentence asks or supposes rather than states.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from sys import maxsize as _END
from typing import NamedTuple

from llmextract.baseline.languages.stance_words import StanceWords
from llmextract.core.answer import LLMActor, LLMQuote
from llmextract.grounding.span_policy import sentence_span
from llmextract.text.words import whole_starts

__all__ = ["MAX_GAP", "POSSESSIVE", "Mention", "MentionReader", "occurrences", "tokens"]

POSSESSIVE = frozenset(["'s", "’s", "'", "’"])
_POSSESSIVE_END = re.compile(r"['’]s?$")
_WORD_RUN = re.compile(r"\w+")
_JOINED = frozenset("-_")  # a name inside "US-Mexico" is not a mention of it
_GAP_TOKEN = re.compile(r"\w[\w'’\-]*|[^\w\s]")
_MAX_APPOSITION = 8  # tokens of "X, Kentucky's senator, blasted Y" skipped between commas
_REACH = 300  # characters around a cue within which a holder or target must be named
MAX_GAP = 4  # small words between holder and verb, or verb and target


class Mention(NamedTuple):
    start: int
    end: int
    name: str  # the actor's name as the answer gives it
    person: bool


def tokens(text: str) -> list[str]:
    """Lower-case words and punctuation marks of ``text``."""
    if text.isascii():  # lowering ASCII first leaves every token where it was: one call, not one a token
        return _GAP_TOKEN.findall(text.lower())
    return [t.lower() for t in _GAP_TOKEN.findall(text)]


def occurrences(text: str, form: str) -> list[int]:
    """Where ``form`` is written in ``text`` as whole words (``str.find``: no pattern to compile)."""
    return list(whole_starts(text, form, _JOINED))


def _find(text: str, present: set[str], by_form: dict[str, str], people: set[str]) -> list[Mention]:
    """Every place a form is written as whole words; where forms overlap, the one starting first
    and then the longest wins, so "United Arab Emirates" is not also "United". ``present``: the
    text's lower-case words, so that a form whose first word is absent costs no search."""
    found = sorted(
        (at, -len(form), form)
        for form in by_form
        if (first := _WORD_RUN.match(form)) and first.group().lower() in present
        for at in occurrences(text, form)
    )
    out: list[Mention] = []
    for at, size, form in found:
        if out and at < out[-1].end:
            continue
        name = by_form[form]
        out.append(Mention(at, at - size, name, name in people))
    return out


def _lower_char(char: str) -> str:
    lower = char.lower()
    return lower if len(lower) == 1 else char  # "İ" lowers to two characters: offsets must hold


def _forms(actors: list[LLMActor]) -> dict[str, str]:
    """Each written form of an actor (name, alias, a person's unambiguous surname) -> its name."""
    by_form: dict[str, str] = {}
    surnames: dict[str, set[str]] = {}
    for a in actors:
        for form in (a.name, *a.aliases):
            form = _POSSESSIVE_END.sub("", form.strip())
            if form and form[0].isupper():
                by_form.setdefault(form, a.name)
        parts = _POSSESSIVE_END.sub("", a.name.strip()).split()
        if a.type == "person" and len(parts) > 1 and parts[-1][0].isupper() and len(parts[-1]) > 2:
            surnames.setdefault(parts[-1], set()).add(a.name)
    for surname, owners in surnames.items():
        if len(owners) == 1:
            by_form.setdefault(surname, next(iter(owners)))
    return by_form


class MentionReader:
    """An article, where its actors are named, and its quotes with their speakers' actor names."""

    def __init__(self, text: str, actors: list[LLMActor], quotes: list[LLMQuote], words: StanceWords) -> None:
        self.text = text
        self.words = words
        self.by_form = _forms(actors)
        people = {a.name for a in actors if a.type == "person"}
        lowered = text.lower()
        self.lowered = lowered if len(lowered) == len(text) else "".join(map(_lower_char, text))
        #: the lower-case words of the text: a reading whose words are all absent is skipped
        self.present = set(_WORD_RUN.findall(self.lowered))
        self.mentions = _find(text, self.present, self.by_form, people)
        self.starts = [m.start for m in self.mentions]
        self._sentences: list[tuple[int, int]] = []
        raw = _quote_spans(text, quotes)
        self.quotes = raw  # resolve() skips names inside quotes: it reads these spans
        self.quotes = [(qs, qe, holder) for qs, qe, s in raw if (holder := self.resolve(s, qs)) is not None]

    def near_a_mention(self, pos: int) -> bool:
        """Whether an actor is named within a sentence's reach of ``pos`` (a cheap first test)."""
        i = bisect_left(self.starts, pos - _REACH)
        return i < len(self.starts) and self.starts[i] < pos + _REACH

    def sentence(self, at: int) -> tuple[int, int]:
        """The sentence around ``at`` (``sentence_span``), remembered: cues and names share sentences."""
        i = bisect_left(self._sentences, (at, _END)) - 1
        if i >= 0 and self._sentences[i][0] <= at < self._sentences[i][1]:
            return self._sentences[i]
        span = sentence_span(self.text, at, at + 1)
        insort(self._sentences, span)
        return span

    def resolve(self, speaker: str, at: int) -> str | None:
        """A speaker as the actor name its words stand for; a pronoun as the nearest person before.
        A speaker that is no actor of the answer ("Critics", "The report", "Others") holds no
        stance: a holder is a grounded actor."""
        if speaker.lower() in self.words.pronouns | self.words.first_person:
            for i in range(bisect_left(self.starts, at) - 1, -1, -1):
                m = self.mentions[i]
                if m.person and self.quote_at(m.start) is None:
                    return m.name
            return None
        return self.by_form.get(_POSSESSIVE_END.sub("", speaker.strip()))

    def quote_at(self, pos: int) -> str | None:
        """The speaker (an actor name) of the quote ``pos`` lies in, if it has one."""
        for qs, qe, speaker in self.quotes:
            if qs <= pos < qe:
                return speaker
        return None

    def last_before(self, pos: int, lo: int) -> Mention | None:
        """The last mention ending at or before ``pos`` and starting at or after ``lo``."""
        i = bisect_left(self.starts, pos) - 1
        while i >= 0 and self.mentions[i].end > pos:
            i -= 1
        return self.mentions[i] if i >= 0 and self.mentions[i].start >= lo else None

    def mention_before(self, pos: int, allowed: frozenset[str], lo: int) -> Mention | None:
        """The mention ending before ``pos`` with only ``allowed`` words (and an apposition) between."""
        mention = self.last_before(pos, lo)
        if mention is None or self.text[mention.end : mention.end + 1] in ("'", "’", "-"):
            return None  # "Obama's spokesman criticised": the holder is someone else
        return mention if self._small_gap(tokens(self.text[mention.end : pos]), allowed) else None

    def joined_before(self, mention: Mention, lo: int) -> list[Mention]:
        """The actors joined to ``mention`` before it as one subject: "Egypt and Russia back X",
        "A, B and C praised X" (the last join an "and"; a lone comma joins nothing: "In Ohio, X")."""
        found: list[Mention] = []
        pos = mention.start
        while (before := self.last_before(pos, lo)) is not None:
            gap = tokens(self.text[before.end : pos])
            if found:
                joined = gap == [","]
            else:
                joined = bool(gap) and gap[-1] in self.words.and_words and gap[:-1] in ([], [","])
            if not joined or self.text[before.end : before.end + 1] in ("'", "’"):
                break
            found.insert(0, before)
            pos = before.start
        # "Tom Berg met Ann Lee and Vera Lund praised X": a name before the list makes it an object
        return found if not found or self.last_before(found[0].start, lo) is None else []

    def _small_gap(self, gap: list[str], allowed: frozenset[str]) -> bool:
        if gap[:1] == [","] and "," in gap[1:_MAX_APPOSITION]:
            close = gap.index(",", 1)
            if not set(gap[1:close]) & (self.words.negations | self.words.relatives - {","}):
                gap = gap[close + 1 :]
        return len(gap) <= MAX_GAP and all(t in allowed or self.adverb(t) for t in gap)

    def adverb(self, word: str) -> bool:
        """A manner adverb ("falsely", "bitterly"): it leaves a holder and its verb together."""
        return len(word) > 4 and word.endswith(self.words.adverb_endings) and word not in self.words.negations

    def mentions_after(
        self, pos: int, allowed: frozenset[str], hi: int, limit: int = MAX_GAP
    ) -> list[Mention]:
        """The mention starting after ``pos`` with at most ``limit`` allowed words between, and those
        joined to it ("Egypt and the United Arab Emirates, as well as Russia")."""
        found: list[Mention] = []
        joined = self.words.joiners | self.words.object_words
        i = bisect_left(self.starts, pos)
        while i < len(self.mentions) and self.mentions[i].start < hi:
            mention = self.mentions[i]
            gap = _GAP_TOKEN.findall(self.text[pos : mention.start])
            ok = joined if found else allowed
            # capitalised words are the target's title: "praised Russian President Vladimir Putin",
            # abbreviated with their full stop: "thanked Ms. Lee", "blasted Sen. Ann Lee"
            if len(gap) > (MAX_GAP if found else limit) or not all(
                t.lower() in ok or t[0].isupper() or (t == "." and k > 0 and gap[k - 1][0].isupper())
                for k, t in enumerate(gap)
            ):
                break
            gap = [t.lower() for t in gap]
            if not found or set(gap) & self.words.joiners:
                found.append(mention)
            pos = mention.end
            i += 1
            while i < len(self.mentions) and self.mentions[i].start < pos:
                i += 1
        return found

    def pronoun_before(self, pos: int, lo: int) -> str | None:
        """The actor a subject pronoun right before ``pos`` stands for: "He praised X", a quote's
        "we condemn X" (its speaker)."""
        gap = tokens(self.text[lo:pos])
        j = len(gap)
        while j > 0 and (gap[j - 1] in self.words.fillers or self.adverb(gap[j - 1])):
            j -= 1
        if j == 0 or len(gap) - j > MAX_GAP:
            return None
        word, speaker = gap[j - 1], self.quote_at(pos)
        if word in self.words.first_person:
            return speaker
        if word in self.words.pronouns and (j == 1 or gap[j - 2] in {",", "“", '"', "«", "„"}):
            return self.resolve(word, lo)
        return None

    def hypothetical(self, lo: int, pos: int) -> bool:
        """Whether the sentence up to the holder asks or supposes: "if X backs Y", "Would X ...?"."""
        head = set(tokens(self.text[lo:pos]))
        return (
            bool(head & (self.words.conditionals | self.words.negations))
            or "?" in self.text[pos : self.sentence(pos)[1]]
        )


def _quote_spans(text: str, quotes: list[LLMQuote]) -> list[tuple[int, int, str]]:
    """Where each quote with a speaker lies in ``text`` (they come in reading order)."""
    out: list[tuple[int, int, str]] = []
    cursor = 0
    for q in quotes:
        at = text.find(q.text, cursor)
        at = text.find(q.text) if at < 0 else at
        if at >= 0:
            cursor = at + len(q.text)
            if q.speaker:
                out.append((at, at + len(q.text), q.speaker))
    return out
