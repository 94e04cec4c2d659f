"""The LLM path against a real llama.cpp server: fallback, grounding, usage and a batch.

SmolLM2-135M's answers are poor and vary from run to run, so these tests assert only what must
hold whatever it says: the format fallback happens and is recorded, an extraction either succeeds
grounded or ends in ``ExtractionFailed``, and either way the attempts and usage reported equal the
exchanges and the token counts the server itself sent (seen on the wire by :class:`WireTap`).
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from grounding_checks import assert_grounded
from live_articles import ARTICLES
from live_server import live_extractor
from wire_tap import WireTap

from llmextract import Article, Extraction, ExtractionFailed
from llmextract.batch.many import FailureRecord, aextract_many
from llmextract.llm.outcomes import AnswerCutOff
from llmextract.schema import Usage

pytestmark = pytest.mark.live

TIMEOUT = 300.0  # the server answers one request at a time; queued requests wait on 2 loaded cores
TRIES = 3  # the default re-ask budget (2) plus the first ask


def outcome(extract: Callable[[], Extraction]) -> Extraction | ExtractionFailed:
    """The extraction, or the ``ExtractionFailed`` it ended in: both are outcomes here."""
    try:
        return extract()
    except ExtractionFailed as failure:
        return failure


def cost(got: Extraction | ExtractionFailed) -> tuple[int, Usage]:
    """The HTTP calls and tokens the toolkit reports for one article."""
    if isinstance(got, ExtractionFailed):
        return got.attempts, got.usage
    return got.provenance.attempts, got.provenance.usage


def assert_outcome_holds(got: Extraction | ExtractionFailed, tap: WireTap, text: str) -> None:
    """A success is grounded; a failure reports the last answer the server sent, after every try
    when the answers were invalid, or at once when an answer was cut at the token limit (a cut
    answer is not asked again with the same cap; an article too short to split ends there)."""
    attempts, usage = cost(got)
    assert attempts == len(tap.exchanges)
    assert usage == tap.usage and usage.prompt_tokens > 0
    if isinstance(got, ExtractionFailed):
        answered = [exchange for exchange in tap.exchanges if exchange.status == 200]
        if isinstance(got, AnswerCutOff):
            assert len(answered) >= 1
        else:
            assert len(answered) == TRIES
        assert got.last_response == answered[-1].answer
    else:
        assert_grounded(got, text)


def test_auto_mode_falls_back_to_json_object(llama_base_url: str) -> None:
    tap = WireTap()
    text = ARTICLES["school"]
    with tap.client() as http:
        extractor = live_extractor(llama_base_url, http_client=http, timeout=TIMEOUT)
        got = outcome(lambda: extractor.extract(Article(id="school", text=text)))
        # the server rejects json_schema with an HTTP 500; the toolkit moves to json_object on its own
        assert tap.formats[0] == ("json_schema", 500)
        assert tap.formats[1:] == [("json_object", 200)] * (len(tap.exchanges) - 1)
        assert len(tap.exchanges) >= 2  # more than 1 + TRIES when a cut answer's article is split
        assert_outcome_holds(got, tap, text)
        if isinstance(got, Extraction):
            assert got.provenance.mode == "json"
            assert got.provenance.endpoint == llama_base_url.split("/")[2]
        # recorded: the next call on this endpoint starts with json_object, not json_schema
        assert extractor.llm().client.modes_to_try()[0] == "json"
        before = len(tap.exchanges)
        again = outcome(lambda: extractor.extract(Article(id="bridge", text=ARTICLES["bridge"])))
        assert tap.formats[before] == ("json_object", 200)
        attempts, _ = cost(again)
        assert attempts == len(tap.exchanges) - before


def test_answers_cut_at_the_token_limit_carry_their_cost(llama_base_url: str) -> None:
    """Answers cut at 40 tokens are rarely complete JSON: usually the re-asks run out and the failure
    carries the attempts and the server's usage over all of them. Whatever the answers, the figures
    match the server's and no answer is longer than the limit."""
    tap = WireTap()
    text = ARTICLES["rail"]
    with tap.client() as http:
        extractor = live_extractor(
            llama_base_url, http_client=http, mode="json", max_tokens=40, timeout=TIMEOUT
        )
        got = outcome(lambda: extractor.extract(Article(id="rail", text=text)))
    assert tap.formats == [("json_object", 200)] * len(tap.exchanges)
    assert len(tap.exchanges) >= 1  # more than TRIES when a cut answer's article is split
    assert all(exchange.usage.completion_tokens <= 40 for exchange in tap.exchanges)
    assert_outcome_holds(got, tap, text)


async def test_batch_of_ten_at_concurrency_four(llama_base_url: str) -> None:
    tap = WireTap()
    http = tap.async_client()
    # tools mode: what the doctor recommends for this server (a grammar keeps answers to the schema)
    extractor = live_extractor(llama_base_url, async_http_client=http, mode="tools", timeout=TIMEOUT)
    articles = [Article(id=article_id, text=text) for article_id, text in ARTICLES.items()]
    async with http:
        results = [result async for result in aextract_many(articles, extractor=extractor, concurrency=4)]
    ids = [r.id if isinstance(r, FailureRecord) else r.article.id for r in results]
    assert sorted(ids) == sorted(ARTICLES)  # every article accounted for, once
    for result in results:
        if isinstance(result, FailureRecord):  # a poor answer may fail; nothing else may
            cut = result.error.type == "AnswerCutOff"  # cut at the token limit: not asked again
            assert result.error.type in ("ExtractionFailed", "AnswerCutOff")
            assert result.error.attempts >= (1 if cut else TRIES)
            assert result.usage.total_tokens > 0
            continue
        assert result.provenance.mode == "tools"
        assert_grounded(result, ARTICLES[result.article.id])
    attempts = [r.error.attempts if isinstance(r, FailureRecord) else r.provenance.attempts for r in results]
    spent = [r.usage if isinstance(r, FailureRecord) else r.provenance.usage for r in results]
    assert sum(attempts) == len(tap.exchanges)
    assert sum(u.prompt_tokens for u in spent) == tap.usage.prompt_tokens
    assert sum(u.completion_tokens for u in spent) == tap.usage.completion_tokens
    assert {fmt for fmt, _ in tap.formats} == {"tools"}
