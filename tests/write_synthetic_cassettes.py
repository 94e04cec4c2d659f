"""Write cassettes/synthetic/ from the hand-written answers in llm_scenarios.py.

    python tests/write_synthetic_cassettes.py

The toolkit runs each scenario against a scripted in-process transport while vcrpy records the
exchange, so the cassettes hold the toolkit's real requests and the hand-written answers.
Run it after changing a prompt, the LLM-facing schema or the request format.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
from pathlib import Path

import httpx2
import vcr

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cassette_config import PLACEHOLDER_KEY, SYNTHETIC, VCR_CONFIG, json_body
from llm_scenarios import ARTICLE, BASE_URL, MODEL, SCENARIOS, TITLE, V1, Scenario

from llmextract import Article, Extractor, LLMExtractError


def _transport(scenario: Scenario) -> tuple[httpx2.MockTransport, list[int]]:
    served = [0]

    def handler(request: httpx2.Request) -> httpx2.Response:
        answer = scenario.answers[min(served[0], len(scenario.answers) - 1)]
        served[0] += 1
        return httpx2.Response(
            answer.status, headers=answer.headers, content=json.dumps(answer.body).encode()
        )

    return httpx2.MockTransport(handler), served


def write(scenario: Scenario) -> Path:
    path = SYNTHETIC / f"{scenario.name}.yaml"
    path.unlink(missing_ok=True)
    transport, served = _transport(scenario)
    recorder = vcr.VCR(record_mode="all", **VCR_CONFIG)
    recorder.register_matcher("json_body", json_body)
    kwargs = {
        "base_url": BASE_URL,
        "api_key": PLACEHOLDER_KEY,
        "mode": scenario.mode,
        "cache": False,
        "prompt": V1,  # the scenarios' answers are in the v1 shape; v2 ones name their prompt
        **scenario.extractor,
    }
    article = Article(text=ARTICLE, id="port-carrow", title=TITLE)
    with recorder.use_cassette(str(path)):
        if scenario.is_async:
            extractor = Extractor(MODEL, async_http_client=httpx2.AsyncClient(transport=transport), **kwargs)
            with contextlib.suppress(LLMExtractError):
                asyncio.run(extractor.aextract(article))
        else:
            extractor = Extractor(MODEL, http_client=httpx2.Client(transport=transport), **kwargs)
            with contextlib.suppress(LLMExtractError):
                extractor.extract(article)
    print(f"{path.relative_to(SYNTHETIC.parent.parent)}: {served[0]} exchange(s)")
    return path


if __name__ == "__main__":
    SYNTHETIC.mkdir(parents=True, exist_ok=True)
    for item in SCENARIOS:
        write(item)
