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
from dataclasses import dataclass

from llmextract.baseline.languages import LanguageRules
from llmextract.baseline.quotations import Dialogue, Span, dialogues, quotation_spans, sentence_bounds
from llmextract.baseline.speaker_links import Found, Speaker, actors_of, resolve_speakers
from llmextract.core.answer import LLMExtraction, LLMQuote

__all__ = ["extract_in_language"]

_TOKEN = re.compile(r"(?:[lLdDjJnNsScCmMtT]|[Qq]u)['’](?=\w)|\w+(?:[-'’]\w+)*|[^\w\s]")
_INVERTED_PRONOUN = re.compile(r"-(?:t-)?(il|elle|on|ils|elles)$")
_MIN_ORPHAN_WORDS = 3
_PREPOSITIONS = frozenset(
    [
        "für",
        "mit",
        "bei",
        "aus",
        "im",
        "am",
        "vom",
        "zum",
        "zur",
        "à",
        "au",
        "aux",
        "en",
        "pour",
        "avec",
        "chez",
        "par",
        "sur",
        "por",
        "para",
        "con",
        "sobre",
    ]
)


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str
    word: str
    cap: bool


def _tokens(text: str, a: int, b: int) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text, a, b):
        s = m.group()
        word = s.lower()
        out.append(_Tok(m.start(), m.end(), s, word, s[0].isupper()))
    return out


