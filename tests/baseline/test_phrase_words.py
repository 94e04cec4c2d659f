"""Tokens and the language tables' reading of them: names, titles, institutions, gender."""

from __future__ import annotations

from llmextract.baseline.languages import LANGUAGES
from llmextract.baseline.phrase_words import PhraseWords, tokens


def test_tokens_keep_honorifics_elisions_and_d_apres_whole() -> None:
    text = "D’après M. Roux, l’État paiera."
    assert [t.text for t in tokens(text, 0, len(text))] == [
        "D’après",
        "M.",
        "Roux",
        ",",
        "l’",
        "État",
        "paiera",
        ".",
    ]


def test_the_article_is_tokenised_once_and_sliced() -> None:
    text = "Le maire Paul Roux a parlé. Elle a répondu."
    words = PhraseWords(text, LANGUAGES["fr"])
    assert [t.text for t in words.tokens_in(text.index("Elle"), len(text))] == ["Elle", "a", "répondu", "."]


def test_german_compounds_count_by_their_last_part() -> None:
    words = PhraseWords("", LANGUAGES["de"])
    assert words.is_title("oberbürgermeisterin") and words.is_spokesperson("gerichtssprecher")
    assert words.institution_noun("unternehmens") == "unternehmen"
    assert words.institution_noun("notarkammer") == "notarkammer"
    assert words.institution_noun("kammerton") is None


def test_gender_from_article_honorific_or_title() -> None:
    fr, de = PhraseWords("la maire", LANGUAGES["fr"]), PhraseWords("Landrätin", LANGUAGES["de"])
    assert fr.gender_of(fr.tokens_in(0, 8)) == "f"
    assert de.gender_of(de.tokens_in(0, 9)) == "f"
