"""The Batch API calls, through the openai client's public ``files`` and ``batches`` resources.

A failed call (a refused key, an unreachable endpoint) stops the run as a ProviderError: the state
written before it keeps the work done, and the same command carries on once the cause is fixed.

``find_upload`` and ``find_batch`` look for what a killed run may have made before it could write
down the id: an uploaded file by its name, a batch by the request-set key in its metadata.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import openai

from llmextract.errors import ProviderError

T = TypeVar("T")

__all__ = ["META_KEY", "Remote"]

META_KEY = "llmextract_request_set"


def _guarded(what: str, host: str, call: Callable[[], T]) -> T:
    try:
        return call()
    except openai.APIError as exc:
        status = exc.status_code if isinstance(exc, openai.APIStatusError) else None
        cause = f"HTTP {status}" if status else type(exc).__name__
        raise ProviderError(
            f"Batch API {what}: {cause}: {exc.message}", host=host, status_code=status
        ) from exc


class Remote:
    def __init__(self, client: openai.OpenAI) -> None:
        self.client = client.with_options(max_retries=3)
        self.host = client.base_url.host

    def find_upload(self, filename: str) -> str | None:
        def look() -> str | None:
            return next(
                (f.id for f in self.client.files.list(purpose="batch") if f.filename == filename), None
            )

        return _guarded("file list", self.host, look)

    def upload(self, path: Path, filename: str) -> str:
        def send() -> str:
            with path.open("rb") as handle:
                return self.client.files.create(file=(filename, handle), purpose="batch").id

        return _guarded("upload", self.host, send)

    def find_batch(self, key: str) -> str | None:
        def look() -> str | None:
            batches = self.client.batches.list(limit=100)
            return next((b.id for b in batches if (b.metadata or {}).get(META_KEY) == key), None)

        return _guarded("batch list", self.host, look)

    def create(self, file_id: str, key: str) -> str:
        batch = _guarded(
            "create",
            self.host,
            lambda: self.client.batches.create(
                input_file_id=file_id,
                endpoint="/v1/chat/completions",
                completion_window="24h",
                metadata={META_KEY: key},
            ),
        )
        return batch.id

    def retrieve(self, batch_id: str) -> Any:
        return _guarded("status", self.host, lambda: self.client.batches.retrieve(batch_id))

    def download(self, file_id: str) -> bytes:
        return _guarded("download", self.host, lambda: self.client.files.content(file_id).content)
