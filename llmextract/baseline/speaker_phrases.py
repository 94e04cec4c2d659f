"""Who a French, German or Spanish cue names: the speaker phrase before or after it.

A speaker phrase is a name ("Claire Dubois", "Jan van der Berg"), a title with or without a name
("le ministre des Transports, Bertrand Maillol", "Oberbürgermeister Frank Jaschke"; titles go to the
role, German compounds count by their last part: "Grünen-Fraktionschefin"), a subject pronoun
("il", "sie", the "il" of "a-t-il"), or an institution that speaks without a person's name ("la
préfecture", "le parquet de Vaudran", "die Staatsanwaltschaft Lindental", "el club"), kept with
its article as the article writes it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from llmextract.baseline.languages import LanguageRules
from llmextract.baseline.languages.rules import words
from llmextract.baseline.quotations import HONORIFIC_STOPS
from llmextract.baseline.speaker_links import Speaker

__all__ = ["MARKS", "PREPOSITIONS", "SpeakerFinder", "Tok", "past_dateline", "tokens"]

_TOKEN = re.compile(
    rf"[dD]['’]après\b|(?:[lLdDjJnNsScCmMtT]|[Qq]u)['’](?=\w)|(?:{HONORIFIC_STOPS})\.(?=\s)|\w+(?:[-'’]\w+)*|[^\w\s]"
)
_INVERTED_PRONOUN = re.compile(r"-(?:t-)?(il|elle|on|ils|elles)$")
_MIN_COMPOUND_BODY = 5  # "kammer", "gericht": shorter bodies ("amt", "rat") end too many words
_MIN_COMPOUND_TITLE = 4  # "chef", "sprecher": shorter titles ("dr", "rat") are not compound heads
PREPOSITIONS = words(
    """
    für mit bei aus im am vom zum zur à au aux en pour avec chez par sur por para con sobre
    """
)
MARKS = frozenset('«»„“”"‚‘‹›')
_AGED = re.compile(r"\d+-[JjAa]\w+$")  # "54-Jährige", "58-Jähriger"
_NAMING = words("hieß heißt")
_INDEFINITE = words("un une ein eine einer einem einen una unos unas")
_TO = words("à au aux a al ante")  # an addressee after the cue: "a déclaré à l’AFP", "dijo a EFE"
_NAME_ARTICLES = words("du des del")  # "Joachim du Bellay", "Luis del Valle"
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


@cache
def _tables(rules: LanguageRules) -> tuple[frozenset[str], re.Pattern[str] | None, re.Pattern[str] | None]:
    """One language's words that open no name, and its compound title and institution endings."""
    bad = rules.stop_capitals | rules.pronouns | rules.determiners
    titles = sorted((t for t in rules.titles if len(t) >= _MIN_COMPOUND_TITLE), key=len, reverse=True)
    title = re.compile("(?:" + "|".join(map(re.escape, titles)) + ")$") if titles else None
    bodies = sorted((b for b in rules.institutions if len(b) >= _MIN_COMPOUND_BODY), key=len, reverse=True)
    body = re.compile("(?:" + "|".join(bodies) + ")$") if bodies and rules.compound_titles else None
    return bad, title, body


