"""French, German and Spanish rules: quotation marks, cue verbs, incises, dialogue dashes, reported speech."""

from __future__ import annotations

from pathlib import Path

import pytest

from llmextract import Article, extract
from llmextract.baseline.model import baseline_extract
from llmextract.core.answer import LLMQuote
from llmextract.evaluation.gold import load_gold

GOLD = Path(__file__).resolve().parents[2] / "examples" / "gold" / "multilingual.jsonl"


def _only(text: str, lang: str) -> LLMQuote:
    quotes = baseline_extract(text, lang).quotes
    assert len(quotes) == 1, quotes
    return quotes[0]


@pytest.mark.parametrize(
    ("text", "lang", "quote", "speaker", "cue"),
    [
        (
            "« Le pont fermera en mars », a déclaré Claire Dubois.",
            "fr",
            "« Le pont fermera en mars »",
            "Claire Dubois",
            "déclaré",
        ),
        (
            "Le maire Paul Renard a affirmé\u202f: «\u202fNous paierons la moitié.\u202f»",
            "fr",
            "«\u202fNous paierons la moitié.\u202f»",
            "Paul Renard",
            "affirmé",
        ),
        (
            "„Die Brücke ist marode“, sagte die Ministerin Anna Schmidt.",
            "de",
            "„Die Brücke ist marode“",
            "Anna Schmidt",
            "sagte",
        ),
        (
            "Am Montag erklärte Jan van der Berg: »Der Bund zahlt.«",
            "de",
            "»Der Bund zahlt.«",
            "Jan van der Berg",
            "erklärte",
        ),
        (
            "«Cumpliremos el plazo», aseguró la alcaldesa Marta Ruiz.",
            "es",
            "«Cumpliremos el plazo»",
            "Marta Ruiz",
            "aseguró",
        ),
        (
            "Luis del Valle afirmó: “Los camiones irán por la circunvalación”.",
            "es",
            "“Los camiones irán por la circunvalación”",
            "Luis del Valle",
            "afirmó",
        ),
    ],
)
def test_quotation_marks_and_cues_of_each_language(
    text: str, lang: str, quote: str, speaker: str, cue: str
) -> None:
    q = _only(text, lang)
    assert (q.text, q.speaker, q.cue, q.kind) == (quote, speaker, cue, "direct")


def test_inverted_pronoun_goes_to_the_person_named_before() -> None:
    text = "Jean de La Motte préside les commerçants. « Trois mois sans clients, c’est long », a-t-il dit."
    q = _only(text, "fr")
    assert q.speaker == "Jean de La Motte"
    assert q.cue == "a-t-il"


def test_incise_inside_guillemets_attributes_the_whole_quotation() -> None:
    text = "« Nous tiendrons, a assuré Claire Dubois. Personne ne veut attendre. »"
    q = _only(text, "fr")
    assert q.text == text and q.speaker == "Claire Dubois"


def test_german_so_and_the_surname_takes_the_full_name() -> None:
    text = "Der Sprecher heißt Jan Becker. „Wir rechnen mit drei Monaten“, so Becker."
    q = _only(text, "de")
    assert (q.speaker, q.cue) == ("Jan Becker", "so")


def test_spanish_dialogue_dashes_give_each_speech_segment_the_incise_speaker() -> None:
    text = "—No habrá cierre parcial —dijo la alcaldesa Marta Ruiz—. Lo decidimos ayer."
    quotes = baseline_extract(text, "es").quotes
    assert [(q.text, q.speaker) for q in quotes] == [
        ("No habrá cierre parcial", "Marta Ruiz"),
        ("Lo decidimos ayer.", "Marta Ruiz"),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "content", "speaker"),
    [
        ("Paul Renard a déclaré que l’État paiera.", "fr", "que l’État paiera", "Paul Renard"),
        ("Der Anwohner Peter Hahn sagte, dass er zweifle.", "de", "dass er zweifle", "Peter Hahn"),
        ("Según el delegado Pedro Alonso, el Estado pagará.", "es", "el Estado pagará", "Pedro Alonso"),
        ("Laut Becker ist die Stimmung schlecht.", "de", "ist die Stimmung schlecht", "Becker"),
    ],
)
def test_reported_speech(text: str, lang: str, content: str, speaker: str) -> None:
    q = _only(text, lang)
    assert (q.text, q.speaker, q.kind) == (content, speaker, "indirect")


def test_quoted_title_without_a_cue_is_not_a_quote() -> None:
    assert baseline_extract("Le film « Les Ponts » sort mercredi à Lyon.", "fr").quotes == []


def test_titles_become_roles_and_particles_stay_in_names() -> None:
    ex = baseline_extract("„Wir zahlen“, sagte die Ministerin Anna von Falk.", "de")
    [actor] = ex.actors
    assert (actor.name, actor.role) == ("Anna von Falk", "die Ministerin")


def test_own_articles_direct_quotes_found_with_the_right_speaker() -> None:
    """Done when: at least 90% of the direct quotes of our fr/de/es articles, each with its speaker."""
    found = total = 0
    for gold in load_gold(GOLD):
        assert gold.lang in ("fr", "de", "es")
        got = extract(Article(text=gold.text, id=gold.id, metadata={"lang": gold.lang}), model="baseline")
        for g in (q for q in gold.quotes if q.kind == "direct"):
            total += 1
            found += any(q.start < g.end and g.start < q.end and q.speaker == g.speaker for q in got.quotes)
    assert total >= 20
    assert found / total >= 0.9, f"{found}/{total}"


