"""The stance readings of quotes: what a quote's own words say of an actor is its speaker's stance.

"X's backers should stop", "the backers of X must stop", "X must stop" oppose X; "X is corrupt",
"X was the right choice", "crooked X" (words right at a person's name, the name opening the
speaker's clause) judge X, and so does a quoted sentence that names X and only praises or only
blames ("X has failed us and the plan is a disgrace"). The speaker is the quote's, as an actor
name (``MentionReader.quotes``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Literal, NamedTuple

from llmextract.baseline.stance_mentions import POSSESSIVE, Mention, MentionReader, tokens

__all__ = ["NEXT_WORD", "Candidate", "Polarity", "QuoteReader"]

Polarity = Literal["support", "oppose"]
NEXT_WORD = re.compile(r"\s*[\w'’\-]+")
_MAX_NEAR = 4  # words after "X is" in a quote that may speak well or ill of X


class Candidate(NamedTuple):
    holder: str
    target: str
    polarity: Polarity
    at: int  # where the words that take the side are


class QuoteReader(MentionReader):
    """The readings of an article's quotes."""

    def backers(self, start: int, end: int) -> list[Candidate]:
        """In a quote: "T's backers should stop", "the backers of T must stop" -> its speaker opposes T."""
        speaker = self.quote_at(start)
        lo, hi = self.sentence(start)
        if speaker is None:
            return []
        before = self.last_before(start, lo)
        if before is not None and self.text[before.end : start].strip() in POSSESSIVE:
            target, tail_at = before, end
        else:
            after = self.mentions_after(end, self.words.object_words | self.words.of_words, hi)
            if not after:
                return []
            target, tail_at = after[0], after[-1].end
        if not self._asks_to_stop(tokens(self.text[tail_at:hi])):
            return []
        return [Candidate(speaker, target.name, "oppose", start)]

    def _asks_to_stop(self, tail: list[str]) -> bool:
        """Whether words open with a modal and reach a stop verb: "should stop", "need to stop"."""
        w = self.words
        if not tail or tail[0] not in w.modals:
            return False
        for t in tail[1:4]:
            if t in w.stop_verbs:
                return True
            if t not in w.modals | w.fillers | w.infinitive:
                return False
        return False

    def must_stop(self) -> list[Candidate]:
        """In a quote: "T must stop" / "T should stop" -> its speaker opposes T."""
        out: list[Candidate] = []
        modals = self.words.modals - self.words.infinitive
        for mention, speaker in self._quoted_mentions():
            after = NEXT_WORD.match(self.lowered, mention.end)
            if (
                after
                and after.group().strip() in modals
                and self._asks_to_stop(tokens(self.text[mention.end : mention.end + 60]))
            ):
                out.append(Candidate(speaker, mention.name, "oppose", mention.start))
        return out

    def _quoted_mentions(self) -> list[tuple[Mention, str]]:
        """The mentions inside quotes, each with the quote's speaker (an actor name)."""
        out: list[tuple[Mention, str]] = []
        for qs, qe, holder in self.quotes:
            i = bisect_left(self.starts, qs)
            while i < len(self.mentions) and self.mentions[i].start < qe:
                out.append((self.mentions[i], holder))
                i += 1
        return out

    def quoted_sides(self) -> list[Candidate]:
        """A quote's speaker on a person it names, when the words right at the name judge them."""
        out: list[Candidate] = []
        for mention, holder in self._quoted_mentions():
            qs, qe = next((qs, qe) for qs, qe, _ in self.quotes if qs <= mention.start < qe)
            side = self._said_of(mention, qs, qe) if mention.person and mention.name != holder else None
            lo = max(qs, self.sentence(mention.start)[0]) if side else qs
            if side is not None and not self.hypothetical(lo, mention.start):
                out.append(Candidate(holder, mention.name, side, mention.start))
        return out

    def judged_in_quote(self) -> list[Candidate]:
        """A quote's speaker on an actor the quote names, when the quoted words of that sentence
        judge one way only: "“Brook has failed this town and his plan is a disgrace,” Velasco said"
        -> Velasco opposes Brook. A negation, a condition or a verb of saying anywhere in those
        words gives nothing ("not corrupt", "if Brook is wrong", "Lee says Brook is wrong"): the
        judgement is no longer plainly the speaker's. The judged actor is a person: a place or an
        institution the same words name ("grateful for the trust ... at the United Nations") is
        mostly where the praise or blame happens, not whom it is for."""
        out: list[Candidate] = []
        w = self.words
        for mention, holder in self._quoted_mentions():
            if mention.name == holder or not mention.person:
                continue
            qs, qe = next((qs, qe) for qs, qe, _ in self.quotes if qs <= mention.start < qe)
            lo, hi = self.sentence(mention.start)
            said = tokens(self.text[max(qs, lo) : min(qe, hi)])
            if set(said) & (w.negations | w.conditionals | w.reporting):
                continue
            good = sum(t in w.praise for t in said)
            bad = sum(t in w.blame for t in said)
            if bool(good) != bool(bad):
                out.append(Candidate(holder, mention.name, "support" if good else "oppose", mention.start))
        return out

    def _said_of(self, mention: Mention, qs: int, qe: int) -> Polarity | None:
        """How a quote's words right at a name judge it: "X is corrupt", "X was the right choice"
        (X opening a clause), "crooked X"; None when they do not, or a negation is among them."""
        w = self.words
        said = tokens(self.text[max(qs, mention.start - 30) : mention.start])[-1:]
        # "X is wrong" opens a clause of the speaker's; in "Y said the X is wrong" it is Y's
        opens = not said or said[0] in w.joiners or not said[0].isalnum()
        follow = NEXT_WORD.match(self.lowered, mention.end)
        if opens and follow and mention.end < qe and follow.group().strip() in w.copulas:
            said += tokens(self.text[follow.end() : min(qe, mention.end + 80)])[:_MAX_NEAR]
        if set(said) & w.negations:
            return None
        good = sum(t in w.praise for t in said)
        bad = sum(t in w.blame for t in said)
        return None if good == bad else "support" if good > bad else "oppose"
