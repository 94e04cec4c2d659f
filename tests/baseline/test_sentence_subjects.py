"""Subjects opening a sentence, which pronouns and titles refer to."""

from __future__ import annotations

from llmextract.baseline.languages import LANGUAGES
from llmextract.baseline.quotations import quotation_spans, sentence_bounds
from llmextract.baseline.sentence_subjects import sentence_subjects
from llmextract.baseline.speaker_phrases import SpeakerFinder


def _subjects(text: str, lang: str) -> list[tuple[str, str | None]]:
    rules = LANGUAGES[lang]
    found = sentence_subjects(SpeakerFinder(text, rules), sentence_bounds(text, quotation_spans(text, rules)))
    return [(s.name, s.role) for _, s in found]


def test_title_then_name_and_coordinated_subjects() -> None:
    text = "La rectrice de l’académie, Marion Sully, et le préfet Yves Caron ont signé."
    assert _subjects(text, "fr") == [
        ("Marion Sully", "La rectrice de l’académie"),
        ("Yves Caron", "le préfet"),
    ]


def test_a_surname_opening_a_sentence_takes_the_full_name() -> None:
    text = "El técnico Jon Urrutia dimitió. Urrutia se despidió del vestuario."
    assert _subjects(text, "es")[-1] == ("Jon Urrutia", None)


def test_quotations_and_capitalised_nouns_are_no_subjects() -> None:
    text = "„Solche Pläne lehnen wir ab“, sagte sie. Viele Anwohner kamen."
    assert _subjects(text, "de") == []


def test_a_pronoun_of_another_gender_takes_a_titled_name_inside_a_sentence() -> None:
    from llmextract.baseline.model import baseline_extract

    text = (
        "La juge Léa Morin a entendu l’avocat Paul Verdier.\n\n« Le dossier est solide », a-t-elle estimé."
        "\n\n« Nous ferons appel », a-t-il répliqué."
    )
    assert [q.speaker for q in baseline_extract(text, "fr").quotes] == ["Léa Morin", "Paul Verdier"]


def test_titled_names_inside_sentences_carry_their_gender() -> None:
    from llmextract.baseline.sentence_subjects import titled_names

    text = "Die Landrätin traf Minister Jan Ott und „Bürgermeisterin Eva Kern“."
    rules = LANGUAGES["de"]
    found = titled_names(SpeakerFinder(text, rules), sentence_bounds(text, quotation_spans(text, rules)))
    assert [(s.name, s.gender) for _, s in found] == [("Jan Ott", "m")]


def test_a_pronoun_teaches_its_person_a_gender() -> None:
    from llmextract.baseline.model import baseline_extract

    text = (
        "Inès Carrel préside l’association. « Non », a-t-elle dit.\n\nYann Olier dirige le club. "
        "« Si », a-t-il répondu.\n\n« Jamais de la vie », a-t-elle ajouté."
    )
    assert [q.speaker for q in baseline_extract(text, "fr").quotes] == [
        "Inès Carrel",
        "Yann Olier",
        "Inès Carrel",
    ]
