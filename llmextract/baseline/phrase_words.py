"""The words of French, German and Spanish speaker phrases: tokens, names, titles, institutions.

An article is tokenised once (words, elided articles such as "l’" and "qu’", honorifics with their
full stop, punctuation); the language tables say which tokens open a name, which are titles (German
compounds by their last part: "Oberbürgermeister", "Grünen-Fraktionschefin"), which nouns are
bodies that speak ("la préfecture", "die Notarkammer", "el club") and what gender a role shows.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from llmextract.baseline.languages import LanguageRules
from llmextract.baseline.languages.rules import words
from llmextract.baseline.quotations import HONORIFIC_STOPS
from llmextract.baseline.speaker_types import Speaker

__all__ = [
    "AGED",
    "INDEFINITE",
    "MARKS",
    "NAMING",
    "OF",
    "PREPOSITIONS",
    "TO",
    "PhraseWords",
    "Tok",
    "tokens",
]

_TOKEN = re.compile(
    rf"[dD]['’]après\b|(?:[lLdDjJnNsScCmMtT]|[Qq]u)['’](?=\w)|(?:{HONORIFIC_STOPS})\.(?=\s)|\w+(?:[-'’]\w+)*|[^\w\s]"
)
_MIN_COMPOUND_BODY = 5  # "kammer", "gericht": shorter bodies ("amt", "rat") end too many words
_MIN_COMPOUND_TITLE = 4  # "chef", "sprecher": shorter titles ("dr", "rat") are not compound heads
PREPOSITIONS = words(
    """
    für mit bei aus im am vom zum zur à au aux en pour avec chez par sur por para con sobre
    """
)
MARKS = frozenset('«»„“”"‚‘‹›')
AGED = re.compile(r"\d+-[JjAa]\w+$")  # "54-Jährige", "58-Jähriger"
NAMING = words("hieß heißt")
INDEFINITE = words("un une ein eine einer einem einen una unos unas")
TO = words("à au aux a al ante")  # an addressee after the cue: "a déclaré à l’AFP", "dijo a EFE"
_NAME_ARTICLES = words("du des del")  # "Joachim du Bellay", "Luis del Valle"
OF = words("de du des d’ d' del der von")  # "le parquet de Vaudran", "del Club"
_NOUN_OF = words("de du des d’ d'")  # a noun complement that is part of a body's name: "chambre de commerce"


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


class PhraseWords:
    """One article's tokens and one language's tables: names, titles, institutions, pronouns."""

    def __init__(self, text: str, rules: LanguageRules) -> None:
        self.text = text
        self.rules = rules
        self._bad, self._compound, self._compound_body = _tables(rules)
        self.all_tokens = tokens(text, 0, len(text))
        self._starts = [t.start for t in self.all_tokens]
        self._compounds: dict[str, bool] = {}  # German words already read as titles or not

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
        return w not in NAMING or (i + 1 < len(toks) and toks[i + 1].word == "es")

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
        if not (self.rules.compound_titles and self._compound):
            return False
        known = self._compounds.get(word)
        if known is None:
            known = self._compounds[word] = bool(self._compound.search(word))
        return known

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
        if (
            end + 1 < len(toks)
            and toks[end].word in _NOUN_OF
            and toks[end + 1].text.isalpha()
            and toks[end + 1].text.islower()
            and toks[end + 1].word not in self.rules.determiners
        ):
            end += 2  # "la chambre d’agriculture de …", "la caisse d’allocations familiales"
        adjectives = end
        while (
            adjectives < min(len(toks), j + 4)
            and toks[adjectives].text.isalpha()
            and toks[adjectives].text.islower()
            and toks[adjectives].word not in OF
        ):
            adjectives += 1  # "le tribunal administratif de Roncel"
        if adjectives > end and adjectives + 1 < len(toks) and toks[adjectives].word in OF:
            k = (
                adjectives
                + 1
                + (toks[adjectives + 1].word in self.rules.determiners and adjectives + 2 < len(toks))
            )
            if k < len(toks) and toks[k].cap and toks[k].text[0].isalpha() and toks[k].word not in self._bad:
                end = adjectives
        if end < len(toks) and toks[end].cap and toks[end].text[0].isalpha():
            end = self.run_end(toks, end)  # "die Staatsanwaltschaft Lindental"
        elif end + 1 < len(toks) and toks[end].word in OF:
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
            if self.rules.compound_titles and j - i >= 2 and toks[j].word == "von":
                break  # "Uwe Brenner von der Bürgerliste": a full name, then where its holder is from
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
        if self.rules.compound_titles and b - a >= 3 and a > 0 and toks[a - 1].word in self.rules.determiners:
            role.append(toks[a])  # "Sein Gegenüber Mehmet Aydın": a German noun after its article
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
            if w in self.rules.masculine or (
                self.rules.compound_titles and self.is_title(w) and not w.endswith("e")
            ):
                return "m"  # "Vorsitzende", "Abgeordnete": either, unless an article says
        return None

    def named_elsewhere(self, word: str) -> bool:
        """``word`` is written capitalised inside a sentence too: a name, not a sentence's first verb."""
        return re.search(rf"[\w,]\s+{re.escape(word)}\b", self.text) is not None

    def pronoun(self, word: str) -> Speaker:
        return Speaker(word, None, True)

    def implied(self, toks: list[Tok], i: int) -> Speaker | None:
        """The subject a cue with nothing after it leaves out ("«…», añadió."): the last one named."""
        if i + 1 >= len(toks) or toks[i + 1].text in ".!?…":
            return self.pronoun("")
        rest = toks[i + 1 :]
        rest = rest[: next((k for k, t in enumerate(rest) if t.text in ".!?…;"), len(rest))]
        if (
            self.rules.null_subject
            and (rest[0].word in PREPOSITIONS or rest[0].word in TO)
            and not any(t.cap or self.is_title(t.word) or t.text in MARKS for t in rest)
        ):
            return self.pronoun("")  # "«…», dijo a la salida de la sala.": no subject, the last one named
        return None

    # -- around a cue -------------------------------------------------------------------------
