"""The Batch API calls, through the openai client's public ``files`` and ``batches`` resources.

``find_upload`` and ``find_batch`` look for what a killed run may have made before it could write
down the id: an uploaded file by its name, a batch by the request-set key in its metadata.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openai

__all__ = ["META_KEY", "Remote"]

META_KEY = "llmextract_request_set"


class Remote:
    def __init__(self, client: openai.OpenAI) -> None:
        self.client = client.with_options(max_retries=3)

    def find_upload(self, filename: str) -> str | None:
        for item in self.client.files.list(purpose="batch"):
            if item.filename == filename:
                return item.id
        return None

    def upload(self, path: Path, filename: str) -> str:
        with path.open("rb") as handle:
            return self.client.files.create(file=(filename, handle), purpose="batch").id

    def find_batch(self, key: str) -> str | None:
        for batch in self.client.batches.list(limit=100):
            if (batch.metadata or {}).get(META_KEY) == key:
                return batch.id
        return None

    def create(self, file_id: str, key: str) -> str:
        batch = self.client.batches.create(
            input_file_id=file_id,
            endpoint="/v1/chat/completions",
            completion_window="24h",
            metadata={META_KEY: key},
        )
        return batch.id

    def retrieve(self, batch_id: str) -> Any:
        return self.client.batches.retrieve(batch_id)

    def download(self, file_id: str) -> bytes:
        return self.client.files.content(file_id).content
