"""The endpoint options: one set, shared by extract, eval and doctor, checked the same way for every model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from llmextract.cli.app import app
from llmextract.cli.options import ENDPOINT_OPTION_NAMES, parse_temperature
from llmextract.config import ExtractorConfig, cli_fields
from llmextract.errors import ConfigError
from llmextract.llm.prompts import DEFAULT_PROMPT

from .recording import RecordingServer

runner = CliRunner()
SHARED_COMMANDS = ("extract", "eval", "doctor")
TEXT = "[id:t1] “The ferry runs again from Friday,” said Mara Quist, the port director."


def options_of(command: str) -> dict[str, tuple[Any, ...]]:
    """Each option of ``command`` by its first flag: its flags, value name, env var, help."""
    root = typer.main.get_command(app)
    assert isinstance(root, typer.core.TyperGroup)
    return {
        p.opts[0]: (tuple(p.opts), p.name, p.is_flag, p.envvar, p.metavar, p.help)
        for p in root.commands[command].params
        if p.opts[0].startswith("--")
    }


def test_extract_eval_and_doctor_share_the_same_endpoint_options() -> None:
    shared = {
        command: {flag: options_of(command)[flag] for flag in ENDPOINT_OPTION_NAMES}
        for command in SHARED_COMMANDS
    }
    assert shared["extract"] == shared["eval"] == shared["doctor"]
    assert len(ENDPOINT_OPTION_NAMES) == 10


@pytest.mark.parametrize("command", SHARED_COMMANDS)
def test_help_lists_the_shared_options(command: str) -> None:
    result = runner.invoke(app, [command, "--help"], terminal_width=200)
    assert result.exit_code == 0
    for flag in ENDPOINT_OPTION_NAMES:
        assert flag in result.stdout, (command, flag)
    assert "'none' sends no temperature" in result.stdout


@pytest.mark.parametrize(
    ("flags", "message"),
    [
        (["--max-retries", "-1"], "--max-retries must be >= 0"),
        (["--max-reasks", "-2"], "--max-reasks must be >= 0"),
        (["--concurrency", "0"], "--concurrency must be >= 1"),
        (["--timeout", "0"], "--timeout must be > 0"),
        (["--rpm", "-5"], "--rpm must be > 0"),
        (["--max-tokens", "0"], "--max-tokens must be >= 1"),
        (["--mode", "xml"], "--mode 'xml' is unknown"),
        (["--temperature", "warm"], "neither a number nor 'none'"),
    ],
)
def test_invalid_options_exit_2_even_with_the_baseline(
    flags: list[str], message: str, tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "g", "text": TEXT, "tasks": ["quotes"], "quotes": []}) + "\n")
    for args in (
        ["extract", str(article), "-m", "baseline"],
        ["eval", str(gold), "-m", "baseline", "--predictions-dir", str(tmp_path / "p")],
        ["doctor", "-m", "baseline", "--base-url", "http://127.0.0.1:9/v1"],
    ):
        result = runner.invoke(app, [*args, *flags])
        assert result.exit_code == 2, (args, flags, result.output)
        assert message in result.output and "Traceback" not in result.output
    assert not (tmp_path / "p").exists(), "nothing runs when an option is invalid"


def test_temperature_none_leaves_the_key_out_of_the_request(tmp_path: Path) -> None:
    article = tmp_path / "ferry.txt"
    article.write_text(TEXT, encoding="utf-8")
    with RecordingServer() as server:
        base = ["extract", str(article), "-m", "m", "--base-url", server.base_url, "--no-cache"]
        plain = runner.invoke(app, base)
        unset = runner.invoke(app, [*base, "--temperature", "none"])
        warm = runner.invoke(app, [*base, "--temperature", "0.7"])
    assert (plain.exit_code, unset.exit_code, warm.exit_code) == (0, 0, 0), unset.output
    sent = [body for body in server.bodies if "messages" in body]
    assert len(sent) == 3
    assert sent[0]["temperature"] == 0.0
    assert "temperature" not in sent[1]
    assert sent[2]["temperature"] == 0.7


def test_eval_sends_what_its_endpoint_options_say(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "t1", "text": TEXT, "tasks": ["quotes"], "quotes": []}) + "\n")
    args = ["eval", str(gold), "-m", "m", "--predictions-dir", str(tmp_path / "p"), "--resamples", "0"]
    with RecordingServer() as server:
        flags = [
            "--base-url",
            server.base_url,
            "--mode",
            "json",
            "--temperature",
            "none",
            "--max-tokens",
            "900",
        ]
        first = runner.invoke(app, [*args, *flags, "--no-cache"])
        again = runner.invoke(app, [*args, *flags, "--no-cache"])
    assert (first.exit_code, again.exit_code) == (0, 0), first.output
    sent = [body for body in server.bodies if "messages" in body]
    assert len(sent) == 2, "--no-cache: the second eval asked again"
    for body in sent:
        assert body["response_format"]["type"] == "json_object"
        assert "temperature" not in body and body["max_tokens"] == 900


def test_eval_error_records_carry_attempts_and_usage(tmp_path: Path) -> None:
    from fake_openai import Faults

    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "t1", "text": TEXT, "tasks": ["quotes"], "quotes": []}) + "\n")
    with RecordingServer(faults=Faults(invalid=1.0)) as server:
        args = ["eval", str(gold), "-m", "m", "--base-url", server.base_url, "--max-reasks", "2"]
        result = runner.invoke(app, [*args, "--predictions-dir", str(tmp_path / "p"), "--resamples", "0"])
    assert result.exit_code == 0, result.output
    [line] = (
        (tmp_path / "p" / f"m__{DEFAULT_PROMPT.replace('@', '-')}.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
    )
    record = json.loads(line)
    assert record["id"] == "t1" and record["error"]["type"] == "ExtractionFailed"
    assert record["error"]["attempts"] == 3 == server.total_requests
    assert record["usage"] == {
        "prompt_tokens": 300,
        "completion_tokens": 60,
        "cached_tokens": 0,
    }  # 3 x 100 + 20
    assert "Failed articles: 1" in result.output


def test_temperature_parser_and_options_checked_in_one_place() -> None:
    assert parse_temperature("none") is None and parse_temperature("None") is None
    assert parse_temperature("0.3") == 0.3 and parse_temperature(0.0) == 0.0
    with pytest.raises(typer.BadParameter):
        parse_temperature("nan")
    with pytest.raises(
        ConfigError, match="--max-retries must be >= 0, not -1; --concurrency must be >= 1, not 0"
    ):
        ExtractorConfig(max_retries=-1, concurrency=0)
    assert ExtractorConfig(temperature=None, cache=False).temperature is None


@pytest.mark.parametrize("command", ["extract", "eval"])
def test_every_flag_default_is_the_config_default(command: str) -> None:
    """The options are generated from the config: one definition of each default."""
    root = typer.main.get_command(app)
    assert isinstance(root, typer.core.TyperGroup)
    params = {p.opts[0]: p for p in root.commands[command].params}
    defaults = ExtractorConfig()
    for field in cli_fields():
        flag = field.metadata["cli"]["flag"]
        value = getattr(defaults, field.name)
        expected = (not value) if field.metadata["cli"].get("inverted") else value
        assert params[flag].default == expected, flag
