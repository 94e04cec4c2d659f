"""The Label Studio round trip against a real server on loopback, driven through label-studio-sdk.

Label Studio is a Django application with its own pinned dependencies, so it lives in a venv of
its own, never in the toolkit's: set ``LLMEXTRACT_LABEL_STUDIO_PYTHON`` to that venv's Python
(README, "Build your own gold set"). Without it the test is skipped with that reason. The server
gets a fresh data folder, a legacy API token and an ephemeral port; it is stopped afterwards.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from live_server import free_port
from review_sample import sample_extraction

from llmextract.evaluation.labelstudio import import_labelstudio
from llmextract.evaluation.scorer import compute_figures, score_article
from llmextract.export.labelstudio import dumps, labeling_config, tasks_json

pytestmark = pytest.mark.live
PYTHON = os.environ.get("LLMEXTRACT_LABEL_STUDIO_PYTHON")
TOKEN = "0123456789abcdef0123456789abcdef01234567"  # the server's own throwaway user, on loopback
STARTUP_SECONDS = 600  # a fresh database is migrated first: a guard, not a timing check
DRIVER = Path(__file__).with_name("labelstudio_driver.py")


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(f"{url}/health", timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@pytest.fixture(scope="module")
def label_studio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not PYTHON:
        pytest.skip("LLMEXTRACT_LABEL_STUDIO_PYTHON is not set (a venv with label-studio, label-studio-sdk)")
    folder = tmp_path_factory.mktemp("label-studio")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    command = [
        PYTHON, "-c", "from label_studio.server import main; main()", "start", "--no-browser",
        "--internal-host", "127.0.0.1", "--port", str(port), "--username", "review@example.invalid",
        "--password", "review-pass-123", "--user-token", TOKEN, "--enable-legacy-api-token",
    ]  # fmt: skip
    env = {**os.environ, "LABEL_STUDIO_BASE_DATA_DIR": str(folder / "data")}
    log_path = folder / "label-studio.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, env=env)
        try:
            deadline = time.monotonic() + STARTUP_SECONDS
            while not _healthy(url):
                if process.poll() is not None or time.monotonic() > deadline:
                    tail = log_path.read_text(errors="replace")[-2000:]
                    pytest.fail(f"Label Studio did not answer on {url} (exit code {process.poll()}):\n{tail}")
                time.sleep(1)
            yield url
        finally:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=30)


def test_tasks_through_a_real_server_come_back_as_gold_scoring_100(label_studio: str, tmp_path: Path) -> None:
    assert PYTHON is not None
    extraction = sample_extraction()
    config, tasks, export = tmp_path / "config.xml", tmp_path / "tasks.json", tmp_path / "export.json"
    config.write_text(labeling_config(), encoding="utf-8")
    tasks.write_text(dumps(tasks_json([extraction])), encoding="utf-8")
    run = subprocess.run(
        [PYTHON, str(DRIVER), label_studio, TOKEN, str(config), str(tasks), str(export)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    assert json.loads(run.stdout.splitlines()[-1])["accepted"] == 1
    exported = json.loads(export.read_text(encoding="utf-8"))
    assert exported[0]["annotations"] and exported[0]["data"]["article_id"] == "tidewater-ferry"
    imported = import_labelstudio(export)
    assert not imported.skipped and not imported.notes
    [gold] = imported.articles
    figures = compute_figures(score_article(gold, extraction))
    assert all(v == 1.0 for v in figures.values() if v is not None), figures
