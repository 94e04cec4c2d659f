"""Name spans of the rules baseline: where a name starts and ends."""

from __future__ import annotations

import pytest

from llmextract import extract
from llmextract.baseline.name_spans import within_sentence


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We go now,” said Mayor Ann Lee. The council met.", "Ann Lee"),
        ("“Rain,” said Mayor Ann Lee. He left.", "Ann Lee"),
        ("“It is over,” said Governor Mark Ode. Voters went home.", "Mark Ode"),
        ("“Yes,” said Donald J. Trump. Trump left.", "Donald J. Trump"),
        ("“We build,” said Dr. Ines Vale. Work starts Monday.", "Ines Vale"),
    ],
)
def test_a_name_never_runs_across_a_sentence_end(text: str, speaker: str) -> None:
    result = extract(text, "baseline")
    assert [q.speaker for q in result.quotes] == [speaker]
    assert all("." not in a.name.replace("J.", "") for a in result.actors), [a.name for a in result.actors]
    assert not result.warnings


@pytest.mark.parametrize(
    ("run", "kept"),
    [
        ("Mayor Ann Lee. The", "Mayor Ann Lee."),
        ("Ann Lee Jr. The", "Ann Lee Jr."),
        ("Dr. Ann Lee", "Dr. Ann Lee"),
        ("Donald J. Trump", "Donald J. Trump"),
        ("U.S. Navy", "U.S. Navy"),
        ("Schengen. Ultimately Blocher", "Schengen."),
    ],
)
def test_runs_of_capitals_stop_at_the_sentence_end(run: str, kept: str) -> None:
    assert within_sentence(run) == kept
