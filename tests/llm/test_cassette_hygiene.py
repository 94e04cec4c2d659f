"""No cassette holds a credential: request and response headers, query strings and bodies are scrubbed."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import openai
import pytest
import vcr
import yaml
from cassette_config import CASSETTES, CREDENTIAL, VCR_CONFIG, fake_key, json_body

KEY = fake_key("live") + "SECRET"


class _Echo(BaseHTTPRequestHandler):
    """A server that echoes the caller's credentials back, in headers and body, as some proxies do."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", "0")))
        auth = self.headers.get("authorization", "")
        body = json.dumps(
            {"error": {"message": f"invalid key, got header 'Authorization: {auth}' api-key: {KEY}"}}
        )
        self.send_response(401)
        self.send_header("content-type", "application/json")
        self.send_header("set-cookie", f"session={KEY}")
        self.send_header("openai-organization", "org-secret")
        self.send_header("www-authenticate", f"Bearer realm={KEY}")
        self.end_headers()
        self.wfile.write(body.encode())

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def echo_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


def test_a_recorded_echo_of_the_key_keeps_no_secret(
    echo_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    recorder = vcr.VCR(record_mode="all", **VCR_CONFIG)
    recorder.register_matcher("json_body", json_body)
    cassette = tmp_path / "echo.yaml"
    client = openai.OpenAI(api_key=KEY, base_url=f"{echo_url}?api-key={KEY}", max_retries=0)
    with recorder.use_cassette(str(cassette)), pytest.raises(openai.AuthenticationError):
        client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    text = cassette.read_text()
    assert "401" in text  # the exchange was recorded
    assert KEY not in text and "SECRET" not in text
    assert "org-secret" not in text and "set-cookie" not in text.lower()
    assert not CREDENTIAL.search(text)


SECRET_HEADERS = {"authorization", "api-key", "x-api-key", "set-cookie", "cookie", "openai-organization"}


@pytest.mark.parametrize("path", sorted(CASSETTES.rglob("*.yaml")), ids=lambda p: p.name)
def test_no_cassette_holds_anything_that_looks_like_a_credential(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert not CREDENTIAL.search(text), CREDENTIAL.search(text)
    for interaction in yaml.safe_load(text)["interactions"]:
        for part in (interaction["request"], interaction["response"]):
            for name, values in (part.get("headers") or {}).items():
                if name.lower() in SECRET_HEADERS:
                    assert values == ["REDACTED"], f"{path.name} records a {name} header"
