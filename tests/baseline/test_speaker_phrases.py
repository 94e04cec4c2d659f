"""Speaker phrases around a cue: names, titles, institutions, spokespersons, pronouns, addressees."""

from __future__ import annotations

import pytest

from llmextract.baseline.languages import LANGUAGES
from llmextract.baseline.phrase_words import tokens
from llmextract.baseline.speaker_phrases import SpeakerFinder, past_dateline


def _after(text: str, lang: str, cue: str) -> tuple[str, bool, bool] | None:
    finder = SpeakerFinder(text, LANGUAGES[lang])
    toks = tokens(text, 0, len(text))
    i = next(k for k, t in enumerate(toks) if t.text == cue)
    s = finder.speaker_after(toks, i, described=True) or finder.speaker_further(toks, i)
    return None if s is None else (s.name, s.institution, s.pronoun)


@pytest.mark.parametrize(
    ("text", "lang", "cue", "speaker"),
    [
        ("« Rien ne bouge », a répondu la gendarmerie.", "fr", "répondu", ("la gendarmerie", True, False)),
        (
            "„Wir bauen“, teilte die Stadtverwaltung mit.",
            "de",
            "teilte",
            ("die Stadtverwaltung", True, False),
        ),
        (
            "«Pagaremos», anunció la diputación de Lerma.",
            "es",
            "anunció",
            ("la diputación de Lerma", True, False),
        ),
        ("„Wir bauen“, sagte Landrätin Elke Marquardt.", "de", "sagte", ("Elke Marquardt", False, False)),
        (
            "„Wir bauen“, sagte Fraktionsvorsitzender Timo Brandt.",
            "de",
            "sagte",
            ("Timo Brandt", False, False),
        ),
        ("« Nous verrons », a déclaré M. Fabien Morel.", "fr", "déclaré", ("Fabien Morel", False, False)),
        (
            "«Ya veremos», dijo a los periodistas la jueza Rosa Liñán.",
            "es",
            "dijo",
            ("Rosa Liñán", False, False),
        ),
        ("«Ya veremos», explicó ayer el edil Tomás Arce.", "es", "explicó", ("Tomás Arce", False, False)),
        ("« Nous verrons », a assuré un porte-parole de Vélia.", "fr", "assuré", ("Vélia", True, False)),
        ("„Wir warten“, sagte ein Sprecher der Polizei.", "de", "sagte", ("der Polizei", True, False)),
        (
            "„Wir warten“, sagte der Sprecher der Stadt, Ole Brink.",
            "de",
            "sagte",
            ("Ole Brink", False, False),
        ),
        ("«Seguimos», zanjó la portavoz del club, Eva Sanz.", "es", "zanjó", ("Eva Sanz", False, False)),
        ("« Jamais », tranche-t-elle.", "fr", "tranche-t-elle", ("elle", False, True)),
        ("«Nunca», reconoció el portero.", "es", "reconoció", ("el portero", False, False)),
        ("„Nie“, sagte Uta Klee der Lokalzeitung.", "de", "sagte", ("Uta Klee", False, False)),
    ],
)
def test_speaker_after_the_cue(text: str, lang: str, cue: str, speaker: tuple[str, bool, bool]) -> None:
    assert _after(text, lang, cue) == speaker


def test_a_title_is_a_role_and_says_the_gender() -> None:
    text = "„Nein“, sagte Bürgermeisterin Ina Roth."
    finder = SpeakerFinder(text, LANGUAGES["de"])
    toks = tokens(text, 0, len(text))
    s = finder.speaker_after(toks, next(k for k, t in enumerate(toks) if t.text == "sagte"))
    assert s is not None
    assert (s.name, s.role, s.gender) == ("Ina Roth", "Bürgermeisterin", "f")


def test_an_appositive_role_before_the_cue_is_no_name() -> None:
    text = "Lucie Marchand, déléguée FSU, dénonce un recul."
    finder = SpeakerFinder(text, LANGUAGES["fr"])
    toks = tokens(text, 0, len(text))
    s = finder.speaker_before(toks, next(k for k, t in enumerate(toks) if t.text == "dénonce"), 0)
    assert s is not None and s.name == "Lucie Marchand" and s.role == "déléguée FSU"


def test_a_dateline_is_no_subject() -> None:
    text = "VERNAC, 2 mai (AFP) - Le conseil a voté."
    assert [t.text for t in past_dateline(tokens(text, 0, len(text)))][:2] == ["Le", "conseil"]
