"""The endpoint doctor on in-process endpoints that accept and refuse chosen formats."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx2
import pytest
import typer
from typer.testing import CliRunner

from llmextract.llm.doctor import diagnose, register, render

BASE_URL = "http://fake.test/v1"
ANSWER = {"speaker": "Ines Duarte", "said": "The harbour will reopen on Monday"}
LLAMA_CPP_500 = (
    "1 validation error: {'type': 'literal_error', 'loc': ('body', 'response_format', 'type'), "
    "'msg': \"Input should be 'text' or 'json_object'\", 'input': 'json_schema'}"
)


def completion(content: str | None = None, *, arguments: str | None = None) -> httpx2.Response:
    message: dict[str, Any] = {"role": "assistant", "content": content}
    if arguments is not None:
        message["tool_calls"] = [
            {"id": "call_1", "type": "function", "function": {"name": "Probe", "arguments": arguments}}
        ]
    return httpx2.Response(
        200,
        json={
            "id": "c",
            "object": "chat.completion",
            "created": 0,
            "model": "m1",
            "choices": [{"index": 0, "finish_reason": "stop", "message": message}],
            "usage": {"prompt_tokens": 40, "completion_tokens": 12, "total_tokens": 52},
        },
    )


def refuse(status: int, message: str) -> httpx2.Response:
    return httpx2.Response(status, json={"error": {"message": message, "type": "internal_server_error"}})


def mode_of(body: dict[str, Any]) -> str:
    if "tools" in body:
        return "tools"
    fmt = body.get("response_format", {}).get("type")
    return {"json_schema": "json_schema", "json_object": "json"}.get(fmt, "md_json")


Answers = dict[str, Callable[[], httpx2.Response]]


def endpoint(answers: Answers, models: list[str] | None = None) -> tuple[httpx2.Client, list[str]]:
    """An endpoint answering each mode as ``answers`` says; records the modes it was asked in."""
    asked: list[str] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        if request.url.path.endswith("/models"):
            if models is None:
                return refuse(404, "not found")
            return httpx2.Response(
                200,
                json={
                    "object": "list",
                    "data": [{"id": name, "object": "model", "owned_by": "me"} for name in models],
                },
            )
        mode = mode_of(json.loads(request.content))
        asked.append(mode)
        return answers[mode]()

    return httpx2.Client(transport=httpx2.MockTransport(handler)), asked


LLAMA_CPP_LIKE: Answers = {
    "json_schema": lambda: refuse(500, LLAMA_CPP_500),
    "json": lambda: completion(json.dumps(ANSWER)),
    "tools": lambda: completion(arguments=json.dumps(ANSWER)),
    "md_json": lambda: completion(f"```json\n{json.dumps(ANSWER)}\n```"),
}


def test_rejected_json_schema_leads_to_the_next_working_mode() -> None:
    http, asked = endpoint(LLAMA_CPP_LIKE, models=["m1", "m2"])
    diagnosis = diagnose(BASE_URL, None, http_client=http)
    assert diagnosis.model == "m1" and diagnosis.models == ["m1", "m2"]
    assert asked == ["json_schema", "json", "tools", "md_json"]  # one call each: a rejection is not retried
    assert diagnosis.working == ["json", "tools", "md_json"]
    schema_check = diagnosis.checks[0]
    assert not schema_check.ok and schema_check.outcome.startswith("rejected (HTTP 500)")
    assert "response_format" in schema_check.outcome
    assert diagnosis.checks[1].usage.total_tokens == 52
    assert diagnosis.extract_flags() == f"-m m1 --base-url {BASE_URL} --mode json"
    report = render(diagnosis)
    assert "works: json, tools, md_json" in report
    assert f"use:   llmextract extract ARTICLE -m m1 --base-url {BASE_URL} --mode json" in report


def test_json_schema_working_means_auto() -> None:
    answers = {**LLAMA_CPP_LIKE, "json_schema": lambda: completion(json.dumps(ANSWER))}
    http, _ = endpoint(answers, models=["m1"])
    diagnosis = diagnose(BASE_URL, "m1", http_client=http)
    assert diagnosis.extract_flags() == f"-m m1 --base-url {BASE_URL}"


def test_invalid_answers_are_accepted_but_do_not_work() -> None:
    answers: Answers = {
        **LLAMA_CPP_LIKE,
        "json": lambda: completion(json.dumps({"speaker": ""})),
        "tools": lambda: refuse(400, "tool_choice is not supported by this model"),
    }
    http, asked = endpoint(answers, models=["m1"])
    diagnosis = diagnose(BASE_URL, "m1", http_client=http)
    json_check, tools_check = diagnosis.checks[1], diagnosis.checks[2]
    assert json_check.outcome == "accepted, but no valid answer in 1 call"
    assert json_check.usage.completion_tokens == 12
    assert tools_check.outcome.startswith("rejected (HTTP 400)")
    assert asked.count("json") == 1  # one probe per mode: no re-ask
    assert diagnosis.extract_flags() == f"-m m1 --base-url {BASE_URL} --mode md_json"


def test_nothing_works() -> None:
    answers: Answers = dict.fromkeys(LLAMA_CPP_LIKE, lambda: refuse(404, "model 'nope' not found"))
    http, _ = endpoint(answers, models=["m1"])
    diagnosis = diagnose(BASE_URL, "nope", http_client=http)
    assert diagnosis.working == [] and diagnosis.extract_flags() is None
    assert all(check.outcome.startswith("failed (HTTP 404)") for check in diagnosis.checks)
    report = render(diagnosis)
    assert "no mode works" in report and "not among the listed models" in report


def test_unlisted_models_with_a_given_model() -> None:
    http, _ = endpoint(LLAMA_CPP_LIKE, models=None)
    diagnosis = diagnose(BASE_URL, "m1", http_client=http)
    assert diagnosis.models is None and diagnosis.models_error is not None
    assert "models    not listed: cannot list models" in render(diagnosis)
    assert diagnosis.working == ["json", "tools", "md_json"]


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()
    register(app)

    @app.callback()
    def _root() -> None:
        """A group, so that the command is called by name as in the real CLI."""

    return app


def test_cli_usage_error_without_key_or_endpoint(cli: typer.Typer) -> None:
    result = CliRunner().invoke(cli, ["doctor", "-m", "gpt-4o-mini"])
    assert result.exit_code == 2
    assert "OPENAI_API_KEY" in result.output


def test_cli_unreachable_endpoint_fails(cli: typer.Typer, unused_port: int) -> None:
    base_url = f"http://127.0.0.1:{unused_port}/v1"
    result = CliRunner().invoke(cli, ["doctor", "--base-url", base_url, "--timeout", "2"])
    assert result.exit_code == 1
    assert "cannot list models" in result.output
    with_model = CliRunner().invoke(cli, ["doctor", "--base-url", base_url, "-m", "m1", "--timeout", "2"])
    assert with_model.exit_code == 1
    assert "no mode works" in with_model.output
    assert with_model.output.count("failed: ") == 4


@pytest.fixture
def unused_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