class SpeakerFinder:
    """Speaker phrases around a cue, by one language's tables."""

    def __init__(self, text: str, rules: LanguageRules) -> None:
        self.text = text
        self.rules = rules
        self._bad, self._compound, self._compound_body = _tables(rules)
        self.all_tokens = tokens(text, 0, len(text))
        self._starts = [t.start for t in self.all_tokens]

    def tokens_in(self, a: int, b: int) -> list[Tok]:
        """The article's tokens that lie within ``text[a:b]`` (the text is tokenised once)."""
        i = bisect.bisect_left(self._starts, a)
        j = bisect.bisect_left(self._starts, b, i)
        while j > i and self.all_tokens[j - 1].end > b:
            j -= 1
        return self.all_tokens[i:j]

    def is_cue(self, toks: list[Tok], i: int) -> bool:
        """``toks[i]`` is a cue verb; "hieß" and "heißt" only as "hieß es" (not "hieß sie damals")."""
        w = toks[i].word
        if w not in self.rules.cue_verbs:
            return False
        return w not in _NAMING or (i + 1 < len(toks) and toks[i + 1].word == "es")

    def is_spokesperson(self, word: str) -> bool:
        """ "porte-parole", "Sprecherin", and German compounds of them ("Gerichtssprecher")."""
        if word in self.rules.spokespersons:
            return True
        return self.rules.compound_titles and any(word.endswith(s) for s in self.rules.spokespersons)

    def is_title(self, word: str) -> bool:
        if word in self.rules.titles:
            return True
        if word.startswith("ex") and word[2:].lstrip("-") in self.rules.titles:
            return True  # "exconcejal", "ex-ministre"
        return bool(self.rules.compound_titles and self._compound and self._compound.search(word))

    def is_institution(self, toks: list[Tok], j: int) -> bool:
        """``toks[j]`` opens an institution phrase: an article then an institution noun."""
        return (
            toks[j].word in self.rules.determiners
            and j + 1 < len(toks)
            and self.institution_noun(toks[j + 1].word) is not None
        )

    def institution_noun(self, word: str) -> str | None:
        """The institution noun ``word`` is, a German genitive folded ("des Unternehmens")."""
        if word in self.rules.institutions:
            return word
        if self.rules.compound_titles:  # German: "des Unternehmens", "die Notarkammer"
            for stem in (
                word,
                word[:-1] if word.endswith("s") else "",
                word[:-2] if word.endswith("es") else "",
            ):
                if stem in self.rules.institutions:
                    return stem
                if stem and self._compound_body and self._compound_body.search(stem):
                    return stem  # "notarkammer": a body of its own, "die Kammer" refers to it
        return None

    def institution(self, toks: list[Tok], j: int) -> tuple[int, Speaker]:
        """The institution phrase opening at the article ``toks[j]``, and the index after it."""
        end = j + 2
        adjectives = end
        while (
            adjectives < min(len(toks), j + 4)
            and toks[adjectives].text.isalpha()
            and toks[adjectives].text.islower()
            and toks[adjectives].word not in _OF
        ):
            adjectives += 1  # "le tribunal administratif de Roncel"
        if adjectives > end and adjectives + 1 < len(toks) and toks[adjectives].word in _OF:
            k = (
                adjectives
                + 1
                + (toks[adjectives + 1].word in self.rules.determiners and adjectives + 2 < len(toks))
            )
            if k < len(toks) and toks[k].cap and toks[k].text[0].isalpha() and toks[k].word not in self._bad:
                end = adjectives
        if end < len(toks) and toks[end].cap and toks[end].text[0].isalpha():
            end = self.run_end(toks, end)  # "die Staatsanwaltschaft Lindental"
        elif end + 1 < len(toks) and toks[end].word in _OF:
            k = end + 1 + (toks[end + 1].word in self.rules.determiners and end + 2 < len(toks))
            if k < len(toks) and toks[k].cap and toks[k].text[0].isalpha() and toks[k].word not in self._bad:
                end = self.run_end(toks, k)  # "le parquet de Vaudran", "de l’Orvane"
        phrase = self.text[toks[j].start : toks[end - 1].end]
        return end, Speaker(phrase[0].lower() + phrase[1:], None, False, institution=True)

    def _article_first(self, t: Tok) -> bool:
        """An article that is also a particle ("der", "la") opens no particle run of a name."""
        return t.word in self.rules.determiners and t.word not in _NAME_ARTICLES

    # -- names ------------------------------------------------------------------------------

    def is_name_start(self, toks: list[Tok], i: int) -> bool:
        t = toks[i]
        if not t.cap or not t.text[-1].isalnum() or t.word in self._bad or self.is_title(t.word):
            return False
        prev = toks[i - 1] if i > 0 else None
        return not (
            prev and prev.word in self.rules.particles and not prev.cap and not self._article_first(prev)
        )

    def run_end(self, toks: list[Tok], i: int) -> int:
        """Index after the name run starting at ``toks[i]`` (particles inside it kept)."""
        j = i + 1
        while j < len(toks):
            if "\n" in self.text[toks[j - 1].end : toks[j].start]:
                break  # a headline's last word and the next paragraph's first are no name
            if toks[j].cap and toks[j].text[0].isalpha() and toks[j].word not in self.rules.stop_capitals:
                j += 1
                continue
            k = j
            while k < len(toks) and toks[k].word in self.rules.particles and not toks[k].cap:
                k += 1
            if self._article_first(toks[j]):
                break  # "Müller der Deutschen Presse-Agentur": an article after a name opens no particle
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
        return Speaker(name, text, False, gender=self.gender_of(role))

    def gender_of(self, role: list[Tok]) -> str | None:
        """ "f" or "m" by the role's article, honorific or title ("la maire", "Bürgermeisterin")."""
        for t in role:
            w = t.word
            if w in self.rules.feminine or (
                self.rules.compound_titles and self.is_title(w) and w.endswith("in")
            ):
                return "f"
            if w in self.rules.masculine or (self.rules.compound_titles and self.is_title(w)):
                return "m"
        return None

    def pronoun(self, word: str) -> Speaker:
        return Speaker(word, None, True)

    def implied(self, toks: list[Tok], i: int) -> Speaker | None:
        """The subject a cue with nothing after it leaves out ("«…», añadió."): the last one named."""
        if i + 1 >= len(toks) or toks[i + 1].text in ".!?…":
            return self.pronoun("")
        return None

    # -- around a cue -------------------------------------------------------------------------

    def speaker_after(self, toks: list[Tok], i: int, *, described: bool = False) -> Speaker | None:
        """The speaker of an inverted cue at ``toks[i]``: "a déclaré la ministre Claire Dubois";
        ``described``: after a quotation, where "admitió el centrocampista" names a speaker too."""
        inverted = _INVERTED_PRONOUN.search(toks[i].word)
        if inverted:
            return self.pronoun(inverted.group(1))
        role: list[Tok] = []
        titled = False
        j = self._past_addressee(toks, i + 1)
        if j is None:
            return self.pronoun("")  # "«…», explicó a EFE." -- no subject after the addressee
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
                end = self.run_end(toks, j)
                if (
                    self.rules.compound_titles
                    and role
                    and end - j == 1
                    and all(r.word in self.rules.determiners for r in role)
                ):
                    return Speaker(self.text[role[0].start : t.end], None, False)  # "laut einer Studie"
                return self.named(toks, j, end, role)
            p = j
            while p < len(toks) and toks[p].word in self.rules.particles and not toks[p].cap:
                p += 1
            if (
                p > j and p < len(toks) and toks[p].cap and not role and not self._article_first(t)
            ):  # "so van der Berg"
                return self.named(toks, j, self.run_end(toks, p), role)
            if t.text == ",":
                if titled and j + 1 < len(toks) and not self.is_name_start(toks, j + 1):
                    break  # "a dit le maire, lundi" -- the title alone names the speaker
                j += 1
                continue
            if self.is_spokesperson(t.word) and not self._named_after(toks, j + 1):
                return self.spoken_for(toks[j + 1 :])  # "eine Sprecherin des Unternehmens"
            titled = titled or self.is_title(t.word)
            if (
                titled
                or t.word in self.rules.determiners
                or t.word in self.rules.particles
                or (role and t.cap)
            ):
                role.append(t)  # "l’adjointe à l’éducation", "de la Santé"
            elif role and t.text[0].islower() and (appositive := self._appositive_name(toks, j)) is not None:
                end = self.run_end(toks, appositive)  # "el patrón mayor de la cofradía, Andrés Lluch"
                return self.named(toks, appositive, end, role + toks[j : appositive - 1])
            elif described and self._described(toks, j, role):  # "admitió el centrocampista"
                return Speaker(f"{role[0].word} {t.word}", None, False, gender=self.gender_of(role))
            elif not (j == i + 1 and t.word in self.rules.fillers):
                break
            j += 1
        if titled:
            head = next(k for k, t in enumerate(role) if self.is_title(t.word))
            if self.is_spokesperson(role[head].word):
                return self.spoken_for(role[head + 1 :])
            end = next((k for k in range(head + 1, len(role)) if not self.is_title(role[k].word)), len(role))
            phrase = self.text[role[0].start : role[end - 1].end].lower()
            return Speaker(phrase, None, False, gender=self.gender_of(role[:end]))
        return None

    def _named_after(self, toks: list[Tok], j: int) -> bool:
        """A name follows a title at ``toks[j]``, directly or after its complement and a comma."""
        if j < len(toks) and self.is_name_start(toks, j):
            return True
        for k in range(j, min(len(toks) - 1, j + 8)):
            if toks[k].text in ".!?:;«»„“”":
                return False
            if toks[k].text == ",":
                return self.is_name_start(toks, k + 1)
        return False

    def speaker_further(self, toks: list[Tok], i: int, *, impersonal: bool = False) -> Speaker | None:
        """A speaker a few words after the cue, past a time or a circumstance: "dijo en
        declaraciones a EFE el portavoz", "explicó este martes el alcalde", "hieß es aus dem Rathaus"."""
        for k in range(i + 2, min(len(toks) - 1, i + 10)):
            t, prev = toks[k], toks[k - 1]
            if t.text in '.!?;:,«»„“”"':
                return None
            if impersonal:  # "souligne-t-on à la préfecture", "hieß es in einer Mitteilung der Stadt"
                if self.is_institution(toks, k):
                    return self.institution(toks, k)[1]
                if t.word in self.rules.determiners and self.is_name_start(
                    toks, k + 1
                ):  # "bei der Deutschen Bahn"
                    end = self.run_end(toks, k + 1)
                    return Speaker(
                        self.text[toks[k + 1].start : toks[end - 1].end], None, False, institution=True
                    )
                continue
            if prev.word in PREPOSITIONS or prev.word in _TO:
                continue
            if (
                t.word in self.rules.determiners
                and (self.is_title(toks[k + 1].word) or self.is_institution(toks, k))
            ) or (self.is_name_start(toks, k) and not toks[k].text.isupper()):
                return self.speaker_after(toks, k - 1, described=True)
        return None

    def subject_phrase(self, toks: list[Tok]) -> Speaker | None:
        """The subject opening a clause that is no name: an institution, a pronoun, a title."""
        toks = past_dateline(toks)
        if not toks:
            return None
        if self.is_institution(toks, 0):
            return self.institution(toks, 0)[1]
        if toks[0].word in self.rules.pronouns:
            return self.pronoun(toks[0].word)
        if len(toks) > 1 and toks[0].word in self.rules.determiners and self.is_title(toks[1].word):
            if self.is_spokesperson(toks[1].word):
                return self.spoken_for(toks[2:])
            return Speaker(f"{toks[0].text} {toks[1].text}", None, False, gender=self.gender_of(toks[:2]))
        return None

    def spoken_for(self, rest: list[Tok]) -> Speaker:
        """Who an unnamed spokesperson speaks for: the body named after the title ("un porte-parole
        de TransVanne", "eine Sprecherin der Stadtwerke"), else the organisation named last."""
        if rest and self.is_institution(rest, 0):  # "eine Sprecherin des Unternehmens"
            return self.institution(rest, 0)[1]
        if len(rest) > 1 and rest[0].word in _OF:
            if self.is_institution(rest, 1):  # "un porte-parole de la mairie"
                return self.institution(rest, 1)[1]
            k = 1 + (rest[1].word in self.rules.determiners and len(rest) > 2)
            if rest[k].cap and rest[k].text[0].isalpha():
                name = self.text[rest[k].start : rest[self.run_end(rest, k) - 1].end]
                return Speaker(name, None, False, institution=True)
        return Speaker("", None, True, institution=True)

    def _appositive_name(self, toks: list[Tok], j: int) -> int | None:
        """Where a name follows the description starting at ``toks[j]`` after a comma, if one does."""
        for k in range(j + 1, min(len(toks) - 1, j + 8)):
            if toks[k].text in '.!?;:«»„“”"' or toks[k].word in self.rules.cue_verbs:
                return None
            if toks[k].text == ",":
                return k + 1 if self.is_name_start(toks, k + 1) else None
        return None

    def _described(self, toks: list[Tok], j: int, role: list[Tok]) -> bool:
        """``toks[j]`` is the noun of a definite description after the cue ("el centrocampista,")."""
        t = toks[j]
        age = _AGED.match(t.text) is not None  # "betont der 54-Jährige"
        if (
            len(role) != 1
            or role[0].word in _INDEFINITE
            or not (age or (t.text.isalpha() and t.text[0].islower()))
        ):
            return False
        return j + 1 >= len(toks) or toks[j + 1].text in ".,;!?" or toks[j + 1].word in _TO

    def _past_addressee(self, toks: list[Tok], j: int) -> int | None:
        """Index after "à l’AFP", "a EFE", "a los periodistas" right after a cue (``j`` if none);
        None when the sentence ends there."""
        if j >= len(toks) or toks[j].word not in _TO:
            return j
        k = j + 1
        if k < len(toks) and toks[k].word in self.rules.determiners:
            k += 1
        if k >= len(toks) or not toks[k].text[0].isalnum():
            return j
        k = self.run_end(toks, k) if toks[k].cap else k + 1
        if k >= len(toks) or toks[k].text in ".!?":
            return None
        return k

    def speaker_before(self, toks: list[Tok], i: int, lo: int) -> Speaker | None:
        """The speaker ending before the cue at ``toks[i]``: "Claire Dubois, ministre, a affirmé"."""
        j = i - 1
        while j >= lo and toks[j].word in self.rules.fillers:
            j -= 1
        if j > lo and toks[j].text == ")":  # "Romain Lescure (LR) promet": a party label
            opening = next((k for k in range(j - 1, max(lo, j - 6) - 1, -1) if toks[k].text == "("), None)
            j = opening - 1 if opening is not None else j
        if j >= lo and toks[j].word in self.rules.pronouns:
            return self.pronoun(toks[j].word)
        for a in range(j - 1, max(lo, j - 6) - 1, -1):  # "Le parquet de Vaudran a répondu"
            if self.is_institution(toks, a):
                end, speaker = self.institution(toks, a)
                if end == j + 1:
                    return speaker
        for a in range(j, max(lo, j - 6) - 1, -1):  # "Un porte-parole (de TransVanne) a déclaré"
            if (
                self.is_spokesperson(toks[a].word)
                and a - 1 >= lo
                and toks[a - 1].word in self.rules.determiners
            ):
                return self.spoken_for(toks[a + 1 : j + 1])
        if j - 1 >= lo and self.is_title(toks[j].word) and toks[j - 1].word in self.rules.determiners:
            return Speaker(f"{toks[j - 1].text.lower()} {toks[j].text}", None, False)  # "Le préfet a déclaré"
        appositive: list[Tok] = []
        if j > lo and toks[j].text == ",":  # "Didier Aubry, délégué CGT, dénonce": the role is no name
            c = next((k for k in range(j - 1, max(lo, j - 9) - 1, -1) if toks[k].text == ","), None)
            if c is not None and c > lo and c + 1 < j and not self.is_name_start(toks, c + 1):
                appositive, j = toks[c + 1 : j], c - 1
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
                return self.named(toks, a, b, role + appositive)
        return None


def past_dateline(toks: list[Tok]) -> list[Tok]:
    """The words after a dateline ("SAINT-LIZIER, 4 novembre (AFP) -", "CASTRELO (EFE).-")."""
    if not toks or not toks[0].cap or len(toks[0].text) < 2:
        return toks
    if not toks[0].text.isupper() and not (len(toks) > 1 and toks[1].text == "("):
        return toks  # "SAINT-LIZIER, 4 novembre (AFP) -", "Hollbach (dpa) -"
    for k in range(1, min(len(toks), 12)):
        if toks[k].text in "-—–" and k + 1 < len(toks):
            return toks[k + 1 :]
    return toks
