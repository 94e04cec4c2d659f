"""The root command: help for every command, the version."""

from __future__ import annotations

import typer
from typer.testing import CliRunner

from llmextract.cli.app import app

runner = CliRunner()


def test_help_for_every_command() -> None:
    for args in (
        [],
        ["extract"],
        ["prompts"],
        ["prompts", "list"],
        ["prompts", "show"],
        ["schema"],
        ["schema", "show"],
        ["schema", "export"],
        ["cache"],
        ["cache", "stats"],
        ["cache", "clear"],
        ["view"],
        ["gold"],
        ["gold", "import"],
        ["gold", "import", "polnear"],
        ["gold", "import", "seesaw"],
        ["gold", "import", "labelstudio"],
        ["export"],
        ["export", "brat"],
        ["export", "labelstudio"],
        ["data"],
        ["data", "fetch"],
        ["score"],
        ["eval"],
        ["doctor"],
    ):
        result = runner.invoke(app, [*args, "--help"])
        assert result.exit_code == 0, args
        assert "Usage" in result.stdout
    assert "quotes, stances and actors" in runner.invoke(app, ["--help"]).stdout


def test_the_commands_are_those_documented() -> None:
    root = typer.main.get_command(app)
    assert isinstance(root, typer.core.TyperGroup)
    assert sorted(root.commands) == [
        "cache",
        "corpus",
        "data",
        "doctor",
        "eval",
        "export",
        "extract",
        "gold",
        "prompts",
        "schema",
        "score",
        "view",
    ]


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("llmextract ")