class _Reader:
    def __init__(self, text: str, rules: LanguageRules) -> None:
        self.text = text
        self.rules = rules

    # -- speakers -------------------------------------------------------------------------

    def _is_name_start(self, toks: list[_Tok], i: int) -> bool:
        t = toks[i]
        bad = self.rules.stop_capitals | self.rules.pronouns | self.rules.determiners | self.rules.titles
        if not t.cap or not t.text[-1].isalnum() or t.word in bad:
            return False
        return not (i > 0 and toks[i - 1].word in self.rules.particles and not toks[i - 1].cap)

    def _run_end(self, toks: list[_Tok], i: int) -> int:
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

    def _named(self, toks: list[_Tok], a: int, b: int, role: list[_Tok]) -> Speaker:
        """The speaker named by ``toks[a:b]``, leading title words moved to the role."""
        role = list(role)
        while b - a > 1 and toks[a].word in self.rules.titles:
            role.append(toks[a])
            a += 1
        name = self.text[toks[a].start : toks[b - 1].end]
        return Speaker(name, self._span_text(role), False)

    def _span_text(self, role: list[_Tok]) -> str | None:
        return self.text[role[0].start : role[-1].end].strip(" ,") if role else None

    def _pronoun(self, word: str) -> Speaker:
        return Speaker(word, None, True)

    def speaker_after(self, toks: list[_Tok], i: int) -> Speaker | None:
        """The speaker of an inverted cue at ``toks[i]``: "a déclaré la ministre Claire Dubois"."""
        inverted = _INVERTED_PRONOUN.search(toks[i].word)
        if inverted:
            return self._pronoun(inverted.group(1))
        role: list[_Tok] = []
        titled = False
        j = i + 1
        while j < len(toks) and j < i + 16:
            t = toks[j]
            if t.text in '.!?:;«»„“”"—–' or (t.text == "," and not role):
                break
            if t.word in self.rules.pronouns and not role:
                return self._pronoun(t.word)
            if self._is_name_start(toks, j):
                return self._named(toks, j, self._run_end(toks, j), role)
            p = j
            while p < len(toks) and toks[p].word in self.rules.particles and not toks[p].cap:
                p += 1
            if p > j and p < len(toks) and toks[p].cap and not role:  # "so van der Berg"
                return self._named(toks, j, self._run_end(toks, p), role)
            if t.text == ",":
                if titled and j + 1 < len(toks) and not self._is_name_start(toks, j + 1):
                    break  # "a dit le maire, lundi" -- the title alone names the speaker
                j += 1
                continue
            titled = titled or t.word in self.rules.titles
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
            head = next(k for k, t in enumerate(role) if t.word in self.rules.titles)
            end = next(
                (k for k in range(head + 1, len(role)) if role[k].word not in self.rules.titles), len(role)
            )
            return Speaker(self.text[role[0].start : role[end - 1].end].lower(), None, False)
        return None

    def speaker_before(self, toks: list[_Tok], i: int, lo: int) -> Speaker | None:
        """The speaker ending before the cue at ``toks[i]``: "Claire Dubois, ministre, a affirmé"."""
        j = i - 1
        while j >= lo and toks[j].word in self.rules.fillers:
            j -= 1
        if j >= lo and toks[j].word in self.rules.pronouns:
            return self._pronoun(toks[j].word)
        if j - 1 >= lo and toks[j].word in self.rules.titles and toks[j - 1].word in self.rules.determiners:
            return Speaker(f"{toks[j - 1].text.lower()} {toks[j].text}", None, False)  # "Le préfet a déclaré"
        for a in range(j, lo - 1, -1):
            if toks[a].text in '.!?«»„“”"':
                break
            prev = toks[a - 1] if a > lo else None
            if not self._is_name_start(toks, a) or (
                prev is not None and prev.cap and prev.word not in self.rules.titles
            ):
                continue
            b = self._run_end(toks, a)
            if b <= i and (prev is None or prev.word not in _PREPOSITIONS):
                role = [prev] if prev is not None and prev.word in self.rules.titles else []
                return self._named(toks, a, b, role)
        return None

    def subjects(self, sentences: list[Span]) -> list[tuple[int, Speaker]]:
        """Names of two words or more opening a sentence ("Le maraîcher Antoine Vidal fournira …",
        "La directora de la biblioteca, Lucía Prieto, …"): what pronouns and titles refer to."""
        out = []
        for s0, s1 in sentences:
            toks = _tokens(self.text, s0, min(s1, s0 + 200))[:10]
            for j in range(len(toks)):
                prev = toks[j - 1] if j else None
                if not self._is_name_start(toks, j) or (prev is not None and prev.word in _PREPOSITIONS):
                    continue
                b = self._run_end(toks, j)
                if b - j >= 2:
                    lead = [t for t in toks[:j] if t.text != ","]
                    titled = any(t.word in self.rules.titles for t in lead)
                    out.append((toks[j].start, self._named(toks, j, b, lead if titled else [])))
                break
        return out

    def dialogue_speaker(self, d: Dialogue) -> tuple[Speaker | None, str | None]:
        """The speaker named in a dialogue paragraph's first incise ("dijo la alcaldesa Marta Ruiz")."""
        for a, b in d.incises:
            toks = _tokens(self.text, a, b)
            if toks and toks[0].word in self.rules.cue_verbs:
                return self.speaker_after(toks, 0), toks[0].text
        return None, None

    # -- attributions ---------------------------------------------------------------------

    def _cue_at(self, toks: list[_Tok], i: int, *, after_quote: bool) -> bool:
        w = toks[i].word
        if w == "so":  # "„…“, so Müller." -- only right after a quotation
            return after_quote and self.rules.code == "de"
        return w in self.rules.cue_verbs or w in self.rules.source_before

    def after(self, qe: int, s1: int) -> tuple[Speaker | None, str | None] | None:
        """An attribution right after a quotation: ", a déclaré X", ", sagte sie", ", según X"."""
        toks = _tokens(self.text, qe, s1)
        k = 0
        while k < len(toks) and toks[k].text in ",—–-":
            k += 1
        for i in range(k, min(len(toks), k + 4)):
            if toks[i].text in ".!?«»„“”":
                break
            if self._cue_at(toks, i, after_quote=True):
                speaker = self.speaker_after(toks, i)
                if speaker is None and i > k:
                    speaker = self.speaker_before(toks, i, k)
                return speaker, toks[i].text
        return None

    def before(self, s0: int, qs: int) -> tuple[Speaker | None, str | None] | None:
        """An attribution introducing a quotation: "X a déclaré : « … »", "Am Montag sagte X: „…“"."""
        toks = _tokens(self.text, s0, qs)
        if not toks or (toks[-1].text not in ":," and toks[-1].word not in self.rules.complementisers):
            return None
        for i in range(len(toks) - 1, max(-1, len(toks) - 10), -1):
            if self._cue_at(toks, i, after_quote=False):
                speaker = self.speaker_after(toks, i) or self.speaker_before(toks, i, 0)
                return speaker, toks[i].text
        if toks[-1].text == ":":  # "Un habitant, Luc Marchal, reste sceptique : « … »"
            for j in range(min(len(toks), 8)):
                if self._is_name_start(toks, j):
                    return self._named(toks, j, self._run_end(toks, j), []), None
        return None

    def incise(self, qs: int, qe: int) -> tuple[Speaker | None, str | None] | None:
        """An attribution inside a quotation: « A, a-t-elle ajouté. B. » / «A —dijo ella—, B»."""
        toks = _tokens(self.text, qs + 1, qe - 1)
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
        """Reported speech in a sentence without quotations: "X a déclaré que …", "selon X, …"."""
        toks = _tokens(self.text, s0, s1)
        for i, t in enumerate(toks):
            if t.word in self.rules.cue_verbs:
                k = i + 1
                while k < len(toks) and k < i + 5 and toks[k].word not in self.rules.complementisers:
                    k += 1
                if k >= len(toks) or toks[k].word not in self.rules.complementisers or k + 1 >= len(toks):
                    continue
                speaker = self.speaker_before(toks, i, 0) or self.speaker_after(toks, i)
                if speaker is not None:
                    return (toks[k].start, self._content_end(toks)), speaker, t.text
            source = t.word in self.rules.source_before and i + 1 < len(toks)
            if source or (t.word in self.rules.source_after and i > 0):
                found = self._source(toks, i, before=source)
                if found is not None:
                    return found
        return None

    def _source(self, toks: list[_Tok], i: int, *, before: bool) -> tuple[Span, Speaker, str] | None:
        if before:
            speaker = self.speaker_after(toks, i)
            if speaker is None:
                return None
            last = speaker.name.split()[-1]
            named_at = next((k for k in range(i + 1, len(toks)) if toks[k].text == last), i + 1)
            comma = next((k for k in range(named_at, len(toks)) if toks[k].text == ","), None)
            if i == 0 and comma is not None and comma + 1 < len(toks):  # "Selon X, …"
                return (toks[comma + 1].start, self._content_end(toks)), speaker, toks[i].text
            if i == 0:  # "Laut Müller ist die Brücke marode."
                end = self._run_end(toks, i + 1) if i + 1 < len(toks) else i + 1
                while end < len(toks) and not toks[end - 1].cap:
                    end += 1
                if end < len(toks):
                    return (toks[end].start, self._content_end(toks)), speaker, toks[i].text
                return None
            if i > 1 and toks[i - 1].text == ",":  # "…, selon X."
                return (toks[0].start, toks[i - 2].end), speaker, toks[i].text
            return None
        speaker = self.speaker_before(toks, i, 0)  # "Dem Minister Anna Schmidt zufolge …"
        if speaker is None or i + 1 >= len(toks):
            return None
        return (toks[i + 1].start, self._content_end(toks)), speaker, toks[i].text

    def _content_end(self, toks: list[_Tok]) -> int:
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
        hit = reader.after(qe, s1) or reader.before(s0, qs) or reader.incise(qs, qe)
        if hit is not None:
            found.append(Found(qs, qe, hit[0], hit[1], "direct"))
        elif text[s0:qs].strip(" \t\n—–-") or len(text[qs:qe].split()) < _MIN_ORPHAN_WORDS:
            continue  # a quoted phrase inside a sentence with no cue: a title or scare quote
        else:
            found.append(Found(qs, qe, None, None, "direct", inherit=True))
        taken.append((qs, qe))
    for s0, s1 in sentences:
        if any(s0 <= ts < s1 for ts, _ in taken):
            continue
        rep = reader.reported(s0, s1)
        if rep is not None:
            (a, b), speaker, cue = rep
            found.append(Found(a, b, speaker, cue, "indirect"))
    found.sort(key=lambda f: f.start)
    resolve_speakers(text, found, reader.subjects(sentences), rules)
    out = [
        LLMQuote(
            text=text[f.start : f.end],
            speaker=f.speaker.name if f.speaker else None,
            cue=f.cue,
            kind="direct" if f.kind == "direct" else "indirect",
        )
        for f in found
        if text[f.start : f.end].strip()
    ]
    return LLMExtraction(actors=actors_of(found, rules), quotes=out, stances=[])
