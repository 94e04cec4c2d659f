"""What a scored run cost, for the eval report: tokens, USD per article and per 1,000 articles.

The tokens are those the predictions record (every extraction's ``provenance.usage`` and every
error record's ``usage``, retries and re-asks included). An article answered from the response
cache spent nothing in its run, so the per-article figures are over the articles that were paid
for (``paid_articles``); when every answer came from the cache there is no per-article figure.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from llmextract.cost.prices import Price
from llmextract.schema import Usage

__all__ = ["run_cost"]


def run_cost(usages: Iterable[Usage], price: Price | None) -> dict[str, Any]:
    """The ``cost`` part of one run in the report (``usd`` and the per-article figures None when no
    price is known or no article was paid for)."""
    total, paid = Usage(), 0
    for usage in usages:
        total = total + usage
        paid += usage.total_tokens > 0
    out: dict[str, Any] = {
        "prices": None if price is None else price.source,
        "paid_articles": paid,
        "tokens": {
            "prompt": total.prompt_tokens,
            "completion": total.completion_tokens,
            "cached": total.cached_tokens,
        },
        "usd": None,
        "per_article": None,
        "per_1000": None,
    }
    if price is None:
        return out
    online = price.usd(total.prompt_tokens, total.completion_tokens, total.cached_tokens)
    batch = price.batch_usd(total.prompt_tokens, total.completion_tokens)
    out["usd"] = {"online": round(online, 8), "batch_api": round(batch, 8)}
    if paid:
        out["per_article"] = {"online": round(online / paid, 8), "batch_api": round(batch / paid, 8)}
        out["per_1000"] = {
            "online": round(1000 * online / paid, 6),
            "batch_api": round(1000 * batch / paid, 6),
        }
    return out
