"""Spaces around punctuation put back, and a quote copied with them wrong found exactly."""

from __future__ import annotations

import pytest

from llmextract.grounding.aligner import Grounder
from llmextract.grounding.spacing import respaced


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("we go , and we stay", "we go, and we stay"),
        ("we go,and we stay", "we go, and we stay"),
        ("ask mr.lee about it", "ask mr. lee about it"),
        ("the end of it .", "the end of it."),
        # numbers and initials keep their punctuation
        ("80,000 people in the u.s.", "80,000 people in the u.s."),
        ("at 3:30 pm", "at 3:30 pm"),
    ],
)
def test_spaces_around_punctuation(snippet: str, expected: str) -> None:
    assert respaced(snippet) == expected


@pytest.mark.parametrize(
    "snippet",
    [
        "“We keep the ferry running , whatever the council says,”",
        "“We keep the ferry running,whatever the council says,”",
        "“We keep the ferry running,\twhatever the council says,”",
    ],
)
def test_a_quote_copied_with_its_spaces_wrong_is_found_exactly(snippet: str) -> None:
    text = "“We keep the ferry running, whatever the council says,” said Ines Abadi on Sunday."
    found = Grounder(text).locate(snippet)
    assert found is not None
    assert text[found.start : found.end] == "“We keep the ferry running, whatever the council says,”"
