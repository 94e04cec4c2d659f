"""Given names one person can go by: the nickname table, with spellings of one length kept apart."""

from __future__ import annotations

import pytest

from llmextract.actors.given_names import is_given_name, nickname_pair


@pytest.mark.parametrize(
    ("a", "b"), [("joe", "joseph"), ("william", "bill"), ("liz", "elizabeth"), ("jim", "james")]
)
def test_a_nickname_and_its_name_pair(a: str, b: str) -> None:
    assert nickname_pair(a, b) and nickname_pair(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [("anna", "anne"), ("joe", "joe"), ("bill", "hillary"), ("christopher", "christina"), ("j", "joseph")],
)
def test_other_names_and_same_length_spellings_do_not(a: str, b: str) -> None:
    assert not nickname_pair(a, b)


def test_given_names_of_the_table_and_words_that_are_not() -> None:
    assert is_given_name("hillary") and is_given_name("bill")
    assert not is_given_name("later") and not is_given_name("when")
