"""Datelines name places: a place the dateline gives is no actor, whatever case the story writes it in."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from llmextract.baseline.boilerplate import at_line_starts, blank_boilerplate, dateline_places
from llmextract.baseline.model import baseline_extract


def test_a_datelines_place_is_a_place_in_any_case() -> None:
    text = (
        "Storm shuts Kelvar Bay schools\n\n"
        "KELVAR BAY — Schools in the town closed early on Tuesday. Kelvar Bay residents were told to stay"
        " home, and the principal, Anna Rask, said the buses would run again on Friday."
    )
    assert dateline_places(text) == frozenset({"kelvar bay"})
    names = [a.name for a in baseline_extract(text).actors]
    assert "Kelvar Bay" not in names and "Anna Rask" in names


def test_datelines_with_a_country_name_the_place_only() -> None:
    text = "NORDVIK, Norway — The ferry ran late.\nLINDEN -- Another story."
    assert dateline_places(text) == frozenset({"nordvik", "linden"})


def test_a_headline_line_is_blanked_with_its_edge_spaces_and_offsets_kept() -> None:
    text = "  Harbour Council Approves Wind Farm\t\nThe council met on Monday. “We agree,” Lund said.\n"
    blanked = blank_boilerplate(text)
    assert len(blanked) == len(text)
    first, rest = blanked.split("\n", 1)
    assert first == " " * len("  Harbour Council Approves Wind Farm\t")
    assert rest == text.split("\n", 1)[1]


def test_lines_that_are_no_headline_stay_as_written() -> None:
    text = "Harbour Council Approves Wind Farm.\nTwo Words\n \t \n\nThe mayor, Ann Lee, Said No\n"
    assert blank_boilerplate(text) == text


def test_a_dateline_with_a_news_agency_names_the_place_only() -> None:
    text = "Kelvar Bay (AP) — The ferry ran late.\nLinden CNN —\n\nAnna Rask said the buses would run."
    assert dateline_places(text) == frozenset({"kelvar bay", "linden"})
    names = [a.name for a in baseline_extract(text).actors]
    assert names == ["Anna Rask"]


def test_photo_credit_lines_are_blanked_and_a_poll_by_an_agency_stays() -> None:
    text = (
        "Enlarge this image toggle caption Ola Berg/AP Ola Berg/AP\n"
        "| Vera Lund/AFP/Getty Images Rask visits the ferry\n"
        "A new Ipsos/Reuters poll shows Anna Rask ahead.\n"
    )
    lines = blank_boilerplate(text).split("\n")
    assert not lines[0].strip() and not lines[1].strip()
    assert lines[2] == "A new Ipsos/Reuters poll shows Anna Rask ahead."
    assert len(blank_boilerplate(text)) == len(text)


_LINE_START = re.compile(r"^[ \t]*[A-Z]+(?:[ \t]+[A-Z]+)?:[ \t]*[^\n]*", re.M)


@given(st.text(alphabet="AB: \t\n-x", max_size=40))
def test_at_line_starts_finds_what_finditer_finds(text: str) -> None:
    """A line pattern tried at line starts only finds what the pattern finds anywhere."""
    found = [m.span() for m in at_line_starts(_LINE_START, text)]
    assert found == [m.span() for m in _LINE_START.finditer(text)]


def test_furniture_and_datelines_blank_to_spaces_of_their_length() -> None:
    text = "PORT ELLERY — The council met.\nRead more: the budget\nPhoto: Ann Lee\nThe vote is today."
    blanked = blank_boilerplate(text)
    assert len(blanked) == len(text)
    assert blanked.splitlines()[1:3] == [" " * len("Read more: the budget"), " " * len("Photo: Ann Lee")]
    assert blanked.endswith("The vote is today.")
    assert dateline_places(text) == frozenset({"port ellery"})
