"""Write the eval cassettes of examples/gold/news.jsonl from the hand-written answers.

    python tests/evaluation/write_eval_cassette.py

Each article of examples/gold/news.jsonl is extracted against a scripted in-process transport
that returns its hand-written answer, while vcrpy records the exchanges: a cassette holds the
toolkit's real requests and the hand-written answers. One cassette per prompt:
cassettes/synthetic/test_eval_examples_gold.yaml (extraction@v1, eval_answers.py) and
cassettes/synthetic/eval_examples_gold_v2.yaml (extraction@v2, eval_answers_v2.py). Run it after
changing a prompt, the LLM-facing schema or the request format (the replaying tests fail loudly
until then).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import httpx2
import vcr

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS))
sys.path.insert(0, str(TESTS / "evaluation"))

from cassette_config import PLACEHOLDER_KEY, SYNTHETIC, VCR_CONFIG, json_body  # noqa: E402
from eval_answers import ANSWERS, BASE_URL, MODEL  # noqa: E402
from eval_answers_v2 import ANSWERS_V2  # noqa: E402
from llm_scenarios import completion  # noqa: E402

from llmextract import Article, Extractor  # noqa: E402
from llmextract.evaluation.gold import GoldArticle, load_gold  # noqa: E402

GOLD = TESTS.parent / "examples" / "gold" / "news.jsonl"
CASSETTES: dict[str, tuple[Path, dict[str, dict[str, Any]]]] = {
    "extraction@v1": (SYNTHETIC / "test_eval_examples_gold.yaml", ANSWERS),
    "extraction@v2": (SYNTHETIC / "eval_examples_gold_v2.yaml", ANSWERS_V2),
}


def record(
    articles: list[GoldArticle], prompt: str, cassette: Path, answers: dict[str, dict[str, Any]]
) -> None:
    """Extract every article with ``prompt`` while vcrpy writes the exchanges to ``cassette``."""
    by_text = {a.text: a.id for a in articles}

    def handler(request: httpx2.Request) -> httpx2.Response:
        prompt_text = json.loads(request.content)["messages"][-1]["content"]
        [article_id] = [i for text, i in by_text.items() if text in prompt_text]
        answer = completion(answers[article_id], prompt_tokens=900, completion_tokens=250)
        body = {**answer, "model": MODEL}
        return httpx2.Response(200, content=json.dumps(body).encode())

    cassette.unlink(missing_ok=True)
    recorder = vcr.VCR(record_mode="all", **VCR_CONFIG)
    recorder.register_matcher("json_body", json_body)
    client = httpx2.Client(transport=httpx2.MockTransport(handler))
    extractor = Extractor(
        MODEL, base_url=BASE_URL, api_key=PLACEHOLDER_KEY, prompt=prompt, cache=False, http_client=client
    )
    with recorder.use_cassette(str(cassette)):
        for gold in articles:
            extractor.extract(Article(text=gold.text, id=gold.id, title=gold.title))
    print(f"{cassette.relative_to(TESTS.parent)}: {prompt}, {len(articles)} exchanges")


def main() -> None:
    articles = load_gold(GOLD)
    for prompt, (cassette, answers) in CASSETTES.items():
        record(articles, prompt, cassette, answers)


if __name__ == "__main__":
    main()
