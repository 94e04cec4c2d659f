"""Shared fixtures: a clean environment for every test, the cassette configuration, an aiohttp endpoint."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from aiohttp_endpoint import Endpoint, serve_endpoint
from cassette_config import RECORD_LIVE, VCR_CONFIG, json_body
from hypothesis import HealthCheck, settings

# Property tests are checks, not timings: no deadline (two shared cores make any one slow), the same
# examples on every run (a red run is reproducible, never a roll of the dice), no example database.
settings.register_profile(
    "llmextract", deadline=None, derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("llmextract")

ENV_VARS = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "LLMEXTRACT_MODEL", "LLMEXTRACT_PROMPTS_PATH")
LIVE_VARS = ("OPENAI_API_KEY", "OPENAI_BASE_URL", "LLMEXTRACT_MODEL")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No test sees the developer's keys, endpoints or caches (unless re-recording is opted into)."""
    for name in ENV_VARS:
        if not (RECORD_LIVE and name in LIVE_VARS):
            monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LLMEXTRACT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.chdir(tmp_path_factory.mktemp("cwd"))  # a relative -o never lands in the checkout
    yield


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    return dict(VCR_CONFIG)


def pytest_recording_configure(config: Any, vcr: Any) -> None:
    vcr.register_matcher("json_body", json_body)


@pytest.fixture
async def endpoint() -> AsyncIterator[Endpoint]:
    """A loopback endpoint whose answers each test sets, keeping what it was sent."""
    async with serve_endpoint() as served:
        yield served
