"""``llmextract doctor`` against the real llama.cpp server."""

from __future__ import annotations

import pytest
import typer
from live_server import MODEL
from typer.testing import CliRunner

from llmextract.cli.doctor import register

pytestmark = pytest.mark.live


def test_doctor_on_llama_cpp_server(llama_base_url: str) -> None:
    app = typer.Typer()
    register(app)

    @app.callback()
    def _root() -> None:
        """A group, so that the command is called by name as in the real CLI."""

    result = CliRunner().invoke(app, ["doctor", "--base-url", llama_base_url, "--timeout", "300"])
    print(result.output)  # the report, for the record (pytest -s shows it)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert f"models    {MODEL}" in lines and f"model     {MODEL}" in lines
    json_schema = next(line for line in lines if line.startswith("json_schema "))
    assert "rejected (HTTP 500)" in json_schema and "response_format" in json_schema
    use = next(line for line in lines if line.startswith("use:"))
    assert f"-m {MODEL} --base-url {llama_base_url} --mode " in use
    assert "--mode json_schema" not in use
