"""A scored run's cost: tokens summed, USD per article over the articles paid for."""

from __future__ import annotations

import pytest

from llmextract.cost.prices import price_for
from llmextract.cost.run_cost import run_cost
from llmextract.schema import Usage


def test_per_article_figures_are_over_the_paid_articles_only() -> None:
    price = price_for("gpt-4o")
    usages = [
        Usage(prompt_tokens=1000, completion_tokens=500),
        Usage(),
        Usage(prompt_tokens=3000, cached_tokens=1000),
    ]
    cost = run_cost(usages, price)
    assert cost["paid_articles"] == 2 and cost["tokens"] == {
        "prompt": 4000,
        "completion": 500,
        "cached": 1000,
    }
    online = (3000 * 2.5 + 1000 * 1.25 + 500 * 10) / 1e6
    assert cost["usd"]["online"] == pytest.approx(online)
    assert cost["usd"]["batch_api"] == pytest.approx((4000 * 2.5 + 500 * 10) / 2e6)
    assert cost["per_article"]["online"] == pytest.approx(online / 2)
    assert cost["per_1000"]["online"] == pytest.approx(500 * online)


def test_no_price_or_nothing_paid_gives_no_money_figures() -> None:
    unpriced = run_cost([Usage(prompt_tokens=10)], None)
    assert unpriced["prices"] is None and unpriced["usd"] is None and unpriced["tokens"]["prompt"] == 10
    cached = run_cost([Usage(), Usage()], price_for("gpt-4o"))
    assert cached["paid_articles"] == 0 and cached["usd"] == {"online": 0.0, "batch_api": 0.0}
    assert cached["per_article"] is None and cached["per_1000"] is None
