"""The live tier: one llama.cpp server (SmolLM2-135M-Instruct) on loopback for the whole session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from live_server import llama_server, require_live_extra


@pytest.fixture(scope="session")
def llama_base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The server's base URL (http://127.0.0.1:PORT/v1); skips when the live extra is missing."""
    require_live_extra()
    with llama_server(tmp_path_factory.mktemp("llama")) as base_url:
        yield base_url
