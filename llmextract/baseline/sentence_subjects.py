"""The subjects that open an article's sentences: what pronouns, titles and bare nouns refer to.

"Le maraîcher Antoine Vidal fournira …", "La directora de la biblioteca, Lucía Prieto, …", "Die
Staatsanwaltschaft ermittelt …", "El alcalde Pedro Gil y la concejala Ana Ruiz …", "Pizarro se
despidió …" (a surname the article wrote in full before), "Ein Sprecher des Unternehmens …".
"""

from __future__ import annotations

from llmextract.baseline.languages.rules import words
from llmextract.baseline.phrase_words import MARKS, PREPOSITIONS, Tok
from llmextract.baseline.quotations import Span
from llmextract.baseline.speaker_links import full_name
from llmextract.baseline.speaker_phrases import SpeakerFinder, past_dateline
from llmextract.baseline.speaker_types import Speaker

__all__ = ["named_people", "sentence_subjects", "titled_names"]

_AND = words("et und y e")


def sentence_subjects(finder: SpeakerFinder, sentences: list[Span]) -> list[tuple[int, Speaker]]:
    """Names of two words or more, or institutions, opening a sentence ("Le maraîcher Antoine Vidal
    fournira …", "La directora de la biblioteca, Lucía Prieto, …", "Die Staatsanwaltschaft
    ermittelt …"): what pronouns, titles and bare institution nouns refer to."""
    out = []
    for s0, s1 in sentences:
        toks = past_dateline(finder.tokens_in(s0, min(s1, s0 + 200)))[:16]
        if toks and toks[0].text in MARKS:
            continue  # a quotation's words are no subject of the article's
        if toks and finder.is_institution(toks, 0):
            out.append((toks[0].start, finder.institution(toks, 0)[1]))
            continue
        if len(toks) > 2 and finder.is_cue(toks, 0):  # "Declaró también el presidente, Antonio Berzal."
            s = finder.speaker_after(toks, 0)
            if s is not None and not s.pronoun and s.name[:1].isupper():
                out.append((toks[0].start, s))
            continue
        if (
            len(toks) > 1
            and toks[0].word in finder.rules.determiners
            and finder.is_spokesperson(toks[1].word)
            and not (len(toks) > 2 and finder.is_name_start(toks, 2))  # a named spokesperson speaks
        ):
            spoken = finder.spoken_for(toks[2:])  # "Ein Sprecher des Unternehmens wies …"
            spoken.gender = finder.gender_of(toks[:2])  # "er" may refer to him
            out.append((toks[0].start, spoken))
            continue
        out.extend(_opening_names(finder, toks))
    return out


def _opening_names(finder: SpeakerFinder, toks: list[Tok]) -> list[tuple[int, Speaker]]:
    """The name opening a sentence, past the title before it and the body the title is of ("Der
    Landrat des Kreises Wehrfeld, Olaf Menz, …"), and a second name joined to it."""
    j = 0
    while j < len(toks):
        prev = toks[j - 1] if j else None
        if not finder.is_name_start(toks, j) or (prev is not None and prev.word in PREPOSITIONS):
            j += 1
            continue
        b = finder.run_end(toks, j)
        if b - j >= 2 and finder.is_title(toks[b - 1].word):
            j = b  # "Emmerichs Verteidiger, Rechtsanwalt Florian Sattler, …": a title, its holder after
            continue
        titled = any(finder.is_title(t.word) for t in toks[:j])
        if b - j == 1 and j == 0 and toks[j].text[-1].isalpha():
            full = full_name(finder.text, toks[j].text, finder.rules)
            if full != toks[j].text:  # "Pizarro se despidió …" after "Gonzalo Pizarro"
                return [(toks[j].start, Speaker(full, None, False))]
            if not finder.named_elsewhere(toks[j].text):
                j = b  # "Junto a él, su hermana Nerea, …": the sentence's first word, no name
                continue
        body = finder.institution_noun(toks[j].word) is not None  # "Brauerei Hollweg"
        if b - j >= 2 and not (titled and body):
            lead = [t for t in toks[:j] if t.text != ","]
            s = finder.named(toks, j, b, lead if titled else [])
            s.institution = body
            return [(toks[j].start, s), *_coordinated(finder, toks, b)]
        if not titled:
            return []
        if (
            b - j == 1
            and j > 1
            and finder.is_title(toks[j - 1].word)
            and toks[j].text[-1].isalpha()
            and toks[j - 2].word in finder.rules.determiners
            and b < len(toks)
            and toks[b].text == ","
        ):
            return [(toks[j].start, finder.named(toks, j, b, toks[j - 2 : j]))]  # "su hijo Damián, …"
        j = b  # past "La ministre de l’Industrie," to her name
    return []


