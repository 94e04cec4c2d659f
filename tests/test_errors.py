"""The toolkit's errors cross process boundaries (Ray workers, Spark executors) intact."""

from __future__ import annotations

import pickle
import threading

from llmextract.errors import ConfigError, ExtractionFailed, ProviderError, RunStopped
from llmextract.schema import Usage


class HoldsALock(Exception):
    """Like an openai error holding its HTTP response: it does not pickle."""

    def __init__(self) -> None:
        super().__init__("boom")
        self.lock = threading.Lock()


def test_every_error_pickles_with_its_message_and_fields() -> None:
    cause = ProviderError(
        "HTTP 401 from the model endpoint",
        host="api.example",
        status_code=401,
        original=HoldsALock(),
        attempts=2,
    )
    stopped = RunStopped(cause, "check the API key")
    copy = pickle.loads(pickle.dumps(stopped))
    assert type(copy) is RunStopped and str(copy) == str(stopped)
    assert (copy.host, copy.status_code, copy.attempts, copy.hint) == (
        "api.example",
        401,
        2,
        "check the API key",
    )
    assert copy.original is None and copy.cause.status_code == 401 and copy.cause.original is None
    assert stopped.original is not None  # the error itself keeps its cause

    failed = ExtractionFailed(
        "no valid answer", attempts=3, last_response="{}", usage=Usage(prompt_tokens=5, completion_tokens=4)
    )
    again = pickle.loads(pickle.dumps(failed))
    assert (str(again), again.attempts, again.last_response, again.usage.total_tokens) == (
        "no valid answer",
        3,
        "{}",
        9,
    )
    assert str(pickle.loads(pickle.dumps(ConfigError("bad mode")))) == "bad mode"
