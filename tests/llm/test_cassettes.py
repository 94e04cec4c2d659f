"""The LLM path end to end, replayed from synthetic cassettes (hand-written answers, real requests)."""

from __future__ import annotations

import json
import os
from typing import Any

import pytest
from cassette_config import PLACEHOLDER_KEY, PROVIDER, RECORD_LIVE, SYNTHETIC
from grounding_checks import assert_grounded
from llm_scenarios import ARTICLE, BASE_URL, MODEL, TITLE, V1

from llmextract import Article, ConfigError, Extraction, ExtractionFailed, Extractor, ProviderError
from llmextract.llm.prompts import load_prompt

pytestmark = pytest.mark.vcr

ARTICLE_OBJ = Article(text=ARTICLE, id="port-carrow", title=TITLE)


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(PROVIDER if RECORD_LIVE else SYNTHETIC)


def make(**options: Any) -> Extractor:
    options.setdefault("prompt", V1)  # the cassettes hold v1 requests (the default is the newest)
    if RECORD_LIVE:  # a real provider's answers; expect assertion failures to review
        return Extractor(os.environ["LLMEXTRACT_MODEL"], cache=False, **options)
    return Extractor(MODEL, base_url=BASE_URL, api_key=PLACEHOLDER_KEY, **options)


def body(cassette: Any, index: int) -> dict[str, Any]:
    return json.loads(cassette.requests[index].body)  # type: ignore[no-any-return]


def actor_id(result: Extraction, name: str) -> str:
    return next(a.id for a in result.actors if a.name == name)


def check_clean(result: Extraction) -> None:
    assert_grounded(result, ARTICLE)
    assert len(result.quotes) == 4
    assert [q.kind for q in result.quotes] == ["direct", "indirect", "direct", "indirect"]
    assert "We have waited eleven months" in result.quotes[0].text
    # the answer leaves out "that"; reported speech starts at the article's complementiser
    assert result.quotes[1].text == "that the government's offer was final"
    okafor, vale = actor_id(result, "Maria Okafor"), actor_id(result, "Henrik Vale")
    assert [q.speaker_id for q in result.quotes] == [okafor, vale, okafor, vale]
    assert "Okafor" in next(a for a in result.actors if a.id == okafor).aliases
    [stance] = result.stances
    assert (stance.holder_id, stance.target_id, stance.polarity) == (okafor, vale, "oppose")
    assert stance.quote_id == result.quotes[2].id
    assert result.warnings == []


def test_clean_answer(vcr: Any) -> None:
    result = make().extract(ARTICLE_OBJ)
    check_clean(result)
    prov = result.provenance
    assert (prov.model, prov.endpoint, prov.mode, prov.attempts) == (
        MODEL,
        "synthetic.invalid",
        "json_schema",
        1,
    )
    assert (prov.usage.prompt_tokens, prov.usage.completion_tokens) == (812, 301)
    assert prov.prompt is not None and prov.prompt.sha256 == load_prompt("extraction@v1").sha256
    assert PLACEHOLDER_KEY not in result.model_dump_json()
    assert vcr.play_count == 1
    assert body(vcr, 0)["response_format"]["type"] == "json_schema"


async def test_clean_answer_async(vcr: Any) -> None:
    result = await make().aextract(ARTICLE_OBJ)
    check_clean(result)
    assert result.provenance.mode == "json_schema"


def test_invented_quote_is_dropped(vcr: Any) -> None:
    result = make().extract(ARTICLE_OBJ)
    assert len(result.quotes) == 4
    assert all("accept any offer" not in q.text for q in result.quotes)
    assert result.warnings == ["dropped 1 ungrounded quote"]
    assert_grounded(result, ARTICLE)


def test_invalid_answer_fixed_on_reask(vcr: Any) -> None:
    result = make().extract(ARTICLE_OBJ)
    check_clean(result)
    assert result.provenance.attempts == 2
    assert (result.provenance.usage.prompt_tokens, result.provenance.usage.completion_tokens) == (1822, 421)
    first, second = body(vcr, 0)["messages"], body(vcr, 1)["messages"]
    assert second[: len(first)] == first
    assert [m["role"] for m in second[len(first) :]] == ["assistant", "user"]
    assert "furious" in second[-2]["content"] and "polarity" in second[-1]["content"]


