"""The fault test at scale: 1,000 articles through a server that injects every fault, then a refused run.

Rates per request: 429 with Retry-After 6%, 500/503 6%, connection reset 4%, timeout 2%,
truncated body 4%, answer failing the schema 8%; 1 article in 50 gets a 400 or a 422, which are
the article's own refusals. Every article must come back exactly once, as an extraction or an error
record; retries per article never exceed the budget (``--max-retries``, one budget per article);
a refused article is asked once.

A 401 refuses the run, not the article, and stops it: a second run of ``--stop-articles`` with the
same faults has one article that gets a 401. It must end in ``RunStopped`` (no other exception)
after the articles in flight; each result comes back at most once, the refused article gets no
record, and every article without a result was never sent, so ``--resume`` redoes exactly those.

    python bench/faults.py [--articles 1000] [--concurrency 32] [--stop-articles 200]

Last line: one JSON object, every number from this run.
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
from llmextract.batch.many import BatchResult, FailureRecord, extract_many, result_id
from llmextract.errors import RunStopped
from llmextract.llm.client import CallBudget
from llmextract.pipeline import Extractor
from llmextract.schema import Extraction

FAULTS = Faults(
    rate_limit=0.06, server_error=0.06, reset=0.04, timeout=0.02, truncated=0.04, invalid=0.08, hang=1.5
)


class CountingExtractor(Extractor):
    """Keeps each article's transport retries (the budget the batch runner hands in)."""

    retries: dict[str, int]

    async def aextract(self, article: Any, *, budget: CallBudget | None = None) -> Extraction:
        budget = budget if budget is not None else CallBudget()
        try:
            return await super().aextract(article, budget=budget)
        finally:
            self.retries[article.id] = budget.retries


def make_articles(n: int, prefix: str, statuses: dict[int, int]) -> list[Article]:
    """``n`` articles; the ones at the positions in ``statuses`` always get that HTTP status."""
    out = []
    for i in range(n):
        key = f"{prefix}{i:05d}"
        status = f" [status:{statuses[i]}]" if i in statuses else ""
        text = f"[id:{key}] “Berth {i} reopens on Friday,” said Mara Quist at the port office.{status}"
        out.append(Article(id=key, text=text))
    return out


def extractor_for(server: FakeServer, args: argparse.Namespace) -> CountingExtractor:
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
    return extractor


def every_fault(args: argparse.Namespace) -> dict[str, Any]:
    """Per-article faults only: every article back exactly once, within its budgets."""
    statuses = {i: 400 if i % 100 < 50 else 422 for i in range(args.articles) if i % 50 == 7}
    articles = make_articles(args.articles, "a", statuses)
    started = time.perf_counter()
    with FakeServer(faults=FAULTS, seed=2026) as server:
        extractor = extractor_for(server, args)
        results = list(extract_many(articles, extractor=extractor, concurrency=args.concurrency))
    elapsed = time.perf_counter() - started

    seen = Counter(result_id(r) for r in results)
    lost = sum(1 for a in articles if a.id not in seen)
    duplicates = sum(n - 1 for n in seen.values() if n > 1)
    errors = [r for r in results if isinstance(r, FailureRecord)]
    refused = {articles[i].id for i in statuses}
    asked_more = sum(1 for key in refused if server.log.get(key) != [f"status:{statuses[int(key[1:])]}"])
    unrecorded = len(refused - {e.id for e in errors})
    retries = sum(extractor.retries.values())
    worst = max(extractor.retries.values())
    kinds = Counter(e.error.type for e in errors)
    print(
        f"{args.articles} articles in {elapsed:.1f} s at concurrency {args.concurrency}; "
        f"{server.total_requests} requests; faults sent: {dict(server.faults_sent)}"
    )
    print(f"lost = {lost}, duplicates = {duplicates}, error records = {len(errors)} {dict(kinds)}")
    print(f"retries used = {retries}, most by one article = {worst} (budget {args.max_retries})")
    print(f"400/422 articles: {len(refused)}, asked more than once = {asked_more}, no record = {unrecorded}")
    assert lost == 0 and duplicates == 0 and worst <= args.max_retries
    assert asked_more == 0 and unrecorded == 0
    return {
        "articles": args.articles,
        "lost": lost,
        "duplicates": duplicates,
        "error_records": len(errors),
        "refused_400_422": len(refused),
        "retries": retries,
        "max_retries_per_article": worst,
        "seconds": round(elapsed, 1),
    }


def refused_run(args: argparse.Namespace) -> dict[str, Any]:
    """A 401 halfway: the run stops cleanly and every article is accounted for."""
    n = args.stop_articles
    articles = make_articles(n, "s", {n // 2: 401})
    refused_id = articles[n // 2].id
    results: list[BatchResult] = []
    stop: RunStopped | None = None
    started = time.perf_counter()
    with FakeServer(faults=FAULTS, seed=2027) as server:
        extractor = extractor_for(server, args)
        try:
            for result in extract_many(articles, extractor=extractor, concurrency=args.concurrency):
                results.append(result)
        except RunStopped as exc:
            stop = exc
    elapsed = time.perf_counter() - started

    seen = Counter(result_id(r) for r in results)
    duplicates = sum(k - 1 for k in seen.values() if k > 1)
    missing = [a.id for a in articles if a.id not in seen]
    sent_unanswered = [key for key in missing if key != refused_id and server.requests.get(key, 0)]
    worst = max(extractor.retries.values(), default=0)
    print(
        f"refused run: {n} articles, a 401 at {refused_id}; {len(results)} results in {elapsed:.1f} s, "
        f"{len(missing)} without one ({len(sent_unanswered)} of them sent); {server.total_requests} requests"
    )
    print(f"stopped by: {stop}")
    assert stop is not None and stop.status_code == 401, "a 401 stops the run with RunStopped"
    assert duplicates == 0 and refused_id not in seen, "no result twice, no record for the refusal"
    assert server.log[refused_id] == ["status:401"], "the refusal is not retried"
    assert sent_unanswered == [], "an article sent is an article answered"
    assert worst <= args.max_retries
    return {
        "stop_articles": n,
        "stop_status": stop.status_code,
        "stop_results": len(results),
        "stop_duplicates": duplicates,
        "stop_unsent": len(missing) - 1,
        "stop_sent_unanswered": len(sent_unanswered),
        "stop_seconds": round(elapsed, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--stop-articles", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--max-retries", type=int, default=3)
    parser.add_argument("--max-reasks", type=int, default=1)
    args = parser.parse_args()

    measured = every_fault(args)
    measured |= refused_run(args)
    print(f"load average: {load()}")
    print(json.dumps(measured))


if __name__ == "__main__":
    main()
