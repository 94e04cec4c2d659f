"""An in-process endpoint for the doctor's probes: each structured-output mode accepted or refused at will."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx2

__all__ = ["ANSWER", "BASE_URL", "LLAMA_CPP_LIKE", "Answers", "completion", "endpoint", "refuse"]

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


def endpoint(
    answers: Answers, models: list[str] | None = None, bodies: list[dict[str, Any]] | None = None
) -> tuple[httpx2.Client, list[str]]:
    """An endpoint answering each mode as ``answers`` says; records the modes it was asked in (and,
    given ``bodies``, the request bodies)."""
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
        body = json.loads(request.content)
        if bodies is not None:
            bodies.append(body)
        mode = mode_of(body)
        asked.append(mode)
        return answers[mode]()

    return httpx2.Client(transport=httpx2.MockTransport(handler)), asked


LLAMA_CPP_LIKE: Answers = {
    "json_schema": lambda: refuse(500, LLAMA_CPP_500),
    "json": lambda: completion(json.dumps(ANSWER)),
    "tools": lambda: completion(arguments=json.dumps(ANSWER)),
    "md_json": lambda: completion(f"```json\n{json.dumps(ANSWER)}\n```"),
}
