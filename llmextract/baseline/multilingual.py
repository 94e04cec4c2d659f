"""The rules baseline for French, German and Spanish: quotations and reported speech by cue verbs.

For each quotation, the attribution is looked for after it (« … », a déclaré Jean Dupont. /
„…“, sagte sie. / „…“, so Müller. / «…», según la alcaldesa / «…», dijo en declaraciones a EFE
el portavoz), then before it (Jean Dupont a déclaré : « … » / Der Bürgermeister zeigte sich
enttäuscht: „…“), then inside it as an incise (« Nous tiendrons, a-t-elle ajouté. B. »), then as
the object of a cue (a dénoncé une décision « prise dans la précipitation »), then in the sentence
after it (« … à ce stade. » Le parquet de Vaudran a ainsi répondu …). A whole-sentence quotation
no cue reaches goes to the speaker last named. Spanish dialogue paragraphs take the speaker of
their incise ("—relató Aguirre—"). Sentences without quotations are read by
``llmextract.baseline.reported_speech``. Speakers are names, titles, institutions and pronouns
(``speaker_phrases``), linked to the names the article writes (``speaker_links``, ``institutions``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from llmextract.baseline.institutions import Institutions
from llmextract.baseline.languages import LanguageRules
from llmextract.baseline.phrase_words import OF, Tok
from llmextract.baseline.quotations import Dialogue, Span, dialogues, quotation_spans, sentence_bounds
from llmextract.baseline.reported_speech import ReportedSpeech
from llmextract.baseline.sentence_subjects import named_people, sentence_subjects, titled_names
from llmextract.baseline.speaker_links import actors_of, resolve_speakers
from llmextract.baseline.speaker_phrases import past_dateline
from llmextract.baseline.speaker_types import Found, Speaker
from llmextract.core.answer import LLMExtraction, LLMQuote

__all__ = ["extract_in_language"]

_MIN_ORPHAN_WORDS = 3
_INVERTED_CUE = re.compile(r"\w-t-(?:il|elle|on)$")  # "ironise-t-il", "tranche-t-elle"
_END = frozenset(".!?…")
_OBJECT_PRONOUNS = frozenset(["lo", "es", "le"])  # the words quoted, between a cue and its speaker
_ORDINALS = frozenset(
    ["premier", "première", "primera", "primer", "erste", "ersten"]
)  # "pour la première fois"
_IMPERSONAL = frozenset(["on", "es"])  # "souligne-t-on à la préfecture", "hieß es aus dem Rathaus"


def _last_inside(text: str, qe: int) -> int:
    """Index of the last character inside the quotation closing at ``qe``, spaces skipped."""
    j = qe - 2
    while j > 0 and text[j] in " \u00a0\u202f":
        j -= 1
    return j


class _Reader(ReportedSpeech):
    def dialogue_speaker(self, d: Dialogue) -> tuple[Speaker | None, str | None]:
        """The speaker named in a dialogue paragraph's first incise ("dijo la alcaldesa Marta Ruiz")."""
        for a, b in d.incises:
            toks = self.tokens_in(a, b)
            k = next((k for k, t in enumerate(toks) if t.word not in self.rules.fillers), 0)
            if toks and (toks[k].word in self.rules.cue_verbs or toks[0].text[0].islower()):
                speaker = self.speaker_after(toks, k) or self.speaker_further(
                    toks, k
                )  # "—ha replicado Lluch—"
                plural = next((t for t in toks[k : k + 2] if t.word.endswith("ron")), None)
                if (speaker is None or not speaker.name) and self.rules.null_subject and plural is not None:
                    return None, plural.text  # "—le preguntaron al alcalde—": they, no one named
                return speaker or self.pronoun(""), toks[k].text  # "—ha criticado en declaraciones—"
        return None, None

    # -- attributions ---------------------------------------------------------------------

    def _cue_at(self, toks: list[Tok], i: int, *, after_quote: bool) -> bool:
        w = toks[i].word
        if w == "so":  # "„…“, so Müller." -- only right after a quotation
            return after_quote and self.rules.code == "de"
        return self.is_cue(toks, i) or w in self.rules.source_before or bool(_INVERTED_CUE.search(w))

    def after(self, qe: int, s1: int) -> tuple[Speaker | None, str | None] | None:
        """An attribution right after a quotation: ", a déclaré X", ", sagte sie", ", según X"."""
        toks = self.tokens_in(qe, s1)
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
                return speaker or self.implied(toks, i), toks[i].text
        return None

    def next_sentence(
        self, qe: int, s1: int, sentences: list[Span]
    ) -> tuple[Speaker | None, str | None] | None:
        """A quotation closing on its own full stop, its speaker the subject of what follows:
        « Aucune poursuite n’est envisagée. » Le parquet de Vaudran a ainsi répondu …"""
        if self.text[_last_inside(self.text, qe)] not in _END and self.text[qe : qe + 1] not in _END:
            return None  # "« … à ce stade. »", "«No cerraremos».": a quotation that ends its sentence
        if not self.text[qe:s1].strip(" \u00a0\u202f.!?"):
            s1 = next((b for a, b in sentences if a >= s1), s1)
        if "\n" in self.text[qe:s1].strip():
            return None  # the next paragraph's subject starts a statement of its own
        toks = self.tokens_in(qe, s1)[:16]
        named = self.referred_speaker(toks)
        if named is not None:
            return named, None
        toks = toks[:12]
        for i, t in enumerate(toks):
            if t.text in '«»„“”"':
                return None
            if self.is_cue(toks, i) and i > 0:  # "«…». Así lo explicó el alcalde, Joaquín Beltrán"
                speaker = self.speaker_before(toks, i, 0) or self.speaker_after(toks, i)
                if speaker is not None and speaker.name in _OBJECT_PRONOUNS:  # "So beschreibt es X"
                    speaker = self.speaker_after(toks, i + 1) or self.speaker_further(toks, i + 1)
                if speaker is not None and not speaker.pronoun:
                    return speaker, t.text
                return None
        return None

    def referred_speaker(self, toks: list[Tok]) -> Speaker | None:
        """The speaker a sentence names for the words just quoted: « … » Ces propos sont ceux du
        vice-président, X. / „…“ Mit diesen Worten kritisierte der Fraktionschef X … / La frase es de X."""
        ref = next((k for k, t in enumerate(toks[:5]) if t.word in self.rules.quote_references), None)
        if ref is None:
            return None
        for k in range(ref + 1, len(toks)):
            t = toks[k]
            if t.text in '.!?;«»„“”"':
                return None
            opens = t.word in self.rules.determiners and k + 1 < len(toks) and self.is_title(toks[k + 1].word)
            of_name = t.cap and t.text[0].isalpha() and toks[k - 1].word in OF  # "est d’Armelle Cosnier"
            if of_name and not self.is_title(t.word):
                return self.named(toks, k, self.run_end(toks, k), [])
            if opens or self.is_title(t.word) or self.is_name_start(toks, k):
                speaker = self.speaker_after(toks, k - 1, described=True)
                if speaker is not None and not speaker.pronoun:
                    return speaker
        return None

    def told_next(self, s0: int, s1: int, sentences: list[Span]) -> tuple[Span, Speaker, str] | None:
        """A statement whose source the next sentence names with a pronoun for it: "Das Bad bleibt
        geschlossen. Das teilten die Stadtwerke am Montag mit." """
        nxt = next(((a, b) for a, b in sentences if a >= s1), None)
        if nxt is None or "\n" in self.text[s1 : nxt[0]]:
            return None
        toks, own = self.tokens_in(*nxt), self.tokens_in(s0, s1)
        if len(toks) < 4 or toks[0].word not in self.rules.statement_pronouns or len(own) < 4:
            return None
        cue = 2 if toks[1].word in _OBJECT_PRONOUNS else 1  # "Así lo confirmó este lunes el gerente"
        if not self.is_cue(toks, cue):
            return None
        speaker = self.speaker_after(toks, cue) or self.speaker_further(toks, cue)
        if speaker is None or speaker.pronoun:
            return None
        body = past_dateline(own)
        return (body[0].start, self._content_end(own)), speaker, toks[cue].text

    def fragment(self, s0: int, qs: int, qe: int, s1: int) -> tuple[Speaker | None, str | None] | None:
        """A quoted fragment closing the sentence as the object of its cue: a dénoncé une décision
        « prise dans la précipitation », sprach von einem »ausgewogenen Urteil«; or right after its
        cue, words after it: ha pedido «calma y diálogo» a ambas partes."""
        inner = self.text[qs + 1 : qe - 1].strip(" \u00a0\u202f")
        if not inner[:1].islower():
            return None
        tail = bool(self.text[qe:s1].strip(" \u00a0\u202f.!?\n"))
        toks = self.tokens_in(s0, qs)
        for i in range(len(toks) - 1, max(-1, len(toks) - (3 if tail else 8)), -1):
            if toks[i].word in self.rules.complementisers or toks[i].text in '«»„“”"':
                return None  # "estime que la fermeture coûtera « … »" is reported speech
            if toks[i].word in self.rules.cue_verbs:
                speaker = self.speaker_before(toks, i, 0) or self.speaker_after(toks, i)
                return (speaker, toks[i].text) if speaker is not None else None
        return None

    def opinion(self, s0: int, qs: int) -> tuple[Speaker | None, str | None] | None:
        """A quotation in a sentence opening on the holder of its view: "Pour l’avocate générale,
        Sandrine Kervella, les faits ne laissent « aucune place au doute »", "Para el alcalde, «…»".
        The holder is named (a name, a body) or titled ("Pour l’élu d’opposition"): "Pour la première
        fois, « … »" has none."""
        toks = past_dateline(self.tokens_in(s0, qs))
        if len(toks) < 3 or toks[0].word not in self.rules.opinion_sources:
            return None
        speaker = self.speaker_after(toks, 0)
        commas = [k for k, t in enumerate(toks[:16]) if t.text == ","]
        if (speaker is None or not speaker.name[:1].isupper()) and len(commas) > 1:
            speaker = self.speaker_after(toks, commas[0])  # "Pour l’exploitant, la société Hydroval, …"
        if speaker is None or speaker.pronoun:
            return None
        words = re.sub(r"^([lL][’'])", r"\1 ", speaker.name).split()
        described = not speaker.name[:1].isupper() and len(words) == 2 and self.is_title(words[1].lower())
        if described and words[1].lower() in _ORDINALS:
            return None  # "Pour la première fois, « … »": no one's view
        named = speaker.name[:1].isupper() and (" " in speaker.name or speaker.role)
        if not (speaker.institution or named or described):
            return None
        return speaker, None

    def before(self, s0: int, qs: int) -> tuple[Speaker | None, str | None] | None:
        """An attribution introducing a quotation: "X a déclaré : « … »", "Am Montag sagte X: „…“"."""
        toks = self.tokens_in(s0, qs)
        if not toks or (toks[-1].text not in ":," and toks[-1].word not in self.rules.complementisers):
            return None
        for i in range(len(toks) - 1, max(-1, len(toks) - 10), -1):
            if self._cue_at(toks, i, after_quote=False):
                speaker = (
                    self.speaker_after(toks, i)
                    or (self.rules.code == "de" and self.speaker_after(toks, i, described=True))
                    or self.speaker_before(toks, i, 0)
                )  # "reagierte der 52-Jährige gelassen: „…“": the verb second, its subject after it
                return speaker or self.pronoun(""), toks[i].text  # "Et d’ajouter : « … »"
        if toks[-1].text == ":":  # "Un habitant, Luc Marchal, reste sceptique : « … »"
            for j in range(min(len(toks), 8)):
                if self.is_name_start(toks, j):
                    end = self.run_end(toks, j)
                    if j > 0 or end - j > 1 or self.named_elsewhere(toks[j].text):
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

    def _quote_end(self, qs: int) -> int:
        end = self.text.find("\n", qs)
        return len(self.text) if end < 0 else end

    def incise(self, qs: int, qe: int) -> tuple[Speaker | None, str | None] | None:
        """An attribution inside a quotation: « A, a-t-elle ajouté. B. » / «A —dijo ella—, B»."""
        toks = self.tokens_in(qs + 1, qe - 1)
        for i in range(1, len(toks)):
            lead = toks[i - 1].text in ",—–-" or (
                i > 1 and toks[i - 1].word in self.rules.fillers and toks[i - 2].text in ",—–-"
            )  # "«A -ha afirmado X-, B»": hyphens for dashes
            if lead and self._cue_at(toks, i, after_quote=False):
                speaker = self.speaker_after(toks, i)
                if speaker is not None:
                    return speaker, toks[i].text
        return None


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
            found.append(Found(a, b, speaker, cue, "direct", inherit=speaker is None and cue is None))
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
            or reader.opinion(s0, qs)
            or (reader.next_sentence(qe, s1, sentences) if opens else None)
        )
        if hit is not None:
            found.append(Found(qs, qe, hit[0], hit[1], "direct"))
        elif not opens or len(text[qs:qe].split()) < _MIN_ORPHAN_WORDS:
            continue  # a quoted phrase inside a sentence with no cue: a title or scare quote
        else:  # a whole-sentence quotation: the speaker last named
            found.append(Found(qs, qe, reader.pronoun(""), None, "direct"))
        taken.append((qs, qe))
    stated = False  # the sentence before, in the same paragraph, is a reported statement
    for s0, s1 in sentences:
        stated = stated and s0 > 0 and text[s0 - 1] != "\n"
        if any(s0 <= ts < s1 for ts, _ in taken):
            stated = False
            continue
        rep = reader.reported(s0, s1) or reader.told_next(s0, s1, sentences)
        span = None if rep is not None else reader.subjunctive(s0, s1, after_statement=stated)
        if rep is not None:
            (a, b), speaker, cue = rep
            found.append(Found(a, b, speaker, cue, "indirect"))
        elif span is not None:
            found.append(Found(span[0], span[1], None, None, "indirect", inherit=True))
        stated = rep is not None or span is not None
    found.sort(key=lambda f: f.start)
    institutions = Institutions(text, reader)
    subjects, titled = sentence_subjects(reader, sentences), titled_names(reader, sentences)
    gendered = {s.name: s.gender for _, s in subjects + titled if s.gender}
    seen = {(p, s.name) for p, s in subjects + titled}
    mentions = [(p, replace(s, gender=gendered.get(s.name))) for p, s in named_people(reader, sentences)]
    others = sorted(titled + [m for m in mentions if (m[0], m[1].name) not in seen], key=lambda m: m[0])
    resolve_speakers(text, found, subjects, rules, institutions, others)
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
