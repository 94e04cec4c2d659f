"""What came back for each request of a batch: a chat-completion body, or why there is none.

Output-file lines carry ``response.status_code`` and ``response.body``; error-file lines carry
either a non-200 ``response`` (its body says why) or an ``error`` object (expired, cancelled).
A request missing from both files (a batch ended with ``output_file_id: null``) has no line here
and is sent again like a failed one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmextract.utils.jsonl import read_jsonl

__all__ = ["Returned", "read_returned"]


@dataclass(frozen=True)
class Returned:
    """One request's result: ``body`` (the completion's JSON text) or ``error``."""

    body: str | None
    error: str | None


def _returned(row: dict[str, Any]) -> Returned:
    response = row.get("response")
    if isinstance(response, dict) and response.get("status_code") == 200:
        return Returned(json.dumps(response.get("body")), None)
    if isinstance(response, dict):
        body = response.get("body")
        detail = body.get("error", body) if isinstance(body, dict) else body
        message = detail.get("message") if isinstance(detail, dict) else detail
        return Returned(None, f"HTTP {response.get('status_code')} in the batch: {message}")
    error = row.get("error")
    if isinstance(error, dict):
        return Returned(None, f"{error.get('code')}: {error.get('message')}")
    return Returned(None, "the batch returned neither a response nor an error")


def read_returned(path: Path, into: dict[str, Returned]) -> None:
    """Add the lines of one output or error file to ``into``; an answer is never replaced by an error."""
    for record in read_jsonl(path, strict=False):
        row = record.value
        if not isinstance(row, dict) or not isinstance(row.get("custom_id"), str):
            continue
        found = _returned(row)
        previous = into.get(row["custom_id"])
        if previous is not None and previous.body is not None and found.body is None:
            continue
        into[row["custom_id"]] = found