def test_reask_budget_exhausted(vcr: Any) -> None:
    with pytest.raises(ExtractionFailed) as caught:
        make().extract(ARTICLE_OBJ)
    failure = caught.value
    assert failure.attempts == 3
    assert (failure.usage.prompt_tokens, failure.usage.completion_tokens) == (812 + 1010 + 1010, 360)
    assert failure.last_response is not None and "furious" in failure.last_response
    # the re-ask context holds the last error only: it does not grow with each attempt
    assert len(body(vcr, 1)["messages"]) == len(body(vcr, 2)["messages"]) == len(body(vcr, 0)["messages"]) + 2


def test_rate_limited_then_success(vcr: Any) -> None:
    result = make().extract(ARTICLE_OBJ)
    check_clean(result)
    assert result.provenance.attempts == 2
    assert vcr.play_count == 2


def test_bad_request_is_not_retried(vcr: Any) -> None:
    with pytest.raises(ProviderError) as caught:
        make().extract(ARTICLE_OBJ)
    assert caught.value.status_code == 400
    assert "synthetic.invalid" in str(caught.value) and "maximum context length" in str(caught.value)
    assert caught.value.original is not None
    assert vcr.play_count == 1


def test_json_schema_rejected_falls_back_to_json(vcr: Any) -> None:
    result = make().extract(ARTICLE_OBJ)
    check_clean(result)
    assert result.provenance.mode == "json"
    assert [body(vcr, i).get("response_format", {}).get("type") for i in range(2)] == [
        "json_schema",
        "json_object",
    ]


def test_forced_mode_does_not_fall_back(vcr: Any) -> None:
    with pytest.raises(ProviderError) as caught:
        make(mode="json_schema").extract(ARTICLE_OBJ)
    assert caught.value.status_code == 500
    assert vcr.play_count == 1


def test_unknown_mode_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match=r"--mode .grammar. is unknown"):
        make(mode="grammar")


def test_fenced_answer(vcr: Any) -> None:
    """An answer in a ```json fence, on the direct json_schema path: read as is, never re-asked."""
    result = make().extract(ARTICLE_OBJ)
    check_clean(result)
    assert result.provenance.mode == "json_schema" and result.provenance.attempts == vcr.play_count == 1


def test_length_truncated_answer_is_split(vcr: Any) -> None:
    """An answer cut at the token limit is not re-asked with the same text: the article is asked
    again in smaller pieces, and provenance says which span was split."""
    result = make(max_tokens=80).extract(ARTICLE_OBJ)
    assert vcr.play_count == 4
    sent = [body(vcr, i)["messages"][-1]["content"] for i in range(4)]
    assert ARTICLE in sent[0] and all(ARTICLE not in text for text in sent[1:])
    assert all(body(vcr, i)["max_tokens"] == 80 for i in range(4))
    assert [(s.start, s.end) for s in result.provenance.length_splits or []] == [(0, len(ARTICLE))]
    assert result.provenance.attempts == 4
    assert (result.provenance.usage.prompt_tokens, result.provenance.usage.completion_tokens) == (
        812 + 3 * 700,
        80 + 3 * 120,
    )
    check_clean(result)


def test_v2_clean_answer(vcr: Any) -> None:
    """extraction@v2: a strict json_schema request, and a v2 answer grounded like a v1 one."""
    result = make(prompt="extraction@v2").extract(ARTICLE_OBJ)
    spec = body(vcr, 0)["response_format"]["json_schema"]
    assert spec["strict"] is True and "speaker_mention" in json.dumps(spec["schema"])
    user = body(vcr, 0)["messages"][-1]["content"]
    assert user.startswith("<article>\n" + TITLE)
    assert result.provenance.prompt is not None and result.provenance.prompt.version == 2
    check_clean(result)  # the fourth quote's speaker comes from its mention "Vale", an alias
