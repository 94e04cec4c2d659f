"""Every command against an endpoint that echoes the credentials everywhere: no 10 characters of the
key, of the URL's password, or of their base64 end up on screen or in any file written.

The endpoint (tests/leaky_endpoint.py) echoes the ``Authorization`` header, the bare key, a piece
of it without its prefix and its base64 in error bodies and headers, model ids, actor names of its
answers, and the error lines of its batches. The key is shaped like no known credential, so only
masking by value can catch it; each test makes a fresh one, so no earlier registration helps.
"""

from __future__ import annotations

import base64
import json
import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
from leaky_endpoint import LeakyEndpoint, scan
from typer.testing import CliRunner

from llmextract.cli.app import app

ARTICLES = {
    "one": "“The harbour will be rebuilt by spring,” said Mara Jensen at the quay.",
    "two": "“We oppose the new toll,” said Olaf Brandt. [leak]",
}


@pytest.fixture
def endpoint() -> Iterator[LeakyEndpoint]:
    with LeakyEndpoint() as running:
        yield running


@pytest.fixture
def key() -> str:
    return "u" + secrets.token_hex(23) + "Q"  # 48 characters, no known prefix


def secrets_of(key: str, password: str) -> list[str]:
    userinfo = f"ops:{password}"
    return [
        key,
        key[3:],
        password,
        base64.b64encode(key.encode()).decode(),
        base64.b64encode(userinfo.encode()).decode(),
    ]


def files_under(folder: Path) -> dict[str, str]:
    found = {}
    for path in folder.rglob("*"):
        if path.is_file():
            found[str(path.relative_to(folder))] = path.read_bytes().decode("utf-8", "replace")
    return found


def url_with_password(endpoint: LeakyEndpoint, password: str) -> str:
    return endpoint.base_url.replace("http://", f"http://ops:{password}@")


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    (folder / "in.jsonl").write_text(
        "".join(json.dumps({"id": k, "text": v}) + "\n" for k, v in ARTICLES.items())
    )
    (folder / "one.txt").write_text(ARTICLES["one"], encoding="utf-8")
    gold = [
        {
            "id": k,
            "text": v,
            "tasks": ["quotes", "actors", "stances"],
            "quotes": [],
            "actors": [],
            "stances": [],
        }
        for k, v in ARTICLES.items()
    ]
    (folder / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold))
    return folder


def commands(work: Path, url: str) -> list[tuple[str, list[str]]]:
    llm = ["-m", "m", "--base-url", url, "--max-retries", "1", "--mode", "json"]
    return [
        ("extract one", ["extract", str(work / "one.txt"), *llm, "--no-cache", "-o", str(work / "one.json")]),
        ("extract one to stdout", ["extract", str(work / "one.txt"), *llm, "--no-cache"]),
        ("extract batch", ["extract", str(work / "in.jsonl"), *llm, "-o", str(work / "out.jsonl")]),
        (
            "extract batch api",
            [
                "extract",
                str(work / "in.jsonl"),
                *llm,
                "--no-cache",
                "--batch-api",
                "--poll-seconds",
                "0",
                "-o",
                str(work / "api.jsonl"),
            ],
        ),
        ("doctor", ["doctor", "--base-url", url]),
        ("eval", ["eval", str(work / "gold.jsonl"), *llm, "--report", str(work / "report.html")]),
        (
            "eval md",
            ["eval", str(work / "gold.jsonl"), *llm, "--report", str(work / "report.md"), "--no-cache"],
        ),
        (
            "score",
            ["score", str(work / "gold.jsonl"), str(work / "out.jsonl"), "--report", str(work / "s.json")],
        ),
        ("view", ["view", str(work / "out.jsonl"), "-o", str(work / "views")]),
        ("corpus", ["corpus", str(work / "out.jsonl"), "-o", str(work / "corpus"), "--format", "csv"]),
        ("cache stats", ["cache", "stats"]),
    ]


@pytest.mark.parametrize("in_url", [False, True], ids=["key", "key-and-url-password"])
@pytest.mark.parametrize("status", [200, 400, 401, 429, 500])
def test_no_piece_of_the_credentials_is_left_on_screen_or_disk(
    status: int,
    in_url: bool,
    endpoint: LeakyEndpoint,
    key: str,
    inputs: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    password = "pw-" + secrets.token_hex(8)
    monkeypatch.setenv("OPENAI_API_KEY", key)
    monkeypatch.setenv("LLMEXTRACT_CACHE_DIR", str(tmp_path / "cache"))
    endpoint.status = status
    runner = CliRunner()
    screens: dict[str, str] = {}
    url = url_with_password(endpoint, password) if in_url else endpoint.base_url
    for name, args in commands(inputs, url):
        result = runner.invoke(app, args)
        assert result.exception is None or isinstance(result.exception, SystemExit), (name, result.exception)
        assert result.exit_code in (0, 1), (name, result.output)
        screens[f"{name} (exit {result.exit_code})"] = result.output
    assert (key in endpoint.seen_auth) or (in_url and endpoint.seen_auth.startswith("Basic ")), (
        endpoint.seen_auth
    )
    leaks = scan({**screens, **files_under(tmp_path)}, secrets_of(key, password))
    assert not leaks, leaks


def test_the_scan_finds_a_piece_when_one_is_there(key: str) -> None:
    """The check itself: a 10-character piece of the key, anywhere in a text, is reported."""
    assert scan({"out": f"...{key[17:27]}..."}, [key]) == [f"out: {key[17:27]!r}"]
    assert scan({"out": f"...{key[17:26]}..."}, [key]) == []
