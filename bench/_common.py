"""Shared by the batch benchmarks: the fake server as a separate process, articles, medians."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

FIRST = ["Ines", "Tomas", "Rosa", "Amira", "Jonas", "Lena", "Omar", "Mara", "Henrik", "Ada", "Ruth", "Pavel"]
LAST = [
    "Duarte",
    "Berg",
    "Lindqvist",
    "Haddad",
    "Ek",
    "Holm",
    "Reyes",
    "Quist",
    "Vale",
    "Moss",
    "Ames",
    "Novak",
]
TOPICS = [
    "the harbour budget",
    "the new ferry timetable",
    "the school repairs",
    "the wind farm permit",
    "the rail fund",
    "the bridge tolls",
    "the water tariffs",
    "the hospital wing",
]


def article_text(seed: int, chars: int) -> str:
    """Invented news prose: sentences naming people and topics, about ``chars`` characters long."""
    sentences: list[str] = []
    i = seed
    while sum(len(s) + 1 for s in sentences) < chars:
        who = f"{FIRST[i % len(FIRST)]} {LAST[(i * 7 + 3) % len(LAST)]}"
        topic = TOPICS[(i * 5) % len(TOPICS)]
        verb = ("said on Monday that", "told the council that", "argued in a statement that")[i % 3]
        sentences.append(
            f"{who} {verb} the vote on {topic} would be held before the end of month {i % 12 + 1}."
        )
        i += 1
    return " ".join(sentences)[:chars].rsplit(".", 1)[0] + "."


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


@contextmanager
def server_process(*args: str) -> Iterator[str]:
    """``tests/fake_openai.py`` in its own process (its own interpreter, so it does not share our GIL)."""
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "fake_openai.py"), *args], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        port = int(proc.stdout.readline())
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        proc.terminate()
        proc.wait(10)


def served_requests(base_url: str) -> int:
    with urllib.request.urlopen(base_url.removesuffix("/v1") + "/stats", timeout=10) as response:
        return int(json.load(response)["requests"])
