"""Write cassettes/synthetic/test_eval_examples_gold.yaml from the answers in eval_answers.py.

    python tests/evaluation/write_eval_cassette.py

Each article of examples/gold/news.jsonl is extracted against a scripted in-process transport
that returns its hand-written answer, while vcrpy records the exchanges: the cassette holds the
toolkit's real requests and the hand-written answers. Run it after changing a prompt, the
LLM-facing schema or the request format (the replaying test fails loudly until then).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import httpx2
import vcr

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(TESTS / "evaluation"))

from cassette_config import PLACEHOLDER_KEY, SYNTHETIC, VCR_CONFIG, json_body  # noqa: E402
from eval_answers import ANSWERS, BASE_URL, MODEL  # noqa: E402
from llm_scenarios import completion  # noqa: E402

from llmextract import Article, Extractor  # noqa: E402
from llmextract.evaluation.gold import load_gold  # noqa: E402

GOLD = TESTS.parent / "examples" / "gold" / "news.jsonl"
CASSETTE = SYNTHETIC / "test_eval_examples_gold.yaml"


def main() -> None:
    articles = load_gold(GOLD)
    by_text = {a.text: a.id for a in articles}

    def handler(request: httpx2.Request) -> httpx2.Response:
        prompt = json.loads(request.content)["messages"][-1]["content"]
        [article_id] = [i for text, i in by_text.items() if text in prompt]
        answer = completion(ANSWERS[article_id], prompt_tokens=900, completion_tokens=250)
        body = {**answer, "model": MODEL}
        return httpx2.Response(200, content=json.dumps(body).encode())

    CASSETTE.unlink(missing_ok=True)
    recorder = vcr.VCR(record_mode="all", **VCR_CONFIG)
    recorder.register_matcher("json_body", json_body)
    client = httpx2.Client(transport=httpx2.MockTransport(handler))
    extractor = Extractor(MODEL, base_url=BASE_URL, api_key=PLACEHOLDER_KEY, http_client=client)
    with recorder.use_cassette(str(CASSETTE)):
        for gold in articles:
            extractor.extract(Article(text=gold.text, id=gold.id, title=gold.title))
    print(f"{CASSETTE.relative_to(TESTS.parent)}: {len(articles)} exchanges")


if __name__ == "__main__":
    main()
