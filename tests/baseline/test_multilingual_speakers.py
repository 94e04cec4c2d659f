"""Speakers named in the sentence after a quotation, by a noun for the words just quoted.

« … » Ces propos sont ceux du vice-président, X. / „…“ Mit diesen Worten kritisierte der
Fraktionschef, X, … / «…». La frase es del central X: the speaker is the person that sentence names,
not the one named before the quotation, nor a word of the phrase ("Worten").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from llmextract import Article, extract
from llmextract.baseline.model import baseline_extract

ARTICLES = Path(__file__).resolve().parent / "articles"

EXPECTED = {
    "fr-festival-rocheval-annulation": [
        ("Le festival de musique de Rocheval n’aura pas lieu", "Rocheval en Scène"),
        ("Nous avons épuisé toutes les solutions", "Marion Delcourt"),
        ("que la subvention régionale", "Marion Delcourt"),
        ("C’est une perte immense", "Patrick Sauvageot"),
        ("La région n’a jamais promis", "Jean-Marc Olivier"),
        ("une centaine d’emplois saisonniers", "Chambre de commerce"),  # not the noun alone, "la chambre"
        ("Cette annulation", "Thomas Réval"),
    ],
    "de-freibad-moosach-sanierung": [
        ("Das Freibad in Moosach bleibt auch in diesem Sommer geschlossen", "Stadtwerke Moosach"),
        ("Grund seien Risse im Becken", "Stadtwerke Moosach"),
        ("Für viele Familien ist das Bad", "Sandra Kessler"),
        ("Die Stadt werde Busse", "Sandra Kessler"),
        ("Das hätte man vor drei Jahren", "Oliver Brandt"),
        ("Man habe das Becken jedes Jahr geprüft", "Stadtwerke Moosach"),
        ("dass ein unabhängiger Gutachter", "Oliver Brandt"),
        ("Wir schaffen das bis 2028", "Karl Huber"),
    ],
    "es-hospital-sierra-urgencias": [
        ("cerrará sus urgencias por la noche", "Servicio Regional de Salud"),
        ("No podemos garantizar", "Manuel Ortega"),
        ("que los pacientes serán trasladados", "Manuel Ortega"),
        ("Es un golpe para toda la comarca", "Carmen Ríos"),
        ("más de 9.000 vecinos", "Javier Molina"),
        ("que el cierre será temporal", "Isabel Navarro"),
        ("Volveremos a abrir", "Isabel Navarro"),
    ],
}
CASES = [(name, fragment, speaker) for name, cases in EXPECTED.items() for fragment, speaker in cases]


@pytest.mark.parametrize(("name", "fragment", "speaker"), CASES, ids=[c[1][:30] for c in CASES])
def test_quote_has_its_speaker(name: str, fragment: str, speaker: str) -> None:
    text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
    extraction = extract(Article(text=text, id=name, metadata={"lang": name[:2]}), model="baseline")
    start = text.index(fragment)
    hits = [q for q in extraction.quotes if q.start < start + len(fragment) and start < q.end]
    assert hits, f"not found: {fragment}"
    names = {a.id: {a.name, *a.aliases} for a in extraction.actors}
    assert any(q.speaker == speaker or speaker in names.get(q.speaker_id or "", set()) for q in hits), (
        fragment,
        [q.speaker for q in hits],
    )


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "Le conseil municipal a voté mardi. « Nous ne céderons rien. » Ces paroles sont celles de la "
            "conseillère d’opposition, Agathe Morel, qui a quitté la séance.",
            "fr",
            "Agathe Morel",
        ),
        (
            "Landrat Paul Seidl eröffnete die Sitzung. „Wir brauchen mehr Busse.“ Mit diesen Worten "
            "forderte die Vorsitzende des Seniorenbeirats, Gerda Voss, einen neuen Fahrplan.",
            "de",
            "Gerda Voss",
        ),
        (
            "El alcalde, Tomás Vidal, abrió el pleno. «No habrá subida de impuestos». La frase es de la "
            "concejala de Hacienda, Rosa Marín, que presentó el presupuesto.",
            "es",
            "Rosa Marín",
        ),
    ],
)
def test_the_next_sentence_names_the_speaker_of_the_words_it_refers_to(
    text: str, lang: str, speaker: str
) -> None:
    quotes = [q for q in baseline_extract(text, lang).quotes if q.text[:1] in "«„"]
    assert [q.speaker for q in quotes] == [speaker]


def test_a_quotation_with_no_reference_after_it_keeps_the_speaker_named_before() -> None:
    text = (
        "Le maire, Jacques Roux, a défendu le budget. « Nous ne céderons rien. » La séance a été "
        "levée à minuit par la présidente, Agathe Morel."
    )
    assert [q.speaker for q in baseline_extract(text, "fr").quotes] == ["Jacques Roux"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("Le marché de Noël n’aura pas lieu cette année, a annoncé lundi la mairie.", "fr", "la mairie"),
        (
            "Le marché de Noël n’aura pas lieu cette année, a annoncé l’association des commerçants, "
            "Vitrines de Brécy.",
            "fr",
            "Vitrines de Brécy",
        ),
        (
            "La piscina municipal cerrará en agosto, informó este lunes el ayuntamiento.",
            "es",
            "el ayuntamiento",
        ),
    ],
)
def test_a_statement_before_its_cue_keeps_the_speaker_named_past_a_time_or_a_description(
    text: str, lang: str, speaker: str
) -> None:
    assert [q.speaker for q in baseline_extract(text, lang).quotes] == [speaker]


def test_a_que_after_a_name_and_a_comma_is_a_relative_pronoun_not_reported_speech() -> None:
    text = "Así lo expresó la alcaldesa, Carmen Ríos, que pidió una reunión urgente con la consejera."
    assert baseline_extract(text, "es").quotes == []


def test_verlangen_reports_what_its_dass_clause_says() -> None:
    text = "Der Fraktionschef Oliver Brandt verlangte, dass ein Gutachter die Pläne prüft."
    [quote] = baseline_extract(text, "de").quotes
    assert (quote.text, quote.speaker) == ("dass ein Gutachter die Pläne prüft", "Oliver Brandt")


def test_selon_elle_after_a_body_opening_the_sentence_before_is_that_body() -> None:
    text = (
        "Le maire, Paul Roux, a parlé. La caisse d’allocations, elle, refuse de commenter. Selon elle, "
        "les dossiers seront traités en mars."
    )
    assert [q.speaker for q in baseline_extract(text, "fr").quotes] == ["Caisse d’allocations"]


def test_das_teilte_x_mit_names_the_source_of_the_sentence_before() -> None:
    text = "Die Brücke bleibt bis Oktober gesperrt. Das teilte das Landratsamt am Freitag mit."
    [quote] = baseline_extract(text, "de").quotes
    assert quote.text == "Die Brücke bleibt bis Oktober gesperrt"
    assert quote.speaker is not None and "Landratsamt" in quote.speaker


def test_das_opening_a_sentence_with_no_cue_reports_nothing() -> None:
    text = "Die Brücke bleibt bis Oktober gesperrt. Das ärgert viele Pendler in der Region."
    assert baseline_extract(text, "de").quotes == []


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "La chambre d’agriculture de la Sarthe-Est approuve. « Bien », a dit la chambre.",
            "fr",
            "Chambre d’agriculture de la Sarthe-Est",
        ),
        (
            "La chambre des métiers de Vorbe approuve. « Bien », a dit la chambre.",
            "fr",
            "Chambre des métiers de Vorbe",
        ),
        (
            "La Cámara de Comercio de Ribalta respaldó el plan. «Bien», dijo un portavoz de la Cámara.",
            "es",
            "Cámara de Comercio de Ribalta",
        ),
    ],
)
def test_a_body_keeps_its_noun_complement(text: str, lang: str, speaker: str) -> None:
    assert [q.speaker for q in baseline_extract(text, lang).quotes] == [speaker]


def test_the_parquet_of_the_town_is_not_a_name() -> None:
    text = "Le parquet de la ville a ouvert une enquête. « Rien », a dit le parquet."
    assert [q.speaker for q in baseline_extract(text, "fr").quotes] == ["le parquet"]


@pytest.mark.parametrize(
    "text",
    [
        "El mercado cerrará en mayo, según informó este martes el ayuntamiento.",
        "MADRID, 12 mar. (EFE).- El mercado cerrará en mayo, según el ayuntamiento.",
        "VILLA ROBLEDA, 12 mar. (EFE).- El mercado cerrará en mayo, según explicó ayer el ayuntamiento.",
    ],
)
def test_segun_after_the_content_past_a_dateline_and_a_time(text: str) -> None:
    [quote] = baseline_extract(text, "es").quotes
    assert (quote.text, quote.speaker) == ("El mercado cerrará en mayo", "el ayuntamiento")


def test_a_german_nominalised_title_has_no_gender_without_its_article() -> None:
    text = (
        "„Wir fahren weiter“, sagte Geschäftsführer Paul Brack. „Viele haben kein Auto“, sagte ihre "
        "Vorsitzende Gerda Imhof. Sie verlangte, dass die Linie bleibt."
    )
    assert [q.speaker for q in baseline_extract(text, "de").quotes] == [
        "Paul Brack",
        "Gerda Imhof",
        "Gerda Imhof",
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Nach Angaben der Seniorenvertretung Wehlau haben 900 Menschen unterschrieben.",
            "Seniorenvertretung Wehlau",
        ),
        (
            "Ein Sprecher des Verkehrsverbunds Oberland erklärte, der Bus werde gefördert.",
            "Verkehrsverbunds Oberland",
        ),
        (
            "Die Beiträge steigen, teilte die Krankenversicherung Nordlicht mit.",
            "Krankenversicherung Nordlicht",
        ),
    ],
)
def test_german_compound_bodies_speak(text: str, speaker: str) -> None:
    assert [q.speaker for q in baseline_extract(text, "de").quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        ("« Rien ne change. » La phrase est d’Armelle Vidal, mère d’élève.", "fr", "Armelle Vidal"),
        (
            "„Ich muss mir freinehmen.“ So beschreibt es Tanja Roth, Mutter von zwei Kindern.",
            "de",
            "Tanja Roth",
        ),
        ("„Es reicht.“ So schildert es die Vorsitzende Uta Kern.", "de", "Uta Kern"),
    ],
)
def test_a_speaker_named_in_the_sentence_after_the_quotation(text: str, lang: str, speaker: str) -> None:
    assert [q.speaker for q in baseline_extract(text, lang).quotes] == [speaker]


def test_asi_lo_confirmo_names_the_source_of_the_sentence_before() -> None:
    text = "El hospital cerrará el paritorio en verano. Así lo confirmó este lunes el gerente, Luis Mora."
    [quote] = baseline_extract(text, "es").quotes
    assert (quote.text, quote.speaker) == ("El hospital cerrará el paritorio en verano", "Luis Mora")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Sprecher Jonas Wendt sagte, die Stadt plane eine neue Halle.", "de"),
        ("Sein Sprecher Jonas Wendt sagte, gute Betreuung koste Geld.", "de"),
        ("Le porte-parole Jonas Wendt a déclaré que le projet avançait.", "fr"),
    ],
)
def test_a_named_spokesperson_is_the_speaker(text: str, lang: str) -> None:
    assert [q.speaker for q in baseline_extract(text, lang).quotes] == ["Jonas Wendt"]


def test_an_unnamed_spokesperson_still_speaks_for_the_body() -> None:
    text = "Die Stadt baut. Ein Sprecher der Stadt sagte, man plane eine Halle."
    [quote] = baseline_extract(text, "de").quotes
    assert quote.speaker is not None and quote.speaker.endswith("Stadt")


@pytest.mark.parametrize(
    ("title", "name"), [("Gewerkschaftssekretärin", "Eva Lenz"), ("Personaldezernent", "Olaf Brink")]
)
def test_german_compound_titles_stay_out_of_the_name(title: str, name: str) -> None:
    text = f"„Wir warten“, sagte {title} {name}."
    assert [q.speaker for q in baseline_extract(text, "de").quotes] == [name]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Die Krankenversicherung Nordlicht teilte mit, die Beiträge würden steigen.",
            "die Beiträge würden steigen",
        ),
        (
            "Der Trainer Ole Brandt erklärte, die Spieler hätten genug trainiert.",
            "die Spieler hätten genug trainiert",
        ),
    ],
)
def test_konjunktiv_ii_after_a_cue_is_reported_speech(text: str, content: str) -> None:
    assert [q.text for q in baseline_extract(text, "de").quotes] == [content]


def test_konjunktiv_ii_without_a_cue_is_no_statement() -> None:
    assert baseline_extract("Die Stadt würde gern helfen. Das Geld fehlt.", "de").quotes == []
