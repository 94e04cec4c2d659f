"""Quotes copied with changes land on the article's own span: one test per class of change.

The article is written for these tests; each class is tried on several of its quotes, so a rule
that only fits one sentence fails.
"""

from __future__ import annotations

import pytest

from llmextract.grounding.aligner import Grounder

ARTICLE = (
    "Councillors in Brackwater voted on Monday to sell the old grain depot to a housing trust.\n\n"
    "“The depot has stood empty for eleven years and the roof is falling in,” council leader Ines "
    "Marlow said. “We will not spend another penny of the town’s money on a building nobody uses.”\n\n"
    "Opposition member Tomas Quill said the sale was rushed and that the trust had not shown how it "
    "would pay for the repairs to the river wall beside the depot.\n"
    "The trust’s director, Amira Lund, said the first tenants could move in before the end of next "
    "year — if the planning board agrees — and that rents would be capped for a decade.\n"
    "“It is a good day for families who have waited far too long for a home of their own,” Lund said."
)

QUOTES = {
    "depot": "“The depot has stood empty for eleven years and the roof is falling in,”",
    "penny": "“We will not spend another penny of the town’s money on a building nobody uses.”",
    "quill": "the sale was rushed and that the trust had not shown how it would pay for the repairs "
    "to the river wall beside the depot",
    "lund": "the first tenants could move in before the end of next year — if the planning board "
    "agrees — and that rents would be capped for a decade",
    "families": "“It is a good day for families who have waited far too long for a home of their own,”",
}


def located(snippet: str) -> str | None:
    hit = Grounder(ARTICLE).locate(snippet)
    return None if hit is None else ARTICLE[hit.start : hit.end]


@pytest.mark.parametrize(
    ("key", "snippet"),
    [
        # the first letter's case changed
        (
            "quill",
            "The sale was rushed and that the trust had not shown how it would pay for the repairs"
            " to the river wall beside the depot",
        ),
        ("penny", "“we will not spend another penny of the town’s money on a building nobody uses.”"),
        # trailing punctuation kept or dropped against the article's convention
        ("depot", "The depot has stood empty for eleven years and the roof is falling in."),
        (
            "lund",
            "the first tenants could move in before the end of next year — if the planning board"
            " agrees — and that rents would be capped for a decade.",
        ),
        # closing or opening marks doubled
        (
            "families",
            "“It is a good day for families who have waited far too long for a home of their own,””",
        ),
        ("penny", '""We will not spend another penny of the town’s money on a building nobody uses.'),
        # apostrophes and dashes in another style
        ("penny", "We will not spend another penny of the town's money on a building nobody uses."),
        (
            "lund",
            "the first tenants could move in before the end of next year -- if the planning board"
            " agrees - and that rents would be capped for a decade",
        ),
        (
            "lund",
            "the first tenants could move in before the end of next year—if the planning board"
            " agrees—and that rents would be capped for a decade",
        ),
        # doubled spaces and line breaks inside
        (
            "quill",
            "the sale was rushed and  that the trust had not shown\nhow it would pay for the repairs"
            " to the river wall beside the depot",
        ),
    ],
)
def test_folded_changes_land_on_the_article_span(key: str, snippet: str) -> None:
    hit = Grounder(ARTICLE).locate(snippet)
    assert hit is not None and ARTICLE[hit.start : hit.end] == QUOTES[key]
    assert hit.alignment != "fuzzy"  # folding meets them: no similarity guess needed


@pytest.mark.parametrize(
    ("key", "snippet"),
    [
        ("quill", "the sale was rushed and that this trust had not shown … beside the depot"),
        ("lund", "the first tenants could move in … and that rents would be capped for this decade"),
        ("families", "“It is a good day for families … far too long for a house of their own,”"),
        ("depot", "“The depot has stood empty for eleven … and this roof is falling in,”"),
    ],
)
def test_a_changed_word_beside_an_ellipsis_still_spans_the_whole_quote(key: str, snippet: str) -> None:
    assert located(snippet) == QUOTES[key]


@pytest.mark.parametrize(
    ("key", "snippet"),
    [
        # a word dropped inside, near either edge, where no intact n-gram anchors the window
        (
            "quill",
            "the sale rushed and that the trust had not shown how it would pay for the repairs"
            " to the river wall beside the depot",
        ),
        (
            "quill",
            "the sale was rushed and that the trust had not shown how it would pay for the repairs"
            " to the river wall the depot",
        ),
        ("families", "“It is a good day for families who have waited far too long for a home of own,”"),
        # a word added inside
        ("penny", "“We will not spend another single penny of the town’s money on a building nobody uses.”"),
    ],
)
def test_a_word_dropped_or_added_near_an_edge_keeps_the_span_edges(key: str, snippet: str) -> None:
    assert located(snippet) == QUOTES[key]


@pytest.mark.parametrize(
    "snippet",
    [
        "Ines Marlow … would close the depot",  # five words, one changed: nothing proves the stretch
        "council leader Ines … spend another penny on the harbour",  # most words around it invented
        "The ferry company said … the harbour would close in spring",  # invented around an ellipsis
        "Councillors in Halden voted … to build a new school near the station",
    ],
)
def test_an_ellipsis_does_not_let_an_invented_or_thin_quote_in(snippet: str) -> None:
    assert located(snippet) is None


def test_an_ellipsis_stands_for_the_shortest_stretch_among_equals() -> None:
    text = "The plan was read out. Then the plan would fail by the end of this year, she said."
    hit = Grounder(text).locate("the plan … would fail by the end of the year")
    assert hit is not None and hit.alignment == "fuzzy"
    assert text[hit.start : hit.end] == "the plan would fail by the end of this year"


@pytest.mark.parametrize(
    ("key", "snippet"),
    [
        # the word just before or after the ellipsis changed, the short part then alike in letters
        # to windows further off: it is chosen by its words, the nearest among equals
        (
            "quill",
            "the deal … the trust had not shown how it would pay for the repairs to the river wall beside"
            " the depot",
        ),
        (
            "lund",
            "the first tenants could move in before the end of next week … rents would be capped"
            " for a decade",
        ),
        ("families", "“It is a good day for families who have waited far too long … of their house,”"),
        ("penny", "“We will not spend another penny … a building nobody wants.”"),
    ],
)
def test_a_short_part_with_its_word_beside_the_ellipsis_changed(key: str, snippet: str) -> None:
    assert located(snippet) == QUOTES[key]
