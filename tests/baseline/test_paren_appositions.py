"""An apposition ending in parentheses describes the name before it, which speaks."""

from __future__ import annotations

import pytest

from llmextract import extract


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract(text, model="baseline").quotes]


@pytest.mark.parametrize(
    "text",
    [
        "Ines Morlan, of the Rivermouth-based Harbour Workers Union (HWU), said the strike would go on.",
        "Ines Morlan, a spokeswoman for the Coastal Alliance (CA), told reporters the vote was rigged.",
        "Ines Morlan, who chairs the Budget Office (BO), said the figures were wrong.",
    ],
)
def test_the_described_name_speaks(text: str) -> None:
    assert _speakers(text) == ["Ines Morlan"]


def test_a_capitalised_name_after_a_comma_is_the_speaker() -> None:
    text = "In Rivermouth, Sen. Ines Morlan (D-Ore.), said the strike would go on."
    assert _speakers(text) == ["Ines Morlan"]
