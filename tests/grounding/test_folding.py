"""Folding for matching: what is folded, and how folded offsets map back to the raw text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from llmextract.grounding.folding import ELLIPSIS, normalise


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("“Quoted” ‘words’", "\"quoted\" 'words'"),  # curly marks and apostrophes
        ("ten—twenty – thirty", "ten - twenty - thirty"),  # dashes, spaced or not
        ("ten -- twenty--thirty-forty", "ten - twenty - thirty - forty"),  # dashes written with hyphens
        ("don`t, don´t, donʼt", "don't, don't, don't"),  # what models write for an apostrophe
        ("a \t\n  b\u00a0c", "a b c"),  # whitespace runs and no-break spaces
        ("The PLAN", "the plan"),  # case
        ("wait... what", f"wait{ELLIPSIS} what"),
        ("wait [...] what [\u2026] now", f"wait {ELLIPSIS} what {ELLIPSIS} now"),
        ("wait [\u2026] now", f"wait {ELLIPSIS} now"),  # a bracketed ellipsis without any "..."
        ("zero\u200bwidth soft\u00adhyphen", "zerowidth softhyphen"),
    ],
)
def test_normalise_folds(raw: str, folded: str) -> None:
    assert normalise(raw)[0] == folded


def test_a_character_whose_lower_case_is_longer_folds_one_to_one() -> None:
    folded, _ = normalise("İstanbul Mayor")  # "İ".lower() is two characters; its base letter is one
    assert folded == "istanbul mayor"


def test_accents_fold_whether_precomposed_or_combining() -> None:
    composed, _ = normalise("Zoë a dit : café")
    combining, offsets = normalise("Zoe\u0308 a dit : cafe\u0301")
    assert composed == combining == "zoe a dit : cafe"
    assert offsets[combining.index("a dit")] == len("Zoe\u0308 ")


def test_offsets_map_back_to_the_raw_text() -> None:
    raw = "The  mayor\u200b said [...] “no   more” ... today"
    folded, offsets = normalise(raw)
    for word in ("the", "mayor", "said", "no", "more", "today"):
        at = folded.index(word)
        start, end = offsets[at], offsets[at + len(word) - 1] + 1
        assert raw[start:end].lower() == word
    at = folded.index(ELLIPSIS)
    assert raw[offsets[at] : offsets[at] + 5] == "[...]"


def test_a_spaced_dash_maps_back_to_the_dash() -> None:
    raw = "the vote -- a surprise"
    folded, offsets = normalise(raw)
    assert folded == "the vote - a surprise"
    assert raw[offsets[folded.index("-")]] == "-"
    assert raw[offsets[folded.index("a surprise")] :] == "a surprise"


@given(st.text(alphabet=st.sampled_from(list("ab -—–.…[]\n\u200b’'")), max_size=40))
def test_offsets_stay_in_the_raw_text_and_in_order(raw: str) -> None:
    folded, offsets = normalise(raw)
    mapped = [offsets[i] for i in range(len(folded))]
    assert all(0 <= m < len(raw) for m in mapped)
    assert mapped == sorted(mapped)
    for i, ch in enumerate(folded):  # a letter maps back to that letter
        if ch in "ab":
            assert raw[mapped[i]] == ch


@given(st.text(alphabet=" -a", max_size=20))
def test_dash_runs_are_where_the_pattern_matches(text: str) -> None:
    """Hyphen runs are found from each hyphen, as the pattern " *-+ *" would find them (spaces a
    previous run took are not the next one's: "a - - b")."""
    from llmextract.grounding.folding import _dash_runs

    assert _dash_runs(text) == [m.span() for m in re.finditer(" *-+ *", text)]


def test_accented_letters_fold_with_their_offsets() -> None:
    raw = "Ça va — élan, Öl and ñu"
    folded, offsets = normalise(raw)
    assert folded == "ca va - elan, ol and nu"
    assert [offsets[folded.index(w)] for w in ("ca", "elan", "ol", "nu")] == [
        raw.index(w) for w in ("Ça", "élan", "Öl", "ñu")
    ]
