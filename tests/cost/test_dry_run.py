"""A dry run sends nothing and counts what a real run then sends (a loopback server counts it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from counting_server import CountingServer

from llmextract.article import Article
from llmextract.batch.many import extract_many
from llmextract.config import ExtractorConfig
from llmextract.cost.dry_run import dry_run
from llmextract.cost.prices import PriceSource
from llmextract.cost.tokens import counter_for
from llmextract.errors import ConfigError

MODEL = "gpt-4o-mini"


def articles() -> list[Article]:
    long = " ".join(
        f"“Berth {i} opens in May,” said Ines Duarte, the port director. The council met on day {i}."
        for i in range(30)
    )
    return [
        Article(
            text="“The ferry runs again on Friday,” said Lena Moss at the pier.", id="short", title="Ferry"
        ),
        Article(text="“Rents must come down,” said Tom Ekdal. The vote is next week.", id="rents"),
        Article(text=long, id="long", title="Port"),
    ]


def config(server: CountingServer, tmp_path: Path, **extra: object) -> ExtractorConfig:
    settings: dict[str, object] = {"model": MODEL, "cache": str(tmp_path / "cache"), **extra}
    return ExtractorConfig(base_url=server.base_url, chunk_chars=1200, **settings)  # type: ignore[arg-type]


def test_a_dry_run_sends_nothing_and_counts_what_the_real_run_sends(tmp_path: Path) -> None:
    with CountingServer(counter_for(MODEL)) as server:
        planned = dry_run(articles(), config(server, tmp_path))
        assert server.tokens == []  # 0 requests
        results = list(extract_many(articles(), config=config(server, tmp_path), concurrency=1))
    assert len(results) == 3 and planned.articles == 3
    assert planned.requests == len(server.tokens) > 3  # the long article goes in chunks
    sent = sum(server.tokens)
    assert abs(planned.input_tokens - sent) / sent <= 0.03
    assert planned.tokenizer == "o200k_base, exact"


def test_answers_in_the_response_cache_cost_nothing(tmp_path: Path) -> None:
    with CountingServer(counter_for(MODEL)) as server:
        cold = dry_run(articles(), config(server, tmp_path))
        list(extract_many(articles(), config=config(server, tmp_path), concurrency=1))
        warm = dry_run(articles(), config(server, tmp_path))
        assert len(server.tokens) == cold.requests
    assert (warm.requests, warm.cached_requests, warm.input_tokens) == (0, cold.requests, 0)
    assert warm.costs() == {"online": 0.0, "batch_api": 0.0, "cached_prefix": 0.0}


def test_the_three_prices_and_an_unpriced_model(tmp_path: Path) -> None:
    with CountingServer(counter_for(MODEL)) as server:
        run = dry_run(articles(), config(server, tmp_path, cache=False))
        unknown = dry_run(articles(), config(server, tmp_path, cache=False, model="local-llama"))
        flags = PriceSource(price_in=1.0, price_out=2.0)
        priced = dry_run(articles(), config(server, tmp_path, cache=False, model="local-llama"), prices=flags)
    costs = run.costs()
    assert costs is not None and costs["batch_api"] == pytest.approx(costs["online"] / 2)
    assert costs["cached_prefix"] == costs["online"]  # the shared prefix is under 1,024 tokens
    assert "no discount" in run.render() and "price table of" in run.render()
    assert unknown.costs() is None and "no known price for 'local-llama'" in unknown.render()
    assert unknown.to_dict()["usd"] is None and unknown.input_tokens == run.input_tokens
    expected = (priced.input_tokens * 1.0 + priced.output_tokens * 2.0) / 1e6
    assert priced.costs() is not None and priced.costs()["online"] == pytest.approx(expected)  # type: ignore[index]


def test_progress_articles_over_the_limit_and_the_baseline(tmp_path: Path) -> None:
    seen: list[int] = []
    long = Article(text="x" * 5000, id="too-long")
    run = dry_run(
        [*articles(), long], ExtractorConfig(model=MODEL, cache=False, max_chars=4000), progress=seen.append
    )
    assert seen == [1, 2, 3, 4] and (run.articles, run.refused) == (3, 1)
    with pytest.raises(ConfigError, match="baseline sends no requests"):
        dry_run(articles(), ExtractorConfig(model="baseline"))


def test_a_budget_says_how_many_articles_fit_in_it(tmp_path: Path) -> None:
    with CountingServer(counter_for(MODEL)) as server:
        whole = dry_run(articles(), config(server, tmp_path, cache=False))
        costs = whole.costs()
        assert costs is not None
        two = dry_run(articles()[:2], config(server, tmp_path, cache=False)).costs()
        assert two is not None
        tight = dry_run(articles(), config(server, tmp_path, cache=False), max_cost=two["online"] + 1e-12)
        roomy = dry_run(articles(), config(server, tmp_path, cache=False), max_cost=costs["online"])
    assert (tight.fitting, roomy.fitting) == (2, 3) and "the first 2 of 3 articles fit" in tight.render()
    assert tight.to_dict()["max_cost"] == {"usd": two["online"] + 1e-12, "articles": 2}
