from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

import httpx2
import pytest
from llm_scenarios import completion

from llmextract import Article, ConfigError, Extraction, ExtractionFailed, InputError, extract
from llmextract.model_choice import BASELINE, DEFAULT_LLM_MODEL, BaselineNotice, resolve_model
from llmextract.pipeline import Extractor

TEXT = (
    "Harbour Minister Lena Brandt said on Friday that the port would reopen next week. "
    "“We will not let one storm close this city,” Brandt told reporters."
)


def test_offline_default_is_the_baseline_with_one_notice() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("default")  # Python's own default: once per call site
        assert resolve_model(None) == BASELINE
        assert resolve_model(None) == BASELINE
        assert Extractor().model == BASELINE
    notices = [w for w in caught if issubclass(w.category, BaselineNotice)]
    assert len(notices) == 1 and "-m MODEL" in str(notices[0].message)


def test_a_given_model_gives_no_notice() -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert resolve_model("baseline") == BASELINE
    assert not caught


def test_model_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LLMEXTRACT_MODEL", "llama3.1")
    assert resolve_model(None) == "llama3.1"
    assert resolve_model("explicit") == "explicit"
    monkeypatch.delenv("LLMEXTRACT_MODEL")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-placeholder")
    assert resolve_model(None) == DEFAULT_LLM_MODEL


def test_baseline_result_is_grounded_and_resolved() -> None:
    result = extract(Article(text=TEXT, id="port", title="Port"), model="baseline")
    assert result.article.id == "port" and result.article.chars == len(TEXT)
    assert result.provenance.model == "baseline" and result.provenance.prompt is None
    assert result.quotes, "the baseline finds the direct quote"
    for quote in result.quotes:
        assert TEXT[quote.start : quote.end] == quote.text
    direct = [q for q in result.quotes if q.kind == "direct"]
    assert direct and "one storm" in direct[0].text
    brandt = [a for a in result.actors if "Brandt" in a.name]
    assert brandt and direct[0].speaker_id == brandt[0].id
    assert [q.id for q in result.quotes] == [f"q{i}" for i in range(1, len(result.quotes) + 1)]


async def test_async_baseline_matches_sync() -> None:
    extractor = Extractor("baseline")
    sync = extractor.extract(TEXT)
    result = await extractor.aextract(TEXT)
    assert result.quotes == sync.quotes and result.actors == sync.actors


def test_remote_model_without_key_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        Extractor("gpt-4o-mini")


def test_local_server_needs_no_key() -> None:
    extractor = Extractor("llama3", base_url="http://127.0.0.1:9/v1")
    assert extractor.llm().client.settings.host == "127.0.0.1:9"


def test_too_long_article_is_refused_before_any_call() -> None:
    extractor = Extractor("llama3", base_url="http://127.0.0.1:9/v1", max_chars=100)
    with pytest.raises(InputError, match="over the limit of 100"):
        extractor.extract("x" * 101)


def test_text_can_be_left_out() -> None:
    result = Extractor("baseline", include_text=False).extract(TEXT)
    assert result.article.text is None


LONG = (
    "Harbour Minister Lena Brandt said on Friday that the port would reopen next week. "
    "“We will not let one storm close this city,” Brandt told reporters at the quay.\n\n"
    "Dock crews worked through the night to clear the fallen cranes from the northern berths, "
    "and the coast guard reopened the outer channel to small boats on Thursday evening.\n\n"
    "Union leader Omar Kessler said the crews had been promised overtime pay for the weekend. "
    "“Nobody goes home until the berths are safe,” Kessler said after the morning shift."
)
LONG_QUOTES = [
    ("We will not let one storm close this city,", "Lena Brandt"),
    ("Nobody goes home until the berths are safe,", "Omar Kessler"),
]


def _split_server(cut_over: int) -> tuple[httpx2.MockTransport, list[int]]:
    """Answers cut at the token limit while the article text sent is over ``cut_over`` characters."""
    sizes: list[int] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        user = json.loads(request.content)["messages"][-1]["content"]
        text = user.split("<article>", 1)[1]
        sizes.append(len(text))
        found = [(q, s) for q, s in LONG_QUOTES if q in text]
        answer = {
            "actors": [{"name": s, "type": "person", "role": None, "aliases": []} for _, s in found],
            "quotes": [{"text": q, "speaker": s, "cue": "said", "kind": "direct"} for q, s in found],
            "stances": [],
        }
        body = completion(answer, prompt_tokens=10, completion_tokens=5)
        if len(text) > cut_over:
            body["choices"][0]["finish_reason"] = "length"
            body["choices"][0]["message"]["content"] = json.dumps(answer)[:40]
        return httpx2.Response(200, json=body)

    return httpx2.MockTransport(handler), sizes


