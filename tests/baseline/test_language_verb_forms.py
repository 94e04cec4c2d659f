"""The regular forms of speech verbs the fr/de/es tables are built from (languages/verb_forms)."""

from __future__ import annotations

from llmextract.baseline.languages import LANGUAGES
from llmextract.baseline.languages.verb_forms import french_forms, german_forms, spanish_forms
from llmextract.baseline.model import baseline_extract


def test_forms_of_each_language() -> None:
    assert spanish_forms("remarcar rebatir").split() == [
        *("remarcó", "remarcaron", "remarca", "remarcan", "remarcaba", "remarcado"),
        *("rebatió", "rebatieron", "rebate", "rebaten", "rebatía", "rebatido"),
    ]
    assert {"souligné", "souligne", "soulignait", "souligne-t-elle", "soulignent-ils"} <= set(
        french_forms("souligner").split()
    )
    assert german_forms("beton antwort").split() == [
        *("betonte", "betonten", "betont", "betonen"),
        *("antwortete", "antworteten", "antwortet", "antworten"),
    ]


def test_the_tables_hold_the_generated_forms() -> None:
    assert {"ha", "remarcado"} <= LANGUAGES["es"].fillers | LANGUAGES["es"].cue_verbs
    assert "fustige-t-il" in LANGUAGES["fr"].cue_verbs
    assert "bemängelte" in LANGUAGES["de"].cue_verbs


def test_a_perfect_tense_cue_attributes_the_quotation() -> None:
    [quote] = baseline_extract("«No habrá recortes», ha remarcado la consejera Nuria Bravo.", "es").quotes
    assert quote.speaker == "Nuria Bravo"
