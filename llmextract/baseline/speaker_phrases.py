"""Who a French, German or Spanish cue names: the speaker phrase before or after it.

A speaker phrase is a name ("Claire Dubois", "Jan van der Berg"), a title with or without a name
("le ministre des Transports, Bertrand Maillol", "Oberbürgermeister Frank Jaschke"; titles go to the
role, German compounds count by their last part: "Grünen-Fraktionschefin"), a subject pronoun
("il", "sie", the "il" of "a-t-il"), or an institution that speaks without a person's name ("la
préfecture", "le parquet de Vaudran", "die Staatsanwaltschaft Lindental", "el club"), kept with
its article as the article writes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from llmextract.baseline.languages import LanguageRules
from llmextract.baseline.languages.rules import words
from llmextract.baseline.quotations import Span
from llmextract.baseline.speaker_links import Speaker

__all__ = ["PREPOSITIONS", "SpeakerFinder", "Tok", "tokens"]

_TOKEN = re.compile(r"(?:[lLdDjJnNsScCmMtT]|[Qq]u)['’](?=\w)|\w+(?:[-'’]\w+)*|[^\w\s]")
_INVERTED_PRONOUN = re.compile(r"-(?:t-)?(il|elle|on|ils|elles)$")
_MIN_COMPOUND_TITLE = 5  # "chefin", "sprecher": shorter titles ("dr", "rat") are not compound heads
PREPOSITIONS = words(
    """
    für mit bei aus im am vom zum zur à au aux en pour avec chez par sur por para con sobre
    """
)
_OF = words("de du des d’ d' del der von")  # "le parquet de Vaudran", "del Club"


@dataclass(frozen=True)
class Tok:
    start: int
    end: int
    text: str
    word: str
    cap: bool


def tokens(text: str, a: int, b: int) -> list[Tok]:
    """Words, elided articles ("l’", "qu’") and punctuation of ``text[a:b]``."""
    out = []
    for m in _TOKEN.finditer(text, a, b):
        s = m.group()
        out.append(Tok(m.start(), m.end(), s, s.lower(), s[0].isupper()))
    return out


class SpeakerFinder:
    """Speaker phrases around a cue, by one language's tables."""

    def __init__(self, text: str, rules: LanguageRules) -> None:
        self.text = text
        self.rules = rules
        self._bad = rules.stop_capitals | rules.pronouns | rules.determiners
        long_titles = sorted(
            (t for t in rules.titles if len(t) >= _MIN_COMPOUND_TITLE), key=len, reverse=True
        )
        self._compound = (
            re.compile("(?:" + "|".join(map(re.escape, long_titles)) + ")$") if long_titles else None
        )

    def is_title(self, word: str) -> bool:
        if word in self.rules.titles:
            return True
        return bool(self.rules.compound_titles and self._compound and self._compound.search(word))

    def is_institution(self, toks: list[Tok], j: int) -> bool:
        """``toks[j]`` opens an institution phrase: an article then an institution noun."""
        return (
            toks[j].word in self.rules.determiners
            and j + 1 < len(toks)
            and toks[j + 1].word in self.rules.institutions
        )

    def institution(self, toks: list[Tok], j: int) -> tuple[int, Speaker]:
        """The institution phrase opening at the article ``toks[j]``, and the index after it."""
        end = j + 2
        if end < len(toks) and toks[end].cap and toks[end].text[0].isalpha():
            end = self.run_end(toks, end)  # "die Staatsanwaltschaft Lindental"
        elif end + 1 < len(toks) and toks[end].word in _OF:
            k = end + 1 + (toks[end + 1].word in self.rules.determiners and end + 2 < len(toks))
            if k < len(toks) and toks[k].cap and toks[k].text[0].isalpha() and toks[k].word not in self._bad:
                end = self.run_end(toks, k)  # "le parquet de Vaudran", "de l’Orvane"
        phrase = self.text[toks[j].start : toks[end - 1].end]
        return end, Speaker(phrase[0].lower() + phrase[1:], None, False, institution=True)

    # -- names ------------------------------------------------------------------------------

    def is_name_start(self, toks: list[Tok], i: int) -> bool:
        t = toks[i]
        if not t.cap or not t.text[-1].isalnum() or t.word in self._bad or self.is_title(t.word):
            return False
        return not (i > 0 and toks[i - 1].word in self.rules.particles and not toks[i - 1].cap)

    def run_end(self, toks: list[Tok], i: int) -> int:
        """Index after the name run starting at ``toks[i]`` (particles inside it kept)."""
        j = i + 1
        while j < len(toks):
            if toks[j].cap and toks[j].text[0].isalpha() and toks[j].word not in self.rules.stop_capitals:
                j += 1
                continue
            k = j
            while k < len(toks) and toks[k].word in self.rules.particles and not toks[k].cap:
                k += 1
            if k > j and k < len(toks) and toks[k].cap and toks[k].text[0].isalpha():
                j = k + 1
                continue
            break
        return j

    def named(self, toks: list[Tok], a: int, b: int, role: list[Tok]) -> Speaker:
        """The speaker named by ``toks[a:b]``, leading title words moved to the role."""
        role = list(role)
        while b - a > 1 and self.is_title(toks[a].word):
            role.append(toks[a])
            a += 1
        name = self.text[toks[a].start : toks[b - 1].end]
        text = self.text[role[0].start : role[-1].end].strip(" ,") if role else None
        return Speaker(name, text, False)

    def pronoun(self, word: str) -> Speaker:
        return Speaker(word, None, True)

    # -- around a cue -------------------------------------------------------------------------

    def speaker_after(self, toks: list[Tok], i: int) -> Speaker | None:
        """The speaker of an inverted cue at ``toks[i]``: "a déclaré la ministre Claire Dubois"."""
        inverted = _INVERTED_PRONOUN.search(toks[i].word)
        if inverted:
            return self.pronoun(inverted.group(1))
        role: list[Tok] = []
        titled = False
        j = i + 1
        while j < len(toks) and j < i + 16:
            t = toks[j]
            if t.text in '.!?:;«»„“”"—–' or (t.text == "," and not role):
                break
            if t.word in self.rules.pronouns and not role:
                return self.pronoun(t.word)
            if not titled and self.is_institution(toks, j):
                return self.institution(toks, j)[1]  # "a indiqué la préfecture", "erklärte die Polizei"
            if titled and t.word in _OF and j + 1 < len(toks) and toks[j + 1].cap:
                end = self.run_end(toks, j + 1)
                if end + 1 < len(toks) and toks[end].text == "," and self.is_name_start(toks, end + 1):
                    role.extend(toks[j:end])  # "el presidente del Club Natación, Rubén Iglesias"
                    j = end
                    continue
            if self.is_name_start(toks, j):
                return self.named(toks, j, self.run_end(toks, j), role)
            p = j
            while p < len(toks) and toks[p].word in self.rules.particles and not toks[p].cap:
                p += 1
            if p > j and p < len(toks) and toks[p].cap and not role:  # "so van der Berg"
                return self.named(toks, j, self.run_end(toks, p), role)
            if t.text == ",":
                if titled and j + 1 < len(toks) and not self.is_name_start(toks, j + 1):
                    break  # "a dit le maire, lundi" -- the title alone names the speaker
                j += 1
                continue
            titled = titled or self.is_title(t.word)
            if (
                titled
                or t.word in self.rules.determiners
                or t.word in self.rules.particles
                or (role and t.cap)
            ):
                role.append(t)  # "l’adjointe à l’éducation", "de la Santé"
            elif not (j == i + 1 and t.word in self.rules.fillers):
                break
            j += 1
        if titled:
            head = next(k for k, t in enumerate(role) if self.is_title(t.word))
            end = next((k for k in range(head + 1, len(role)) if not self.is_title(role[k].word)), len(role))
            return Speaker(self.text[role[0].start : role[end - 1].end].lower(), None, False)
        return None

    def speaker_before(self, toks: list[Tok], i: int, lo: int) -> Speaker | None:
        """The speaker ending before the cue at ``toks[i]``: "Claire Dubois, ministre, a affirmé"."""
        j = i - 1
        while j >= lo and toks[j].word in self.rules.fillers:
            j -= 1
        if j >= lo and toks[j].word in self.rules.pronouns:
            return self.pronoun(toks[j].word)
        for a in range(j - 1, max(lo, j - 6) - 1, -1):  # "Le parquet de Vaudran a répondu"
            if self.is_institution(toks, a):
                end, speaker = self.institution(toks, a)
                if end == j + 1:
                    return speaker
        if j - 1 >= lo and self.is_title(toks[j].word) and toks[j - 1].word in self.rules.determiners:
            return Speaker(f"{toks[j - 1].text.lower()} {toks[j].text}", None, False)  # "Le préfet a déclaré"
        for a in range(j, lo - 1, -1):
            if toks[a].text in '.!?«»„“”"':
                break
            prev = toks[a - 1] if a > lo else None
            if not self.is_name_start(toks, a) or (
                prev is not None and prev.cap and not self.is_title(prev.word)
            ):
                continue
            b = self.run_end(toks, a)
            if b <= i and (prev is None or prev.word not in PREPOSITIONS):
                role = [prev] if prev is not None and self.is_title(prev.word) else []
                return self.named(toks, a, b, role)
        return None

    def subjects(self, sentences: list[Span]) -> list[tuple[int, Speaker]]:
        """Names of two words or more, or institutions, opening a sentence ("Le maraîcher Antoine Vidal
        fournira …", "La directora de la biblioteca, Lucía Prieto, …", "Die Staatsanwaltschaft
        ermittelt …"): what pronouns, titles and bare institution nouns refer to."""
        out = []
        for s0, s1 in sentences:
            toks = tokens(self.text, s0, min(s1, s0 + 200))[:10]
            if toks and self.is_institution(toks, 0):
                out.append((toks[0].start, self.institution(toks, 0)[1]))
                continue
            for j in range(len(toks)):
                prev = toks[j - 1] if j else None
                if not self.is_name_start(toks, j) or (prev is not None and prev.word in PREPOSITIONS):
                    continue
                b = self.run_end(toks, j)
                if b - j >= 2:
                    lead = [t for t in toks[:j] if t.text != ","]
                    titled = any(self.is_title(t.word) for t in lead)
                    out.append((toks[j].start, self.named(toks, j, b, lead if titled else [])))
                break
        return out