def _coordinated(finder: SpeakerFinder, toks: list[Tok], b: int) -> list[tuple[int, Speaker]]:
    """A second subject joined to the first: "El alcalde Pedro Gil y la concejala Ana Ruiz …"."""
    b += b < len(toks) and toks[b].text == ","  # "…, Marion Sully, et le préfet …"
    if b >= len(toks) or toks[b].word not in _AND:
        return []
    lead = b + 1
    while lead < len(toks) and (
        toks[lead].word in finder.rules.determiners or finder.is_title(toks[lead].word)
    ):
        lead += 1
    if lead >= len(toks) or not finder.is_name_start(toks, lead):
        return []
    end = finder.run_end(toks, lead)
    if end - lead < 2:
        return []
    return [(toks[lead].start, finder.named(toks, lead, end, list(toks[b + 1 : lead])))]


def titled_names(finder: SpeakerFinder, sentences: list[Span]) -> list[tuple[int, Speaker]]:
    """Names written inside sentences after a title ("a reçu le préfet Marc
    Gaudin", "traf Minister Jan Ott"), outside quotations: what "il", "er", "él" may refer to."""
    out = []
    for s0, s1 in sentences:
        toks = finder.tokens_in(s0, s1)
        inside = False
        for j, t in enumerate(toks):
            if t.text in MARKS:
                inside = not inside
            title = j - 1 - (j > 1 and toks[j - 1].text == ",")  # "su entrenador, Julio Sanz"
            if inside or j == 0 or not t.cap or not finder.is_title(toks[title].word):
                continue
            if not finder.is_name_start(toks, j):
                continue
            a = title
            while a > 0 and (
                finder.is_title(toks[a - 1].word) or toks[a - 1].word in finder.rules.determiners
            ):
                a -= 1
            b = finder.run_end(toks, j)
            s = finder.named(toks, j, b, [x for x in toks[a:j] if x.text != ","])
            if b - j >= 2:
                out.append((t.start, s))
    return out


def named_people(finder: SpeakerFinder, sentences: list[Span]) -> list[tuple[int, Speaker]]:
    """Full names of people written anywhere outside quotations ("Die Enttäuschung war Thomas
    Reinhardt anzusehen", "wirft dem 58-jährigen Walter Emmerich vor"): whom a description after a
    cue ("a déclaré l’accusé", "sagte der Trainer") refers to when no subject or speaker fits."""
    out = []
    for s0, s1 in sentences:
        toks = past_dateline(finder.tokens_in(s0, s1))
        inside = False
        j = 0
        while j < len(toks):
            t = toks[j]
            if t.text in MARKS:
                inside = not inside
            prev = toks[j - 1] if j else None
            if inside or not finder.is_name_start(toks, j) or (prev is not None and prev.cap):
                j += 1
                continue
            b = finder.run_end(toks, j)
            body = any(x.word in finder.rules.org_cues or finder.institution_noun(x.word) for x in toks[j:b])
            if b - j >= 2 and not body and (prev is None or prev.word not in PREPOSITIONS):
                out.append((t.start, finder.named(toks, j, b, [])))
            j = b
    return out
