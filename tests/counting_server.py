"""A loopback chat-completions server that counts the input tokens of every request body it receives.

It answers like ``fake_openai`` (the curly-quoted sentences of the article as quotes), and keeps,
per request, the tokens of its body counted with a given :class:`~llmextract.cost.tokens.TokenCounter`
(``tokens``), so a test compares what a dry run predicted with what a real run then sent.
Usage in each answer reports those prompt tokens and a fixed number of completion tokens.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from fake_openai import answer_for, article_of

from llmextract.cost.tokens import TokenCounter, request_tokens

__all__ = ["CountingServer"]


class CountingServer:
    """``with CountingServer(counter) as server:``; ``server.base_url`` is the /v1 endpoint."""

    def __init__(self, counter: TokenCounter, completion_tokens: int = 20, cached_tokens: int = 0) -> None:
        self.counter = counter
        self.completion_tokens = completion_tokens
        self.cached_tokens = cached_tokens
        self.tokens: list[int] = []
        self.lock = threading.Lock()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> CountingServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(10)

    def _answer(self, body: dict[str, Any]) -> dict[str, Any]:
        prompt = request_tokens(body, self.counter)
        with self.lock:
            self.tokens.append(prompt)
        content = json.dumps(answer_for(article_of(body)))
        return {
            "id": "chatcmpl-counting",
            "object": "chat.completion",
            "created": 0,
            "model": body.get("model", ""),
            "choices": [
                {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": content}}
            ],
            "usage": {
                "prompt_tokens": prompt,
                "completion_tokens": self.completion_tokens,
                "total_tokens": prompt + self.completion_tokens,
                "prompt_tokens_details": {"cached_tokens": self.cached_tokens},
            },
        }

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = json.loads(self.rfile.read(length))
                data = json.dumps(server._answer(body)).encode()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                return

        return Handler
