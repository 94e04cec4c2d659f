"""Stances from the article's own words: who backs or opposes whom, as the sentence says it.

Precision comes first: a stance needs a verb or phrase that takes a side (``languages/*_stances``),
a holder and a target that are actors the same answer names (or, after "an end to", a topic the
sentence writes), and only small words between them. What it reads, in one sentence:

- active: "Egypt backs Haftar", "Ankara has sharply criticised Moscow", "X, Kentucky's senator,
  blasted Y", "X called for an immediate end to support for Y", "X urged Y to stop arming Z";
- passive: "Haftar is backed by Egypt and the UAE, as well as Russia" (each agent a holder), "X, who
  was welcomed by Y", "X wird von Y unterstützt";
- nouns: "X drew criticism from Y", "X's support for Y", "X, a longtime critic of Y";
- names (``stance_epithets``): "X, a close Y ally", "X called Y a liar";
- subjects joined by "and" share the stance: "A and B praised Y";
- quotes: a first-person "we condemn X" is the quote's speaker's stance, and so are the quote
  readings of ``stance_quotes`` ("X's backers should stop", "X must stop", "X is corrupt").

A negation, a question or a condition between or before them ("does not support", "if X backs Y")
gives no stance: such words are not among those allowed between holder and verb. Evidence is the
sentence (``grounding.span_policy.sentence_span``), which the assembly grounds; holders and targets
are actor names of the answer, so the assembly links them as it links speakers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from llmextract.baseline.languages import STANCE_WORDS
from llmextract.baseline.languages.stance_words import StanceWords
from llmextract.baseline.stance_epithets import EpithetReader
from llmextract.baseline.stance_mentions import (
    MAX_GAP,
    POSSESSIVE,
    Mention,
    occurrences,
    tokens,
)
from llmextract.baseline.stance_quotes import NEXT_WORD, Candidate, Polarity
from llmextract.core.answer import LLMActor, LLMExtraction, LLMQuote, LLMStance

__all__ = ["stances_in", "stances_of"]

_WORD_RUN = re.compile(r"\w+")
_WORD = re.compile(r"(?<![\w'’])\w[\w'’\-]*")
_APPOSITION = frozenset(",—–(")  # what opens "X, a critic of Y" / "X — a critic of Y —"
_MAX_VIA = 6  # words between "an end to" and its target: "the military support for"
_MAX_TOPIC = 8  # words of a topic target after "an end to"


def stances_in(text: str, answer: LLMExtraction, lang: str | None) -> list[LLMStance]:
    """``stances_of`` with the stance words of ``lang`` (English for a language without its own)."""
    words = STANCE_WORDS.get(lang or "en", STANCE_WORDS["en"])
    return stances_of(text, answer.actors, answer.quotes, words)


def stances_of(
    text: str, actors: list[LLMActor], quotes: list[LLMQuote], words: StanceWords
) -> list[LLMStance]:
    """The stances ``text`` states between ``actors``, each once, with its sentence as evidence."""
    reader = _StanceReader(text, actors, quotes, words)
    seen: set[tuple[str, str]] = set()
    out: list[LLMStance] = []
    for c in sorted(reader.candidates(), key=lambda c: c.at):
        key = (c.holder.lower(), c.target.lower())
        if key[0] == key[1] or key in seen:
            continue
        seen.add(key)
        start, end = reader.sentence(c.at)
        evidence = text[start:end].strip()
        if evidence:
            out.append(LLMStance(holder=c.holder, target=c.target, polarity=c.polarity, evidence=evidence))
    return out


_GROUPS = ("op", "sp", "o", "s", "u", "n", "b", "no", "ns", "ro", "rs")  # the first a word is in wins


class Cue(NamedTuple):
    start: int
    end: int
    kind: str  # one of _GROUPS
    text: str


@lru_cache(maxsize=8)
def _cue_table(words: StanceWords) -> tuple[dict[str, str], dict[str, list[tuple[re.Pattern[str], str]]]]:
    """Single-word cues by word, and phrases (longest first) by their first word: looked up word by
    word, which is faster than one pattern of every form."""
    forms: dict[str, frozenset[str] | tuple[tuple[str, ...], ...]] = {
        "op": words.oppose_phrases,
        "sp": words.support_phrases,
        "o": words.oppose,
        "s": words.support,
        "u": words.urge_verbs,
        "n": words.naming_verbs,
        "b": words.backer_nouns,
        "no": words.oppose_nouns,
        "ns": words.support_nouns,
        "ro": words.critic_nouns,
        "rs": words.ally_nouns,
    }
    singles: dict[str, str] = {}
    phrases: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for kind in _GROUPS:
        for form in forms[kind]:
            parts = form if isinstance(form, tuple) else (form,)
            if len(parts) == 1 and _WORD_RUN.fullmatch(parts[0]):
                singles.setdefault(parts[0], kind)
                continue
            body = r"\s+".join(r"\S+" if w == "*" else re.escape(w) for w in parts)
            body = body.replace(r"\S+\s+", r"(?:\S+\s+)?")
            pattern = re.compile(body + r"(?![\w'’\-])", re.IGNORECASE)
            phrases.setdefault(_WORD_RUN.match(parts[0]).group(), []).append((pattern, kind))  # type: ignore[union-attr]
    for found in phrases.values():
        found.sort(key=lambda pk: len(pk[0].pattern), reverse=True)
    return singles, phrases


def _cues(text: str, lowered: str, present: set[str], words: StanceWords) -> list[Cue]:
    """The cues of ``text`` in reading order; a phrase's words are not cues again. Only the cue
    words the text holds are looked for, each with ``str.find``: no per-article pattern."""
    singles, phrases = _cue_table(words)
    found: list[Cue] = []
    for word in present & phrases.keys():
        for at in occurrences(lowered, word):
            for pattern, kind in phrases[word]:
                if m := pattern.match(text, at):
                    found.append(Cue(at, m.end(), kind, m.group()))
                    break
    for word in present & singles.keys():
        for at in occurrences(lowered, word):
            if text[at - 1 : at] not in ("'", "’") and text[at + len(word) : at + len(word) + 1] not in (
                "'",
                "’",
            ):
                found.append(Cue(at, at + len(word), singles[word], text[at : at + len(word)]))
    found.sort(key=lambda c: (c.start, -c.end, _GROUPS.index(c.kind)))  # ties by group, never by set order
    out: list[Cue] = []
    for cue in found:
        if not out or cue.start >= out[-1].end:
            out.append(cue)
    return out


class _StanceReader(EpithetReader):
    """The readings of one article, each giving candidates at the cue it starts from."""

    def candidates(self) -> list[Candidate]:
        out: list[Candidate] = []
        for m in _cues(self.text, self.lowered, self.present, self.words):
            if not self.near_a_mention(m.start):
                continue
            kind = m.kind
            polarity: Polarity = "oppose" if kind.endswith("o") or kind == "op" else "support"
            if kind in ("u", "n"):
                out.extend(
                    (self._urged(m.start, m.end) if kind == "u" else []) or self.named_as(m.start, m.end)
                )
            elif kind == "b":
                out.extend(self.backers(m.start, m.end))
            elif kind in ("ns", "no"):
                out.extend(self._side_noun(m.start, m.end, polarity))
            elif kind in ("rs", "ro"):
                out.extend(
                    self._side_taker(m.start, m.end, polarity) or self.epithet(m.start, m.end, polarity)
                )
            else:
                found = self._passive(m.start, m.end, polarity) or self._active(m, polarity)
                if not found and m.text.lower() in self.words.support_nouns | self.words.oppose_nouns:
                    found = self._side_noun(m.start, m.end, polarity)  # "X's support for Y"
                out.extend(found)
        if self.quotes and self.present & self.words.stop_verbs:
            out.extend(self.must_stop())
        if self.quotes and self.present & (self.words.praise | self.words.blame):
            out.extend(self.quoted_sides())
            out.extend(self.judged_in_quote())
        return out

    def _active(self, m: Cue, polarity: Polarity) -> list[Candidate]:
        """ "H backs T", "H has sharply criticised T and U", "H called for an end to support for T"."""
        lo, hi = self.sentence(m.start)
        w = self.words
        phrase = m.kind in ("op", "sp")
        holder_mention = self.mention_before(m.start, w.fillers, lo)
        holder = holder_mention.name if holder_mention else self.pronoun_before(m.start, lo)
        if holder is None or self.hypothetical(lo, holder_mention.start if holder_mention else m.start):
            return []
        allowed = w.object_words | (w.via_words if phrase else frozenset())
        targets = self.mentions_after(m.end, allowed, hi, _MAX_VIA if phrase else MAX_GAP)
        if not targets and holder_mention is not None and w.verb_final_aux:
            return self._verb_final(holder_mention, lo, polarity, m.start)
        if not targets and m.kind == "op" and tokens(m.text)[-1] in w.via_words:
            topic = self._topic_after(m.end, hi)
            return [Candidate(holder, topic, polarity, m.start)] if topic else []
        if targets and w.verb_final_aux and self._negated_after(targets[-1].end, hi):
            return []  # "X unterstützt Y nicht"
        holders = [h.name for h in self.joined_before(holder_mention, lo)] if holder_mention else []
        return [Candidate(h, t.name, polarity, m.start) for h in [*holders, holder] for t in targets]

    def _verb_final(self, target: Mention, lo: int, polarity: Polarity, at: int) -> list[Candidate]:
        """ "H hat T scharf kritisiert": the name before the final verb is its target, the one before
        the auxiliary its holder."""
        w = self.words
        holder = self.last_before(target.start, lo)
        gap = tokens(self.text[holder.end : target.start]) if holder else []
        if holder is None or not set(gap) & w.verb_final_aux or not set(gap) <= w.verb_final_aux | w.fillers:
            return []
        if self.hypothetical(lo, holder.start) or set(tokens(self.text[target.end : at])) & w.negations:
            return []
        return [Candidate(holder.name, target.name, polarity, at)]

    def _negated_after(self, pos: int, hi: int) -> bool:
        """Whether the clause after ``pos`` holds a negation (German puts "nicht" after the object)."""
        clause = re.match(r"[^,;:.!?]*", self.text[pos:hi])
        return bool(clause and set(tokens(clause.group())) & self.words.negations)

    def _topic_after(self, pos: int, hi: int) -> str | None:
        """ "an end to the fighting in Tripoli" -> "the fighting in Tripoli": the words to the clause end."""
        tail = re.match(r"[^,;:.!?“”\"«»„()\n]+", self.text[pos:hi])
        found = tail.group().split() if tail else []
        return " ".join(found) if 0 < len(found) <= _MAX_TOPIC else None

    def _passive(self, start: int, end: int, polarity: Polarity) -> list[Candidate]:
        """ "T is backed by H1 and H2" / "T, backed by H" / "T wird von H unterstützt"."""
        lo, hi = self.sentence(start)
        w = self.words
        after = tokens(self.text[end:hi])
        holders: list[Mention] = []
        verb_at = start
        if after[:1] and after[0] in w.agents:
            agent = NEXT_WORD.match(self.text, end)
            assert agent is not None
            holders = self.mentions_after(agent.end(), w.joiners | w.object_words, hi)
        elif w.verb_final_aux:  # the agent before a final participle: "von Ägypten unterstützt"
            verb_at = self._agent_before(start, lo, holders)
        target = (
            self.mention_before(verb_at, w.passive_aux | w.relatives | w.fillers, lo) if holders else None
        )
        if target is None or self.hypothetical(lo, target.start):
            return []
        return [Candidate(h.name, target.name, polarity, start) for h in holders]

    def _agent_before(self, start: int, lo: int, holders: list[Mention]) -> int:
        """Fills ``holders`` with "von A und B" ending right before ``start``; returns where "von" is."""
        agents = [a for a in _WORD.finditer(self.text, lo, start) if a.group().lower() in self.words.agents]
        if not agents:
            return start
        found = self.mentions_after(agents[-1].end(), self.words.joiners | self.words.object_words, start)
        if found and set(tokens(self.text[found[-1].end : start])) <= self.words.fillers:
            holders.extend(found)
        return agents[-1].start()

    def _side_noun(self, start: int, end: int, polarity: Polarity) -> list[Candidate]:
        """ "T drew sharp criticism from H1 and H2" / "H's criticism of T"."""
        lo, hi = self.sentence(start)
        w = self.words
        received = [
            v
            for v in _WORD.finditer(self.text, max(lo, start - 40), start)
            if v.group().lower() in w.receive_verbs
        ]
        after = tokens(self.text[end:hi])
        if (
            received
            and len(tokens(self.text[received[-1].end() : start])) <= 2
            and after[:1]
            and after[0] in w.sources
        ):
            source = NEXT_WORD.match(self.text, end)
            assert source is not None
            holders = self.mentions_after(source.end(), w.joiners | w.object_words, hi)
            target = self.mention_before(received[-1].start(), w.passive_aux | w.fillers | w.relatives, lo)
            if target is None or self.hypothetical(lo, target.start):
                return []
            return [Candidate(h.name, target.name, polarity, start) for h in holders]
        holder = self.last_before(start, lo)
        if (
            holder is None
            or self.text[holder.end : start].strip() not in POSSESSIVE
            or not after[:1]
            or after[0] not in w.of_words
        ):
            return []
        of = NEXT_WORD.match(self.text, end)
        targets = self.mentions_after(of.end(), w.object_words, hi) if of else []
        return [Candidate(holder.name, t.name, polarity, start) for t in targets[:1]]

    def _side_taker(self, start: int, end: int, polarity: Polarity) -> list[Candidate]:
        """ "H, a longtime critic of T," / "H is an ally of T"."""
        lo, hi = self.sentence(start)
        w = self.words
        after = tokens(self.text[end:hi])
        holder = self.last_before(start, lo)
        if holder is None or not after[:1] or after[0] not in w.of_words:
            return []
        gap = tokens(self.text[holder.end : start])
        if not gap or gap[0] not in _APPOSITION | w.copulas or len(gap) > MAX_GAP or set(gap) & w.negations:
            return []
        of = NEXT_WORD.match(self.text, end)
        assert of is not None
        targets = self.mentions_after(of.end(), w.object_words, hi)
        if not targets or self.hypothetical(lo, holder.start):
            return []
        return [Candidate(holder.name, targets[0].name, polarity, start)]

    def _urged(self, start: int, end: int) -> list[Candidate]:
        """ "H urged T to stop", "H called on T to stop backing U": H opposes U, else T."""
        lo, hi = self.sentence(start)
        w = self.words
        holder = self.mention_before(start, w.fillers, lo)
        urged = self.mentions_after(end, w.object_words | w.urge_verbs, hi)
        if holder is None or not urged or self.hypothetical(lo, holder.start):
            return []
        to = NEXT_WORD.match(self.text, urged[-1].end)
        stop = NEXT_WORD.match(self.text, to.end()) if to else None
        if to is None or stop is None or to.group().strip().lower() not in w.infinitive:
            return []
        if stop.group().strip().lower() not in w.stop_verbs:
            return []
        further = self.mentions_after(stop.end(), w.via_words | w.object_words, hi, _MAX_VIA)
        return [Candidate(holder.name, t.name, "oppose", start) for t in further or urged]
