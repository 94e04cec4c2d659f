"""``llmextract prompts`` and ``llmextract schema``."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from llmextract.cli.app import app
from llmextract.schema import SCHEMA_VERSION

runner = CliRunner()


def test_prompts_list_and_show() -> None:
    listed = runner.invoke(app, ["prompts", "list"])
    assert listed.exit_code == 0 and "extraction@v1" in listed.stdout
    shown = runner.invoke(app, ["prompts", "show", "extraction@v1"])
    assert shown.exit_code == 0 and "<article>" in shown.stdout


def test_schema_show_and_export(tmp_path: Path) -> None:
    shown = runner.invoke(app, ["schema", "show"])
    assert shown.exit_code == 0 and json.loads(shown.stdout)["title"].startswith("llmextract Extraction")
    exported = runner.invoke(app, ["schema", "export", str(tmp_path / "s")])
    assert exported.exit_code == 0 and (tmp_path / "s" / f"extraction.v{SCHEMA_VERSION}.json").exists()
