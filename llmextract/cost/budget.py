"""A budget in money for a batch run (``--max-cost``): no new article once it would be passed.

Before an article starts, its cost is estimated as a dry run would (its requests counted, its
answer estimated, :mod:`llmextract.cost.article_cost`); it starts only when what the finished
articles spent, plus the estimates of those in flight, plus its own estimate stay within the
budget. Once one does not, no article starts any more (the ones in flight finish and are kept).
A finished article counts at what it really cost: its provenance's cost, or its usage priced.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from llmextract.cost.article_cost import estimate_article
from llmextract.cost.prices import Price
from llmextract.cost.tokens import counter_for
from llmextract.errors import ConfigError, InputError
from llmextract.pipeline import as_article
from llmextract.schema import Extraction, Usage

if TYPE_CHECKING:
    from llmextract.article import Article
    from llmextract.pipeline import Extractor

__all__ = ["MoneyBudget"]


class MoneyBudget:
    """Spent and in-flight USD of one run against its limit; safe to share between tasks."""

    def __init__(self, limit: float, extractor: Extractor) -> None:
        answerer = extractor.llm()  # the baseline costs nothing: a budget for it is a usage error
        if answerer.price is None:
            raise ConfigError(
                f"--max-cost needs a price for model {extractor.model!r}: give --price-in and --price-out"
            )
        self.limit = limit
        self.extractor = extractor
        self.answerer = answerer
        self.price: Price = answerer.price
        self.counter = counter_for(extractor.model)
        self.spent = 0.0
        self.in_flight: dict[str, float] = {}
        self.closed = False
        self.lock = threading.Lock()

    def estimate(self, article: Article) -> float:
        """The article's expected online cost (0 for one the run will refuse, or answer from cache)."""
        try:
            checked = self.extractor.checked(article)
        except InputError:
            return 0.0
        counted = estimate_article(self.answerer, checked, self.counter)
        return self.price.usd(counted.input_tokens, counted.output_tokens)

    def admit(self, item: Article | str) -> bool:
        """True when ``item`` may start; False (and no article after it) when it would pass the limit."""
        try:
            article = as_article(item)
        except InputError:  # not an article: it fails on its own, at no cost
            return not self.closed
        expected = self.estimate(article)
        with self.lock:
            if self.closed or self.spent + sum(self.in_flight.values()) + expected > self.limit:
                self.closed = True
                return False
            self.in_flight[article.id] = expected
            return True

    def settle(self, article_id: str, result: object) -> None:
        """The finished article at what it cost, in place of its estimate."""
        with self.lock:
            self.in_flight.pop(article_id, None)
            self.spent += self.cost_of(result)

    def cost_of(self, result: object) -> float:
        """What a finished article cost: an extraction's priced provenance, or a failure record's
        ``usage`` priced (any object with a ``usage``: the batch layer's record, not imported here)."""
        if isinstance(result, Extraction):
            if result.provenance.cost is not None:
                return result.provenance.cost.usd
            usage = result.provenance.usage
        else:
            found = getattr(result, "usage", None)
            usage = found if isinstance(found, Usage) else Usage()
        return self.price.usd(usage.prompt_tokens, usage.completion_tokens, usage.cached_tokens)
