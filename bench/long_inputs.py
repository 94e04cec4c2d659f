"""Long and repetitive articles on the offline default: the work stays bounded.

Prints seconds (CPU time of one run each) for invented articles of growing length: news-like text
with varied quotes, and a text that repeats one quoted sentence, the worst case for telling apart
occurrences of the same words. Last line: one JSON object.
"""

from __future__ import annotations

import json
import time

from _common import FIRST, LAST, TOPICS

from llmextract import extract

SIZES = (100_000, 300_000, 1_000_000)


def newsy(chars: int) -> str:
    parts: list[str] = []
    n = 0
    while sum(map(len, parts)) < chars:
        who = f"{FIRST[n % len(FIRST)]} {LAST[(n * 7) % len(LAST)]}"
        topic = TOPICS[n % len(TOPICS)]
        parts.append(
            f"“We will look at {topic} again in week {n},” said {who}. "
            f"{who.split()[1]} added that the council had not decided on {topic} yet.\n\n"
        )
        n += 1
    return "".join(parts)[:chars]


def repeated(chars: int) -> str:
    return ("“We will not back down,” said Mayor Ines Duarte. " * (chars // 40 + 1))[:chars]


def seconds(text: str) -> tuple[float, int]:
    start = time.process_time()
    result = extract(text, model="baseline", max_chars=len(text))
    return time.process_time() - start, len(result.quotes)


def main() -> None:
    figures: dict[str, float] = {}
    for kind, make in (("newsy", newsy), ("repeated", repeated)):
        for size in SIZES:
            took, quotes = seconds(make(size))
            figures[f"{kind}_{size}_s"] = round(took, 2)
            print(f"{kind:9} {size:>9,} characters: {took:6.2f} s CPU, {quotes:,} quotes")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
