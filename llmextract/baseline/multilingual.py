"""The rules baseline for French, German and Spanish: quotations and reported speech by cue verbs.

For each quotation, the attribution is looked for after it (« … », a déclaré Jean Dupont. /
„…“, sagte sie. / „…“, so Müller. / «…», según la alcaldesa), then before it (Jean Dupont a
déclaré : « … » / Am Montag sagte Müller: „…“), then inside it as an incise (« Nous tiendrons,
a-t-elle ajouté. Le budget est voté. »). Spanish dialogue paragraphs take the speaker of their
incise ("—dijo la alcaldesa Marta Ruiz—"). Reported speech is "X a déclaré que …", "X sagte,
dass …", "X afirmó que …", and "selon X, …" / "laut X …" / "según X, …". Pronouns (il, sie, ella)
and cue tokens holding one ("a-t-il") are resolved to the last named speaker. Titles before a
name become the actor's role; particles (de, du, von, van, del) stay in the name.
"""

from __future__ import annotations

import re

from llmextract.baseline.institutions import Institutions
from llmextract.baseline.languages import LanguageRules
from llmextract.baseline.quotations import Dialogue, Span, dialogues, quotation_spans, sentence_bounds
from llmextract.baseline.speaker_links import Found, Speaker, actors_of, resolve_speakers
from llmextract.baseline.speaker_phrases import SpeakerFinder, Tok, tokens
from llmextract.core.answer import LLMExtraction, LLMQuote

__all__ = ["extract_in_language"]

_MIN_ORPHAN_WORDS = 3
_MIN_REPORTED_WORDS = 3  # "Grund seien Lieferprobleme, teilten … mit": the content before a comma cue
_INVERTED_CUE = re.compile(r"\w-t-(?:il|elle|on)$")  # "ironise-t-il", "tranche-t-elle"
_END = frozenset(".!?…")
_OBJECT_PRONOUNS = frozenset(["lui", "leur", "les", "nous", "vous", "le", "la", "se", "s’", "les", "me"])
_IMPERSONAL = frozenset(["on", "es"])  # "souligne-t-on à la préfecture", "hieß es aus dem Rathaus"


def _last_inside(text: str, qe: int) -> int:
    """Index of the last character inside the quotation closing at ``qe``, spaces skipped."""
    j = qe - 2
    while j > 0 and text[j] in " \u00a0\u202f":
        j -= 1
    return j


