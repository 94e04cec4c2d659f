"""Where the time of one LLM call goes, and how long grounding takes on a long article.

A report, not a goal: at real LLM latency (seconds) these milliseconds do not set the wall time
(``bench/throughput.py`` measures that). A loopback server with zero latency answers every request
with 10 quotes, 10 actors and 5 stances for a 5,000-character article. The same request is timed
through ``Extractor.extract`` (cache off) and through a bare ``openai`` client call followed by
``json.loads`` of the answer. Both send the same JSON body through the openai client's public API:
the toolkit posts it with ``client.post(..., cast_to=httpx2.Response)`` and validates the answer
itself, so its call costs about what the bare one does; grounding, actor resolution and the result
model come on top. A second pass times those parts on their own. Then 200 quotes are grounded in a
100,000-character article.

    python bench/overhead.py [--runs 300]

Last line: one JSON object.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from typing import Any

from _common import article_text, load, median_ms, server_process

from llmextract import pipeline
from llmextract.article import Article
from llmextract.core.answer import LLMExtraction
from llmextract.grounding.aligner import Grounder
from llmextract.llm.outcomes import schema_format
from llmextract.pipeline import Extractor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=300)
    args = parser.parse_args()

    import openai

    article = Article(id="bench", title="Council votes", text=article_text(1, 5000))
    with server_process("--rich") as base_url:
        extractor = Extractor("bench-model", base_url=base_url, cache=False)
        messages = extractor.llm().prompt.render(text=article.text, title=article.title)
        bare = openai.OpenAI(api_key="not-needed", base_url=base_url, max_retries=0)
        body = {
            "model": "bench-model",
            "messages": messages,
            "temperature": 0.0,
            "extra_body": {"response_format": schema_format(LLMExtraction)},
        }

        def bare_call() -> object:
            completion = bare.chat.completions.create(**body)  # type: ignore[call-overload]
            return json.loads(completion.choices[0].message.content or "")

        result = extractor.extract(article)
        print(
            f"answer: {len(result.quotes)} quotes, {len(result.actors)} actors, "
            f"{len(result.stances)} stances grounded in {len(article.text):,} characters"
        )
        for _ in range(30):  # warm both paths
            extractor.extract(article)
            bare_call()
        ours, theirs = [], []
        for _ in range(args.runs):  # interleaved, so load changes hit both alike
            t0 = time.perf_counter()
            extractor.extract(article)
            t1 = time.perf_counter()
            bare_call()
            t2 = time.perf_counter()
            ours.append(t1 - t0)
            theirs.append(t2 - t1)
        parts = where_it_goes(extractor, article, bare_call, max(50, args.runs // 3))
        extractor.close()
        bare.close()

    long_text = article_text(7, 100_000)
    sentences = [s + "." for s in long_text.split(". ") if len(s) > 40]
    quotes = [sentences[i * len(sentences) // 200] for i in range(200)]
    grounding = []
    for _ in range(7):
        t0 = time.perf_counter()
        grounder = Grounder(long_text)
        found = sum(grounder.locate(q) is not None for q in quotes)
        grounding.append(time.perf_counter() - t0)
    assert found == 200

    ours_ms, bare_ms = median_ms(ours), median_ms(theirs)
    added = ours_ms - bare_ms
    print(f"llmextract per extraction (median of {args.runs}): {ours_ms:.2f} ms")
    print(f"bare openai call + json.loads (median):       {bare_ms:.2f} ms")
    print(f"added by llmextract: {added:.2f} ms; ratio {ours_ms / bare_ms:.2f}")
    print(
        f"  where it goes (medians of a second pass): request and answer validation {parts['call']:.2f} ms "
        f"against {parts['bare']:.2f} ms for the bare call; grounding, actor resolution and the result "
        f"{parts['assemble']:.2f} ms; prompt, hashes and provenance {parts['rest']:.2f} ms"
    )
    print(f"grounding 200 quotes in {len(long_text):,} characters: {median_ms(grounding):.1f} ms")
    print(f"load average: {load()}")
    print(
        json.dumps(
            {
                "added_ms_median": round(added, 3),
                "ratio": round(ours_ms / bare_ms, 3),
                "grounding_ms": round(median_ms(grounding), 2),
            }
        )
    )


def timing(function: Callable[..., Any], into: list[float]) -> Callable[..., Any]:
    """``function``, appending the seconds each call takes to ``into``."""

    def timed(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            into.append(time.perf_counter() - t0)

    return timed


def where_it_goes(
    extractor: Extractor, article: Article, bare_call: Callable[[], object], runs: int
) -> dict[str, float]:
    """Median ms of the request (answer validation included) and of assembly inside ``extract``,
    of the rest of ``extract``, and of the bare call, from ``runs`` more interleaved runs."""
    client = extractor.llm().client
    calls: list[float] = []
    assemblies: list[float] = []
    totals: list[float] = []
    theirs: list[float] = []
    assemble = pipeline.assemble
    client.call = timing(client.call, calls)  # type: ignore[method-assign]
    pipeline.assemble = timing(assemble, assemblies)
    try:
        for _ in range(runs):
            t0 = time.perf_counter()
            extractor.extract(article)
            t1 = time.perf_counter()
            bare_call()
            totals.append(t1 - t0)
            theirs.append(time.perf_counter() - t1)
    finally:
        del client.call
        pipeline.assemble = assemble
    call_ms, assemble_ms = median_ms(calls), median_ms(assemblies)
    return {
        "call": call_ms,
        "assemble": assemble_ms,
        "rest": median_ms(totals) - call_ms - assemble_ms,
        "bare": median_ms(theirs),
    }


if __name__ == "__main__":
    main()
