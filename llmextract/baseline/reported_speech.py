"""Reported speech in French, German and Spanish sentences without quotation marks.

"X a déclaré que …", "X sagte, dass …", "X afirmó que …"; the content before a closing cue ("Grund
seien Lieferprobleme, teilten die Verkehrsbetriebe mit.", "…, hieß es."); a cue with no subject
("Añadió que …"); an infinitive content ("a promis de …", "kündigte an, … prüfen zu wollen");
sources ("selon X, …", "laut einem Bericht …", "según fuentes municipales, …", "Nach Angaben der
Stadt …", "Nach eigenen Angaben hat sie …"); and German sentences that carry a statement on by
their verb's mood alone (Konjunktiv I: "Man prüfe derzeit, ob …", "Die Stadt werde … tragen").
"""

from __future__ import annotations

from llmextract.baseline.phrase_words import Tok
from llmextract.baseline.quotations import Span
from llmextract.baseline.speaker_phrases import SpeakerFinder, past_dateline
from llmextract.baseline.speaker_types import Speaker

__all__ = ["ReportedSpeech"]

_KONJUNKTIV_II = frozenset(
    ["würde", "würden", "wäre", "wären", "hätte", "hätten"]
)  # reported speech where Konjunktiv I looks like the indicative: "teilte mit, die Beiträge würden steigen"
_MIN_REPORTED_WORDS = 3  # "Grund seien Lieferprobleme, teilten … mit": the content before a comma cue
_CUE_TO_THAT = 10  # words a cue and its "que"/"dass" may have between them
_OBJECT_PRONOUNS = frozenset(["lui", "leur", "les", "nous", "vous", "le", "la", "se", "s’", "me"])


