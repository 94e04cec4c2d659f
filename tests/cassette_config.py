"""How cassettes are matched and cleaned, shared by the tests and the cassette writer."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"
SYNTHETIC = CASSETTES / "synthetic"
RECORDED = CASSETTES / "recorded"
PLACEHOLDER_KEY = "placeholder-key-for-tests"
# The one opt-in that lets a key, an endpoint and the network through to the cassette tests, which then
# record a real provider's answers into cassettes/recorded/provider/ (see the README's Cassettes section).
RECORD_LIVE = os.environ.get("LLMEXTRACT_RECORD_LIVE") == "1"
PROVIDER = RECORDED / "provider"


def json_body(r1: Any, r2: Any) -> None:
    """Bodies match when they hold the same JSON (key order aside), so a changed prompt fails loudly."""

    def load(request: Any) -> Any:
        body = request.body
        if isinstance(body, bytes):
            body = body.decode("utf-8")
        try:
            return json.loads(body) if body else None
        except ValueError:
            return body

    left, right = load(r1), load(r2)
    assert left == right, "request bodies differ"


SECRET_REQUEST_HEADERS = (
    "authorization",
    "api-key",
    "x-api-key",
    "openai-organization",
    "openai-project",
    "cookie",
)
SECRET_RESPONSE_HEADERS = frozenset(
    {"set-cookie", "openai-organization", "openai-project", "www-authenticate"}
)
SECRET_QUERY_PARAMETERS = ("api-key", "api_key", "key", "token", "access_token", "sig")
# What a credential looks like in text: a bearer token, an OpenAI-style key, a key header echoed in a body.
CREDENTIAL = re.compile(
    r"(?i)(bearer\s+(?!REDACTED)[A-Za-z0-9._~+/=-]{8,}|\bsk-[A-Za-z0-9_-]{8,}|api[-_]?key[\"']?\s*[:=]\s*[\"']?(?!REDACTED)[A-Za-z0-9._-]{8,})"
)


def fake_key(label: str) -> str:
    """A made-up key in OpenAI's shape ("sk-<label>-0000..."), assembled when the tests run so that no
    file of the repository holds a string a secret scanner would take for a live key."""
    return "-".join(("sk", label, "0123456789abcdef"))


def scrub_text(text: str) -> str:
    """Credential-like strings, and the configured key itself, replaced with REDACTED."""
    key = os.environ.get("OPENAI_API_KEY")
    if key and len(key) >= 8:
        text = text.replace(key, "REDACTED")
    return CREDENTIAL.sub("REDACTED", text)


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """Drop response headers that identify an account or set a session, and scrub the body."""
    headers = response.get("headers") or {}
    response["headers"] = {k: v for k, v in headers.items() if k.lower() not in SECRET_RESPONSE_HEADERS}
    body = response.get("body") or {}
    raw = body.get("string")
    if isinstance(raw, bytes):
        body["string"] = scrub_text(raw.decode("utf-8", errors="surrogateescape")).encode(
            "utf-8", errors="surrogateescape"
        )
    elif isinstance(raw, str):
        body["string"] = scrub_text(raw)
    return response


VCR_CONFIG: dict[str, Any] = {
    "filter_headers": [(name, None) for name in SECRET_REQUEST_HEADERS],
    "filter_query_parameters": [(name, None) for name in SECRET_QUERY_PARAMETERS],
    "before_record_response": scrub_response,
    "match_on": ["method", "path", "json_body"],
    "decode_compressed_response": True,
}
