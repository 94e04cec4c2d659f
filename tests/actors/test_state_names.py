"""A state's official name named by its common name or adjective, and nothing else."""

from __future__ import annotations

import pytest

from llmextract.actors.state_names import state_named


@pytest.mark.parametrize(
    ("name", "distinctive", "run", "named"),
    [
        ("Russian Federation", ["russian", "federation"], ["russia"], True),
        ("Syrian Arab Republic", ["syrian", "arab", "republic"], ["syria"], True),
        ("United Kingdom", ["united", "kingdom"], ["britain"], True),
        ("Russian Federation", ["russian", "federation"], ["norway"], False),
        # more words than the name has: "Russia Today" is a broadcaster, not the state
        ("Russian Federation", ["russian", "federation"], ["russia", "today", "news"], False),
    ],
)
def test_state_named(name: str, distinctive: list[str], run: list[str], named: bool) -> None:
    assert state_named(name, distinctive, run) is named
