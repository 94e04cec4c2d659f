"""The CI resolution check (.ci/check_resolution.py): what counts as backtracking and as a major change."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_resolution", ROOT / ".ci" / "check_resolution.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check = _script()


def test_major_versions_count_the_minor_of_a_zero_release() -> None:
    assert check.major("3.3.0") == check.major("3.63.0") != check.major("2.54.0")
    assert check.major("0.29.2") == check.major("0.29.0") != check.major("0.25.1")


def test_pips_backtracking_lines_are_found() -> None:
    log = (
        "Collecting openai<4,>=3.0\n"
        "INFO: pip is looking at multiple versions of openai to determine which version is compatible\n"
        "Would install openai-3.3.0\n"
    )
    assert check.backtracked(log) == [log.splitlines()[1]]
    assert check.backtracked("Collecting openai\nWould install openai-3.3.0\n") == []


def test_report_and_constraints_are_compared_by_canonical_name(tmp_path: Path) -> None:
    constraints = tmp_path / "c.txt"
    constraints.write_text("# pinned\nTyping_Extensions==4.16.0\nopenai==3.3.0\n", encoding="utf-8")
    report = {
        "install": [
            {"metadata": {"name": "typing-extensions", "version": "5.0.0"}},
            {"metadata": {"name": "openai", "version": "3.2.0"}},
            {"metadata": {"name": "llmextract", "version": "0.1.0"}},
        ]
    }
    got = check.resolved(report)
    assert got == {"typing-extensions": "5.0.0", "openai": "3.2.0"}
    assert check.major_differences(got, check.read_constraints(constraints)) == [
        "typing-extensions: resolved 5.0.0, constraints 4.16.0"
    ]


def test_constraints_pin_what_the_ranges_allow() -> None:
    pinned = check.read_constraints(ROOT / "constraints.txt")
    assert pinned["openai"] == "3.3.0" and pinned["instructor"].startswith("1.17.")
    assert "llmextract" not in pinned