class _Reader(SpeakerFinder):
    def dialogue_speaker(self, d: Dialogue) -> tuple[Speaker | None, str | None]:
        """The speaker named in a dialogue paragraph's first incise ("dijo la alcaldesa Marta Ruiz")."""
        for a, b in d.incises:
            toks = tokens(self.text, a, b)
            if toks and (toks[0].word in self.rules.cue_verbs or toks[0].text[0].islower()):
                return self.speaker_after(toks, 0), toks[0].text
        return None, None

    # -- attributions ---------------------------------------------------------------------

    def _cue_at(self, toks: list[Tok], i: int, *, after_quote: bool) -> bool:
        w = toks[i].word
        if w == "so":  # "„…“, so Müller." -- only right after a quotation
            return after_quote and self.rules.code == "de"
        return w in self.rules.cue_verbs or w in self.rules.source_before or bool(_INVERTED_CUE.search(w))

    def _implied(self, toks: list[Tok], i: int) -> Speaker | None:
        """The subject a cue with nothing after it leaves out ("«…», añadió."): the last one named."""
        if i + 1 >= len(toks) or toks[i + 1].text in _END:
            return self.pronoun("")
        return None

    def after(self, qe: int, s1: int) -> tuple[Speaker | None, str | None] | None:
        """An attribution right after a quotation: ", a déclaré X", ", sagte sie", ", según X"."""
        toks = tokens(self.text, qe, s1)
        k = 0
        while k < len(toks) and toks[k].text in ",—–-":
            k += 1
        for i in range(k, min(len(toks), k + 4)):
            if toks[i].text in ".!?«»„“”":
                break
            if self._cue_at(toks, i, after_quote=True):
                speaker = self.speaker_after(toks, i, described=True)
                if speaker is None or (speaker.pronoun and speaker.name in _IMPERSONAL):
                    speaker = self.speaker_further(toks, i, impersonal=speaker is not None) or speaker
                if speaker is None and i > k:
                    speaker = self.speaker_before(toks, i, k)
                return speaker or self._implied(toks, i), toks[i].text
        return None

    def next_sentence(
        self, qe: int, s1: int, sentences: list[Span]
    ) -> tuple[Speaker | None, str | None] | None:
        """A quotation closing on its own full stop, its speaker the subject of what follows:
        « Aucune poursuite n’est envisagée. » Le parquet de Vaudran a ainsi répondu …"""
        if self.text[_last_inside(self.text, qe)] not in _END:
            return None
        if not self.text[qe:s1].strip(" \u00a0\u202f"):
            s1 = next((b for a, b in sentences if a >= s1), s1)
        toks = tokens(self.text, qe, s1)[:12]
        for i, t in enumerate(toks):
            if t.text in '«»„“”"':
                return None
            if t.word in self.rules.cue_verbs and i > 0:
                speaker = self.speaker_before(toks, i, 0)
                if speaker is not None and not speaker.pronoun:
                    return speaker, t.text
                return None
        return None

    def fragment(self, s0: int, qs: int, qe: int, s1: int) -> tuple[Speaker | None, str | None] | None:
        """A quoted fragment closing the sentence as the object of its cue: a dénoncé une décision
        « prise dans la précipitation », sprach von einem »ausgewogenen Urteil«."""
        inner = self.text[qs + 1 : qe - 1].strip(" \u00a0\u202f")
        if not inner[:1].islower() or self.text[qe:s1].strip(" \u00a0\u202f.!?\n"):
            return None
        toks = tokens(self.text, s0, qs)
        for i in range(len(toks) - 1, max(-1, len(toks) - 8), -1):
            if toks[i].word in self.rules.complementisers or toks[i].text in '«»„“”"':
                return None  # "estime que la fermeture coûtera « … »" is reported speech
            if toks[i].word in self.rules.cue_verbs:
                speaker = self.speaker_before(toks, i, 0) or self.speaker_after(toks, i)
                return (speaker, toks[i].text) if speaker is not None else None
        return None

    def before(self, s0: int, qs: int) -> tuple[Speaker | None, str | None] | None:
        """An attribution introducing a quotation: "X a déclaré : « … »", "Am Montag sagte X: „…“"."""
        toks = tokens(self.text, s0, qs)
        if not toks or (toks[-1].text not in ":," and toks[-1].word not in self.rules.complementisers):
            return None
        for i in range(len(toks) - 1, max(-1, len(toks) - 10), -1):
            if self._cue_at(toks, i, after_quote=False):
                speaker = self.speaker_after(toks, i) or self.speaker_before(toks, i, 0)
                return speaker, toks[i].text
        if toks[-1].text == ":":  # "Un habitant, Luc Marchal, reste sceptique : « … »"
            for j in range(min(len(toks), 8)):
                if self.is_name_start(toks, j):
                    end = self.run_end(toks, j)
                    if j > 0 or end - j > 1 or self._named_elsewhere(toks[j].text):
                        return self.named(toks, j, end, []), None
                    break  # "Fue tajante:" -- a verb opening the sentence, no name
            subject = self.subject_phrase(toks)  # "Der Bürgermeister zeigte sich enttäuscht: „…“"
            if subject is not None and subject.name not in _IMPERSONAL:
                return subject, None
            if (
                self.rules.null_subject
                and len(self.text[qs : self._quote_end(qs)].split()) >= _MIN_ORPHAN_WORDS
            ):
                return self.pronoun(""), None  # "Fue tajante: «…»": the speaker just named
        return None

    def _named_elsewhere(self, word: str) -> bool:
        """``word`` is written capitalised inside a sentence too: a name, not a sentence's first verb."""
        return re.search(rf"[\w,]\s+{re.escape(word)}\b", self.text) is not None

    def _quote_end(self, qs: int) -> int:
        end = self.text.find("\n", qs)
        return len(self.text) if end < 0 else end

    def incise(self, qs: int, qe: int) -> tuple[Speaker | None, str | None] | None:
        """An attribution inside a quotation: « A, a-t-elle ajouté. B. » / «A —dijo ella—, B»."""
        toks = tokens(self.text, qs + 1, qe - 1)
        for i in range(1, len(toks)):
            lead = toks[i - 1].text in ",—–" or (
                i > 1 and toks[i - 1].word in self.rules.fillers and toks[i - 2].text in ",—–"
            )
            if lead and self._cue_at(toks, i, after_quote=False):
                speaker = self.speaker_after(toks, i)
                if speaker is not None:
                    return speaker, toks[i].text
        return None

    def reported(self, s0: int, s1: int) -> tuple[Span, Speaker, str] | None:
        """Reported speech in a sentence without quotations: "X a déclaré que …", "…, teilten die
        Verkehrsbetriebe mit.", "Añadió que …", "selon X, …", "Nach Angaben der Stadt …"."""
        toks = tokens(self.text, s0, s1)
        for i, t in enumerate(toks):
            if t.word in self.rules.cue_verbs:
                k = i + 1
                while k < len(toks) and k < i + 5 and toks[k].word not in self.rules.complementisers:
                    k += 1
                if k >= len(toks) or toks[k].word not in self.rules.complementisers or k + 1 >= len(toks):
                    start = self._infinitive(toks, i)
                    if start is not None:  # "a promis de revenir", "kündigte an, das Urteil prüfen zu wollen"
                        speaker = self.speaker_before(toks, i, 0) or self.speaker_after(toks, i)
                        if speaker is not None:
                            return (toks[start].start, self._content_end(toks)), speaker, t.text
                    comma = self._comma_before(toks, i)
                    if comma is not None:  # "Grund seien …, teilten die Verkehrsbetriebe mit."
                        speaker = self.speaker_after(toks, i) or self._implied(toks, i)
                        if speaker is not None:
                            return (toks[0].start, toks[comma - 1].end), speaker, t.text
                    continue
                speaker = self.speaker_before(toks, i, 0) or self.speaker_after(toks, i)
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
            source = toks[at].word in self.rules.source_before or at > i
            if (source and at + 1 < len(toks)) or (t.word in self.rules.source_after and i > 0):
                found = self._source(toks, at, first=i, before=source)
                if found is not None:
                    return found
        return None

    def _infinitive(self, toks: list[Tok], i: int) -> int | None:
        """Where an infinitive content after the cue ``toks[i]`` starts, if it has one."""
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
        if any(x.text == "," or x.word in self.rules.complementisers for x in tail):
            return None
        return c

    def _source(
        self, toks: list[Tok], i: int, *, first: int, before: bool
    ) -> tuple[Span, Speaker, str] | None:
        cue = self.text[toks[first].start : toks[i].end]
        if before:
            said = (
                i + 1 < len(toks) and toks[i + 1].word in self.rules.cue_verbs
            )  # "Según explicó el alcalde"
            speaker = self.speaker_after(toks, i + said)
            if speaker is None or (speaker.institution and first == 0 and not said):
                speaker = self._source_phrase(toks, i) or speaker  # "Selon la direction des territoires,"
            if speaker is None:
                return None
            last = speaker.name.split()[-1]
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
                return (toks[0].start, toks[first - 2].end), speaker, cue
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
        toks = tokens(self.text, s0, s1)
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
                    prev in self.rules.impersonal
                    and t.word.endswith("e")
                    and t.word not in self.rules.determiners
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


