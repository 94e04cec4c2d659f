from __future__ import annotations

import pytest

from llmextract import Article, ConfigError, InputError, extract
from llmextract.pipeline import BASELINE, DEFAULT_LLM_MODEL, Extractor, resolve_model

TEXT = (
    "Harbour Minister Lena Brandt said on Friday that the port would reopen next week. "
    "“We will not let one storm close this city,” Brandt told reporters."
)


def test_offline_default_is_the_baseline_with_one_notice(capsys: pytest.CaptureFixture[str]) -> None:
    import llmextract.pipeline as pipeline

    pipeline._notice_shown = False
    assert resolve_model(None) == BASELINE
    assert resolve_model(None) == BASELINE
    err = capsys.readouterr().err
    assert err.count("offline rules baseline") == 1 and "-m MODEL" in err


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
    assert extractor.client is not None and extractor.client.settings.host == "127.0.0.1:9"


def test_too_long_article_is_refused_before_any_call() -> None:
    extractor = Extractor("llama3", base_url="http://127.0.0.1:9/v1", max_chars=100)
    with pytest.raises(InputError, match="over the limit of 100"):
        extractor.extract("x" * 101)


def test_text_can_be_left_out() -> None:
    result = Extractor("baseline", include_text=False).extract(TEXT)
    assert result.article.text is None
