"""The exported names are exactly those the README documents."""

from __future__ import annotations

import re
from pathlib import Path

import llmextract

README = Path(__file__).resolve().parent.parent / "README.md"


def test_all_is_the_documented_api() -> None:
    text = README.read_text(encoding="utf-8")
    section = text.split("<!-- api -->")[1]
    documented = set(re.findall(r"`([A-Za-z_]+)`", section))
    assert documented == set(llmextract.__all__)


def test_every_exported_name_exists() -> None:
    for name in llmextract.__all__:
        assert hasattr(llmextract, name), name
