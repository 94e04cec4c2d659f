"""Is llmextract ever the bottleneck at real LLM latency? 1,000 articles, concurrency 100, 1-3 s each.

A loopback server (``tests/fake_openai.py``, an asyncio server in its own process) answers each
article after a latency drawn uniformly in [1, 3] s, seeded and fixed per article, with 10 quotes,
10 actors and 5 stances. The articles go through ``aextract_many`` (response cache off) at
concurrency 100. The figure is the wall time from the start of the run to the last answer divided
by N x mean latency / concurrency. Even a client that costs nothing cannot reach 1.00: the last
articles to start leave workers idle while they finish. The same queue simulated with the drawn
latencies and zero client cost gives the physical limit, printed beside it (about 1.086).

The same requests are then sent by a bare ``openai.AsyncOpenAI`` client (``json.loads`` of each
answer) at the same concurrency; the client process's CPU time per article is printed for both
(a figure, not a goal: what the toolkit does per article on top of the call).

    python bench/throughput.py [--articles 1000] [--concurrency 100] [--low 1] [--high 3] [--seed 0]

Goal: time ratio <= 1.12, through the openai client's public API. Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import heapq
import json
import statistics
import time
from collections.abc import Callable, Coroutine
from typing import Any

from _common import article_text, load, server_process
from fake_openai import latency_for

from llmextract.article import Article
from llmextract.batch.many import FailureRecord, aextract_many
from llmextract.core.answer import LLMExtraction
from llmextract.llm.outcomes import schema_format
from llmextract.pipeline import Extractor

MODEL = "bench-model"


def simulated_limit(latencies: list[float], concurrency: int) -> float:
    """Wall time of ``concurrency`` workers taking the articles in order, with no client cost."""
    free = [0.0] * min(concurrency, len(latencies))
    for latency in latencies:
        heapq.heappush(free, heapq.heappop(free) + latency)
    return max(free)


async def ours(articles: list[Article], base_url: str, concurrency: int) -> tuple[float, int]:
    """Seconds to the last answer through aextract_many, and how many articles failed."""
    extractor = Extractor(MODEL, base_url=base_url, cache=False)
    failed = 0
    started = time.perf_counter()
    async for result in aextract_many(articles, extractor=extractor, concurrency=concurrency):
        failed += isinstance(result, FailureRecord)
    elapsed = time.perf_counter() - started
    await extractor.aclose()
    return elapsed, failed


def bodies(articles: list[Article], base_url: str) -> list[dict[str, Any]]:
    """The request bodies llmextract sends, for the bare client to send too."""
    prompt = Extractor(MODEL, base_url=base_url, cache=False).llm().prompt
    assert prompt is not None
    return [
        {
            "model": MODEL,
            "temperature": 0.0,
            "messages": prompt.render(text=a.text, title=a.title),
            "extra_body": {"response_format": schema_format(LLMExtraction)},
        }
        for a in articles
    ]


async def bare(requests: list[dict[str, Any]], base_url: str, concurrency: int) -> tuple[float, int]:
    """Seconds to the last answer through a bare AsyncOpenAI client, and 0 failures (it raises)."""
    import openai

    client = openai.AsyncOpenAI(api_key="not-needed", base_url=base_url, max_retries=0, timeout=120)
    queue = iter(requests)
    started = time.perf_counter()

    async def worker() -> None:
        for body in queue:
            completion = await client.chat.completions.create(**body)
            json.loads(completion.choices[0].message.content or "")

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    await client.close()
    return elapsed, 0


def timed(run: Callable[[], Coroutine[Any, Any, tuple[float, int]]]) -> tuple[float, int, float]:
    """Wall seconds, failures, and the process CPU seconds of one run on a fresh event loop."""
    cpu = time.process_time()
    elapsed, failed = asyncio.run(run())
    return elapsed, failed, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--low", type=float, default=1.0, help="shortest latency, seconds")
    parser.add_argument("--high", type=float, default=3.0, help="longest latency, seconds")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--chars", type=int, default=2000, help="characters per article")
    parser.add_argument("--no-bare", action="store_true", help="skip the bare client's run")
    args = parser.parse_args()

    articles = [
        Article(id=f"t{i}", title=f"Story {i}", text=f"Report {i}. " + article_text(i, args.chars))
        for i in range(args.articles)
    ]
    latencies = [latency_for(a.text, args.low, args.high, args.seed) for a in articles]
    mean = statistics.fmean(latencies)
    ideal = args.articles * mean / args.concurrency
    limit = simulated_limit(latencies, args.concurrency) / ideal
    print(
        f"{args.articles} articles of {args.chars:,} characters, latency uniform in "
        f"[{args.low:g}, {args.high:g}] s (mean {mean:.3f} s, seed {args.seed}), concurrency "
        f"{args.concurrency}; N x mean latency / concurrency = {ideal:.2f} s; "
        f"simulated limit {limit:.3f}"
    )
    server = ("--rich", "--latency", str(args.low), "--latency-max", str(args.high), "--seed", str(args.seed))
    with server_process(*server) as base_url:
        warm = [Article(id=f"w{i}", text=article_text(i, 300)) for i in range(8)]
        with server_process("--rich") as quick:  # imports and first-use costs, outside the figures
            asyncio.run(ours(warm, quick, 8))
            asyncio.run(bare(bodies(warm, quick), quick, 8))
        ours_s, failed, ours_cpu = timed(lambda: ours(articles, base_url, args.concurrency))
        ratio = ours_s / ideal
        print(
            f"llmextract: {ours_s:.2f} s to the last answer, {ratio:.3f} x (goal <= 1.12; limit "
            f"{limit:.3f}), {failed} failed; client CPU {ours_cpu * 1000 / args.articles:.2f} ms per article"
        )
        bare_s = bare_cpu = float("nan")
        if not args.no_bare:
            requests = bodies(articles, base_url)
            bare_s, _, bare_cpu = timed(lambda: bare(requests, base_url, args.concurrency))
            print(
                f"bare AsyncOpenAI: {bare_s:.2f} s, {bare_s / ideal:.3f} x; client CPU "
                f"{bare_cpu * 1000 / args.articles:.2f} ms per article"
            )
    print(f"load average: {load()}")
    print(
        json.dumps(
            {
                "articles": args.articles,
                "concurrency": args.concurrency,
                "ratio": round(ratio, 3),
                "simulated_limit": round(limit, 3),
                "failed": failed,
                "cpu_ms_per_article": round(ours_cpu * 1000 / args.articles, 2),
                "bare_ratio": round(bare_s / ideal, 3),
                "bare_cpu_ms_per_article": round(bare_cpu * 1000 / args.articles, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