def test_an_answer_cut_at_the_token_limit_is_asked_again_on_halves() -> None:
    transport, sizes = _split_server(cut_over=len(LONG) // 2 + 100)
    http = httpx2.Client(transport=transport)
    extractor = Extractor("m", base_url="http://fake.test/v1", api_key="k", cache=False, http_client=http)
    result = extractor.extract(Article(text=LONG, id="long"))
    assert len(sizes) >= 3 and sizes[0] > len(LONG) and all(s < sizes[0] for s in sizes[1:])
    assert sorted(q.text.strip("“”") for q in result.quotes) == sorted(q for q, _ in LONG_QUOTES)
    assert {q.speaker for q in result.quotes} == {s for _, s in LONG_QUOTES}
    assert [(s.start, s.end) for s in result.provenance.length_splits or []] == [(0, len(LONG))]
    assert result.provenance.attempts == len(sizes) and result.provenance.usage.prompt_tokens == 10 * len(
        sizes
    )


def test_a_cut_answer_on_text_too_short_to_split_fails() -> None:
    transport, sizes = _split_server(cut_over=0)
    http = httpx2.Client(transport=transport)
    extractor = Extractor("m", base_url="http://fake.test/v1", api_key="k", cache=False, http_client=http)
    with pytest.raises(ExtractionFailed, match="token limit"):
        extractor.extract(Article(text=LONG, id="long"))
    # the whole text, then its first piece, too short to split again: never re-asked with the same text
    assert len(sizes) == 2 and sizes[1] < sizes[0]


async def test_async_split_matches_sync() -> None:
    options: dict[str, Any] = {"base_url": "http://fake.test/v1", "api_key": "k", "cache": False}
    transport, sizes = _split_server(cut_over=len(LONG) // 2 + 100)
    sync = Extractor("m", http_client=httpx2.Client(transport=transport), **options).extract(
        Article(text=LONG, id="long")
    )
    extractor = Extractor("m", async_http_client=httpx2.AsyncClient(transport=transport), **options)
    result = await extractor.aextract(Article(text=LONG, id="long"))
    assert result.quotes == sync.quotes and result.provenance.length_splits == sync.provenance.length_splits
    assert len(sizes) == 2 * result.provenance.attempts


def test_a_v2_answer_is_cached_in_its_own_shape(tmp_path: Path) -> None:
    from llm_scenarios import ARTICLE, CLEAN_V2, TITLE

    served: list[dict[str, Any]] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        served.append(json.loads(request.content))
        return httpx2.Response(200, json=completion(CLEAN_V2, prompt_tokens=10, completion_tokens=5))

    def run() -> Extraction:
        http = httpx2.Client(transport=httpx2.MockTransport(handler))
        extractor = Extractor(
            "m",
            base_url="http://fake.test/v1",
            api_key="k",
            prompt="extraction@v2",
            cache=tmp_path,
            http_client=http,
        )
        try:
            return extractor.extract(Article(text=ARTICLE, id="port", title=TITLE))
        finally:
            extractor.close()

    first, again = run(), run()
    assert len(served) == 1 and served[0]["response_format"]["json_schema"]["strict"] is True
    assert again.provenance.cached and again.quotes == first.quotes and len(first.quotes) == 4
    assert first.quotes[3].speaker == "Vale" and first.quotes[3].speaker_id == first.quotes[1].speaker_id


def test_a_cut_answer_is_asked_again_with_a_higher_cap_where_allowed() -> None:
    """With ``max_tokens_limit``, the same text is asked again with the cap doubled before any split."""
    caps: list[int] = []
    clean = {"actors": [], "quotes": [{"text": q, "speaker": None, "kind": "direct"} for q, _ in LONG_QUOTES]}

    def handler(request: httpx2.Request) -> httpx2.Response:
        caps.append(json.loads(request.content)["max_tokens"])
        body = completion(clean, prompt_tokens=10, completion_tokens=caps[-1])
        if caps[-1] < 400:
            body["choices"][0]["finish_reason"] = "length"
        return httpx2.Response(200, json=body)

    http = httpx2.Client(transport=httpx2.MockTransport(handler))
    options: dict[str, Any] = {"base_url": "http://fake.test/v1", "api_key": "k", "cache": False}
    options["prompt"] = "extraction@v1"  # the answers above are in v1's shape
    result = Extractor("m", max_tokens=100, max_tokens_limit=500, http_client=http, **options).extract(LONG)
    assert caps == [100, 200, 400]
    assert result.provenance.max_tokens_raised == 400 and result.provenance.length_splits is None
    assert len(result.quotes) == 2
    # without a limit the cap is never raised: the text is split instead
    caps.clear()
    with pytest.raises(ExtractionFailed):
        Extractor("m", max_tokens=100, http_client=http, **options).extract(LONG)
    assert set(caps) == {100} and len(caps) == 2


def test_the_default_prompt_is_the_newest_the_package_ships() -> None:
    from llmextract.llm.prompts import DEFAULT_PROMPT, list_prompts

    newest = max(p.version for p in list_prompts() if p.name == "extraction")
    assert f"extraction@v{newest}" == DEFAULT_PROMPT and newest >= 3


def test_a_run_with_only_a_model_records_the_newest_prompt() -> None:
    from fake_openai import FakeServer

    with FakeServer() as server, Extractor("m", base_url=server.base_url, cache=False) as extractor:
        result = extractor.extract(TEXT)
    assert result.provenance.prompt is not None and result.provenance.prompt.version >= 3
