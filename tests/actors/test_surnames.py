"""A bare surname vouches for no invented person when the article gives it to someone else."""

from __future__ import annotations

import pytest

from llmextract.actors.resolve import resolve_actors
from llmextract.core.answer import LLMExtraction


def _kept(text: str, name: str) -> list[str]:
    answer = LLMExtraction.model_validate({"actors": [{"name": name, "type": "person"}]})
    return [a.name for a in resolve_actors(text, answer).actors]


@pytest.mark.parametrize(
    ("text", "invented"),
    [
        # a particle between the given name and the surname
        ("Jan van Dijk said the dyke would hold. Van Dijk left early.", "Maria van Dijk"),
        ("Ursula von Stetten opened the fair. Von Stetten then left.", "Paul von Stetten"),
        ("Luis de la Cruz ran the port. De la Cruz then resigned.", "Sofia de la Cruz"),
        ("Karim al-Masri ran the port. Al-Masri then resigned.", "Victor al-Masri"),
        # the answer's middle name, another first name before it
        ("Ana Lucía Ferrer ran the port. Ferrer then resigned.", "Maria Lucía Ferrer"),
        ("Mary Ellen Whitcombe chaired the board. Whitcombe left.", "Ingrid Ellen Whitcombe"),
        # initials of another first name
        ("D. J. Whitcombe chaired the board. Whitcombe left.", "Maria Whitcombe"),
        ("R. Okafor chaired the board. Okafor left.", "Daniel Okafor"),
    ],
)
def test_an_invented_first_name_is_dropped(text: str, invented: str) -> None:
    assert _kept(text, invented) == []


@pytest.mark.parametrize(
    ("text", "true", "shown"),
    [
        ("Jan van Dijk said the dyke would hold. Van Dijk left early.", "Jan van Dijk", "Jan van Dijk"),
        ("Ana Lucía Ferrer ran the port. Ferrer then resigned.", "Ana Ferrer", "Ana Lucía Ferrer"),
        ("D. J. Whitcombe chaired the board. Whitcombe left.", "Daniel Whitcombe", "Daniel Whitcombe"),
        ("Hillary Rodham Clinton spoke. Clinton left.", "Hillary Clinton", "Hillary Rodham Clinton"),
        ("Karim al-Masri ran the port. Al-Masri then resigned.", "Karim al-Masri", "Karim al-Masri"),
    ],
)
def test_the_person_the_article_names_is_kept(text: str, true: str, shown: str) -> None:
    assert _kept(text, true) == [shown]


@pytest.mark.parametrize(
    ("text", "invented"),
    [
        # a capitalised particle that is a given name: "Al" of "Al Brandvold" is his first name
        ("Al Brandvold opened the fair. Brandvold then left.", "Tobias Brandvold"),
        ("The former senator Al Quenneville spoke. Quenneville left.", "Senator Ines Quenneville"),
        # the text's surname holds a particle the answer's lacks: "Le Ferrand" is not "Ferrand"
        ("Odile Le Ferrand led the party. Le Ferrand spoke on Sunday.", "Cosima Ferrand"),
        ("Le Ferrand spoke on Sunday, and Le Ferrand won.", "Cosima Ferrand"),
        # a sentence's first word is no surname: "From" opens a sentence
        ("From the harbour, the ferry left at noon. From then on it rained.", "Ottoline From"),
    ],
)
def test_a_particle_or_a_common_word_vouches_for_no_invented_person(text: str, invented: str) -> None:
    assert _kept(text, invented) == []


@pytest.mark.parametrize(
    ("text", "true", "shown"),
    [
        ("Al Brandvold opened the fair. Brandvold then left.", "Albert Brandvold", "Albert Brandvold"),
        ("Odile Le Ferrand led the party. Le Ferrand spoke.", "Odile Le Ferrand", "Odile Le Ferrand"),
        ("Pres. Ilona Marsh spoke. Marsh left.", "Pres. Ilona Marsh", "Ilona Marsh"),
        # "Al" after a given name is the particle of the surname, not a first name
        ("Bashar Al Rifai spoke. Al Rifai left.", "Bashar al-Rifai", "Bashar Al Rifai"),
    ],
)
def test_a_capitalised_particle_keeps_the_true_person(text: str, true: str, shown: str) -> None:
    assert _kept(text, true) == [shown]
