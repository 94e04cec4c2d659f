"""Who said what in one sentence: the cue rules of the rules baseline.

``SentenceReader`` holds one article's tokens and quotation spans; ``attribute_sentence`` finds the
cues of one sentence and, for each, its speaker and content (see ``llmextract.baseline.model``
for the forms it reads).
"""

from __future__ import annotations

from dataclasses import dataclass

from llmextract.baseline.act_verbs import no_cue_here
from llmextract.baseline.anonymous_sources import anonymous_source
from llmextract.baseline.content_ends import after_comma, content_end
from llmextract.baseline.fronted_clauses import fronted_participle
from llmextract.baseline.name_spans import split_role
from llmextract.baseline.paren_appositions import speaker_before_paren_apposition
from llmextract.baseline.phrases import (
    clause_subject,
    contracted_pronoun,
    is_tail,
    is_time_adjunct,
    name_back,
    name_before_clause,
    opening_subject,
    plain_speaker,
    skip_listener,
    skip_to_content,
    speaker_after,
)
from llmextract.baseline.relative_cues import in_speaker_clause
from llmextract.baseline.speaker_position import speaker_at
from llmextract.baseline.tokens import CLOSERS, ENDS, QUOTES, quote_mask, quote_spans, tokenize
from llmextract.baseline.word_tables import (
    ABBREVIATIONS,
    ACCORDANCE_WORDS,
    ADJUNCT_PREPOSITIONS,
    ADJUNCT_WORDS,
    ASIDE_WORDS,
    BE_WORDS,
    CUE_VERBS,
    DATA_SOURCES,
    DEGREE_WORDS,
    GO_ON_WORDS,
    HEADLINE_CUES,
    INFINITIVE_LEADS,
    INVERTING_CUES,
    MAKE_WORDS,
    MAX_SOURCE_TOKENS,
    MODALS,
    NOT_NOUNS,
    NOUN_CUES,
    OPENERS,
    PARTICIPLE_CUES,
    PARTY_TAG,
    SPEECH_AFTER_MODAL,
    WENT_WORDS,
)


@dataclass
class Found:
    """One quote found: its character range, speaker as written (title split off), cue and role."""

    start: int
    end: int
    speaker: str | None
    cue: str | None
    role: str | None = None
    speaker_at: int | None = None  # where the speaker's words start, when the sentence holds them


