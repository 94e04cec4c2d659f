"""extract_many / aextract_many: every article once, failures as records, concurrency and budgets."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_openai import FakeServer

from llmextract.article import Article
from llmextract.batch.many import FailureRecord, aextract_many, extract_many, result_id, tokens_of
from llmextract.pipeline import Extractor
from llmextract.schema import Extraction


def story(i: int, extra: str = "") -> Article:
    return Article(
        id=f"s{i}", text=f"[id:s{i}] “Shift {i} starts at dawn,” said Omar Reyes at the mill.{extra}"
    )


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer(latency=0.02) as srv:
        yield srv


def test_baseline_batch_yields_each_article_once() -> None:
    texts = [f"“Count {i} is final,” said Clerk Ada Moss." for i in range(5)]
    results = list(extract_many(texts, "baseline", concurrency=3))
    assert sorted(result_id(r) for r in results) == sorted(Article(text=t).id for t in texts)
    assert all(isinstance(r, Extraction) and r.quotes for r in results)


async def test_async_failures_are_records_and_the_run_goes_on(server: FakeServer) -> None:
    articles = [story(i) for i in range(12)] + [story(99, " [status:400]")]
    results = [
        r async for r in aextract_many(articles, "m", base_url=server.base_url, concurrency=4, cache=False)
    ]
    assert sorted(result_id(r) for r in results) == sorted(a.id for a in articles)
    [failed] = [r for r in results if isinstance(r, FailureRecord)]
    assert failed.id == "s99" and failed.error.type == "ProviderError" and failed.error.attempts == 1
    assert "HTTP 400" in failed.error.message
    assert server.max_in_flight <= 4
    done = [r for r in results if isinstance(r, Extraction)]
    assert all(tokens_of(r) == 120 and r.provenance.attempts == 1 for r in done)


def test_token_budget_stops_starting_new_articles(server: FakeServer) -> None:
    articles = [story(i) for i in range(20)]
    results = list(
        extract_many(
            articles, "m", base_url=server.base_url, concurrency=1, max_tokens_total=250, cache=False
        )
    )
    assert len(results) == 3, "120 + 120 < 250, so a third article starts; then the budget is spent"
    assert server.total_requests == 3


def test_closing_early_cancels_the_rest(server: FakeServer) -> None:
    articles = [story(i) for i in range(200)]
    stream = extract_many(articles, "m", base_url=server.base_url, concurrency=2, cache=False)
    first = next(stream)
    stream.close()
    assert isinstance(first, Extraction) and server.total_requests < 20


async def test_a_shared_extractor_is_left_open_for_its_owner(server: FakeServer) -> None:
    extractor = Extractor("m", base_url=server.base_url, cache=False)
    first = [r async for r in aextract_many([story(1)], extractor=extractor)]
    again = await extractor.aextract(story(2))
    await extractor.aclose()
    assert isinstance(first[0], Extraction) and again.quotes


def test_concurrency_must_be_positive() -> None:
    with pytest.raises(ValueError, match="concurrency"):
        list(extract_many(["text"], "baseline", concurrency=0))
