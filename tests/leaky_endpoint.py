"""An OpenAI-compatible endpoint on loopback that echoes the caller's credentials everywhere it can.

It is the fake Batch API server (files, batches, chat completions) with every reply made to leak:
the ``Authorization`` header it was sent, the key without its prefix, a 45-character piece of it
and its base64 go into error bodies and headers, model ids (``/v1/models``), the names of actors in
its answers, and the error lines of every batch. ``status`` answers chat completions with that
status (an error body full of the key) instead of an answer.
"""

from __future__ import annotations

import base64
import json
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlparse

from batch_api_server import BatchApiServer
from fake_openai import answer_for

__all__ = ["LeakyEndpoint", "leak_of", "scan"]


def leak_of(auth: str) -> str:
    """Every form of the credentials in ``auth`` a careless server might echo."""
    token = auth.split(" ", 1)[-1]
    try:
        decoded = base64.b64decode(token, validate=True).decode("utf-8") if auth.startswith("Basic ") else ""
    except ValueError:
        decoded = ""
    b64 = base64.b64encode(token.encode()).decode()
    return f"auth={auth} key={token} cut={token[3:48]} b64={b64} basic={decoded}"


class LeakyEndpoint(BatchApiServer):
    """``with LeakyEndpoint() as server:``; ``server.base_url`` is the /v1 endpoint."""

    def __init__(self) -> None:
        super().__init__(answer=self._leaky_answer)
        self.status = 200  # for chat completions

    def _leaky_answer(self, text: str) -> dict[str, Any]:
        answer = answer_for(text)
        answer["actors"].append({"name": leak_of(self.seen_auth), "type": "person", "aliases": []})
        return answer

    def _run(self, request: dict[str, Any]) -> dict[str, Any]:
        line = super()._run(request)
        if "[leak]" in json.dumps(request["body"]):
            body = {"error": {"message": f"bad request: {leak_of(self.seen_auth)}", "type": "server_error"}}
            line["response"] = {"status_code": 500, "request_id": "rq-leak", "body": body}
        return line

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        base = super()._handler()
        server = self

        class Leaky(base):  # type: ignore[valid-type,misc]
            def _leak_reply(self, status: int, payload: Any) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("X-Echo-Authorization", server.seen_auth)
                self.send_header("Retry-After", "0")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                if urlparse(self.path).path.rstrip("/").endswith("/models"):
                    server.seen_auth = self.headers.get("Authorization", "")
                    leak = leak_of(server.seen_auth)
                    ids = ["m", f"model-{leak}"]
                    self._leak_reply(
                        200, {"object": "list", "data": [{"id": i, "object": "model"} for i in ids]}
                    )
                    return
                super().do_GET()

            def do_POST(self) -> None:
                if urlparse(self.path).path.endswith("/chat/completions") and server.status != 200:
                    self.rfile.read(int(self.headers.get("Content-Length") or 0))
                    server.seen_auth = self.headers.get("Authorization", "")
                    message = f"denied: {leak_of(server.seen_auth)}"
                    self._leak_reply(server.status, {"error": {"message": message, "type": "auth"}})
                    return
                super().do_POST()

        return Leaky


def scan(texts: dict[str, str], secrets: list[str], size: int = 10) -> list[str]:
    """``name: piece`` for every ``size``-character piece of a secret found in ``texts``."""
    found = []
    for secret in secrets:
        pieces = {secret[i : i + size] for i in range(len(secret) - size + 1)}
        for name, text in texts.items():
            hits = [piece for piece in pieces if piece in text]
            if hits:
                found.append(f"{name}: {sorted(hits)[0]!r}")
    return found
