"""Reported speech without quotation marks in French, German and Spanish."""

from __future__ import annotations

import pytest

from llmextract.baseline.model import baseline_extract


@pytest.mark.parametrize(
    ("text", "lang", "content", "speaker"),
    [
        (
            "Die Brücke sei nicht mehr sicher, erklärte die Kreisverwaltung am Montag.",
            "de",
            "Die Brücke sei nicht mehr sicher",
            "Kreisverwaltung",
        ),
        (
            "Les travaux reprendront en juin, a précisé la mairie.",
            "fr",
            "Les travaux reprendront en juin",
            "la mairie",
        ),
        (
            "El plazo vence el viernes, advirtió la fiscalía.",
            "es",
            "El plazo vence el viernes",
            "la fiscalía",
        ),
        ("Detalló que la obra costará dos millones.", "es", "que la obra costará dos millones", None),
        ("Selon la chambre d’agriculture, la récolte sera faible.", "fr", "la récolte sera faible", None),
        ("Nach Angaben der Feuerwehr wurde niemand verletzt.", "de", "wurde niemand verletzt", None),
        ("Laut einer Studie steigen die Mieten weiter.", "de", "steigen die Mieten weiter", "einer Studie"),
        (
            "Según fuentes policiales, el detenido tiene 30 años.",
            "es",
            "el detenido tiene 30 años",
            "fuentes policiales",
        ),
        ("La maire Inès Carrel a promis de rouvrir l’école.", "fr", "de rouvrir l’école", "Inès Carrel"),
        (
            "Der Landrat Olaf Menz versprach, die Straße bis Mai zu sanieren.",
            "de",
            "die Straße bis Mai zu sanieren",
            "Olaf Menz",
        ),
    ],
)
def test_reported_statement(text: str, lang: str, content: str, speaker: str | None) -> None:
    quotes = baseline_extract(text, lang).quotes
    assert [q.text for q in quotes] == [content]
    assert quotes[0].kind == "indirect"
    if speaker is not None:
        assert quotes[0].speaker == speaker


def test_konjunktiv_carries_the_statement_on_without_a_cue() -> None:
    text = (
        "Landrat Olaf Menz sagte, dass die Straße gesperrt bleibe. Man rechne mit drei Monaten. "
        "Die Umleitung werde ausgeschildert. Die Straße ist 40 Jahre alt."
    )
    quotes = baseline_extract(text, "de").quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("dass die Straße gesperrt bleibe", "Olaf Menz"),
        ("Man rechne mit drei Monaten", "Olaf Menz"),
        ("Die Umleitung werde ausgeschildert", "Olaf Menz"),
    ]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Brauerei Krell wurde 1890 gegründet, hieß sie damals noch Krell & Söhne.", "de"),
        ("Marc Olivier, maire de Roncel, a inauguré la salle.", "fr"),
        ("La fiscalía pidió tres años de cárcel.", "es"),
    ],
)
def test_no_statement_where_none_is_reported(text: str, lang: str) -> None:
    assert [q for q in baseline_extract(text, lang).quotes if q.kind == "indirect"] == []


def test_soll_carries_on_a_reported_statement_of_its_paragraph_only() -> None:
    text = (
        "Die Firma Brelo werde den Standort schließen, teilte der Betriebsrat mit. "
        "Im Mai soll die Produktion enden.\n\n"
        "„Wir kämpfen weiter“, sagte Betriebsrat Kai Ott.\n\nDer Umzug soll 2027 beginnen."
    )
    texts = [q.text for q in baseline_extract(text, "de").quotes]
    assert "Im Mai soll die Produktion enden" in texts
    assert not [t for t in texts if "Umzug" in t]


def test_a_german_clause_in_konjunktiv_after_the_cue_and_a_comma() -> None:
    text = "Das Amtsgericht Kelm prüft. Ein Gerichtssprecher sagte, die Richterin habe nicht entschieden."
    [quote] = baseline_extract(text, "de").quotes
    assert (quote.text, quote.speaker) == ("die Richterin habe nicht entschieden", "Amtsgericht Kelm")


@pytest.mark.parametrize(
    ("text", "lang", "content"),
    [
        (
            "La consejera Ana Ruiz ha asegurado este martes en rueda de prensa que habrá ayudas.",
            "es",
            "que habrá ayudas",
        ),
        (
            "Landrat Olaf Menz sagte am Dienstag in Berlin, dass die Straße gesperrt bleibt.",
            "de",
            "dass die Straße gesperrt bleibt",
        ),
        (
            "Le ministre Paul Roux a déclaré lundi soir devant la presse qu’il démissionnerait.",
            "fr",
            "qu’il démissionnerait",
        ),
    ],
)
def test_words_between_the_cue_and_its_complementiser(text: str, lang: str, content: str) -> None:
    assert [q.text for q in baseline_extract(text, lang).quotes] == [content]


def test_d_apres_names_a_source_and_apres_alone_does_not() -> None:
    [quote] = baseline_extract("D’après le maire Paul Roux, le pont tiendra encore dix ans.", "fr").quotes
    assert (quote.text, quote.speaker) == ("le pont tiendra encore dix ans", "Paul Roux")
    assert baseline_extract("Après la réunion, le maire Paul Roux est parti.", "fr").quotes == []


@pytest.mark.parametrize(
    ("text", "lang", "content", "speaker"),
    [
        (
            "La juge Léa Morin a tranché. Le dossier, a-t-elle estimé, reste fragile.",
            "fr",
            "Le dossier, a-t-elle estimé, reste fragile",
            "Léa Morin",
        ),
        (
            "Landrätin Ute Sommer kam. Die Schule, sagte sie, werde im Herbst saniert.",
            "de",
            "Die Schule, sagte sie, werde im Herbst saniert",
            "Ute Sommer",
        ),
        (
            "La jueza Rosa Liñán intervino. El recurso, subrayó, llega tarde.",
            "es",
            "El recurso, subrayó, llega tarde",
            "Rosa Liñán",
        ),
        (
            "La facture, selon le préfet Marc Gaudin, dépassera le million.",
            "fr",
            "La facture, selon le préfet Marc Gaudin, dépassera le million",
            "Marc Gaudin",
        ),
    ],
)
def test_a_cue_set_inside_reported_content(text: str, lang: str, content: str, speaker: str) -> None:
    quotes = baseline_extract(text, lang).quotes
    assert [(q.text, q.speaker) for q in quotes] == [(content, speaker)]


@pytest.mark.parametrize(
    ("text", "lang", "content", "speaker"),
    [
        (
            "Le pont sera fermé jusqu’en juin, a-t-on appris auprès de la préfecture.",
            "fr",
            "Le pont sera fermé jusqu’en juin",
            "la préfecture",
        ),
        (
            "Die Strecke bleibe gesperrt, hieß es bei der Deutschen Bahn.",
            "de",
            "Die Strecke bleibe gesperrt",
            "Deutschen Bahn",
        ),
        (
            "Die Polizei Kelm teilte mit, der Fahrer sei leicht verletzt worden.",
            "de",
            "der Fahrer sei leicht verletzt worden",
            "Polizei Kelm",
        ),
    ],
)
def test_impersonal_cues_and_separable_verbs(text: str, lang: str, content: str, speaker: str) -> None:
    assert [(q.text, q.speaker) for q in baseline_extract(text, lang).quotes] == [(content, speaker)]