def test_english_articles_keep_the_english_rules() -> None:
    text = "“The harbour will reopen next month,” Akar told reporters on Tuesday."
    assert baseline_extract(text) == baseline_extract(text, "en")


def test_page_furniture_lines_are_not_quotes_and_not_actors() -> None:
    text = (
        "The council approved the budget on Monday.\n"
        "READ MORE: “Mayor Says Budget Will Pass,” Local Paper Reports\n"
        "Related: Council Votes On Harbour Plan\n"
        "“We kept every school open,” Mayor Dana Whitlock said.\n"
        "Photo: Harbour Courier Staff\n"
        "Subscribe to Morning Brief for more stories\n"
    )
    ex = baseline_extract(text, "en")
    assert [(q.text, q.speaker) for q in ex.quotes] == [("“We kept every school open,”", "Dana Whitlock")]
    names = {a.name for a in ex.actors}
    assert "Dana Whitlock" in names
    assert not names & {"READ MORE", "Local Paper Reports", "Harbour Courier Staff", "Morning Brief"}


def test_headlines_and_datelines_are_not_actors() -> None:
    text = (
        "Harbour Council Approves Wind Farm Despite Fishing Protests\n\n"
        "PORT ELLERY — The harbour council approved the offshore wind farm on Tuesday.\n\n"
        "“This is the biggest investment this town has seen,” said Mayor Inès Okafor.\n"
    )
    ex = baseline_extract(text, "en")
    assert {a.name for a in ex.actors} == {"Inès Okafor"}
    assert [q.speaker for q in ex.quotes] == ["Inès Okafor"]


def test_a_sentence_or_a_quoted_line_is_no_headline() -> None:
    text = (
        "Council Members Voted Against The Plan On Tuesday.\n“Nobody Asked The Fleet,” Tomas Brennan said\n"
    )
    ex = baseline_extract(text, "en")
    assert [(q.text, q.speaker) for q in ex.quotes] == [("“Nobody Asked The Fleet,”", "Tomas Brennan")]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "«No cerraremos la piscina». Así lo explicó el alcalde, Joaquín Beltrán, ante el pleno.",
            "es",
            "Joaquín Beltrán",
        ),
        (
            "„Das ist ein schwarzer Tag.“ So reagierte Bürgermeisterin Ina Roth auf die Nachricht.",
            "de",
            "Ina Roth",
        ),
        ("« Rien ne change. » Le préfet Marc Gaudin a ainsi répondu aux élus.", "fr", "Marc Gaudin"),
    ],
)
def test_speaker_named_in_the_sentence_after_the_quotation(text: str, lang: str, speaker: str) -> None:
    assert [q.speaker for q in baseline_extract(text, lang).quotes] == [speaker]


def test_the_next_paragraph_does_not_name_the_speaker() -> None:
    text = "« Rien ne change. »\n\nLe maire Paul Roux a déclaré que tout irait bien."
    quotes = baseline_extract(text, "fr").quotes
    assert [q.speaker for q in quotes] == [None, "Paul Roux"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "La rectrice Anne Vidal a visité le lycée. Et de conclure : « Nous ouvrirons en mai. »",
            "fr",
            "Anne Vidal",
        ),
        ("Landrätin Ute Sommer kam spät. „Wir sind bereit“, betonte die 61-Jährige.", "de", "Ute Sommer"),
        (
            "El técnico Jon Urrutia habló tras el partido. «Merecimos más», lamentó el vasco.",
            "es",
            "Jon Urrutia",
        ),
    ],
)
def test_an_infinitive_cue_or_a_description_goes_to_the_person_named(
    text: str, lang: str, speaker: str
) -> None:
    assert [q.speaker for q in baseline_extract(text, lang).quotes] == [speaker]


def test_a_headline_title_goes_to_the_person_named_with_it_below() -> None:
    text = "„Wir bauen weiter“, verspricht der Landrat\n\nDer Landrat des Kreises Wehrfeld, Olaf Menz, kam."
    assert [q.speaker for q in baseline_extract(text, "de").quotes] == ["Olaf Menz"]


def test_a_plural_description_is_a_source_of_its_own() -> None:
    text = "El alcalde Pedro Gil visitó el mercado. «Así no se puede vender», protestaron los comerciantes."
    assert [q.speaker for q in baseline_extract(text, "es").quotes] == ["los comerciantes"]


@pytest.mark.parametrize(
    ("text", "lang", "speaker"),
    [
        (
            "El Racing Ollera cesó a su entrenador, Julio Sanz. «Me voy orgulloso», declaró el madrileño.",
            "es",
            "Julio Sanz",
        ),
        ("« Je reste », a déclaré Avril Morel, la présidente du club, en septembre.", "fr", "Avril Morel"),
    ],
)
def test_months_written_lower_case_leave_capitalised_names_alone(text: str, lang: str, speaker: str) -> None:
    """Spanish and French write months in lower case: "Julio", "Avril" capitalised are names."""
    assert [q.speaker for q in baseline_extract(text, lang).quotes] == [speaker]
