"""Stances an article states by naming: "X, a close Y ally", "X is a Y critic", "X called Y a liar".

Both readings take the side from words the sentence writes about the target: the noun after its
name ("ally", "critic": ``ally_nouns`` / ``critic_nouns``), or the judgement a naming verb gives it
("called Y a liar", "called Y's plan a disgrace": ``praise`` / ``blame``). A negation, a condition
or words that judge both ways give nothing. Languages without ``indefinite`` articles or
``naming_verbs`` get no such reading.
"""

from __future__ import annotations

import re

from llmextract.baseline.stance_mentions import tokens
from llmextract.baseline.stance_quotes import Candidate, Polarity, QuoteReader

__all__ = ["EpithetReader"]

_MAX_ADJECTIVES = 2  # "a close Trump ally", "an outspoken longtime Trump critic"
_MAX_JUDGED = 6  # words after a named target in which its judgement is read
_CLAUSE = re.compile(r"[^,;:.!?()\n]*")
_DASHES = frozenset("—–(")
_TOKEN = re.compile(r"[\w'’\-]+|[^\w\s]")


class EpithetReader(QuoteReader):
    """Readings of a name used as the side a noun or a naming verb takes."""

    def epithet(self, start: int, end: int, polarity: Polarity) -> list[Candidate]:
        """ "H, a close T ally," / "H is a T critic" / "H, who is also a T supporter": the name
        right before the noun is its target, the actor the apposition or copula follows its holder."""
        lo, _ = self.sentence(start)
        w = self.words
        target = self.last_before(start, lo)
        if target is None or self.text[target.end : start].strip() or not w.indefinite:
            return []
        head = list(_TOKEN.finditer(self.text, lo, target.start))
        k = len(head)
        while k > 0 and len(head) - k < _MAX_ADJECTIVES and head[k - 1].group().isalpha():
            if head[k - 1].group().lower() in w.indefinite:
                break
            k -= 1
        if k == 0 or head[k - 1].group().lower() not in w.indefinite:
            return []
        article = head[k - 1].start()
        if {m.group().lower() for m in head[k:]} & w.negations:
            return []
        holder = self.last_before(article, lo)
        if holder is None or holder.name == target.name or self.hypothetical(lo, holder.start):
            return []
        between = tokens(self.text[holder.end : article])
        allowed = w.copulas | w.relatives | w.fillers | _DASHES
        if not between or not (between[0] in _DASHES | w.copulas or between[0] == ","):
            return []
        if not set(between) <= allowed or set(between) & w.negations:
            return []
        return [Candidate(holder.name, target.name, polarity, start)]

    def named_as(self, start: int, end: int) -> list[Candidate]:
        """ "H called T a liar" / "H dubbed T's plan a disgrace": H takes the side the words after
        T give it, when they judge one way only."""
        lo, hi = self.sentence(start)
        w = self.words
        if self.text[start:end].lower() not in w.naming_verbs:
            return []
        holder_mention = self.mention_before(start, w.fillers, lo)
        holder = holder_mention.name if holder_mention else self.pronoun_before(start, lo)
        if holder is None or self.hypothetical(lo, holder_mention.start if holder_mention else start):
            return []
        targets = self.mentions_after(end, w.object_words, hi)
        if not targets:
            return []
        target = targets[0]
        clause = _CLAUSE.match(self.text, target.end, hi)
        said = tokens(clause.group() if clause else "")[:_MAX_JUDGED]
        # "called T to say ...", "called T, who said ...": a call, not a name given
        if not said or said[0] in w.infinitive or set(said) & (w.negations | w.conditionals | w.reporting):
            return []
        good = sum(t in w.praise for t in said)
        bad = sum(t in w.blame for t in said)
        if bool(good) == bool(bad) or target.name == holder:
            return []
        return [Candidate(holder, target.name, "support" if good else "oppose", start)]
