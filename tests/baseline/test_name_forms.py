"""Other names an actor goes by: middle initials, parties from members, US institutions."""

from __future__ import annotations

import pytest

from llmextract.baseline.name_forms import aliases_of, is_us_politics


@pytest.mark.parametrize(
    ("name", "us", "aliases"),
    [
        ("Donald J. Trump", False, ["Donald Trump", "Don Trump"]),
        ("Mara K. L. Feld", False, ["Mara Feld"]),
        ("Ann Lee", False, []),
        ("Republicans", False, ["Republican Party"]),
        ("Democrats", True, ["Democratic Party"]),
        ("Justice Department", True, ["United States Department of Justice"]),
        ("Department of Homeland Security", True, ["United States Department of Homeland Security"]),
        ("Justice Department", False, []),
        ("Senate", True, ["United States Senate"]),
        ("Senate", False, []),
        ("Helen Deland Fairweather", False, ["Helen Fairweather"]),
        ("Susan Kestrel Bay", False, ["Susan Bay"]),
        ("North Harbour Council", True, []),
        ("Bob Tallis", False, ["Robert Tallis"]),
        ("Charles P. Wendle", False, ["Charles Wendle", "Chuck Wendle", "Charlie Wendle"]),
        ("Jerry Holm", False, ["Jerrold Holm", "Gerald Holm"]),
        ("Tom Ashby Jr", False, []),
    ],
)
def test_aliases(name: str, us: bool, aliases: list[str]) -> None:
    assert aliases_of(name, us) == aliases


def test_us_politics_needs_more_than_one_cue() -> None:
    assert is_us_politics("The Senate voted; Republicans objected.")
    assert not is_us_politics("The Senate of Haldby voted on the budget.")
