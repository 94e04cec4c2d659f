"""``max_cost``: no new article once the spent plus in-flight cost would pass the budget."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from counting_server import CountingServer

from llmextract.article import Article
from llmextract.batch.many import FailureRecord, extract_many
from llmextract.config import ExtractorConfig
from llmextract.cost.dry_run import dry_run
from llmextract.cost.prices import PriceSource
from llmextract.cost.tokens import counter_for
from llmextract.errors import ConfigError
from llmextract.schema import Extraction

MODEL = "local-model"
PER_TOKEN = PriceSource(price_in=1000.0, price_out=0.0)  # $0.001 a prompt token, answers free


def story(i: int) -> Article:
    return Article(text=f"“Pier {i} reopens in spring,” said Lena Holm, the harbour chief.", id=f"n{i}")


def config(server: CountingServer, **extra: object) -> ExtractorConfig:
    settings: dict[str, object] = {"model": MODEL, "cache": False, "prices": PER_TOKEN, **extra}
    return ExtractorConfig(base_url=server.base_url, **settings)  # type: ignore[arg-type]


@pytest.mark.parametrize("concurrency", [1, 3])
def test_no_article_starts_once_spent_plus_in_flight_would_pass_the_budget(concurrency: int) -> None:
    with CountingServer(counter_for(MODEL)) as server:
        one = dry_run([story(0)], config(server)).costs()
        assert one is not None and server.tokens == []
        each = one["online"]  # every story has as many tokens, and the server bills what it counts
        results = list(
            extract_many(
                [story(i) for i in range(8)],
                config=config(server),
                concurrency=concurrency,
                max_cost=3.5 * each,
            )
        )
    assert len(results) == 3 == len(server.tokens), "3 cost 3 x each; a 4th would pass 3.5 x each"
    assert all(isinstance(r, Extraction) and r.provenance.cost is not None for r in results)
    assert sum(r.provenance.cost.usd for r in results if isinstance(r, Extraction) and r.provenance.cost) == (
        pytest.approx(3 * each)
    )


def test_a_budget_needs_a_price_and_an_llm() -> None:
    with CountingServer(counter_for(MODEL)) as server, pytest.raises(ConfigError, match="needs a price"):
        list(extract_many([story(1)], config=config(server, prices=None), max_cost=1.0))
    with pytest.raises(ConfigError, match="baseline"):
        list(extract_many([story(1)], model="baseline", max_cost=1.0))


def test_an_article_the_run_refuses_costs_nothing_of_the_budget() -> None:
    with CountingServer(counter_for(MODEL)) as server:
        one = dry_run([story(0)], config(server)).costs()
        assert one is not None
        articles = [Article(text="x" * 100, id="long"), story(1), story(2)]
        results = list(
            extract_many(
                articles, config=config(server, max_chars=80), concurrency=1, max_cost=1.5 * one["online"]
            )
        )
    assert [r.id if isinstance(r, FailureRecord) else r.article.id for r in results] == ["long", "n1"]
    assert len(server.tokens) == 1


def test_cached_tokens_are_kept_and_billed_at_the_cached_rate(tmp_path: Path) -> None:
    prices = tmp_path / "p.json"
    prices.write_text(json.dumps({"models": {MODEL: {"input": 1000, "cached_input": 0, "output": 0}}}))
    with CountingServer(counter_for(MODEL), cached_tokens=100) as server:
        [result] = list(extract_many([story(1)], config=config(server, prices=PriceSource(prices))))
    assert isinstance(result, Extraction) and result.provenance.cost is not None
    usage = result.provenance.usage
    assert usage.cached_tokens == 100 and usage.prompt_tokens == server.tokens[0]
    assert result.provenance.cost.usd == pytest.approx((usage.prompt_tokens - 100) / 1000)
    assert result.provenance.cost.prices == f"--price-file {prices}"
