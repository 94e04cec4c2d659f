"""``llmextract extract ... | head``: the reader closes the pipe, the command ends quietly with 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _closed_early(args: list[str]) -> subprocess.CompletedProcess[bytes]:
    """Run the CLI, read its first bytes as ``head -c`` would, close the pipe, and wait for it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("OPENAI_API_KEY", None)
    env.pop("OPENAI_BASE_URL", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "llmextract", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    head = proc.stdout.read(200)
    proc.stdout.close()
    stderr = proc.stderr.read()
    proc.stderr.close()
    code = proc.wait(timeout=120)
    return subprocess.CompletedProcess(proc.args, code, head, stderr)


def test_a_batch_piped_into_head_exits_quietly(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(120):  # far more than a pipe's buffer once written as results
        (folder / f"story-{n:03}.txt").write_text(
            f"Ferry story {n}\n\n“We go now,” Ana Reyes said. Bo Lind said the ferry would wait.\n" * 3,
            encoding="utf-8",
        )
    done = _closed_early(["extract", str(folder), "-m", "baseline", "-q"])
    assert done.stdout.startswith(b'{"schema_version"')
    assert done.stderr == b"", done.stderr.decode()
    assert done.returncode == 0


@pytest.mark.parametrize("form", ["table", "json"])
def test_one_long_article_piped_into_head_exits_quietly(tmp_path: Path, form: str) -> None:
    article = tmp_path / "long.txt"
    article.write_text(
        "Ferry vote\n\n" + "“We go now,” Ana Reyes said. “We wait,” Bo Lind said.\n" * 600, encoding="utf-8"
    )
    done = _closed_early(["extract", str(article), "-m", "baseline", "--format", form])
    assert done.stdout
    assert done.stderr == b"", done.stderr.decode()
    assert done.returncode == 0
