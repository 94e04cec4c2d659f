"""The state of a Batch API run, kept in a folder next to the output (``results.jsonl.batch-api/``).

It is written (to a temporary file, flushed, then renamed over the old one) before every step that
costs money: a request set is recorded before its file is uploaded, the file id before its batch is
created, and the batch carries the set's key in its metadata, so a run killed between the create
call and the write finds its batch again instead of creating a second one.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from llmextract.errors import InputError
from llmextract.utils.json_policy import load_file
from llmextract.utils.outputs import write_text

__all__ = ["TERMINAL", "RequestSet", "RunState", "state_folder"]

TERMINAL = frozenset({"completed", "failed", "expired", "cancelled"})


def state_folder(output: Path) -> Path:
    return output.with_name(output.name + ".batch-api")


@dataclass
class RequestSet:
    """One batch's worth of requests and how far it got."""

    key: str
    round: int
    custom_ids: list[str]
    file_id: str | None = None
    batch_id: str | None = None
    status: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    downloaded: bool = False
    upload_started: bool = False
    create_started: bool = False

    @property
    def filename(self) -> str:
        return f"llmextract-{self.key}.jsonl"

    @property
    def pending(self) -> bool:
        return not self.downloaded


@dataclass
class RunState:
    folder: Path
    sets: list[RequestSet] = field(default_factory=list)

    @property
    def path(self) -> Path:
        return self.folder / "state.json"

    @classmethod
    def load(cls, folder: Path) -> RunState:
        state = cls(folder)
        if not state.path.exists():
            return state
        data: Any = load_file(state.path)
        sets: Any = data.get("sets", []) if isinstance(data, dict) else None
        try:
            state.sets = [RequestSet(**item) for item in sets]
        except TypeError as exc:
            raise InputError(
                f"{state.path}: not a Batch API state file ({type(exc).__name__}: {exc}); it records "
                "the batches already paid for, so mend or move it by hand"
            ) from None
        return state

    def save(self) -> None:
        """Replace ``state.json`` atomically (flushed to disk first): a kill leaves the old state whole."""
        write_text(self.path, json.dumps({"sets": [asdict(s) for s in self.sets]}, ensure_ascii=False))

    def sent_counts(self) -> dict[str, int]:
        """How many batches each request went into."""
        counts: dict[str, int] = {}
        for request_set in self.sets:
            for cid in request_set.custom_ids:
                counts[cid] = counts.get(cid, 0) + 1
        return counts
