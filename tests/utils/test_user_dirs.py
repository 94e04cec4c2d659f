"""The per-user folder of the cache and the fetched corpora."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from llmextract.utils.user_dirs import user_folder


def test_the_variable_overrides(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LLMEXTRACT_TEST_DIR", str(tmp_path / "mine"))
    assert user_folder("LLMEXTRACT_TEST_DIR", "data") == tmp_path / "mine"


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG layout")
def test_parts_go_under_llmextract_in_the_user_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("LLMEXTRACT_TEST_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert user_folder("LLMEXTRACT_TEST_DIR") == tmp_path / "llmextract"
    assert user_folder("LLMEXTRACT_TEST_DIR", "data") == tmp_path / "llmextract" / "data"
