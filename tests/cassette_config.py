"""How cassettes are matched and cleaned, shared by the tests and the cassette writer."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

CASSETTES = Path(__file__).resolve().parent.parent / "cassettes"
SYNTHETIC = CASSETTES / "synthetic"
RECORDED = CASSETTES / "recorded"
PLACEHOLDER_KEY = "placeholder-key-for-tests"


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


VCR_CONFIG: dict[str, Any] = {
    "filter_headers": [("authorization", "REDACTED"), ("api-key", "REDACTED"), ("openai-organization", None)],
    "match_on": ["method", "path", "json_body"],
    "decode_compressed_response": True,
}
