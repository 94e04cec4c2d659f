"""A name as the side a noun or a naming verb takes, on invented sentences."""

from __future__ import annotations

import pytest

from tests.baseline.test_stance_rules import Triple, _triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee, a close Tom Berg ally, spoke on Monday.", {("Ann Lee", "support", "Tom Berg")}),
        ("Ann Lee is a longtime Tom Berg critic.", {("Ann Lee", "oppose", "Tom Berg")}),
        ("Vera Lund, who is also a Tom Berg supporter, left early.", {("Vera Lund", "support", "Tom Berg")}),
        ("Vera Lund — a Ruritania loyalist — left early.", {("Vera Lund", "support", "Ruritania")}),
        ("Ann Lee is not a Tom Berg ally.", set()),  # a negation
        ("A Tom Berg ally, Ann Lee spoke.", set()),  # no holder before the noun
        ("Ann Lee met the Tom Berg critic.", set()),  # "the", not an apposition
        ("Ann Lee said a Tom Berg ally had called.", set()),  # someone else is the ally
    ],
)
def test_a_name_before_ally_or_critic(text: str, expected: set[Triple]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee called Tom Berg a liar.", {("Ann Lee", "oppose", "Tom Berg")}),
        ("Ann Lee called Tom Berg a great leader.", {("Ann Lee", "support", "Tom Berg")}),
        ("Ann Lee called Tom Berg's plan a disgrace.", {("Ann Lee", "oppose", "Tom Berg")}),
        ("Ann Lee dubbed Tom Berg “a fraud”.", {("Ann Lee", "oppose", "Tom Berg")}),
        ("Ann Lee called Tom Berg on Monday.", set()),  # a call, no name given
        ("Ann Lee called Tom Berg to say the plan was wrong.", set()),
        ("If Ann Lee called Tom Berg a liar, she would be sued.", set()),  # a condition
        ("Ann Lee never called Tom Berg a liar.", set()),  # a negation
        ("Ann Lee dubbed Tom Berg a fraud and a friend.", set()),  # both ways
    ],
)
def test_a_naming_verb_with_a_judgement(text: str, expected: set[Triple]) -> None:
    assert _triples(text) == expected
