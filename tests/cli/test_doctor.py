"""``llmextract doctor``: its report, its exit codes and the endpoint options it shares."""

from __future__ import annotations

import json
import socket
import threading
import unicodedata
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from probe_endpoint import BASE_URL, LLAMA_CPP_LIKE, Answers, endpoint, refuse
from typer.testing import CliRunner

from llmextract.cli.app import app
from llmextract.cli.doctor import render
from llmextract.llm.probes import diagnose

from .recording import RecordingServer

runner = CliRunner()
PROBE_ANSWER = {"speaker": "Ines Duarte", "said": "The harbour will reopen on Monday"}


@pytest.fixture
def unused_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_report_names_the_working_modes_and_the_flags_for_extract_and_eval() -> None:
    http, _ = endpoint(LLAMA_CPP_LIKE, models=["m1", "m2"])
    report = render(diagnose(BASE_URL, None, http_client=http))
    assert "models    m1, m2" in report and "model     m1" in report
    assert "works: json, tools, md_json" in report
    assert f"use:   llmextract extract ARTICLE -m m1 --base-url {BASE_URL} --mode json" in report
    assert f"       llmextract eval GOLD.jsonl -m m1 --base-url {BASE_URL} --mode json" in report


def test_report_when_nothing_works_or_models_are_not_listed() -> None:
    answers: Answers = dict.fromkeys(LLAMA_CPP_LIKE, lambda: refuse(404, "model 'nope' not found"))
    http, _ = endpoint(answers, models=["m1"])
    report = render(diagnose(BASE_URL, "nope", http_client=http))
    assert "no mode works" in report and "not among the listed models" in report and "use:" not in report
    http, _ = endpoint(LLAMA_CPP_LIKE, models=None)
    assert "models    not listed: cannot list models" in render(diagnose(BASE_URL, "m1", http_client=http))


def test_usage_error_without_key_or_endpoint() -> None:
    result = runner.invoke(app, ["doctor", "-m", "gpt-4o-mini"])
    assert result.exit_code == 2
    assert "OPENAI_API_KEY" in result.output


def test_unreachable_endpoint_fails(unused_port: int) -> None:
    base_url = f"http://127.0.0.1:{unused_port}/v1"
    result = runner.invoke(app, ["doctor", "--base-url", base_url, "--timeout", "2"])
    assert result.exit_code == 1
    assert "cannot list models" in result.output
    with_model = runner.invoke(app, ["doctor", "--base-url", base_url, "-m", "m1", "--timeout", "2"])
    assert with_model.exit_code == 1
    assert "no mode works" in with_model.output
    assert with_model.output.count("failed: ") == 4


def test_one_mode_without_temperature_and_a_larger_cap() -> None:
    with RecordingServer(answer=lambda text: PROBE_ANSWER) as server:
        args = ["doctor", "--base-url", server.base_url, "-m", "m1", "--mode", "json"]
        result = runner.invoke(app, [*args, "--temperature", "none", "--max-tokens", "300", "--rpm", "60"])
    assert result.exit_code == 0, result.output
    [body] = [b for b in server.bodies if "messages" in b]  # one probe: the mode asked for
    assert body["response_format"]["type"] == "json_object"
    assert "temperature" not in body and body["max_tokens"] == 300
    use = next(line for line in result.output.splitlines() if line.startswith("use:"))
    assert use.endswith("--mode json --temperature none --max-tokens 300")


class HostileEndpoint(BaseHTTPRequestHandler):
    """Model ids and error bodies that try to draw report lines and send terminal sequences."""

    MODELS = ("m1\x1b]0;owned\x07", "m2\nuse:   llmextract extract ARTICLE --base-url http://evil.example")
    ERROR = "bad \x1b[2J\x9b2J request\nuse:   llmextract extract ARTICLE --evil"

    def do_GET(self) -> None:
        self._send(200, {"object": "list", "data": [{"id": m, "object": "model"} for m in self.MODELS]})

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self._send(400, {"error": {"message": self.ERROR, "type": "invalid_request_error"}})

    def _send(self, status: int, body: dict[str, object]) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass


def test_what_the_server_says_draws_no_line_and_sends_no_sequence() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), HostileEndpoint)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base_url = f"http://127.0.0.1:{server.server_address[1]}/v1"
        result = runner.invoke(app, ["doctor", "--base-url", base_url, "--timeout", "5"])
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
    assert result.exit_code == 1, result.output  # every mode refused
    assert {c for c in result.stdout if unicodedata.category(c) in {"Cc", "Zl", "Zp"}} <= {"\n"}
    assert not [line for line in result.stdout.splitlines() if line.startswith("use:")]
    assert "models    m1␛]0;owned␇, m2␊use:" in result.stdout
    assert "model     m1␛]0;owned␇" in result.stdout
