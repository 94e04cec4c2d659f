"""Countries by name and adjective in the four languages: what the name guard may leave out."""

from __future__ import annotations

import pytest

from llmextract.actors.countries import country_adjective, country_codes, country_named, names_a_country


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("Italia", "IT"),
        ("Allemagne", "DE"),
        ("Vereinigtes Königreich", "GB"),
        ("Burma", "MM"),
        ("U.S.", "US"),
    ],
)
def test_a_countrys_name_in_any_of_the_languages(words: str, code: str) -> None:
    assert code in country_named(words)


@pytest.mark.parametrize(
    ("words", "code"),
    [
        ("italienische", "IT"),  # German adjective from the language's name
        ("portuguesa", "PT"),
        ("Canadian", "CA"),  # English suffix rules
        ("Kenyan", "KE"),
        ("Frankreichs", "FR"),  # a genitive
        ("Swiss", "CH"),
    ],
)
def test_a_countrys_adjective(words: str, code: str) -> None:
    assert code in country_adjective(words)


@pytest.mark.parametrize("words", ["Senate", "Labour", "national", "Democratic", "European", "Bank"])
def test_other_words_name_no_country(words: str) -> None:
    assert country_codes(words) == frozenset()


def test_the_text_names_a_country_by_name_or_adjective() -> None:
    assert names_a_country("Ministers met in Vienna, where Austrian officials said no.", frozenset({"AT"}))
    assert names_a_country("Le Royaume-Uni a refusé.", frozenset({"GB"}))
    assert not names_a_country("The Senate passed the bill.", frozenset({"RU"}))
