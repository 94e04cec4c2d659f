"""Institutions as speakers: one actor for "La préfecture de l’Orvane" and the later "la préfecture".

An article names a body once in full ("Die Staatsanwaltschaft Lindental ermittelt", "el Club
Natación Valdemora") and then by its noun alone ("erklärte die Staatsanwaltschaft", "el club
pidió"), or by another word for it ("el consistorio" for the ayuntamiento). Each institution noun
(its synonym folded in) is one actor: the fullest phrase the article writes, without its leading
article, is the name; the shorter phrases as written are aliases.
"""

from __future__ import annotations

import re

from llmextract.baseline.phrase_words import Tok
from llmextract.baseline.speaker_phrases import SpeakerFinder
from llmextract.baseline.speaker_types import Speaker

__all__ = ["Institutions"]

_AGENCIES = frozenset(
    ["AFP", "EFE", "DPA", "AP", "ANSA", "APA", "KNA", "EP", "SDA"]
)  # who reports, not who speaks
_ACRONYM = re.compile(r"^[A-ZÀ-Ý]{2,6}$")
_ARTICLE = re.compile(r"^(?:\w+['’]|\w+\s+)")  # "la ", "l’", "die "


class Institutions:
    """The fullest phrase the article writes for each institution noun."""

    def __init__(self, text: str, finder: SpeakerFinder) -> None:
        rules = finder.rules
        self._finder = finder
        self._synonyms = dict(rules.institution_synonyms)
        self._fullest: dict[str, str] = {}
        self._written: dict[str, list[str]] = {}
        self._mentions: list[tuple[int, str]] = []  # bodies written with their own name, where
        if not rules.institutions:
            return
        toks = finder.all_tokens
        for j, t in enumerate(toks):
            if finder.is_institution(toks, j):
                named = self._appositive(finder, toks, j)
                if named is not None:  # "La empresa adjudicataria, Ferrovías del Sur, …"
                    self._mentions.append(named)
                phrase = finder.institution(toks, j)[1].name
                self._written.setdefault(self.head(toks[j + 1].word), []).append(phrase)
                self._note(phrase[len(t.text) :].strip(), t.word)
                if " " in phrase[len(t.text) :].strip():
                    self._mentions.append((t.start, phrase[len(t.text) :].strip()))
            elif (
                t.cap
                and finder.institution_noun(t.word) is not None
                and j + 1 < len(toks)
                and toks[j + 1].cap
                and toks[j + 1].text[0].isalpha()
            ):  # "Club Natación Valdemora" with no article before it
                end = finder.run_end(toks, j + 1)
                self._note(text[t.start : toks[end - 1].end], None)
                self._mentions.append((t.start, text[t.start : toks[end - 1].end]))
            elif (
                _ACRONYM.match(t.text) and j > 2 and t.text not in _AGENCIES
            ):  # "la SNCV": an organisation the article abbreviates
                self._mentions.append((t.start, t.text))
            elif t.cap and finder.is_name_start(toks, j) and not (j and toks[j - 1].cap):
                end = finder.run_end(toks, j)
                if end - j > 1 and any(x.word in rules.org_cues for x in toks[j + 1 : end]):
                    self._mentions.append(
                        (t.start, text[t.start : toks[end - 1].end])
                    )  # "Nordlicht Energie GmbH"

    def _appositive(self, finder: SpeakerFinder, toks: list[Tok], j: int) -> tuple[int, str] | None:
        """The name set after a descriptor and a comma: "la empresa adjudicataria, Ferrovías del Sur"."""
        if finder.institution_noun(toks[j + 1].word) not in finder.rules.descriptors:
            return None
        k = j + 2
        while k < min(len(toks), j + 5) and toks[k].text.isalpha() and toks[k].text.islower():
            k += 1
        if k + 1 < len(toks) and toks[k].text == "," and finder.is_name_start(toks, k + 1):
            end = finder.run_end(toks, k + 1)
            return toks[k + 1].start, self._finder.text[toks[k + 1].start : toks[end - 1].end]
        return None

    def _note(self, phrase: str, article: str | None) -> None:
        head = self.head(phrase.split()[0].lower())
        single = len(phrase.split()) < 2
        if single and article is not None and head in self._finder.rules.institutions | set(self._synonyms):
            return  # "la préfecture": the noun alone is no fuller form ("die Notarkammer" is)
        if head in self._finder.rules.descriptors and not single and phrase.split()[1][:1].isupper():
            phrase = phrase.split(" ", 1)[1]  # "la société TransVanne" is TransVanne
        best = self._fullest.get(head)
        if best is None or len(phrase.split()) > len(best.split()):
            self._fullest[head] = phrase[0].upper() + phrase[1:]

    def mentions(self) -> list[tuple[int, Speaker]]:
        """Where the article names a body in full ("le groupe Carvel", "der Brauerei Hollweg"):
        what "un porte-parole" or "das Unternehmen" with no name refer back to."""
        return [
            (p, self._body(own, None) or Speaker(own, None, False, institution=True))
            for p, own in self._mentions
        ]

    def head(self, noun: str) -> str:
        noun = self._finder.institution_noun(noun) or noun
        return self._synonyms.get(noun, noun)

    def canonical(self, speaker: Speaker) -> Speaker:
        """``speaker`` named by the fullest phrase of its institution, when the article writes one
        that goes on from the speaker's own ("le parquet" -> "Parquet de Vaudran")."""
        own = _ARTICLE.sub("", speaker.name, count=1)
        if own == speaker.name or not own:
            return speaker
        first = speaker.name[: len(speaker.name) - len(own)].strip()
        if first[:1].isupper() and first.lower() not in self._finder.rules.determiners:
            return speaker  # "Landesamts für Umwelt": a name of its own, no article to take off
        self._written.setdefault(self.head(own.split()[0].lower()), []).append(speaker.name)  # an alias
        body = self._body(own, speaker.role)
        if body is not None:
            return body
        if self.head(own.lower()) in self._finder.rules.descriptors:  # "das Unternehmen": the body named last
            return Speaker("", None, True, institution=True)
        return speaker

    def _body(self, own: str, role: str | None) -> Speaker | None:
        """The body a phrase without its article names, when it says or the article writes which."""
        head = self.head(own.split()[0].lower())
        if head in self._finder.rules.descriptors and " " in own and own.split()[1][:1].isupper():
            return Speaker(own.split(" ", 1)[1], role, False, institution=True)
        full = self._fullest.get(head) or self._compound_of(head)
        if full.lower().startswith(own.lower()) or (" " not in own and full):
            return Speaker(full, role, False, institution=True)
        if " " in own:
            return Speaker(own[0].upper() + own[1:], role, False, institution=True)
        return None

    def _compound_of(self, noun: str) -> str:
        """A German compound the article writes for a bare noun: "Kammer" -> "Notarkammer"."""
        if not self._finder.rules.compound_titles:
            return ""
        return next(
            (full for head, full in self._fullest.items() if head != noun and head.endswith(noun)), ""
        )

    def aliases(self, name: str) -> list[str]:
        """The phrases with an article the article writes for the institution ``name`` heads."""
        head = self.head(name.split()[0].lower())
        written = self._written.get(head, [])
        return [w for w in dict.fromkeys(written) if w.lower() != name.lower()]
