"""Benchmark of llmextract.grounding.sentences on SEESAW, whose articles come one sentence a line.

    python bench/sentences.py [DATA_DIR]      (the SEESAW folder, or the data folder holding it;
                                              default: ../shared/data beside the repository)

Two figures. ``joined``: each article's lines are joined by single spaces and segmented again;
a line counts as recovered when it is exactly one sentence. Only lines that look like a sentence
are counted (they begin with a capital, a digit or an opening mark and end with ``. ! ? …`` and
any closing marks, hold no line break, and so does the line before them): SEESAW's own splitter
also cut headlines and bylines, which no punctuation marks when joined. ``lines``: the articles as
the importer builds them (one sentence a line); a line counts when the segmentation finds one
sentence in it. Also the CPU milliseconds to segment every article once. Last line: one JSON
object. SEESAW is a tuning set for these rules.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

from llmextract.grounding.sentences import sentences

_LOOKS_LIKE_A_SENTENCE = re.compile(r"^[A-Z0-9“\"‘'(].*[.!?…][”\"’')]*$", re.S)


def read_lines(folder: Path) -> list[list[str]]:
    out = []
    for path in sorted((folder / "articles").glob("*.json")):
        article = json.loads(path.read_text(encoding="utf-8"))
        out.append([str(s["text"]) for s in sorted(article["text"], key=lambda s: int(s["id"]))])
    return out


def offsets(lines: list[str], separator: str) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for line in lines:
        spans.append((pos, pos + len(line)))
        pos += len(line) + len(separator)
    return spans


def joined_figure(articles: list[list[str]]) -> tuple[int, int]:
    """(lines counted, lines recovered) when each article's lines are joined by spaces."""
    counted = recovered = 0
    for raw in articles:
        lines = [line.strip() for line in raw if line.strip()]
        text = " ".join(lines)
        found = set(sentences(text).spans())
        for k, span in enumerate(offsets(lines, " ")):
            clean = [
                _LOOKS_LIKE_A_SENTENCE.match(lines[i]) and "\n" not in lines[i] for i in (k - 1, k) if i >= 0
            ]
            if all(clean):
                counted += 1
                recovered += span in found
    return counted, recovered


def lines_figure(articles: list[list[str]]) -> tuple[int, int, float]:
    """(lines, lines found as one sentence, CPU ms per article) for the texts as imported."""
    counted = single = 0
    elapsed = 0.0
    for lines in articles:
        text = "\n".join(lines)
        t0 = time.process_time()
        spans = sentences(text).spans()
        elapsed += time.process_time() - t0
        for start, end in offsets(lines, "\n"):
            if text[start:end].strip():
                counted += 1
                single += sum(start <= a and b <= end for a, b in spans) == 1
    return counted, single, 1000 * elapsed / max(len(articles), 1)


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    data = Path(args[0]) if args else Path(__file__).resolve().parents[1].parent / "shared" / "data"
    folder = data if (data / "articles").is_dir() else data / "seesaw"
    if not (folder / "articles").is_dir():
        print(f"SEESAW articles not found under {folder}", file=sys.stderr)
        return 2
    articles = read_lines(folder)
    counted, recovered = joined_figure(articles)
    lines, single, ms = lines_figure(articles)
    print(f"SEESAW (tuned on): {len(articles)} articles")
    print(
        f"joined by spaces: {recovered} of {counted} sentence-like lines recovered"
        f" ({recovered / counted:.2%})"
    )
    print(
        f"as imported: {single} of {lines} lines are one sentence ({single / lines:.2%});"
        f" {ms:.3f} ms per article"
    )
    figures = {
        "articles": len(articles),
        "joined_recovered": round(recovered / counted, 4),
        "lines_one_sentence": round(single / lines, 4),
        "ms_per_article": round(ms, 3),
    }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
