"""The LLM path against a real llama.cpp server: fallback, grounding, usage and a batch.

SmolLM2-135M's answers are poor, so these tests assert what must hold whatever it says: the
format fallback happens and is recorded, nothing ungrounded comes out, failures are typed and
carry their cost, and usage matches the server's own figures.
"""

from __future__ import annotations

import pytest
from grounding_checks import assert_grounded
from live_articles import ARTICLES
from live_server import live_extractor
from wire_tap import WireTap

from llmextract import Article, ExtractionFailed
from llmextract.batch.many import FailureRecord, aextract_many

pytestmark = pytest.mark.live

TIMEOUT = 300.0  # the server answers one request at a time; queued requests wait on 2 loaded cores


def test_auto_mode_falls_back_to_json_object(llama_base_url: str) -> None:
    tap = WireTap()
    text = ARTICLES["school"]
    with tap.client() as http:
        result = live_extractor(llama_base_url, http_client=http, timeout=TIMEOUT).extract(
            Article(id="school", text=text)
        )
    # the server rejects json_schema with an HTTP 500; the toolkit moves to json_object on its own
    assert tap.formats[0] == ("json_schema", 500)
    assert tap.formats[1:] == [("json_object", 200)] * (len(tap.exchanges) - 1)
    assert result.provenance.mode == "json"
    assert result.provenance.endpoint == llama_base_url.split("/")[2]
    assert result.provenance.attempts == len(tap.exchanges)
    assert result.provenance.usage == tap.usage
    assert result.provenance.usage.prompt_tokens > 0
    assert_grounded(result, text)


def test_answers_that_never_validate_end_in_extraction_failed(llama_base_url: str) -> None:
    """Answers cut at 40 tokens are never complete JSON: the re-asks run out, and the failure
    carries the attempts and the server's usage over all of them."""
    tap = WireTap()
    with tap.client() as http, pytest.raises(ExtractionFailed) as caught:
        extractor = live_extractor(
            llama_base_url, http_client=http, mode="json", max_tokens=40, timeout=TIMEOUT
        )
        extractor.extract(Article(id="rail", text=ARTICLES["rail"]))
    failure = caught.value
    assert failure.attempts == len(tap.exchanges) == 3
    assert tap.formats == [("json_object", 200)] * 3
    assert failure.usage == tap.usage
    assert failure.usage.completion_tokens == 3 * 40
    assert failure.last_response == tap.exchanges[-1].answer


async def test_batch_of_ten_at_concurrency_four(llama_base_url: str) -> None:
    tap = WireTap()
    http = tap.async_client()
    # tools mode: what the doctor recommends for this server (a grammar keeps answers to the schema)
    extractor = live_extractor(llama_base_url, async_http_client=http, mode="tools", timeout=TIMEOUT)
    articles = [Article(id=article_id, text=text) for article_id, text in ARTICLES.items()]
    async with http:
        results = [result async for result in aextract_many(articles, extractor=extractor, concurrency=4)]
    ids = [r.id if isinstance(r, FailureRecord) else r.article.id for r in results]
    assert sorted(ids) == sorted(ARTICLES)  # every article accounted for, once
    for result in results:
        if isinstance(result, FailureRecord):  # a poor answer may fail; nothing else may
            assert result.error.type == "ExtractionFailed" and result.error.attempts >= 1
            assert result.usage.total_tokens > 0
            continue
        assert result.provenance.mode == "tools"
        assert_grounded(result, ARTICLES[result.article.id])
    spent = [r.usage if isinstance(r, FailureRecord) else r.provenance.usage for r in results]
    assert sum(u.prompt_tokens for u in spent) == tap.usage.prompt_tokens
    assert sum(u.completion_tokens for u in spent) == tap.usage.completion_tokens
    assert {fmt for fmt, _ in tap.formats} == {"tools"}
