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

from llmextract.baseline.phrase_words import (
    AGED,
    INDEFINITE,
    OF,
    PREPOSITIONS,
    TO,
    PhraseWords,
    Tok,
)
from llmextract.baseline.speaker_types import Speaker

__all__ = ["SpeakerFinder", "past_dateline"]

_NAME_JOINS = frozenset(["en", "de", "du", "des", "et", "y", "del", "und", "für"])  # "Rocheval en Scène"
_AFTER_TITLE = frozenset(
    ["zu", "nach", "vor", "in", "während", "seit", "bei", "am", "im", "zum", "zur", "beim"]
)
_INVERTED_PRONOUN = re.compile(r"-(?:t-)?(il|elle|on|ils|elles)$")


class SpeakerFinder(PhraseWords):
    """Speaker phrases around a cue, by one language's tables."""

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
            if t.text in '.!?:;«»„“”"—–-' or (t.text == "," and not role):
                break
            if t.word in self.rules.pronouns and not role:
                return self.pronoun(t.word)
            if titled and self.rules.compound_titles and t.word in _AFTER_TITLE:
                break  # "beteuerte der Angeklagte zu Beginn der Verhandlung": a time, no name
            if not titled and self.is_institution(toks, j):
                end, body = self.institution(toks, j)  # "a indiqué la préfecture", "erklärte die Polizei"
                k = end  # past "organisatrice", "des commerçants" to the comma before the body's name
                while k < min(len(toks), end + 3) and toks[k].text[0].islower() and toks[k].text.isalpha():
                    k += 1
                if k + 1 < len(toks) and toks[k].text == "," and self.is_name_start(toks, k + 1):
                    name_end = self.run_end(toks, k + 1)  # "l’association organisatrice, Rocheval en Scène"
                    while (
                        name_end + 1 < len(toks)
                        and toks[name_end].word in _NAME_JOINS
                        and toks[name_end + 1].cap
                    ):
                        name_end = self.run_end(toks, name_end + 1)
                    return Speaker(self.text[toks[k + 1].start : toks[name_end - 1].end], body.name, False)
                return body
            named_at = j + 1 + (j + 2 < len(toks) and toks[j + 1].word in self.rules.determiners)
            if titled and t.word in OF and named_at < len(toks) and toks[named_at].cap:
                end = self.run_end(toks, named_at)
                if end + 1 < len(toks) and toks[end].text == "," and self.is_name_start(toks, end + 1):
                    role.extend(toks[j:end])  # "el presidente del Club Natación, Rubén Iglesias"
                    j = end  # "el presidente de la Confederación, Julián Esparza"
                    continue
            if self.is_name_start(toks, j):
                end = self.run_end(toks, j)
                if titled and role[-1].word in OF and self._body_name(toks, j, end):
                    break  # "der Trainer des SV Haldern": the club is the title's, its holder unnamed
                if (
                    self.rules.compound_titles
                    and len(role) == 1
                    and end - j == 2
                    and self.is_title(toks[end - 1].word)
                    and (end >= len(toks) or toks[end].text in ".,;!?:")
                ):  # "sagte der Kornfelder Coach": a place's adjective and a title, no name
                    return Speaker(
                        f"{role[0].word} {toks[end - 1].word}", None, False, gender=self.gender_of(role)
                    )
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
                spoken = self.spoken_for(toks[j + 1 :])  # "eine Sprecherin des Unternehmens"
                return (self.compound_body(t.word) or spoken) if spoken.pronoun else spoken
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
            if prev.word in PREPOSITIONS or prev.word in TO:
                continue
            inside = prev.cap and prev.text[0].isalpha()  # "en Radio Comarca": a name after a preposition
            if (
                t.word in self.rules.determiners
                and (self.is_title(toks[k + 1].word) or self.is_institution(toks, k))
            ) or (self.is_name_start(toks, k) and not toks[k].text.isupper() and not inside):
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
            if self.is_spokesperson(toks[1].word) and len(toks) > 2 and self.is_name_start(toks, 2):
                return self.named(toks, 2, self.run_end(toks, 2), toks[:2])  # "Der Sprecher Dennis Wohl"
            if self.is_spokesperson(toks[1].word):
                return self.spoken_for(toks[2:])
            return Speaker(f"{toks[0].text} {toks[1].text}", None, False, gender=self.gender_of(toks[:2]))
        return None

    def compound_body(self, word: str) -> Speaker | None:
        """The body a German compound spokesperson names: "Polizeisprecher" -> "Polizei",
        "Gerichtssprecherin" -> "Gericht"."""
        if not self.rules.compound_titles:
            return None
        for s in sorted(self.rules.spokespersons, key=len, reverse=True):
            stem = word[: -len(s)] if word.endswith(s) and len(word) > len(s) else ""
            noun = self.institution_noun(stem) or self.institution_noun(stem.removesuffix("s"))
            if stem and noun is not None:  # as the article writes it: "Kreissprecherin" -> "Landkreis"
                written = re.findall(rf"\b[A-ZÄÖÜ]\w*{re.escape(noun)}\b", self.text, flags=re.IGNORECASE)
                return Speaker(
                    max(written, key=len, default=noun.capitalize()), None, False, institution=True
                )
        return None

    def spoken_for(self, rest: list[Tok]) -> Speaker:
        """Who an unnamed spokesperson speaks for: the body named after the title ("un porte-parole
        de TransVanne", "eine Sprecherin der Stadtwerke"), else the organisation named last."""
        if rest and self.is_institution(rest, 0):  # "eine Sprecherin des Unternehmens"
            return self.institution(rest, 0)[1]
        if len(rest) > 1 and rest[0].word in OF:
            if self.is_institution(rest, 1):  # "un porte-parole de la mairie"
                return self.institution(rest, 1)[1]
            k = 1 + (rest[1].word in self.rules.determiners and len(rest) > 2)
            if rest[k].cap and rest[k].text[0].isalpha():
                end = self.run_end(rest, k)
                while end + 1 < len(rest) and rest[end].word in _NAME_JOINS and rest[end + 1].cap:
                    end = self.run_end(rest, end + 1)  # "einer Sprecherin des Landesamts für Umwelt"
                name = self.text[rest[k].start : rest[end - 1].end]
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

    def _title_phrase(self, toks: list[Tok], lo: int, j: int) -> Speaker | None:
        """A title and its complement opening the sentence up to ``toks[j]``: "L’avocat de la
        défense" (the holder named before: "l’avocat"), "Le maire de Vézenne" (of a named place or
        body: the phrase itself, a source of its own)."""
        if (
            j - lo < 3
            or toks[lo].word not in self.rules.determiners
            or toks[lo].word in INDEFINITE
            or not self.is_title(toks[lo + 1].word)
        ):
            return None
        rest = toks[lo + 2 : j + 1]
        if not all(t.text.isalpha() or t.text[-1] in "’'" for t in rest):
            return None
        if all(not t.cap for t in rest):
            return Speaker(f"{toks[lo].text.lower()} {toks[lo + 1].text}", None, False)
        names = [t for t in rest if t.word not in OF and t.word not in self.rules.determiners]
        if rest[0].word in OF and rest[-1].cap and all(t.cap for t in names):
            phrase = self.text[toks[lo].start : toks[j].end]
            return Speaker(phrase[0].lower() + phrase[1:], None, False)
        return None

    def _body_name(self, toks: list[Tok], a: int, b: int) -> bool:
        """``toks[a:b]`` names an organisation: "SV Haldern", "FC Lornac", "Brauerei Hollweg"."""
        return any(t.word in self.rules.org_cues or self.institution_noun(t.word) for t in toks[a:b])

    def _described(self, toks: list[Tok], j: int, role: list[Tok]) -> bool:
        """``toks[j]`` is the noun of a definite description after the cue ("el centrocampista,"),
        an adjective after it or not ("le défenseur central.", "der 52-Jährige gelassen:")."""
        t = toks[j]
        age = AGED.match(t.text) is not None  # "betont der 54-Jährige"
        if len(role) != 1 or not (age or (t.text.replace("-", "").isalpha() and t.text[0].islower())):
            return False  # "témoigne une sage-femme" is a source of its own, "el técnico" someone named
        if j + 1 >= len(toks) or toks[j + 1].text in ".,;!?:" or toks[j + 1].word in TO:
            return True
        nxt = toks[j + 1]
        return (
            nxt.text.isalpha()
            and nxt.text.islower()
            and nxt.word not in self.rules.cue_verbs
            and nxt.word not in OF
            and (j + 2 >= len(toks) or toks[j + 2].text in ".,;!?:")
        )

    def _past_addressee(self, toks: list[Tok], j: int) -> int | None:
        """Index after "à l’AFP", "a EFE", "a los periodistas" right after a cue (``j`` if none);
        None when the sentence ends there."""
        if j >= len(toks) or toks[j].word not in TO:
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
                if a + 1 <= j and self.is_name_start(toks, a + 1) and self.run_end(toks, a + 1) == j + 1:
                    return self.named(toks, a + 1, j + 1, toks[a - 1 : a + 1])  # "Der Sprecher Dennis Wohl"
                if a + 2 <= j and toks[a + 1].text == "," and self.is_name_start(toks, a + 2):
                    end = self.run_end(toks, a + 2)  # "su portavoz, Ismael Fajardo, quien ha calificado"
                    return self.named(toks, a + 2, end, toks[a - 1 : a + 1])
                return self.spoken_for(toks[a + 1 : j + 1])
        if j - 1 >= lo and self.is_title(toks[j].word) and toks[j - 1].word in self.rules.determiners:
            return Speaker(f"{toks[j - 1].text.lower()} {toks[j].text}", None, False)  # "Le préfet a déclaré"
        phrase = self._title_phrase(toks, lo, j)
        if phrase is not None:
            return phrase
        appositive: list[Tok] = []
        if j > lo and toks[j].text == ",":  # "Didier Aubry, délégué CGT, dénonce": the role is no name
            c = next((k for k in range(j - 1, max(lo, j - 9) - 1, -1) if toks[k].text == ","), None)
            if c is not None and c > lo and c + 1 < j and not self.is_name_start(toks, c + 1):
                titled_name = next(
                    (
                        k
                        for k in range(c + 2, j)
                        if self.is_name_start(toks, k)
                        and self.is_title(toks[k - 1].word)
                        and self.run_end(toks, k) == j > k + 1  # a name of two words up to the comma
                    ),
                    None,
                )
                if titled_name is not None:  # "Emmerichs Verteidiger, Rechtsanwalt Florian Sattler, kündigte"
                    return self.named(
                        toks, titled_name, self.run_end(toks, titled_name), toks[c + 1 : titled_name]
                    )
                appositive, j = toks[c + 1 : j], c - 1
                if len(appositive) == 1 and appositive[0].word in self.rules.pronouns:
                    phrase = self._title_phrase(toks, lo, j)  # "Le maire de Vézenne, lui, a pointé"
                    if phrase is not None:
                        return phrase
        for a in range(j, lo - 1, -1):
            if toks[a].text in '.!?«»„“”"':
                break
            prev = toks[a - 1] if a > lo else None
            if not self.is_name_start(toks, a) or (
                prev is not None and prev.cap and not self.is_title(prev.word)
            ):
                continue
            b = self.run_end(toks, a)
            if a == 0 and b == 1 and not self.named_elsewhere(toks[a].text):
                continue  # "Preguntado por las quejas, respondió": a sentence's first word, no name
            if b <= i and (prev is None or prev.word not in PREPOSITIONS):
                role = [prev] if prev is not None and self.is_title(prev.word) else []
                return self.named(toks, a, b, role + appositive)
        return None


_DATELINE_TOKENS = 18  # "SAN ESTEBAN DE ROBLEDO, 4 abr. (EFE).-": a place of several words, a date, an agency


def past_dateline(toks: list[Tok]) -> list[Tok]:
    """The words after a dateline ("SAINT-LIZIER, 4 novembre (AFP) -", "CASTRELO (EFE).-")."""
    if not toks or not toks[0].cap or len(toks[0].text) < 2:
        return toks
    if not toks[0].text.isupper() and not (len(toks) > 1 and toks[1].text == "("):
        return toks  # "SAINT-LIZIER, 4 novembre (AFP) -", "Hollbach (dpa) -"
    for k in range(1, min(len(toks), _DATELINE_TOKENS)):
        if toks[k].text in "-—–" and k + 1 < len(toks):
            return toks[k + 1 :]
    return toks
