"""The request files of a Batch API run: one line per article chunk, split at the API's limits.

Each line is the json_schema body an online call would post, so a batch answer is validated and
assembled exactly as an online one. ``custom_id`` is ``<article id>#<chunk index>``; the index is
read back from the right, so any article id survives.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

__all__ = [
    "ENDPOINT",
    "MAX_BYTES",
    "MAX_REQUESTS",
    "RequestLine",
    "custom_id",
    "request_line",
    "set_key",
    "split",
    "split_custom_id",
]

ENDPOINT = "/v1/chat/completions"
MAX_REQUESTS = 50_000
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class RequestLine:
    custom_id: str
    data: bytes


def custom_id(article_id: str, index: int) -> str:
    return f"{article_id}#{index}"


def split_custom_id(value: str) -> tuple[str, int]:
    article_id, _, index = value.rpartition("#")
    return article_id, int(index)


def request_line(cid: str, body: dict[str, Any]) -> RequestLine:
    line = {"custom_id": cid, "method": "POST", "url": ENDPOINT, "body": body}
    return RequestLine(cid, (json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8"))


def split(
    lines: Iterable[RequestLine], max_requests: int = MAX_REQUESTS, max_bytes: int = MAX_BYTES
) -> list[list[RequestLine]]:
    """Consecutive groups of at most ``max_requests`` lines and ``max_bytes`` bytes each."""
    groups: list[list[RequestLine]] = []
    current: list[RequestLine] = []
    size = 0
    for line in lines:
        if len(line.data) > max_bytes:
            raise ValueError(f"request {line.custom_id} alone is over the {max_bytes:,}-byte file limit")
        if current and (len(current) >= max_requests or size + len(line.data) > max_bytes):
            groups.append(current)
            current, size = [], 0
        current.append(line)
        size += len(line.data)
    if current:
        groups.append(current)
    return groups


def set_key(lines: list[RequestLine]) -> str:
    """A short name for one request set: the same lines always get the same key."""
    digest = hashlib.sha256()
    for line in lines:
        digest.update(line.data)
    return digest.hexdigest()[:16]
