"""One plan per chunk, three drivers: an article answered sync, async or through the Batch API
comes out the same."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest
from batch_api_server import BatchApiServer

from llmextract import Extractor
from llmextract.article import Article
from llmextract.batch.batch_api.job import BatchApiOptions
from llmextract.batch.batch_api.run import run_batch_api
from llmextract.batch.prelude import BatchOptions
from llmextract.config import ExtractorConfig
from llmextract.errors import ConfigError

SHORT = "“The harbour will be rebuilt by spring,” said Mara Jensen at the quay. The council met."
LONG = " ".join(
    f"“Berth {n} reopens on Friday,” said Mara Jensen at the port office. The ferries wait."
    for n in range(12)
)


def comparable(result: dict[str, Any]) -> dict[str, Any]:
    """A result without what differs by how it was run (time, attempts)."""
    prov = {k: v for k, v in result["provenance"].items() if k not in {"seconds", "attempts", "usage"}}
    return {**result, "provenance": prov}


@pytest.mark.parametrize("text", [SHORT, LONG], ids=["one-chunk", "chunked"])
def test_sync_async_and_the_batch_api_give_the_same_result(text: str, tmp_path: Path) -> None:
    article = Article(id="a1", text=text)
    with BatchApiServer() as server:
        config = ExtractorConfig(
            "gpt-test", base_url=server.base_url, api_key="sk-test", cache=False, chunk_chars=300
        )
        with Extractor(config=config) as extractor:
            sync = extractor.extract(article)

        async def run() -> Any:
            async with Extractor(config=config) as extractor:
                return await extractor.aextract(article)

        async_result = asyncio.run(run())
        inputs = tmp_path / "in.jsonl"
        inputs.write_text(json.dumps({"id": article.id, "text": article.text}) + "\n", encoding="utf-8")
        out = tmp_path / "out.jsonl"
        outcome = run_batch_api(
            [str(inputs)], config, BatchOptions(output=out, quiet=True), BatchApiOptions(poll_seconds=0)
        )
        assert outcome.complete and server.created >= 1
        sent = sum(server.requests_in(batch_id) for batch_id in server.batches)
    [batch] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    one, two = json.loads(sync.model_dump_json()), json.loads(async_result.model_dump_json())
    assert comparable(one) == comparable(two) == comparable(batch)
    assert sent == (1 if text is SHORT else 6)  # one request per chunk
    assert len(one["quotes"]) == (1 if text is SHORT else 12)


def test_the_baseline_has_no_llm_answerer() -> None:
    with Extractor("baseline") as extractor, pytest.raises(ConfigError, match="sends no requests"):
        extractor.llm()
