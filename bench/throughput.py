"""Wall time for 1,000 articles at concurrency 64 against a server with 200 ms latency.

The same requests are sent through ``llmextract.aextract_many`` (cold response cache) and by a bare
``openai.AsyncOpenAI`` client at the same concurrency (``json.loads`` of each answer), in pairs run
one right after the other (five pairs by default), so that a slow spell of a shared machine hits
both sides of a pair; the median of the pairs' ratios is reported. The ratio to the bare client is
what the toolkit costs on top of the calls; the ratio to the ideal (N x latency / concurrency) shows
what Python's own HTTP stack costs. The client process's CPU time per article is printed for both:
at this latency and concurrency the event loop is busy all the time, so wall time follows it. Then
the last run is repeated on its warm cache, which must make zero calls. The server runs as a
separate process.

    python bench/throughput.py [--articles 1000] [--latency 0.2] [--concurrency 64] [--repeats 5]

Goals: ratio to bare <= 1.10; zero calls on the warm cache. Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from typing import TypeVar

from _common import article_text, load, served_requests, server_process

from llmextract.article import Article
from llmextract.batch.many import FailureRecord, aextract_many
from llmextract.llm.answer_schema import LLMExtraction
from llmextract.llm.cache import ResponseCache
from llmextract.llm.outcomes import schema_format
from llmextract.pipeline import Extractor

T = TypeVar("T")


async def ours(
    articles: list[Article], base_url: str, concurrency: int, cache: ResponseCache
) -> tuple[float, int]:
    extractor = Extractor("bench-model", base_url=base_url, cache=cache)
    started = time.perf_counter()
    failed = 0
    async for result in aextract_many(articles, extractor=extractor, concurrency=concurrency):
        failed += isinstance(result, FailureRecord)
    elapsed = time.perf_counter() - started
    await extractor.aclose()
    return elapsed, failed


async def bare(articles: list[Article], base_url: str, concurrency: int) -> float:
    import openai

    prompt = Extractor("bench-model", base_url=base_url, cache=False).prompt
    assert prompt is not None
    bodies = [
        {
            "model": "bench-model",
            "temperature": 0.0,
            "messages": prompt.render(text=a.text, title=a.title),
            "extra_body": {"response_format": schema_format(LLMExtraction)},
        }
        for a in articles
    ]
    client = openai.AsyncOpenAI(api_key="not-needed", base_url=base_url, max_retries=0)
    queue = iter(bodies)
    started = time.perf_counter()

    async def worker() -> None:
        for body in queue:
            completion = await client.chat.completions.create(**body)  # type: ignore[call-overload]
            json.loads(completion.choices[0].message.content or "")

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    await client.close()
    return elapsed


def timed(run: Callable[[], T]) -> tuple[T, float]:
    """What ``run`` returns and the process CPU seconds it took."""
    cpu = time.process_time()
    out = run()
    return out, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--chars", type=int, default=2000, help="characters per article")
    parser.add_argument("--repeats", type=int, default=5, help="bare/llmextract pairs, run alternately")
    args = parser.parse_args()
    if args.repeats < 1:
        parser.error("--repeats must be at least 1")

    articles = [
        Article(id=f"t{i}", title=f"Story {i}", text=article_text(i, args.chars))
        for i in range(args.articles)
    ]
    ideal = args.articles * args.latency / args.concurrency
    per = 1000 / args.articles
    pairs: list[tuple[float, float]] = []
    print(
        f"{args.articles} articles of {args.chars:,} characters, latency {args.latency * 1000:.0f} ms, "
        f"concurrency {args.concurrency}, answers of 10 quotes, 10 actors and 5 stances; "
        f"ideal (N x latency / concurrency): {ideal:.2f} s"
    )
    with server_process("--rich", "--latency", str(args.latency)) as base_url:
        asyncio.run(bare(articles[:64], base_url, args.concurrency))  # warm imports and the server
        for k in range(1, args.repeats + 1):
            with tempfile.TemporaryDirectory() as cache_dir:  # a cold cache for each run
                cache = ResponseCache(cache_dir)
                bare_s, bare_cpu = timed(lambda: asyncio.run(bare(articles, base_url, args.concurrency)))
                (ours_s, failed), ours_cpu = timed(
                    lambda: asyncio.run(ours(articles, base_url, args.concurrency, cache))  # noqa: B023
                )
                pairs.append((bare_s, ours_s))
                print(
                    f"pair {k}: bare AsyncOpenAI {bare_s:.2f} s, llmextract {ours_s:.2f} s "
                    f"({ours_s / bare_s:.2f} x bare, {failed} failed); client CPU per article: "
                    f"bare {bare_cpu * per:.2f} ms, llmextract {ours_cpu * per:.2f} ms"
                )
                if k == args.repeats:
                    before = served_requests(base_url)
                    warm_s, _ = asyncio.run(ours(articles, base_url, args.concurrency, cache))
                    warm_calls = served_requests(base_url) - before
                cache.close()

    ratio = statistics.median(o / b for b, o in pairs)
    ours_median = statistics.median(o for _, o in pairs)
    bare_median = statistics.median(b for b, _ in pairs)
    print(f"bare AsyncOpenAI, median:          {bare_median:.2f} s ({bare_median / ideal:.2f} x ideal)")
    print(f"llmextract, cold cache, median:    {ours_median:.2f} s ({ours_median / ideal:.2f} x ideal)")
    print(f"llmextract / bare, median of pairs: {ratio:.2f} (goal <= 1.10)")
    print(f"llmextract, warm cache:            {warm_s:.2f} s, {warm_calls} calls (goal 0)")
    print(f"load average: {load()}")
    print(
        json.dumps(
            {
                "articles": args.articles,
                "ratio_to_bare": round(ratio, 3),
                "ratio_to_ideal": round(ours_median / ideal, 3),
                "warm_cache_calls": warm_calls,
            }
        )
    )


if __name__ == "__main__":
    main()