def extract_in_language(text: str, rules: LanguageRules) -> LLMExtraction:
    """Quotes and actors of a French, German or Spanish article (see the module docstring)."""
    reader = _Reader(text, rules)
    quotes = quotation_spans(text, rules)
    sentences = sentence_bounds(text, quotes)
    found: list[Found] = []
    taken: list[Span] = []
    for d in dialogues(text, rules):
        speaker, cue = reader.dialogue_speaker(d)
        for a, b in d.segments:
            found.append(Found(a, b, speaker, cue, "direct", inherit=speaker is None))
            taken.append((a, b))
    for qs, qe in quotes:
        if any(qs < te and ts < qe for ts, te in taken):
            continue
        s0, s1 = next(((a, b) for a, b in sentences if a <= qs < b), (0, len(text)))
        s0 = max([s0] + [te for ts, te in taken if s0 <= te <= qs])
        opens = not text[s0:qs].strip(" \t\n—–-")
        hit = (
            reader.after(qe, s1)
            or reader.before(s0, qs)
            or reader.incise(qs, qe)
            or reader.fragment(s0, qs, qe, s1)
            or (reader.next_sentence(qe, s1, sentences) if opens else None)
        )
        if hit is not None:
            found.append(Found(qs, qe, hit[0], hit[1], "direct"))
        elif not opens or len(text[qs:qe].split()) < _MIN_ORPHAN_WORDS:
            continue  # a quoted phrase inside a sentence with no cue: a title or scare quote
        else:  # a whole-sentence quotation: the speaker last named
            found.append(Found(qs, qe, reader.pronoun(""), None, "direct"))
        taken.append((qs, qe))
    stated = False
    for s0, s1 in sentences:
        if any(s0 <= ts < s1 for ts, _ in taken):
            stated = True
            continue
        rep = reader.reported(s0, s1)
        if rep is not None:
            (a, b), speaker, cue = rep
            found.append(Found(a, b, speaker, cue, "indirect"))
        else:
            span = reader.subjunctive(s0, s1, after_statement=stated)
            if span is not None:
                found.append(Found(span[0], span[1], None, None, "indirect", inherit=True))
        stated = rep is not None or span is not None
    found.sort(key=lambda f: f.start)
    institutions = Institutions(text, reader)
    resolve_speakers(text, found, reader.subjects(sentences), rules, institutions)
    out = [
        LLMQuote(
            text=text[f.start : f.end],
            speaker=f.speaker.name if f.speaker and f.speaker.name else None,
            cue=f.cue,
            kind="direct" if f.kind == "direct" else "indirect",
        )
        for f in found
        if text[f.start : f.end].strip()
    ]
    return LLMExtraction(actors=actors_of(found, rules, institutions), quotes=out, stances=[])
