"""The fault test at scale: 1,000 articles through a server that injects every fault.

Rates per request: 429 with Retry-After 6%, 500/503 6%, connection reset 4%, timeout 2%,
truncated body 4%, answer failing the schema 8%; 1 article in 50 gets a 400 or 401. Every article
must come back exactly once, as an extraction or an error record; retries per article never
exceed the budget (``--max-retries``, one budget per article).

    python bench/faults.py [--articles 1000] [--concurrency 32]

Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import json
import time
from collections import Counter
from typing import Any

from _common import load
from fake_openai import FakeServer, Faults

from llmextract.article import Article
from llmextract.batch.many import FailureRecord, extract_many, result_id
from llmextract.llm.client import CallBudget
from llmextract.pipeline import Extractor
from llmextract.schema import Extraction


class CountingExtractor(Extractor):
    """Keeps each article's transport retries (the budget the batch runner hands in)."""

    retries: dict[str, int]

    async def aextract(self, article: Any, *, budget: CallBudget | None = None) -> Extraction:
        budget = budget if budget is not None else CallBudget()
        try:
            return await super().aextract(article, budget=budget)
        finally:
            self.retries[article.id] = budget.retries


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--max-retries", type=int, default=3)
    parser.add_argument("--max-reasks", type=int, default=1)
    args = parser.parse_args()

    articles = []
    for i in range(args.articles):
        refused = {7: " [status:400]", 8: " [status:401]"}.get(i % 50, "")
        articles.append(
            Article(
                id=f"a{i:05d}",
                text=f"[id:a{i:05d}] “Berth {i} reopens on Friday,” said Mara "
                f"Quist at the port office.{refused}",
            )
        )
    faults = Faults(
        rate_limit=0.06, server_error=0.06, reset=0.04, timeout=0.02, truncated=0.04, invalid=0.08, hang=1.5
    )
    started = time.perf_counter()
    with FakeServer(faults=faults, seed=2026) as server:
        extractor = CountingExtractor(
            "bench-model",
            base_url=server.base_url,
            cache=False,
            timeout=1.0,
            max_retries=args.max_retries,
            max_reasks=args.max_reasks,
            backoff_base=0.01,
        )
        extractor.retries = {}
        results = list(extract_many(articles, extractor=extractor, concurrency=args.concurrency))
    elapsed = time.perf_counter() - started

    seen = Counter(result_id(r) for r in results)
    lost = sum(1 for a in articles if a.id not in seen)
    duplicates = sum(n - 1 for n in seen.values() if n > 1)
    errors = [r for r in results if isinstance(r, FailureRecord)]
    retries = sum(extractor.retries.values())
    worst = max(extractor.retries.values())
    kinds = Counter(e.error.type for e in errors)
    print(
        f"{args.articles} articles in {elapsed:.1f} s at concurrency {args.concurrency}; "
        f"{server.total_requests} requests; faults sent: {dict(server.faults_sent)}"
    )
    print(f"lost = {lost}, duplicates = {duplicates}, error records = {len(errors)} {dict(kinds)}")
    print(f"retries used = {retries}, most by one article = {worst} (budget {args.max_retries})")
    print(f"load average: {load()}")
    assert lost == 0 and duplicates == 0 and worst <= args.max_retries
    print(
        json.dumps(
            {
                "articles": args.articles,
                "lost": lost,
                "duplicates": duplicates,
                "error_records": len(errors),
                "retries": retries,
                "max_retries_per_article": worst,
            }
        )
    )


if __name__ == "__main__":
    main()
