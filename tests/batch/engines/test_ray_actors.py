"""The actors of ``--engine ray``: batches in, rows out, the endpoint's refusal raised in the driver."""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from pathlib import Path

import pytest
from fake_openai import FakeServer

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray")  # Ray's own settings, not ours

pytest.importorskip("ray")

from llmextract.article import Article  # noqa: E402
from llmextract.batch.engines import ray_actors  # noqa: E402
from llmextract.batch.engines.ray_actors import batches_of, check_workers, extract_on_actors  # noqa: E402
from llmextract.config import ExtractorConfig  # noqa: E402
from llmextract.errors import ConfigError, EngineError, RunStopped  # noqa: E402
from llmextract.pipeline import Extractor  # noqa: E402

ARTICLES = [
    Article(id=f"a{i}", text=f"“Pier {i} reopens in spring,” said Lena Holm, the harbour chief.")
    for i in range(7)
]


def test_batches_cover_every_article_once_in_order_and_shrink_towards_the_end() -> None:
    batches = list(batches_of(ARTICLES, 3))
    assert [len(b) for b in batches] == [3, 2, 1, 1]
    assert [a.id for b in batches for a in b] == [a.id for a in ARTICLES]
    many = [Article(id=f"m{i}", text="A line.") for i in range(840)]
    sizes = [len(b) for b in batches_of(many, 32, workers=2)]
    assert sum(sizes) == 840 and sizes[0] == 32 and sizes[-1] == 1
    assert sizes == sorted(sizes, reverse=True)  # the last batches, the smallest: the workers end together


def test_every_article_comes_back_once_as_the_local_extractor_gives_it(cluster: None) -> None:
    rows = [
        row
        for batch in extract_on_actors(batches_of(ARTICLES, 2), ExtractorConfig("baseline"), workers=2)
        for row in batch
    ]
    assert sorted(r.id for r in rows) == sorted(a.id for a in ARTICLES)
    local = Extractor("baseline").extract(ARTICLES[3]).model_dump(mode="json")
    (row,) = [r for r in rows if r.id == "a3"]
    assert not row.failed and not row.cached and row.tokens == 0
    remote = json.loads(row.line)
    for result in (local, remote):
        result["provenance"].pop("seconds")
    assert remote == local and remote["quotes"]


def test_more_workers_than_cpus_is_refused(cluster: None) -> None:
    with pytest.raises(ConfigError, match="cluster has 2"):
        check_workers(3)
    check_workers(2)


def test_a_refused_key_on_a_worker_stops_the_run_in_the_driver(cluster: None) -> None:
    refused = [Article(id="k", text="A note from the port. [status:401]")]
    with FakeServer() as server:
        config = ExtractorConfig("gpt-test", base_url=server.base_url, cache=False, max_retries=0)
        with pytest.raises(RunStopped, match="refused"):
            list(extract_on_actors(batches_of(refused, 1), config, workers=1))


def test_no_batch_is_sent_once_the_budget_is_spent_and_the_ones_in_flight_finish(cluster: None) -> None:
    articles = [Article(id=f"t{i}", text=f"[id:t{i}] “Pier {i} reopens,” said Lena Holm.") for i in range(6)]
    with FakeServer() as server:
        config = ExtractorConfig("gpt-test", base_url=server.base_url, cache=False)
        batches = extract_on_actors(batches_of(articles, 1), config, workers=1, max_tokens_total=1)
        rows = [row for batch in batches for row in batch]
    assert len(rows) == 2  # the first two batches were in flight when the first came back over budget
    assert all(row.tokens > 0 and not row.failed for row in rows)


def worker_pids() -> list[int]:
    """The processes of the running ExtractBatch actors (Ray titles them ``ray::ExtractBatch...``)."""
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "cmdline").read_bytes().startswith(b"ray::ExtractBatch"):
                pids.append(int(entry.name))
        except OSError:  # a process that ended while we looked
            continue
    return pids


def kill_the_worker_once_its_call_arrives(server: FakeServer) -> threading.Event:
    """SIGKILL the worker while its one request is held by the server's latency; the event is set
    once it is killed. The wait for the call is long: on a loaded machine Ray can take a minute or
    more to start the actor, and a killer that gave up would leave the test with nothing to test."""
    killed = threading.Event()

    def kill() -> None:
        deadline = time.monotonic() + 600
        while server.total_requests == 0 or not worker_pids():
            if time.monotonic() > deadline:
                return
            time.sleep(0.02)
        for pid in worker_pids():
            os.kill(pid, signal.SIGKILL)
        killed.set()

    threading.Thread(target=kill, daemon=True).start()
    return killed


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="finds the worker's process in /proc")
@pytest.mark.parametrize("restarts", [ray_actors.RESTARTS, 0])
def test_a_worker_killed_mid_batch_is_restarted_or_the_run_ends_with_an_engine_error(
    cluster: None, restarts: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ray_actors, "RESTARTS", restarts)
    article = Article(id="slow", text="[id:slow] “Pier 9 reopens,” said Lena Holm.")
    with FakeServer(latency=3.0) as server:  # time enough to kill the worker while its call waits
        config = ExtractorConfig("gpt-test", base_url=server.base_url, cache=False)
        batches = extract_on_actors([[article]], config, workers=1)
        killed = kill_the_worker_once_its_call_arrives(server)
        if restarts:
            rows = [row for batch in batches for row in batch]
            assert killed.is_set(), "the worker was not killed while its call was held"
            assert [(r.id, r.failed) for r in rows] == [("slow", False)]  # the batch ran again, once
            assert server.requests["slow"] == 2
        else:
            with pytest.raises(EngineError, match="lost beyond 0 restarts"):
                list(batches)
            assert killed.is_set()
