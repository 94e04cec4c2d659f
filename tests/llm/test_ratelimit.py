"""Request pacing: evenly spaced slots shared by threads and tasks, every HTTP attempt paced."""

from __future__ import annotations

import itertools

import httpx2
import pytest

from llm.test_client import GOOD, MESSAGES, ok, status
from llmextract.core.answer import LLMExtraction
from llmextract.errors import ConfigError
from llmextract.llm.client import LLMClient
from llmextract.llm.ratelimit import RateLimiter
from llmextract.llm.settings import LLMSettings


def test_slots_are_spaced_by_the_interval() -> None:
    limiter = RateLimiter(rpm=600)  # one slot every 0.1 s
    waits = [limiter.reserve() for _ in range(4)]
    assert waits[0] == pytest.approx(0.0, abs=0.01)
    gaps = [b - a for a, b in itertools.pairwise(waits)]
    assert gaps == [pytest.approx(0.1, abs=0.03)] * 3, "each slot one interval after the last"


def test_rate_must_be_positive() -> None:
    with pytest.raises(ConfigError):
        RateLimiter(rpm=0)


class CountingLimiter(RateLimiter):
    def __init__(self) -> None:
        super().__init__(rpm=1_000_000)
        self.taken = 0

    def reserve(self) -> float:
        self.taken += 1
        return 0.0


def test_every_attempt_takes_a_slot_retries_included() -> None:
    script = [status(503), lambda: ok(GOOD)]
    seen = [0]

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen[0] += 1
        return script[min(seen[0] - 1, 1)]()

    limiter = CountingLimiter()
    settings = LLMSettings(
        model="m", base_url="http://fake.test/v1", api_key="k", backoff_base=0.0, mode="json"
    )
    client = LLMClient(
        settings, http_client=httpx2.Client(transport=httpx2.MockTransport(handler)), limiter=limiter
    )
    client.call(MESSAGES, LLMExtraction)
    assert seen[0] == 2 and limiter.taken == 2
