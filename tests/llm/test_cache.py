"""The response cache: keys, storage shared by concurrent writers, and its use by the Extractor."""

from __future__ import annotations

import json
import logging
import sqlite3
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
from llmextract.core.answer import LLMExtraction, LLMQuote
from llmextract.errors import ExtractionFailed
from llmextract.llm.answer_schema import schema_sha256
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
    changed.llm().answer_model = _RenamedQuotes
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


def _spoil(column: str, value: object) -> None:
    with sqlite3.connect(ResponseCache().path) as conn:
        conn.execute(f"UPDATE responses SET {column} = ?", (value,))
    conn.close()


@pytest.mark.parametrize(
    ("column", "value", "says"),
    [
        ("answer", '{"actors": [', "invalid JSON"),
        ("answer", "[" * 5_000 + "]" * 5_000, "5,000 levels deep"),
        ("answer", '{"quotes": 5}', "validation error"),
        ("answer", "null", "validation error"),
        ("answer", b"\xff\xfe", "wrong shape"),
        ("prompt_tokens", "many", "wrong shape"),
        ("mode", b"json_schema", "wrong shape"),
    ],
)
def test_an_entry_that_does_not_read_is_dropped_with_a_warning_and_asked_again(
    server: FakeServer, caplog: pytest.LogCaptureFixture, column: str, value: object, says: str
) -> None:
    first = Extractor("m", base_url=server.base_url).extract(TEXT)
    _spoil(column, value)
    with caplog.at_level(logging.WARNING, logger="llmextract.cache"):
        again = Extractor("m", base_url=server.base_url).extract(TEXT)
    assert server.requests["c1"] == 2 and not again.provenance.cached and again.quotes == first.quotes
    [warning] = [r.getMessage() for r in caplog.records if r.name == "llmextract.cache"]
    assert "dropped cache entry" in warning and says in warning and "asked again" in warning
    third = Extractor("m", base_url=server.base_url).extract(TEXT)  # the new answer took its place
    assert third.provenance.cached and server.requests["c1"] == 2


def test_a_spoiled_entry_does_not_fail_a_batch_run_again(
    tmp_path: Path, server: FakeServer, caplog: pytest.LogCaptureFixture
) -> None:
    source, out = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(json.dumps({"id": "c1", "text": TEXT}, ensure_ascii=False) + "\n", encoding="utf-8")
    args = ["extract", str(source), "-o", str(out), "-m", "m", "--base-url", server.base_url, "-q"]
    assert CliRunner().invoke(app, args).exit_code == 0
    _spoil("answer", '{"actors": [')
    for again in (["--overwrite"], ["--retry-failed"]):
        result = CliRunner().invoke(app, [*args, *again])
        assert result.exit_code == 0, result.output
        [line] = out.read_text(encoding="utf-8").splitlines()
        assert "article" in json.loads(line)
    assert server.requests["c1"] == 2


def test_a_cache_file_that_is_no_database_is_a_config_error_naming_it(tmp_path: Path) -> None:
    ResponseCache().path.parent.mkdir(parents=True, exist_ok=True)
    ResponseCache().path.write_bytes(b"not sqlite at all " * 100)
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(
        app, ["extract", str(article), "-m", "m", "--base-url", "http://127.0.0.1:9/v1"]
    )
    assert result.exit_code == 2 and "the response cache is unreadable" in result.output
    assert str(ResponseCache().path) in result.output and "Traceback" not in result.output
