"""Every form of a cue verb from its base."""

from __future__ import annotations

import pytest

from llmextract.baseline.verb_forms import verb_forms
from llmextract.baseline.word_tables import CUE_VERBS


@pytest.mark.parametrize(
    ("base", "forms"),
    [
        ("note", {"note", "notes", "noted", "noting"}),
        ("worry", {"worry", "worries", "worried", "worrying"}),
        ("plan", {"plan", "plans", "planned", "planning"}),
        ("admit", {"admit", "admits", "admitted", "admitting"}),
        ("refer", {"refer", "refers", "referred", "referring"}),
        ("visit", {"visit", "visits", "visited", "visiting"}),
        ("agree", {"agree", "agrees", "agreed", "agreeing"}),
        ("say", {"say", "says", "said", "saying"}),
        ("write", {"write", "writes", "wrote", "written", "writing"}),
        ("stress", {"stress", "stresses", "stressed", "stressing"}),
        ("deny", {"deny", "denies", "denied", "denying"}),
    ],
)
def test_forms(base: str, forms: set[str]) -> None:
    assert verb_forms(base) == forms


def test_the_cue_table_reads_every_form_of_its_verbs() -> None:
    assert {"expecting", "cautioned", "speculates", "recognising", "bemoaned"} <= CUE_VERBS
