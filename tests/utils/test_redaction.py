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


def test_any_ten_characters_of_a_registered_key_are_masked_and_nine_are_not() -> None:
    key = "n0-prefix-" + "7Hq2Lx9Vb4Kw8Zp3Rt6Yc1Nm5Gs0Fd2J"  # 43 characters, shaped like nothing known
    register_secret(key)
    for start, end in [(0, len(key)), (3, len(key)), (5, 15), (20, 40), (len(key) - 10, len(key))]:
        out = redact(f"echo<{key[start:end]}>")
        assert key[start:end] not in out and MASK in out, (start, end)
    assert redact(f"x {key[20:29]} y") == f"x {key[20:29]} y"


def test_the_base64_forms_of_a_key_are_masked() -> None:
    import base64

    key = "plain-key-without-shape-0123456789"
    register_secret(key)
    for encoded in (base64.b64encode(key.encode()), base64.urlsafe_b64encode(key.encode())):
        assert encoded.decode() not in redact(f"token {encoded.decode()} seen")


def test_url_user_info_is_masked_as_typed_decoded_and_as_basic_auth() -> None:
    import base64

    from llmextract.utils.redaction import register_url_credentials

    register_url_credentials("http://ops:p%40ss-w0rd-long@proxy.example:8080/v1")
    basic = base64.b64encode(b"ops:p@ss-w0rd-long").decode()
    for leaked in ("ops:p%40ss-w0rd-long", "p@ss-w0rd-long", f"Authorization: Basic {basic}", basic):
        out = redact(f"server said {leaked}")
        assert "w0rd" not in out and basic not in out, leaked


def test_secrets_in_the_environment_are_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    from llmextract.utils.redaction import register_environment

    register_environment({"SOME_PROVIDER_API_KEY": "env-held-secret-value-42", "HOME": "/root/home-dir-x"})
    assert "env-held" not in redact("got env-held-secret-value-42")
    assert redact("/root/home-dir-x") == "/root/home-dir-x"


def test_every_log_record_is_redacted_whoever_logs_it(caplog: pytest.LogCaptureFixture) -> None:
    from llmextract.utils.secret_sinks import guard_loggers

    guard_loggers()
    register_secret("log-secret-abcdefghij-0123")
    caplog.set_level(logging.INFO)
    logging.getLogger("someone.else").info("value %s", "log-secret-abcdefghij-0123")
    try:
        raise ValueError("boom log-secret-abcdefghij-0123")
    except ValueError:
        logging.getLogger("llmextract.x").exception("failed")
    assert all(
        "abcdefghij" not in r.getMessage() and "abcdefghij" not in (r.exc_text or "") for r in caplog.records
    )


def test_news_text_passes_unchanged_through_the_shape_patterns() -> None:
    """Results and gold files are redacted whole, article text included: a shape that matched
    ordinary prose would change the text and shift every offset after it."""
    root = Path(__file__).resolve().parents[2]
    texts = [
        p.read_text(encoding="utf-8") for p in [*root.glob("examples/**/*.txt"), *root.glob("blind/**/*.txt")]
    ]
    texts += [
        "the basic decency of it; Basic Income; bearer shares of 2024; a bearer bond",
        "Authorization: pending. The api key question; access token rules; the task-force met.",
        "risk-averse investors and the desk-bound staff",
    ]
    assert len(texts) > 20
    for text in texts:
        assert redact(text) == text
