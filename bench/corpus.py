"""Benchmark of the corpus view: 100,000 synthetic results to tables and a dashboard.

    python bench/corpus.py [N]      (default 100000)

Writes N invented results to a temporary JSONL file (about 5,000 invented persons, some written
with a middle initial or by the surname alone, and a few organisations; four quotes and one
stance per article; a date and an outlet in the metadata; 2% error records), then times
``llmextract.corpus.build`` (reading, linking, tables) and ``write_corpus`` (Parquet and the
dashboard) and prints the peak resident memory of the process (``resource.getrusage``; the file
is written line by line first, so the peak is the build's). Seeded. Last line: one JSON object.
"""

from __future__ import annotations

import hashlib
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from llmextract.corpus import build
from llmextract.corpus.writer import write_corpus

SYLLABLES = ["ka", "lo", "ven", "mar", "ti", "ru", "sel", "dan", "bro", "hul", "quin", "ost", "fe", "lim"]
FIRST = ["Ines", "Tomas", "Rosa", "Amira", "Jonas", "Lena", "Omar", "Mara", "Henrik", "Ada", "Ruth", "Pavel"]
OUTLETS = ["Valley Post", "Harbour Herald", "Northern Ledger", "City Wire", "Coast Courier", "Plain Dealer"]
ORGS = ["Harbour Council", "Ferry Union", "Water Board", "Rail Agency", "Green Party", "Chamber of Trade"]


def people(rng: random.Random, n: int) -> list[tuple[str, str]]:
    surnames = sorted({"".join(rng.sample(SYLLABLES, 3)).capitalize() for _ in range(n)})
    return [(rng.choice(FIRST), s) for s in surnames][:n]


def one_result(rng: random.Random, number: int, persons: list[tuple[str, str]]) -> dict[str, object]:
    chosen = rng.sample(persons[: 50 + number % len(persons)], 3)
    actors, parts = [], []
    for k, (first, last) in enumerate(chosen, 1):
        form = rng.random()
        name = f"{first} {last}" if form < 0.85 else f"{first} {first[0]}. {last}" if form < 0.95 else last
        actors.append(
            {"id": f"a{k}", "name": name, "type": "person", "aliases": [last] if " " in name else []}
        )
    org = rng.choice(ORGS)
    actors.append({"id": "a4", "name": org, "type": "organization", "aliases": []})
    quotes = []
    for q in range(1, 5):
        speaker = actors[rng.randrange(4)]
        said = f"the plan number {rng.randrange(1000)} is {rng.choice(['good', 'late', 'costly', 'fair'])}"
        prefix = f'{speaker["name"]} said "'
        start = sum(len(p) for p in parts) + len(prefix)
        parts.append(f'{prefix}{said}." ')
        quotes.append({"id": f"q{q}", "text": said, "start": start, "end": start + len(said),
                       "kind": "direct" if q % 3 else "indirect", "speaker_id": speaker["id"],
                       "speaker": speaker["name"], "cue": "said", "alignment": "exact"})  # fmt: skip
    text = "".join(parts)
    stance = {"id": "s1", "holder_id": "a1", "holder": actors[0]["name"], "target": actors[1]["name"],
              "target_id": "a2", "polarity": rng.choice(["support", "oppose", "neutral"]),
              "evidence": [{"start": quotes[0]["start"], "end": quotes[0]["end"]}]}  # fmt: skip
    day = 1 + number % 28
    return {
        "schema_version": 1,
        "article": {"id": f"story-{number:06d}", "title": f"Story {number}", "chars": len(text), "text": text,
                    "sha256": hashlib.sha256(text.encode()).hexdigest(),
                    "metadata": {"date": f"2024-{1 + number % 12:02d}-{day:02d}",
                                 "source": rng.choice(OUTLETS)}},
        "actors": actors, "quotes": quotes, "stances": [stance],
        "provenance": {"model": "synthetic", "toolkit_version": "0.1.0"},
    }  # fmt: skip


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    rng = random.Random(16)
    persons = people(rng, 5000)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "results.jsonl"
        errors = 0
        with path.open("w", encoding="utf-8") as out:
            for number in range(n):
                if rng.random() < 0.02:
                    errors += 1
                    out.write(json.dumps({"id": f"failed-{number}", "error": "synthetic failure"}) + "\n")
                else:
                    out.write(json.dumps(one_result(rng, number, persons)) + "\n")
        size_mb = path.stat().st_size / 1e6
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t0 = time.perf_counter()
        tables = build([path])
        t1 = time.perf_counter()
        write_corpus(tables, Path(tmp) / "out")
        t2 = time.perf_counter()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        parquet_mb = sum(p.stat().st_size for p in (Path(tmp) / "out").glob("*.parquet")) / 1e6
        dashboard_kb = (Path(tmp) / "out" / "index.html").stat().st_size / 1e3
    figures = {
        "results": tables.results,
        "error_records": tables.errors,
        "jsonl_mb": round(size_mb, 1),
        "quotes": tables.quotes.num_rows,
        "local_actors": tables.article_actors.num_rows,
        "corpus_actors": tables.actors.num_rows,
        "build_s": round(t1 - t0, 2),
        "write_s": round(t2 - t1, 2),
        "results_per_s": round(tables.results / (t1 - t0)),
        "peak_rss_mb": round(peak),
        "rss_before_build_mb": round(rss_before),
        "parquet_mb": round(parquet_mb, 1),
        "dashboard_kb": round(dashboard_kb),
    }
    assert tables.errors == errors
    print(f"{tables.results:,} results ({tables.errors:,} error records, {size_mb:.0f} MB of JSONL)")
    print(f"build (read, link, tables): {t1 - t0:.1f} s, {figures['results_per_s']:,} results/s")
    print(f"write (Parquet + dashboard): {t2 - t1:.1f} s; {parquet_mb:.1f} MB Parquet, {dashboard_kb:.0f} kB")
    print(f"{tables.quotes.num_rows:,} quotes, {tables.article_actors.num_rows:,} article actors -> "
          f"{tables.actors.num_rows:,} corpus actors")  # fmt: skip
    print(f"peak resident memory: {peak:.0f} MB (before the build: {rss_before:.0f} MB)")
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
