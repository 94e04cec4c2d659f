"""The LLM path replayed from cassettes recorded against a real server (llama.cpp, SmolLM2-135M).

These keep the rejection and fallback paths tested where the live extra is not installed: the
HTTP 500 that llama.cpp's server really sends for ``json_schema``, its json_object and tool-call
answers, and answers that never validate. Re-record them all (starts the server; needs the
``live`` extra):

    python -m pytest tests/test_recorded_cassettes.py --record-mode=rewrite

Expected figures are read from the cassettes themselves (the server's usage, its answers), so a
re-recording with different answers still checks the same truths.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
import typer
from cassette_config import RECORDED
from grounding_checks import assert_grounded
from live_articles import ARTICLES
from live_server import MODEL, live_extractor, llama_server, require_live_extra
from typer.testing import CliRunner

from llmextract import Article, ExtractionFailed, ProviderError, Usage
from llmextract.cli.doctor import register
from llmextract.llm.outcomes import AnswerCutOff

pytestmark = pytest.mark.vcr

REPLAY_URL = "http://llama-cpp.invalid/v1"  # never contacted: replay matches on method, path and body


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(RECORDED)


@pytest.fixture(scope="module")
def base_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A placeholder when replaying; a fresh llama.cpp server when recording."""
    if request.config.getoption("--record-mode") == "none":
        yield REPLAY_URL
        return
    require_live_extra()
    with llama_server(tmp_path_factory.mktemp("llama")) as url:
        yield url


def request_body(cassette: Any, index: int) -> dict[str, Any]:
    return json.loads(cassette.requests[index].body)  # type: ignore[no-any-return]


def status(cassette: Any, index: int) -> int:
    return int(cassette.responses[index]["status"]["code"])


def answer(cassette: Any, index: int) -> dict[str, Any]:
    return json.loads(cassette.responses[index]["body"]["string"])  # type: ignore[no-any-return]


def server_usage(cassette: Any) -> Usage:
    """The usage the server reported, summed over every answered chat call in the cassette."""
    total = Usage()
    for index, request in enumerate(cassette.requests):
        if request.path.endswith("/chat/completions") and status(cassette, index) == 200:
            figures = answer(cassette, index)["usage"]
            total = total + Usage(
                prompt_tokens=figures["prompt_tokens"], completion_tokens=figures["completion_tokens"]
            )
    return total


def test_json_schema_rejected_falls_back_to_json_object(vcr: Any, base_url: str) -> None:
    text = ARTICLES["school"]
    result = live_extractor(base_url).extract(Article(id="school", text=text))
    formats = [request_body(vcr, i)["response_format"]["type"] for i in range(len(vcr.requests))]
    assert formats == ["json_schema", "json_object"]
    assert status(vcr, 0) == 500
    error = answer(vcr, 0)["error"]["message"]
    assert "response_format" in error and "json_object" in error  # what llama.cpp says, verbatim
    assert result.provenance.mode == "json"
    assert result.provenance.attempts == 2
    assert result.provenance.usage == server_usage(vcr)
    assert_grounded(result, text)


def test_forced_json_schema_is_a_provider_error(vcr: Any, base_url: str) -> None:
    with pytest.raises(ProviderError) as caught:
        live_extractor(base_url, mode="json_schema").extract(Article(id="school", text=ARTICLES["school"]))
    assert caught.value.status_code == 500
    assert "response_format" in str(caught.value) and caught.value.original is not None
    assert len(vcr.requests) == 1  # a format rejection is not retried


def test_answers_that_never_validate_end_in_extraction_failed(vcr: Any, base_url: str) -> None:
    """An answer cut at 40 tokens (finish_reason=length) is not re-asked with the same cap: the text is
    too short to split, so the first cut answer ends the call, with its cost. The cassette was
    recorded when cut answers were re-asked; only its first exchange is played now."""
    with pytest.raises(AnswerCutOff) as caught:
        live_extractor(base_url, mode="json", max_tokens=40).extract(
            Article(id="rail", text=ARTICLES["rail"])
        )
    failure = caught.value
    first = answer(vcr, 0)
    assert first["choices"][0]["finish_reason"] == "length"
    assert failure.attempts == vcr.play_count == 1
    assert failure.usage == Usage(
        prompt_tokens=first["usage"]["prompt_tokens"], completion_tokens=first["usage"]["completion_tokens"]
    )
    assert failure.last_response == first["choices"][0]["message"]["content"]
    assert isinstance(failure, ExtractionFailed)


def test_tool_call_answer_is_grounded(vcr: Any, base_url: str) -> None:
    text = ARTICLES["bridge"]
    result = live_extractor(base_url, mode="tools").extract(Article(id="bridge", text=text))
    assert "tools" in request_body(vcr, 0)
    assert answer(vcr, 0)["choices"][0]["message"]["tool_calls"]
    assert result.provenance.mode == "tools"
    assert result.provenance.usage == server_usage(vcr)
    assert_grounded(result, text)


def test_doctor_on_recorded_llama_cpp_exchanges(vcr: Any, base_url: str) -> None:
    app = typer.Typer()
    register(app)

    @app.callback()
    def _root() -> None:
        """A group, so that the command is called by name as in the real CLI."""

    result = CliRunner().invoke(app, ["doctor", "--base-url", base_url])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert f"models    {MODEL}" in lines
    assert "rejected (HTTP 500)" in next(line for line in lines if line.startswith("json_schema "))
    working = next(line for line in lines if line.startswith("works: ")).removeprefix("works: ").split(", ")
    use = next(line for line in lines if line.startswith("use:"))
    assert use.endswith(f"-m {MODEL} --base-url {base_url} --mode {working[0]}")
    assert "json_schema" not in working
