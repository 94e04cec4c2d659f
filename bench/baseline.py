"""Speed of the offline rules baseline: articles per second of CPU time on one core.

    python bench/baseline.py [DATA_DIR]      # default: ../shared/data next to the repository

Runs ``baseline_extract`` (the rules alone) and the whole ``extract(..., model="baseline")`` path
(rules, grounding, actor resolution) over the PolNeAR dev texts; prints the best of several rounds
and, last, one JSON line. Goal: >= 200 articles/s for the rules.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from llmextract import Article, Extractor
from llmextract.baseline.model import baseline_extract

ROUNDS = 5


def best_rate(texts: list[str], run: object) -> float:
    best = 0.0
    for _ in range(ROUNDS):
        started = time.process_time()
        for text in texts:
            run(text)  # type: ignore[operator]
        best = max(best, len(texts) / max(time.process_time() - started, 1e-9))
    return best


def main() -> int:
    root = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).resolve().parent.parent.parent / "shared" / "data"
    )
    folder = root / "polnear" / "dev" / "text"
    if not folder.is_dir():
        print(
            f"bench/baseline.py: no PolNeAR dev texts at {folder}; pass the data folder as argument",
            file=sys.stderr,
        )
        return 2
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    chars = sum(map(len, texts)) / len(texts)
    extractor = Extractor("baseline", cache=False)
    rules = best_rate(texts, baseline_extract)
    whole = best_rate(texts, lambda t: extractor.extract(Article(text=t)))
    print(f"{len(texts)} articles, mean {chars:,.0f} characters, best of {ROUNDS} rounds (CPU time)")
    print(f"rules alone:                 {rules:7.1f} articles/s")
    print(f"rules + grounding + actors:  {whole:7.1f} articles/s")
    print(
        json.dumps(
            {"articles": len(texts), "rules_per_s": round(rules, 1), "pipeline_per_s": round(whole, 1)}
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
