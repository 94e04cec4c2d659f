"""A dry run: every request of a run built as it would be sent, counted and priced, none sent.

:func:`dry_run` builds the run's own :class:`~llmextract.pipeline.Extractor` (a placeholder key
when none is set: nothing is sent, so none is needed) and counts each article's requests with
:func:`~llmextract.cost.article_cost.estimate_article`. The totals give three prices: online,
through the Batch API, and online with the provider's cached-prefix discount on every request
after the first (the shared system message, by :func:`~llmextract.cost.tokens.cacheable_prefix`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from llmextract.article import Article
from llmextract.config import ExtractorConfig
from llmextract.cost.article_cost import ArticleEstimate, estimate_article
from llmextract.cost.output_estimate import calibration
from llmextract.cost.prices import Price, PriceSource, price_for
from llmextract.cost.tokens import cacheable_prefix, counter_for
from llmextract.errors import InputError
from llmextract.pipeline import Extractor

__all__ = ["DryRun", "dry_run"]

PLACEHOLDER_KEY = "dry-run-sends-nothing"


@dataclass
class DryRun:
    """One (model, prompt) run's requests and tokens, and what they would cost."""

    model: str
    prompt: str
    tokenizer: str
    price: Price | None
    articles: int = 0
    refused: int = 0
    requests: int = 0
    cached_requests: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    prefix_tokens: int = 0
    max_cost: float | None = None  # a budget to try: how many articles fit in it (``fitting``)
    fitting: int = 0

    def add(self, estimate: ArticleEstimate) -> None:
        self.articles += 1
        if self.price is not None and self.max_cost is not None:
            spent = self.price.usd(
                self.input_tokens + estimate.input_tokens, self.output_tokens + estimate.output_tokens
            )
            self.fitting += spent <= self.max_cost and self.fitting == self.articles - 1
        self.requests += estimate.requests
        self.cached_requests += estimate.cached_requests
        self.input_tokens += estimate.input_tokens
        self.output_tokens += estimate.output_tokens
        self.prefix_tokens = max(self.prefix_tokens, estimate.prefix_tokens)

    @property
    def cached_prefix_tokens(self) -> int:
        """Input tokens billed at the cached rate when each request after the first reuses the prefix."""
        return max(self.requests - 1, 0) * cacheable_prefix(self.prefix_tokens)

    def costs(self) -> dict[str, float] | None:
        """USD online, through the Batch API, and online with the cached-prefix discount."""
        if self.price is None:
            return None
        p, tokens_in, tokens_out = self.price, self.input_tokens, self.output_tokens
        return {
            "online": p.usd(tokens_in, tokens_out),
            "batch_api": p.batch_usd(tokens_in, tokens_out),
            "cached_prefix": p.usd(tokens_in, tokens_out, self.cached_prefix_tokens),
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "prompt": self.prompt,
            "articles": self.articles,
            "refused": self.refused,
            "requests": self.requests,
            "cached_requests": self.cached_requests,
            "input_tokens": self.input_tokens,
            "output_tokens_estimate": self.output_tokens,
            "tokenizer": self.tokenizer,
            "prefix_tokens": self.prefix_tokens,
            "price": None if self.price is None else {"source": self.price.source, **_rates(self.price)},
            "usd": self.costs(),
            "max_cost": None if self.max_cost is None else {"usd": self.max_cost, "articles": self.fitting},
        }

    def render(self) -> str:
        """The run's figures as plain lines, for the terminal."""
        cal = calibration()
        lines = [
            f"dry run: {self.model} / {self.prompt}: 0 requests sent",
            f"  articles {self.articles:,}"
            + (f" ({self.refused:,} over --max-chars, not counted)" if self.refused else "")
            + f"; requests {self.requests:,}"
            + (f" (+{self.cached_requests:,} answered from the cache, free)" if self.cached_requests else ""),
            f"  input tokens {self.input_tokens:,} ({self.tokenizer})",
            f"  output tokens about {self.output_tokens:,} (schema and article length; mean error "
            f"{100 * cal.mean_abs_error:.0f}% per answer on the project's {cal.answers} cassette answers)",
        ]
        costs = self.costs()
        if costs is None or self.price is None:
            lines.append(f"  cost: no known price for {self.model!r} (give --price-in and --price-out)")
            return "\n".join(lines)
        per = 1000 / self.articles if self.articles else 0.0
        lines.append(
            f"  cost online ${costs['online']:,.4f} (${costs['online'] * per:,.2f} per 1,000 articles); "
            f"Batch API ${costs['batch_api']:,.4f}; "
            f"with the cached-prefix discount ${costs['cached_prefix']:,.4f}"
        )
        if self.max_cost is not None:
            lines.append(
                f"  --max-cost ${self.max_cost:,.2f}: the first {self.fitting:,} of {self.articles:,} "
                "articles fit (online, as estimated)"
            )
        if cacheable_prefix(self.prefix_tokens) == 0:
            lines.append(
                f"  the shared prefix is {self.prefix_tokens:,} tokens, "
                "under the 1,024 a provider caches: no discount"
            )
        lines.append(f"  prices: {_rate_text(self.price)} per million tokens ({self.price.source})")
        return "\n".join(lines)


def _rates(price: Price) -> dict[str, float]:
    return {"input": price.input, "cached_input": price.cached_input, "output": price.output}


def _rate_text(price: Price) -> str:
    return f"input ${price.input:g}, cached input ${price.cached_input:g}, output ${price.output:g}"


def dry_run(
    articles: Iterable[Article],
    config: ExtractorConfig,
    *,
    prices: PriceSource | None = None,
    progress: Callable[[int], None] | None = None,
    extractor: Extractor | None = None,
    max_cost: float | None = None,
) -> DryRun:
    """Count and price every request of ``config``'s run over ``articles``; send none.
    ``prices`` override the config's; ``progress`` is called with the number of articles done;
    ``max_cost``: also say how many articles, in order, fit in that budget."""
    own = extractor is None
    ex = extractor or Extractor(config=replace(config, api_key=config.api_key or PLACEHOLDER_KEY))
    try:
        answerer = ex.llm()
        counter = counter_for(ex.model)
        price = answerer.price if prices is None else price_for(ex.model, prices)
        run = DryRun(ex.model, answerer.prompt.ref, counter.label, price, max_cost=max_cost)
        for done, article in enumerate(articles, 1):
            try:
                checked = ex.checked(article)
            except InputError:
                run.refused += 1
            else:
                run.add(estimate_article(answerer, checked, counter))
            if progress is not None:
                progress(done)
        return run
    finally:
        if own:
            ex.close()
