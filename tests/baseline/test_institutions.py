"""Institutions as speakers: one actor for the full name and the noun alone, synonyms, descriptors."""

from __future__ import annotations

from llmextract.baseline.institutions import Institutions
from llmextract.baseline.languages import LANGUAGES
from llmextract.baseline.speaker_phrases import SpeakerFinder
from llmextract.baseline.speaker_types import Speaker


def _canonical(text: str, lang: str, phrase: str) -> Speaker:
    institutions = Institutions(text, SpeakerFinder(text, LANGUAGES[lang]))
    return institutions.canonical(Speaker(phrase, None, False, institution=True))


def test_the_noun_alone_takes_the_full_name() -> None:
    text = "Le tribunal administratif de Roncel a suspendu l’arrêté. Le tribunal a jugé vite."
    assert _canonical(text, "fr", "le tribunal").name == "Tribunal administratif de Roncel"


def test_german_compound_and_genitive_forms() -> None:
    text = "Die Handwerkskammer warnt. Die Kammer rechnet mit Verlusten."
    assert _canonical(text, "de", "die Kammer").name == "Handwerkskammer"


def test_a_synonym_is_the_same_body() -> None:
    text = "El ayuntamiento de Lerma cerró la calle. El consistorio abrirá otra."
    assert _canonical(text, "es", "el consistorio").name == "Ayuntamiento de Lerma"


def test_a_descriptor_names_the_body_it_describes_or_refers_back() -> None:
    text = "La empresa Hidralia ganó el concurso."
    assert _canonical(text, "es", "la empresa Hidralia").name == "Hidralia"
    back = _canonical(text, "es", "la compañía")
    assert back.pronoun and back.institution  # the body named last, found by the resolver


def test_aliases_are_the_phrases_written_with_their_article() -> None:
    text = "Die Stadtwerke Ebersfeld erhöhen die Preise. Die Stadtwerke begründen das mit Kosten."
    institutions = Institutions(text, SpeakerFinder(text, LANGUAGES["de"]))
    assert institutions.canonical(Speaker("die Stadtwerke", None, False, institution=True)).name == (
        "Stadtwerke Ebersfeld"
    )
    assert "die Stadtwerke" in institutions.aliases("Stadtwerke Ebersfeld")
