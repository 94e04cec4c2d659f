"""Language detection: the English short cut agrees with the full detector and claims nothing else."""

from __future__ import annotations

import py3langid
import pytest

from llmextract.reading.language import detect_language, plainly_english

ENGLISH = (
    "The city council voted on Tuesday to close the old harbour bridge to cars, a decision that the mayor"
    " said was long overdue. Residents who live near the bridge have complained for years about the noise"
    " of the traffic, and the council has been under pressure from shop owners on both sides of the river."
    " The bridge will be open to walkers and cyclists from the spring, according to a statement."
)
FRENCH = (
    "Le conseil municipal a voté mardi la fermeture du vieux pont du port aux voitures, une décision que"
    " le maire a jugée attendue depuis longtemps. Les habitants qui vivent près du pont se plaignent depuis"
    " des années du bruit de la circulation, et les commerçants des deux rives font pression sur le conseil."
)
GERMAN = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für Autos zu sperren, eine Entscheidung,"
    " die der Bürgermeister als längst überfällig bezeichnete. Anwohner, die in der Nähe der Brücke leben,"
    " beklagen sich seit Jahren über den Lärm des Verkehrs, und die Ladenbesitzer auf beiden Seiten drängen."
)
DUTCH = (
    "De gemeenteraad heeft dinsdag besloten de oude havenbrug voor auto's te sluiten, een besluit dat de"
    " burgemeester al lang nodig vond. Bewoners die in de buurt van de brug wonen klagen al jaren over het"
    " lawaai van het verkeer, en de winkeliers aan beide kanten van de rivier zetten de raad onder druk."
)


def test_english_news_takes_the_short_cut_and_agrees_with_the_detector() -> None:
    assert plainly_english(ENGLISH)
    assert py3langid.classify(ENGLISH)[0] == "en" == detect_language(ENGLISH)


@pytest.mark.parametrize(("text", "code"), [(FRENCH, "fr"), (GERMAN, "de"), (DUTCH, "nl")])
def test_other_languages_go_to_the_detector(text: str, code: str) -> None:
    assert not plainly_english(text)
    assert detect_language(text) == code


def test_a_few_english_words_are_not_enough() -> None:
    assert not plainly_english("The end of the line.")  # too short to be sure: the detector decides


def test_english_words_among_another_script_are_not_english() -> None:
    mixed = "東京の市議会は火曜日に古い橋を閉鎖することを決めた。" * 8 + " " + ENGLISH[:200]
    assert not plainly_english(mixed)