class SentenceReader:
    """One article's tokens and quotation spans, and the cue rules that read its sentences."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.toks = tokenize(text)
        self.quotes = quote_spans(text)
        self.in_quote = quote_mask(self.toks, self.quotes)
        self.quote_starts = frozenset(qs for qs, _ in self.quotes)

    def attribute_sentence(self, i0: int, i1: int) -> list[Found]:
        """The quotes attributed by the cues of the sentence of tokens i0..i1-1, in order."""
        found: list[Found] = []
        taken = i0  # content never reaches back before an earlier attribution in the sentence
        k = i0
        title: bool | None = None  # whether the sentence is a title-case headline, once needed
        while k < i1:
            w = self.toks[k].word
            f = None
            cue_like = (w in CUE_VERBS or w == "according" or w == "in") and not self._no_cue_here(k, i1)
            cue_like = cue_like or (w == "clear" and self._made(k, i0) is not None)
            if cue_like and self.toks[k].cap and k > i0:  # "Glenn Beck Says ..." in a headline
                title = self._title_case(i0, i1) if title is None else title
                cue_like = w in HEADLINE_CUES and title
            if cue_like and not self.in_quote[k]:
                f, resume = self._attribute_cue(k, taken, i0, i1, found)
            if f is not None:
                found.append(f)
                taken = resume
                k = max(k + 1, resume)
            else:
                k += 1
        for f in found:
            f.speaker_at = speaker_at(
                self.text, f.speaker, f.start, f.end, self.toks[i0].start, self.toks[i1 - 1].end
            )
        return found

    def _no_cue_here(self, k: int, i1: int) -> bool:
        return no_cue_here(self.toks, k, i1)

    def _made(self, k: int, lo: int) -> int | None:
        """Index of "made" in "made clear" or "made it clear" ending at k, or None."""
        toks = self.toks
        j = k - 2 if k - 2 >= lo and toks[k - 1].word == "it" else k - 1
        return j if j >= lo and toks[j].word in MAKE_WORDS else None

    def _title_case(self, i0: int, i1: int) -> bool:
        words = [t for t in self.toks[i0:i1] if t.text[0].isalpha()]
        return sum(t.cap for t in words) > 0.7 * len(words)

    def _attribute_cue(
        self, k: int, taken: int, i0: int, i1: int, earlier: list[Found]
    ) -> tuple[Found | None, int]:
        toks = self.toks
        t = toks[k]
        if t.word in ("according", "in"):
            return self._according(k, taken, i0, i1)
        cue_end = (
            k + 1
            if k + 1 < i1
            and (
                toks[k + 1].word in ("out", "for", "on") or (toks[k + 1].word == "to" and t.word == "pointed")
            )
            and t.word in ("pointed", "called", "calls")
            else k
        )
        made = self._made(k, i0) if t.word == "clear" else None
        cue = self.text[toks[made or k].start : toks[cue_end].end].rstrip(".")
        nxt = cue_end + 1
        if in_speaker_clause(toks, k, i0, i1):
            return None, k  # "Cruz, who has proposed X, said ...": the outer cue is the attribution
        left = self._speaker_left(k, max(taken, i0))
        if left is not None:
            a, b, role = left
            speaker = self._text(a, b)
            after = skip_listener(toks, t.word, nxt, i1)
            participle = (  # "..., Lee said, adding that ...": the participle is a cue of its own
                after + 1 < i1 and toks[after].text == "," and toks[after + 1].word in PARTICIPLE_CUES
            )
            after += participle
            if (
                participle
                or nxt >= i1
                or t.text.endswith(".")
                or after >= i1
                or is_tail(toks, after, i1, t.word)
            ):
                # "..., Akar said." -- the content is what precedes the attribution
                c = a - 1
                while c > max(taken, a - 4) and toks[c].text[0].isalpha():
                    c -= 1
                if c < taken or toks[c].text not in CLOSERS:
                    return None, k
                return self._make(taken, c, speaker, cue, role), after
            if (
                toks[nxt].text == ","
                and a - 1 >= taken
                and toks[a - 1].text in CLOSERS
                and nxt + 1 < i1
                and (toks[nxt + 1].text[0].islower() or toks[nxt + 1].start in self.quote_starts)
            ):
                # "The plan, he said, is sound.", "“A,” he said, “but B.”" -- content on both
                # sides; keep the joined stretch
                end = self._content_end(nxt + 1, i1)
                return self._make(taken, end, speaker, cue, role), end + 1
            return self._forward(k, nxt, i1, speaker, cue, role)
        if t.word in PARTICIPLE_CUES and k - 1 >= i0 and after_comma(self.toks, k, i0):
            # "..., adding that ..." -- the speaker is the sentence's
            return self._forward(
                k, nxt, i1, earlier[-1].speaker if earlier else self._subject(i0, i1), cue, None
            )
        if (
            k - 1 > i0
            and toks[k - 1].word in ("and", "but")
            and nxt < i1
            and toks[nxt].word not in NOT_NOUNS - {"that"}
        ):
            return self._forward(
                k, nxt, i1, earlier[-1].speaker if earlier else self._subject(i0, i1), cue, None
            )
        if t.word in INVERTING_CUES and k - 1 > taken and toks[k - 1].text in CLOSERS:
            right = speaker_after(self.toks, k + 1, i1)
            if right is not None:
                a, b, role_at = right
                role = self._text(*role_at) if role_at else None
                return self._make(taken, k - 1, self._text(a, b), cue, role), b + 1
        fronted = fronted_participle(toks, self.in_quote, k, max(taken, i0), i1)
        if fronted is not None:  # "Noting that the plan is late, Lee said ..."
            a, b, sa, sb = fronted
            return self._make(a, b, self._text(sa, sb), cue, None), b + 1
        return None, k

    def _forward(
        self, k: int, nxt: int, i1: int, speaker: str | None, cue: str, role: str | None
    ) -> tuple[Found | None, int]:
        """ "X said (that) ..." -- the content runs from after the cue to the clause end."""
        if not speaker:
            return None, k
        toks = self.toks
        start = skip_to_content(toks, toks[k].word, nxt, i1)
        if start >= i1 and toks[i1 - 1].text == ":" and i1 < len(toks):
            # "Hewitt writes:" closing its paragraph introduces the next paragraph, quoted or not
            end = i1
            while end + 1 < len(toks) and "\n" not in self.text[toks[end].end : toks[end + 1].start]:
                end += 1
            quoted = next((qe for qs, qe in self.quotes if qs == toks[i1].start), None)
            f = self._make(i1, end, speaker, cue, role)
            if f is not None and quoted is not None:
                f.end = quoted
            return f, i1
        end = self._content_end(start, i1)
        if start > end:
            return None, k
        return self._make(start, end, speaker, cue, role), end + 1

    def _according(self, k: int, taken: int, i0: int, i1: int) -> tuple[Found | None, int]:
        """ "according to X, ...", "..., according to X." and "In the latest poll, ...". A source
        closing its sentence reports all of it, an attribution inside included ("He said little,
        according to an aide.")."""
        toks = self.toks
        lead = 1 if toks[k].word == "in" else 2
        if lead == 2 and (k + 1 >= i1 or toks[k + 1].word != "to"):
            return None, k
        comma = next(
            (i for i in range(k + lead, min(i1, k + MAX_SOURCE_TOKENS + 2)) if toks[i].text == ","), i1
        )
        name_end = comma - 1
        while name_end > k + lead and toks[name_end].text in ENDS:
            name_end -= 1
        if name_end < k + lead or name_end - k > MAX_SOURCE_TOKENS:
            return None, k
        if lead == 2 and any(
            toks[i].word in ACCORDANCE_WORDS and not toks[i].cap for i in range(k + 2, name_end + 1)
        ):  # "tallied according to state law": in accordance with, no source ("the Policy Center" is one)
            return None, k
        before = k - 1 > i0 and toks[k - 1].text == ","
        if lead == 2 and not before and comma >= i1 and k - 1 > i0 and toks[k - 1].text[0].isalnum():
            before = True  # "Clinton leads by 271 delegates according to a count by AP."
        after = comma + 1 < i1 and toks[comma + 1].text not in ENDS
        if after and not before and k - 1 > taken and toks[k - 1].word not in OPENERS:
            return None, k
        if lead == 1 and (before or not after or toks[name_end].word not in DATA_SOURCES):
            return None, k
        first = i0 if before else comma + 1
        last = self._content_end(comma + 1, i1) if after else k - 1 - (toks[k - 1].text == ",")
        cue = self.text[toks[k].start : toks[k + lead - 1].end].lower()
        return self._make(first, last, self._text(k + lead, name_end), cue, None), last + 1

    def _speaker_left(self, k: int, lo: int) -> tuple[int, int, str | None] | None:
        """(first, last, role) of the speaker ending just before the cue at k."""
        toks = self.toks
        j = self._before_adjuncts(k, lo)
        if j < lo:
            return None
        if toks[j].text == "," and j - 1 >= lo and toks[j - 1].text == ")":
            described = speaker_before_paren_apposition(toks, j, lo)  # "Ann Lee, of the HP (HP), said"
            if described is not None:
                return described[0], described[1], self._text(described[2], j - 1)
            j -= 1  # "Sen. Jack Reed (D-R.I.), said"
        if toks[j].text in (")", "—", "-"):
            # skip "(R-Texas)" or "-- who ... --" between the speaker and the cue
            opener = "(" if toks[j].text == ")" else toks[j].text
            j -= 1
            while j > lo and toks[j].text != opener and k - j < 40:
                j -= 1
            while j > lo and toks[j].text == opener:
                j -= 1
            if j < lo or toks[j].text in ENDS:
                return None
        if toks[j].word == "who" and j - 2 >= lo and toks[j - 1].text == ",":
            j -= 2  # "Akar, who said ..." -- the speaker is the name, not the pronoun
        if toks[j].text == "," and j - 1 >= lo:
            relative = name_before_clause(self.toks, j, lo)
            if relative is not None:
                return relative
            return self._apposition(j, lo)
        a = anonymous_source(toks, j, lo)  # "a source close to him said"
        if a is not None:
            return a, j, None
        a = name_back(toks, j, lo)
        if a is None and toks[k].word not in NOUN_CUES and not toks[k].word.endswith("ing"):
            a = clause_subject(toks, j, lo)  # "security specialists say", "26% say"
        modal = any(t.word in INFINITIVE_LEADS | MODALS for t in toks[j + 1 : k])
        if modal and (toks[k].word not in SPEECH_AFTER_MODAL or toks[j].word == "who"):
            return None  # "Beijing can offer", "voters who might show up"
        if a is None or ((modal or toks[k].word in NOUN_CUES) and not plain_speaker(toks, a, j)):
            return None
        return a, j, None

    def _before_adjuncts(self, k: int, lo: int) -> int:
        """The token before the words between a speaker and the cue at k: adverbs ("has
        repeatedly", "disingenuously"), a progressive's auxiliary ("is also asking"), "continued
        to", "went on to"."""
        toks = self.toks
        progressive = toks[k].word.endswith("ing")
        made = self._made(k, lo) if toks[k].word == "clear" else None
        j = k - 1 if made is None else made - 1  # "Lee has made it clear that ..."
        while j >= lo:
            t = toks[j]
            w = t.word
            negation = w in ("not", "cannot") or w.endswith(("n't", "n’t"))  # "didn’t know"
            adverb = w in ADJUNCT_WORDS or negation or (w.endswith("ly") and t.text.islower())
            if adverb or (progressive and w in BE_WORDS):
                j -= 1
            elif j - 1 >= lo and is_time_adjunct(toks[j - 1].word, w):
                j -= 2  # "The campaign on Tuesday responded", "A poll last month showed"
            elif w == "to" and j - 1 >= lo and toks[j - 1].word in GO_ON_WORDS:
                j -= 2
            elif w == "to" and j - 1 >= lo and toks[j - 1].word in INFINITIVE_LEADS:
                j -= 2  # "is trying to show", "are more likely to say"
                while j >= lo and (toks[j].word in DEGREE_WORDS or toks[j].word in BE_WORDS):
                    j -= 1
            elif w == "to" and j - 2 >= lo and toks[j - 1].word == "on" and toks[j - 2].word in WENT_WORDS:
                j -= 3
            elif t.text == "," and (c := self._adjunct_comma(j, lo)) is not None:
                j = c - 1  # "The council, in a statement, said"
            else:
                break
        return j

    def _adjunct_comma(self, j: int, lo: int) -> int | None:
        """The comma opening ", in a statement," or ", including Lee," that closes at j, or None."""
        toks = self.toks
        c = next((c for c in range(j - 1, max(lo, j - 7) - 1, -1) if toks[c].text == ","), None)
        opens = c is not None and (
            toks[c + 1].word in ADJUNCT_PREPOSITIONS or toks[c + 1].word in ASIDE_WORDS
        )
        return c if c is not None and c - 1 >= lo and opens else None

    def _apposition(self, j: int, lo: int) -> tuple[int, int, str | None] | None:
        """Speaker of "Hulusi Akar, Turkey's defence minister, said" or "Its chief, Ali Veli, said"."""
        toks = self.toks
        for c in range(j - 1, max(lo, j - 40) - 1, -1):
            if toks[c].text != ",":
                continue
            if c == j - 1 or c - 1 < lo:
                return None
            if PARTY_TAG.match(toks[c + 1].text) and (a := name_back(toks, c - 1, lo)) is not None:
                return a, c - 1, None  # "Ann Lee, R-Wis., said": the tag is no name
            if name_back(toks, j - 1, c + 1) == c + 1 and toks[j - 1].cap and j - c < 6:
                outer = name_back(toks, c - 1, lo)
                return c + 1, j - 1, None if outer is None else self._text(outer, c - 1)
            a = name_back(toks, c - 1, lo)
            if a is not None and toks[c - 1].cap and not (toks[c + 1].cap and toks[j - 1].cap):
                return a, c - 1, self._text(c + 1, j - 1)
        return None

    def _subject(self, i0: int, i1: int) -> str | None:
        """The sentence's opening name or pronoun: the speaker of "..., adding that ..."."""
        span = opening_subject(self.toks, self.in_quote, i0, i1)
        return self._text(*span) if span else None

    def _content_end(self, a: int, hi: int) -> int:
        return content_end(self.toks, self.in_quote, a, hi)

    def _make(self, a: int, b: int, speaker: str, cue: str, role: str | None) -> Found | None:
        """The found quote over tokens a..b, without final stops or commas outside quotation marks."""
        toks = self.toks
        while b >= a and toks[b].text in (",", ":", "-", "—"):
            b -= 1
        while a <= b and toks[a].text in (",", ":", "-", "—"):
            a += 1
        if b < a:
            return None
        end, last = toks[b].end, toks[b].text
        final_stop = last in (".", ",", ":", ";") or (
            last.endswith(".") and last.lower() not in ABBREVIATIONS
        )
        if final_stop and not (b > a and toks[b - 1].text in QUOTES and last in ".,"):
            end -= 1
        if end <= toks[a].start:
            return None
        name, title = split_role(speaker)
        name = contracted_pronoun(name) or name  # "he's said": the speaker is "he"
        return Found(toks[a].start, end, name, cue, role or title)

    def _text(self, a: int, b: int) -> str:
        return self.text[self.toks[a].start : self.toks[b].end].rstrip(".,")
