"""The response cache: keys, storage shared by concurrent writers, and its use by the Extractor."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from fake_openai import FakeServer, Faults
from pydantic import Field
from typer.testing import CliRunner

from llmextract.article import Article
from llmextract.cli.app import app
from llmextract.errors import ExtractionFailed
from llmextract.llm.answer_schema import LLMExtraction, LLMQuote, schema_sha256
from llmextract.llm.cache import CachedAnswer, ResponseCache, cache_key, default_cache_dir
from llmextract.pipeline import Extractor
from llmextract.schema import Usage

TEXT = "[id:c1] “The tunnel opens in May,” said Rosa Lindqvist at the depot on Tuesday."


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer() as srv:
        yield srv


def entry(answer: str = '{"actors": [], "quotes": [], "stances": []}') -> CachedAnswer:
    return CachedAnswer(answer=answer, mode="json_schema", usage=Usage(prompt_tokens=7, completion_tokens=3))


def test_key_ignores_argument_order_and_changes_with_any_part() -> None:
    base = {"endpoint": "http://h/v1", "model": "m", "mode": "auto", "prompt": "p", "article": "a"}
    assert cache_key(**base) == cache_key(**dict(reversed(base.items())))
    for name in base:
        assert cache_key(**{**base, name: "other"}) != cache_key(**base), name


def test_directory_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LLMEXTRACT_CACHE_DIR", str(tmp_path / "c"))
    assert default_cache_dir() == tmp_path / "c"
    assert ResponseCache().path.parent == tmp_path / "c"


def test_round_trip_stats_and_clear(tmp_path: Path) -> None:
    cache = ResponseCache(tmp_path)
    assert cache.get("k") is None and cache.stats().entries == 0
    cache.put("k", model="m", entry=entry())
    assert cache.get("k") == entry()
    stats = cache.stats()
    assert (stats.entries, stats.prompt_tokens, stats.completion_tokens) == (1, 7, 3) and stats.bytes > 0
    assert cache.clear() == 1 and cache.get("k") is None


def test_concurrent_writers_from_threads_and_processes(tmp_path: Path) -> None:
    script = (
        "import sys\nfrom llmextract.llm.cache import ResponseCache, CachedAnswer\n"
        "from llmextract.schema import Usage\n"
        "c = ResponseCache(sys.argv[1])\n"
        "for i in range(200): c.put(f'p{sys.argv[2]}-{i}', model='m', "
        "entry=CachedAnswer(answer='{}', mode='json', usage=Usage()))\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, str(tmp_path), str(n)]) for n in range(2)]

    def write(n: int) -> None:
        cache = ResponseCache(tmp_path)  # one connection per writer, as separate processes would have
        for i in range(200):
            cache.put(f"t{n}-{i}", model="m", entry=entry())
        cache.close()

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [p.wait(60) for p in procs] == [0, 0]
    assert ResponseCache(tmp_path).stats().entries == 6 * 200


def test_second_extraction_is_served_from_cache(server: FakeServer) -> None:
    first = Extractor("m", base_url=server.base_url).extract(TEXT)
    again = Extractor("m", base_url=server.base_url).extract(TEXT)
    assert server.requests["c1"] == 1
    assert not first.provenance.cached and first.provenance.usage.total_tokens == 120
    assert (
        again.provenance.cached
        and again.provenance.usage.total_tokens == 0
        and again.provenance.attempts == 0
    )
    assert again.quotes == first.quotes and again.actors == first.actors
    assert again.provenance.mode == first.provenance.mode


def test_a_different_model_or_prompt_text_misses(server: FakeServer) -> None:
    Extractor("m", base_url=server.base_url).extract(TEXT)
    Extractor("other", base_url=server.base_url).extract(TEXT)
    Extractor("m", base_url=server.base_url).extract(Article(text=TEXT, id="c1", title="Depot"))
    assert server.requests["c1"] == 3


class _RenamedQuotes(LLMExtraction):
    """The same answer shape with one description changed: a different LLM-facing schema."""

    quotes: list[LLMQuote] = Field(default_factory=list, description="every attributed statement")


def test_a_changed_llm_schema_misses(server: FakeServer) -> None:
    Extractor("m", base_url=server.base_url).extract(TEXT)
    changed = Extractor("m", base_url=server.base_url)
    changed.answer_model = _RenamedQuotes
    result = changed.extract(TEXT)
    assert server.requests["c1"] == 2 and not result.provenance.cached
    assert schema_sha256(_RenamedQuotes) != schema_sha256(LLMExtraction)
    again = Extractor("m", base_url=server.base_url).extract(TEXT)
    assert again.provenance.cached and server.requests["c1"] == 2


def test_no_cache_neither_reads_nor_writes(server: FakeServer) -> None:
    Extractor("m", base_url=server.base_url, cache=False).extract(TEXT)
    Extractor("m", base_url=server.base_url, cache=False).extract(TEXT)
    assert server.requests["c1"] == 2 and ResponseCache().stats().entries == 0


def test_failures_are_never_cached() -> None:
    with FakeServer(faults=Faults(invalid=1.0)) as srv:
        for _ in range(2):
            with pytest.raises(ExtractionFailed):
                Extractor("m", base_url=srv.base_url, max_reasks=0).extract(TEXT)
        assert srv.requests["c1"] == 2
    assert ResponseCache().stats().entries == 0


async def test_async_path_shares_the_cache(server: FakeServer) -> None:
    extractor = Extractor("m", base_url=server.base_url)
    await extractor.aextract(TEXT)
    await extractor.aclose()
    result = Extractor("m", base_url=server.base_url).extract(TEXT)
    assert result.provenance.cached and server.requests["c1"] == 1


def test_cache_commands(server: FakeServer) -> None:
    Extractor("m", base_url=server.base_url).extract(TEXT)
    runner = CliRunner()
    stats = runner.invoke(app, ["cache", "stats"])
    assert stats.exit_code == 0 and "entries: 1" in stats.stdout and "120" in stats.stdout
    cleared = runner.invoke(app, ["cache", "clear"])
    assert cleared.exit_code == 0 and "removed 1" in cleared.stdout
    assert "entries: 0" in runner.invoke(app, ["cache", "stats"]).stdout
