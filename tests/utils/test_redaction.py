"""No key leaves the toolkit, even when the server echoes it in its error bodies and headers."""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cassette_config import fake_key
from typer.testing import CliRunner

from llmextract import Extractor, LLMExtractError, ProviderError
from llmextract.cli.app import app
from llmextract.utils.redaction import MASK, redact, register_secret

KEY = "k3y-0f-the-user-9f8e7d6c5b4a"  # shaped like no known credential: only registration masks it


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("got header Authorization: Bearer abcdef123456", "abcdef123456"),
        ('{"api-key": "zyx987654321"}', "zyx987654321"),
        ("x-api-key=QWERTY123456 rejected", "QWERTY123456"),
        (f"invalid key {fake_key('proj')}", fake_key("proj")),
        ("access_token: tok_1234567890", "tok_1234567890"),
    ],
)
def test_credential_shaped_tokens_are_masked(text: str, secret: str) -> None:
    out = redact(text)
    assert secret not in out and MASK in out


def test_ordinary_text_is_left_alone() -> None:
    text = "The minister said the key question was the budget; Bearer of bad news."
    assert redact(text) == text


def test_a_registered_key_is_masked_anywhere_and_short_placeholders_are_not() -> None:
    register_secret(KEY)
    register_secret("x")
    assert redact(f"server says:{KEY}!") == f"server says:{MASK}!"
    assert redact("x marks the spot") == "x marks the spot"


def test_every_library_error_message_is_redacted() -> None:
    key = fake_key("abc")
    assert key not in str(LLMExtractError(f"bad key {key}"))


class _Echo(BaseHTTPRequestHandler):
    """Answers every call with the status in its path's query, echoing the caller's credentials."""

    status = 401

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", "0")))
        auth = self.headers.get("authorization", "")
        message = f"denied for {auth}; key={auth.removeprefix('Bearer ')}"
        self.send_response(self.status)
        self.send_header("content-type", "application/json")
        self.send_header("x-echo-authorization", auth)
        self.send_header("retry-after", "0")
        self.end_headers()
        self.wfile.write(json.dumps({"error": {"message": message, "type": "auth"}}).encode())

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(params=[401, 403, 429, 500])
def echo_url(request: pytest.FixtureRequest) -> Iterator[str]:
    handler = type("Handler", (_Echo,), {"status": request.param})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


def test_an_echoed_key_is_not_in_the_error(echo_url: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    extractor = Extractor(
        "m", base_url=echo_url, api_key=KEY, max_retries=1, backoff_base=0, cache=False, mode="json"
    )
    try:
        with pytest.raises(ProviderError) as caught:
            extractor.extract("“We will not back down,” said Mayor Ines Duarte.")
    finally:
        extractor.close()
    assert KEY not in str(caught.value)
    assert MASK in str(caught.value)
    assert caplog.records, "the HTTP libraries log the exchange at DEBUG level"
    assert all(KEY not in record.getMessage() for record in caplog.records)


def test_an_echoed_key_reaches_neither_stderr_nor_the_jsonl(
    echo_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"a{n}.txt").write_text(f"“Vote {n},” said Mayor Ines Duarte.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(
        app,
        [
            "extract",
            str(folder),
            "-o",
            str(out),
            "-m",
            "m",
            "--base-url",
            echo_url,
            "--max-retries",
            "1",
            "--mode",
            "json",
            "--no-cache",
            "--quiet",
        ],
    )
    assert result.exit_code == 1
    assert KEY not in result.output
    written = out.read_text(encoding="utf-8")
    # 401/403 stop the run with one message (no records); 429/500 leave one error record per article
    assert written.count('"error"') >= 1 or "refused the run" in result.output
    assert KEY not in written