class ReportedSpeech(SpeakerFinder):
    """The reported-speech readers of one article (see the module docstring)."""

    def reported(self, s0: int, s1: int) -> tuple[Span, Speaker, str] | None:
        """Reported speech in a sentence without quotations: "X a déclaré que …", "…, teilten die
        Verkehrsbetriebe mit.", "Añadió que …", "selon X, …", "Nach Angaben der Stadt …"."""
        toks = self.tokens_in(s0, s1)
        for i, t in enumerate(toks):
            if self.is_cue(toks, i) or t.word in self.rules.infinitive_cues:
                k = i + 1
                while (  # "ha asegurado este martes en rueda de prensa que …"
                    k < len(toks)
                    and k < i + _CUE_TO_THAT
                    and toks[k].word not in self.rules.complementisers
                    and toks[k].text not in ".;:!?«»„“”"
                ):
                    k += 1
                relative = (  # "Carmen Ríos, que pidió"; German writes a comma before every "dass"
                    self.rules.code != "de" and k < len(toks) and toks[k - 1].text == "," and toks[k - 2].cap
                )
                if (
                    k >= len(toks)
                    or toks[k].word not in self.rules.complementisers
                    or k + 1 >= len(toks)
                    or relative
                ):
                    incise = self._incise(toks, i)
                    if incise is not None and self._comma_before(toks, i) is None:  # "Le projet, a-t-il
                        # expliqué, sera prêt en mai." (not "…, a annoncé l’association, Vitrines de Brécy.")
                        return (toks[0].start, self._content_end(toks)), incise, t.text
                    start = self._infinitive(toks, i)
                    if start is not None:  # "a promis de revenir", "kündigte an, das Urteil prüfen zu wollen"
                        speaker = self.speaker_before(toks, i, 0) or self.speaker_after(toks, i)
                        if speaker is not None:
                            return (toks[start].start, self._content_end(toks)), speaker, t.text
                    comma = self._comma_before(toks, i)
                    if comma is not None:  # "Grund seien …, teilten die Verkehrsbetriebe mit."
                        speaker = (  # "…, a annoncé vendredi la préfecture", "informó este martes el club"
                            self.speaker_after(toks, i)
                            or self.speaker_further(toks, i)
                            or self.implied(toks, i)
                        )
                        if speaker is not None and speaker.pronoun and speaker.name in ("on", "es"):
                            speaker = self.speaker_further(toks, i, impersonal=True) or speaker
                        if speaker is not None:
                            body = past_dateline(toks[:comma])  # "ROCHEVAL (AFP) — Le festival …"
                            return (body[0].start, toks[comma - 1].end), speaker, t.text
                    continue
                speaker = self.speaker_before(toks, i, 0) or self.speaker_after(toks, i)
                if speaker is None and i < 16:  # "Una vendedora del mercado, que …, ha asegurado que"
                    speaker = self.subject_phrase(toks)
                if speaker is None and self.rules.null_subject:  # "Explicó que …"
                    speaker = (
                        self.pronoun("") if all(x.word in self.rules.fillers for x in toks[:i]) else None
                    )
                if speaker is not None:
                    return (toks[k].start, self._content_end(toks)), speaker, t.text
            if (
                t.word == "nach"
                and [x.word for x in toks[i + 1 : i + 3]] == ["eigenen", "angaben"]
                and i + 3 < len(toks)
            ):
                return self._own_account(toks, i)
            at = i + 1 if t.word == "nach" and i + 1 < len(toks) and toks[i + 1].word == "angaben" else i
            phrase = next(
                (
                    p
                    for p in self.rules.source_phrases
                    if p[0] == t.word and tuple(x.word for x in toks[i : i + len(p)]) == p
                ),
                None,
            )
            at = i + len(phrase) - 1 if phrase else at  # "A juicio de la portavoz, …"
            source = toks[at].word in self.rules.source_before or at > i
            if (source and at + 1 < len(toks)) or (t.word in self.rules.source_after and i > 0):
                found = self._source(toks, at, first=i, before=source)
                if found is not None:
                    return found
        return None

    def _infinitive(self, toks: list[Tok], i: int) -> int | None:
        """Where an infinitive content after the cue ``toks[i]`` starts, if it has one; in German
        also a clause in Konjunktiv I after the comma ("sagte, die Kammer habe …")."""
        comma = next((k for k in range(i + 1, min(len(toks), i + 3)) if toks[k].text == ","), None)
        clause = toks[comma + 1 :] if comma is not None else []  # "teilte mit, der Fahrer sei …"
        if comma is not None and self._konjunktiv(clause):
            return comma + 1
        if toks[i].word not in self.rules.infinitive_cues:
            return None
        if self.rules.compound_titles:  # German: "kündigte an, das Urteil prüfen zu wollen"
            comma = next((k for k in range(i + 1, min(len(toks), i + 4)) if toks[k].text == ","), None)
            if comma is not None and any(x.word == "zu" for x in toks[comma + 1 :]):
                return comma + 1
            return None
        k = i + 1
        while k < len(toks) and toks[k].word in self.rules.fillers | _OBJECT_PRONOUNS:
            k += 1
        if k + 1 >= len(toks):
            return None
        if toks[k].word in ("de", "d’", "d'", "à"):  # "a promis de revenir"
            return k
        if self.rules.null_subject and toks[k].word.endswith(("ar", "er", "ir")):  # "pidió aplazar"
            return k
        return None

    def _own_account(self, toks: list[Tok], i: int) -> tuple[Span, Speaker, str]:
        """ "Nach eigenen Angaben hat sie …": the sentence's subject speaks of itself."""
        speaker = self.pronoun("")
        for k in range(i + 3, min(len(toks), i + 7)):
            if toks[k].word in self.rules.pronouns:
                speaker = self.pronoun(toks[k].word)
                break
            if self.is_institution(toks, k):
                speaker = self.institution(toks, k)[1]
                break
        cue = self.text[toks[i].start : toks[i + 2].end]
        return (toks[i + 3].start, self._content_end(toks)), speaker, cue

    def _incise(self, toks: list[Tok], i: int) -> Speaker | None:
        """The speaker of a cue set between commas inside reported content ("Das Projekt, sagte sie,
        werde im Mai fertig.", "El proyecto, explicó, estará listo"), if the cue at ``i`` is one."""
        c = i - 1
        while c >= 0 and toks[c].word in self.rules.fillers:
            c -= 1
        if c < 2 or toks[c].text != ",":
            return None
        close = next((k for k in range(i + 1, min(len(toks), i + 7)) if toks[k].text == ","), None)
        if close is None or close + 3 > len(toks) or any(x.text in ".;:!?" for x in toks[i:close]):
            return None
        inner = toks[:close]  # the incise ends at its comma: no speaker is looked for past it
        speaker = self.speaker_after(inner, i)
        if speaker is None and close == i + 1:
            speaker = self.pronoun("")  # "…, explicó, …": the subject left out
        return speaker

    def _comma_before(self, toks: list[Tok], i: int) -> int | None:
        """The comma before a cue that closes its sentence ("…, hieß es."), after enough content."""
        c = i - 1
        while c >= 0 and toks[c].word in self.rules.fillers:
            c -= 1
        if c < _MIN_REPORTED_WORDS or toks[c].text != "," or len(toks) - i > 14:
            return None
        a = c
        while a > 0 and toks[a - 1].cap and toks[a - 1].text[0].isalpha():
            a -= 1
        if c - a >= 2 and (a == 0 or toks[a - 1].text == ","):
            return None  # "L’avocat de la défense, Me Pascal Roussel, a plaidé": the subject, not content
        tail = toks[i + 1 :]
        if any(
            (x.text == "," and not (k + 1 < len(tail) and self.is_name_start(tail, k + 1)))
            or x.word in self.rules.complementisers
            for k, x in enumerate(tail)
        ):
            return (
                None  # "…, a annoncé l’association organisatrice, Rocheval en Scène": a name after the comma
            )
        return c

    def _konjunktiv(self, clause: list[Tok]) -> bool:
        """A clause in Konjunktiv I: a listed form ("sei", "habe") or a verb in -e that no noun
        follows ("gute Betreuung koste nun einmal Geld", not the adjective of "gute Betreuung")."""
        for k, x in enumerate(clause):
            if x.cap or not x.text.isalpha():
                continue
            if x.word in self.rules.subjunctive or (self.rules.code == "de" and x.word in _KONJUNKTIV_II):
                return True
            after = clause[k + 1] if k + 1 < len(clause) else None
            if (
                self.rules.subjunctive
                and k > 0
                and len(x.word) > 3
                and x.word.endswith("e")
                and not x.word.endswith("te")
                and x.word not in self.rules.determiners | self.rules.stop_capitals
                and not (
                    after is not None and (after.cap or (after.text.isalpha() and after.word.endswith("e")))
                )
            ):
                return True
        return False

    def _source(
        self, toks: list[Tok], i: int, *, first: int, before: bool
    ) -> tuple[Span, Speaker, str] | None:
        cue = self.text[toks[first].start : toks[i].end]
        if before:
            k = i + 1
            while k < len(toks) and toks[k].word in self.rules.fillers:
                k += 1
            said = k < len(toks) and toks[k].word in self.rules.cue_verbs  # "Según (ha) explicado X"
            speaker = self.speaker_after(toks, k if said else i)
            if speaker is None and said:  # "según informó este martes el ayuntamiento"
                speaker = self.speaker_further(toks, k - 1)
            if speaker is None or (speaker.institution and first == 0 and not said):
                speaker = self._source_phrase(toks, i) or speaker  # "Selon la direction des territoires,"
            if speaker is None:
                return None
            last = speaker.name.split()[-1] if speaker.name else ""
            named_at = next((k for k in range(i + 1, len(toks)) if toks[k].text == last), i + 1)
            comma = next((k for k in range(named_at, len(toks)) if toks[k].text == ","), None)
            if first == 0 and comma is not None and comma + 1 < len(toks):  # "Selon X, …"
                return (toks[comma + 1].start, self._content_end(toks)), speaker, cue
            if first == 0:  # "Laut Müller ist die Brücke marode."
                end = self.run_end(toks, i + 1) if i + 1 < len(toks) else i + 1
                while end < len(toks) and not toks[end - 1].cap:
                    end += 1
                if end < len(toks):
                    return (toks[end].start, self._content_end(toks)), speaker, cue
                return None
            if first > 1 and toks[first - 1].text == ",":  # "…, selon X."
                body = past_dateline(toks[: first - 1])[0]  # "MADRID (EFE).- El mercado …, según X."
                if comma is not None and comma + 2 < len(toks):  # "Le projet, selon X, sera prêt."
                    return (body.start, self._content_end(toks)), speaker, cue
                return (body.start, toks[first - 2].end), speaker, cue
            return None
        speaker = self.speaker_before(toks, i, 0)  # "Dem Minister Anna Schmidt zufolge …"
        if speaker is None or i + 1 >= len(toks):
            return None
        return (toks[i + 1].start, self._content_end(toks)), speaker, cue

    def _source_phrase(self, toks: list[Tok], i: int) -> Speaker | None:
        """A source with no name after "selon", "laut", "según": "la direction des territoires",
        "einem internen Bericht", "fuentes municipales" (an institution when its noun is one)."""
        end = i + 1
        while end < len(toks) and toks[end].text not in ",.;:" and end < i + 8:
            end += 1
            if (
                toks[end - 1].cap
                and toks[end - 1].word not in self.rules.determiners
                and self.rules.code == "de"
            ):
                break  # "Laut einem internen Bericht lagen …": the noun ends the phrase
        if end == i + 1:
            return None
        phrase = self.text[toks[i + 1].start : toks[end - 1].end]
        institution = self.is_institution(toks, i + 1)
        return Speaker(phrase[0].lower() + phrase[1:], None, False, institution=institution)

    def subjunctive(self, s0: int, s1: int, *, after_statement: bool) -> Span | None:
        """A sentence that carries on reported speech by its verb's mood, with no cue: "Man prüfe
        derzeit, ob …", "Die Stadt werde die Kosten nicht tragen."; after a statement also "Nun
        soll die Linie 2029 in Betrieb gehen." (German Konjunktiv I)."""
        if not self.rules.subjunctive:
            return None
        toks = self.tokens_in(s0, s1)
        for k, t in enumerate(toks):
            if t.text in '«»„“”"‚‘':
                return None
            if t.cap and k > 0:
                continue
            prev = toks[k - 1].word if k else ""
            nxt = toks[k + 1].word if k + 1 < len(toks) else ""
            if (
                (t.word in self.rules.subjunctive and not (t.word == "sei" and "es" in (prev, nxt)))
                or (
                    (prev in self.rules.impersonal or (k == 1 and prev in self.rules.pronouns))
                    and t.word.endswith("e")
                    and not t.word.endswith("te")  # "Sie sammle …", not "Sie sagte …"
                    and t.word not in self.rules.determiners | self.rules.stop_capitals
                )
                or (after_statement and t.word in self.rules.continuing)
            ):
                return toks[0].start, self._content_end(toks)
        return None

    def _content_end(self, toks: list[Tok]) -> int:
        end = toks[-1].end
        while end > toks[0].start and self.text[end - 1] in ".!?… ":
            end -= 1
        return end
