"""``llmextract extract --batch-api`` killed with SIGKILL (a separate process, no clean-up of any kind)
at each step that talks to the Batch API, then run again: every article ends exactly once and every
request set goes into one batch, never two.

The fake server holds its reply at the chosen route once the route's work is done (the file stored,
the batch created, ...), so the kill lands at a known point without racing the clock.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from batch_api_server import BatchApiServer, Hold
from cassette_config import fake_key
from result_lines import ids_in

from llmextract.batch.batch_api.state import TERMINAL, RunState, state_folder

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

WAIT = 60.0  # seconds: bounds every wait, so a broken run fails instead of hanging

ARTICLES = {
    "one": "“The harbour will be rebuilt by spring,” said Mara Jensen at the quay.",
    "two": "“We oppose the new toll,” said Olaf Brandt. The council met on Monday.",
    "three": "Nothing quoted here, only a plain report about the weather.",
}
# One request set: "bad" gets an answer that fails the schema, re-asked online.
ONE_SET = {**ARTICLES, "bad": "“Fine words,” said Ada Lind at the pier. [batch-invalid:1]"}
# Two request sets: "late" fails in the first batch, so it is sent again in a second one, where its
# answer fails the schema and is re-asked online, after the three others are written.
TWO_SETS = {**ARTICLES, "late": "“Fine words,” said Ada Lind at the pier. [batch-fail:1] [batch-invalid:2]"}


@dataclass(frozen=True)
class Kill:
    point: str
    skip: int
    articles: dict[str, str]
    sets: int
    written: int  # output lines already there when the kill lands
    cache: bool = False  # the response cache on, as users run it (off elsewhere so every call is seen)


KILLS = {
    "upload": Kill("upload", 0, ONE_SET, 1, 0),
    "create": Kill("create", 0, ONE_SET, 1, 0),
    "first-poll": Kill("retrieve", 0, ONE_SET, 1, 0),
    "poll-that-completes": Kill("retrieve", 2, ONE_SET, 1, 0),
    "download": Kill("download", 0, ONE_SET, 1, 0),
    "online-reask-cached": Kill("online", 0, ONE_SET, 1, 0, cache=True),
    "second-upload": Kill("upload", 1, TWO_SETS, 2, 3),
    "second-create": Kill("create", 1, TWO_SETS, 2, 3),
    "online-reask-while-writing": Kill("online", 0, TWO_SETS, 2, 3),
}


@pytest.fixture
def children() -> Iterator[list[subprocess.Popen[bytes]]]:
    """Every process a test starts, killed and reaped at the end even when the test failed."""
    started: list[subprocess.Popen[bytes]] = []
    yield started
    for proc in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait(WAIT)


def write_inputs(folder: Path, articles: dict[str, str]) -> Path:
    path = folder / "in.jsonl"
    path.write_text("".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in articles.items()))
    return path


def start(
    children: list[subprocess.Popen[bytes]], server: BatchApiServer, inputs: Path, output: Path, cache: bool
) -> subprocess.Popen[bytes]:
    command = [
        sys.executable,
        "-c",
        "from llmextract.cli.app import main; main()",
        "extract",
        str(inputs),
        "-o",
        str(output),
        "-m",
        "gpt-test",
        "--base-url",
        server.base_url,
        "--batch-api",
        "--poll-seconds",
        "0",
        "-q",
        *([] if cache else ["--no-cache"]),
    ]
    env = {**os.environ, "OPENAI_API_KEY": fake_key("batch")}
    with output.with_name("stderr.txt").open("ab") as err:  # the child keeps its own copy
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, env=env)
    children.append(proc)
    return proc


def wait_held(hold: Hold, proc: subprocess.Popen[bytes], log: Path) -> None:
    """Until the server holds a call at ``hold``'s point; fails if the run ends first or takes too long."""
    deadline = time.monotonic() + WAIT
    while not hold.wait(0.05):
        if proc.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"the run never reached {hold.point} (exit {proc.poll()}): {log.read_text()}")


@pytest.mark.parametrize("name", list(KILLS))
def test_a_run_killed_with_sigkill_resumes_with_each_article_once_and_one_batch_per_set(
    name: str, tmp_path: Path, children: list[subprocess.Popen[bytes]]
) -> None:
    kill = KILLS[name]
    inputs, output = write_inputs(tmp_path, kill.articles), tmp_path / "out.jsonl"
    log = tmp_path / "stderr.txt"
    with BatchApiServer() as server:
        hold = server.hold(kill.point, skip=kill.skip, timeout=WAIT)
        first = start(children, server, inputs, output, kill.cache)
        wait_held(hold, first, log)
        os.kill(first.pid, signal.SIGKILL)
        assert first.wait(WAIT) == -signal.SIGKILL
        hold.release()
        before = ids_in(output) if output.exists() else Counter()
        assert sum(before.values()) == kill.written and set(before.values()) <= {1}

        second = start(children, server, inputs, output, kill.cache)
        assert second.wait(WAIT) == 0, log.read_text()

        assert ids_in(output) == Counter(dict.fromkeys(kill.articles, 1)), "no article lost or doubled"
        state = RunState.load(state_folder(output))
        assert len(state.sets) == kill.sets
        assert server.created == kill.sets, "one batch per request set"
        assert server.uploads == kill.sets, "a file the server already holds is not uploaded again"
        assert {s.batch_id for s in state.sets} == set(server.batches)
        assert all(s.downloaded and s.status in TERMINAL for s in state.sets), "the state says done"
        leftovers = sorted(p.name for p in state.folder.iterdir() if p.name.endswith(".tmp"))
        assert not leftovers and not list(state.folder.glob("llmextract-*.jsonl")), leftovers
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert all("article" in row for row in rows), "every article extracted, none left as an error"
