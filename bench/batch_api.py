"""Toolkit time per article of a Batch API run: preparing, collecting and assembling.

    python bench/batch_api.py [ARTICLES]      # default 5,000

Runs ``extract --batch-api``'s run path over invented articles against the fake Batch API server
(``tests/batch_api_server.py``, in this process) answering each request with a fixed-size answer
(10 quotes, 10 actors, 5 stances). The time spent waiting on the server (upload, create, polls,
downloads: its own work included) is measured apart and taken out, leaving the toolkit's own time:
building and writing the request files, reading the answers, validating, grounding, assembling and
writing the results. Prints the figures and, last, one JSON line. Goal: <= 5 ms per article.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _common import ROOT, article_text, load

sys.path.insert(0, str(ROOT))  # this checkout's llmextract, whatever is installed
from batch_api_server import BatchApiServer
from fake_openai import rich_answer

from llmextract.batch.batch_api.job import BatchApiOptions
from llmextract.batch.batch_api.remote import Remote
from llmextract.batch.batch_api.run import run_batch_api
from llmextract.batch.run import BatchOptions
from llmextract.config import ExtractorConfig

GOAL_MS = 5.0


class TimedRemote(Remote):
    """The Batch API calls, with the time spent in them added up."""

    waited = 0.0

    def _timed(self, name: str, *args: Any) -> Any:
        started = time.perf_counter()
        try:
            return getattr(super(), name)(*args)
        finally:
            TimedRemote.waited += time.perf_counter() - started

    def find_upload(self, filename: str) -> str | None:
        return self._timed("find_upload", filename)  # type: ignore[no-any-return]

    def upload(self, path: Path, filename: str) -> str:
        return self._timed("upload", path, filename)  # type: ignore[no-any-return]

    def find_batch(self, key: str) -> str | None:
        return self._timed("find_batch", key)  # type: ignore[no-any-return]

    def create(self, file_id: str, key: str) -> str:
        return self._timed("create", file_id, key)  # type: ignore[no-any-return]

    def retrieve(self, batch_id: str) -> Any:
        return self._timed("retrieve", batch_id)

    def download(self, file_id: str) -> bytes:
        return self._timed("download", file_id)  # type: ignore[no-any-return]


def main() -> int:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000
    folder = Path(tempfile.mkdtemp(prefix="bench-batch-api-"))
    inputs = folder / "in.jsonl"
    with inputs.open("w", encoding="utf-8") as handle:
        for i in range(count):
            handle.write(json.dumps({"id": f"a{i}", "text": article_text(i, 1500)}) + "\n")
    run_module = sys.modules["llmextract.batch.batch_api.run"]
    run_module.Remote = TimedRemote  # type: ignore[attr-defined]
    with BatchApiServer(answer=rich_answer) as server:
        options = ExtractorConfig("gpt-bench", base_url=server.base_url, api_key="sk-bench", cache=False)
        started = time.perf_counter()
        outcome = run_batch_api(
            [str(inputs)],
            options,
            BatchOptions(output=folder / "out.jsonl", quiet=True),
            BatchApiOptions(poll_seconds=0),
        )
        total = time.perf_counter() - started
    assert outcome.complete and outcome.counters.done == count, outcome.counters.summary()
    toolkit = total - TimedRemote.waited
    per_article = toolkit / count * 1000
    print(f"articles {count:,}; batches {server.created}; load {load()}")
    print(f"wall {total:.2f}s; waiting on the server {TimedRemote.waited:.2f}s; toolkit {toolkit:.2f}s")
    print(f"toolkit per article {per_article:.2f} ms (goal <= {GOAL_MS} ms)")
    print(
        json.dumps(
            {
                "bench": "batch_api",
                "articles": count,
                "batches": server.created,
                "wall_s": round(total, 3),
                "server_s": round(TimedRemote.waited, 3),
                "toolkit_ms_per_article": round(per_article, 3),
                "goal_ms": GOAL_MS,
                "ok": per_article <= GOAL_MS,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
