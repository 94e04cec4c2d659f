"""The README's figures are those of the last `python docs/figures.py` run (docs/figures.json)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("figures", ROOT / "docs" / "figures.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


figures = _script()


def test_readme_blocks_match_the_last_run() -> None:
    recorded = json.loads((ROOT / "docs" / "figures.json").read_text(encoding="utf-8"))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = figures.render_blocks(recorded)
    assert set(blocks) == {m.group("name") for m in figures.BLOCK.finditer(readme)}
    assert figures.stale_blocks(readme, blocks) == [], "run python docs/figures.py (or --check)"
    assert recorded["date"] in blocks["polnear-dev"] and recorded["version"] in blocks["polnear-dev"]


def test_rewriting_fills_the_blocks_and_leaves_the_rest() -> None:
    text = "intro\n<!-- figures:tests -->\nold\n<!-- /figures:tests -->\nrest <!-- figures:other -->\n"
    rewritten = figures.rewrite(text, {"tests": "new line"})
    assert (
        rewritten
        == "intro\n<!-- figures:tests -->\nnew line\n<!-- /figures:tests -->\nrest <!-- figures:other -->\n"
    )
    assert figures.stale_blocks(rewritten, {"tests": "new line"}) == []
    assert figures.stale_blocks(text, {"tests": "new line"}) == ["tests"]
    assert figures.stale_blocks(text, {"absent": "x"}) == ["absent"]


def test_the_picture_is_labelled_as_drawn_by_the_script() -> None:
    recorded = json.loads((ROOT / "docs" / "figures.json").read_text(encoding="utf-8"))
    picture = figures.render_blocks(recorded)["picture"]
    assert "(docs/view.png)" in picture and "unedited" in picture and "python docs/figures.py" in picture
    assert (ROOT / "docs" / "view.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
