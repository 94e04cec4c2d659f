"""Benchmark of the corpus build at scale: 100,000, 300,000 and 1,000,000 synthetic results.

    python bench/corpus.py [N ...]      (default 100000 300000 1000000)

For each N: writes N invented results to a temporary JSONL file (about 5,000 invented persons, some
written with a middle initial or by the surname alone, and a few organisations; four quotes and
one stance per article; a date and an outlet in the metadata; 2% error records), then, in a fresh
Python process, runs ``llmextract.corpus.build_corpus`` (what ``llmextract corpus`` runs: reading,
linking, Parquet tables, the linking state and the dashboard) and reports its time and the peak
resident memory of that process (``resource.getrusage(RUSAGE_SELF).ru_maxrss`` in the child, after
the build; the child reads the file, it does not make it). Then the results file is deleted and,
in another fresh process, an update adds N/100 results (the first 1% of the articles again, so
each replaces its article) as ``llmextract corpus --update`` does. Seeded. Prints one line per
size and the ratios of build time and memory to the smallest size; last line: one JSON object.
"""

from __future__ import annotations

import hashlib
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from llmextract.corpus import build_corpus

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


def write_results(path: Path, n: int, *, first: int = 0) -> int:
    """N results (from number ``first``) as JSONL; returns how many are error records."""
    rng = random.Random(16 + first)
    persons = people(random.Random(16), 5000)
    errors = 0
    with path.open("w", encoding="utf-8") as out:
        for number in range(first, first + n):
            if rng.random() < 0.02:
                errors += 1
                out.write(json.dumps({"id": f"failed-{number}", "error": "synthetic failure"}) + "\n")
            else:
                out.write(json.dumps(one_result(rng, number, persons)) + "\n")
    return errors


def child(mode: str, results: Path, out: Path) -> None:
    """Build the corpus of ``results`` in ``out`` (``mode`` "build"), or add them to it ("update");
    print the figures of this process as JSON."""
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    t0 = time.perf_counter()
    done = build_corpus([results], out, update=mode == "update")
    seconds = time.perf_counter() - t0
    print(json.dumps({
        "results": done.results, "error_records": done.errors, "replaced": done.replaced,
        "quotes": done.quotes, "corpus_actors": done.actors, "s": round(seconds, 2),
        "results_per_s": round(done.results / seconds), "rss_before_mb": round(rss_before),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }))  # fmt: skip


def run_child(mode: str, results: Path, out: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(results), str(out)],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def measure(n: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        results, update, out = Path(tmp) / "results.jsonl", Path(tmp) / "update.jsonl", Path(tmp) / "out"
        errors = write_results(results, n)
        write_results(update, max(1, n // 100))
        jsonl_mb = results.stat().st_size / 1e6
        built = run_child("build", results, out)
        parquet_mb = sum(p.stat().st_size for p in out.rglob("*.parquet")) / 1e6
        dashboard_kb = (out / "index.html").stat().st_size / 1e3
        results.unlink()  # an update never reads the old results
        updated = run_child("update", update, out)
        child_rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    assert built["error_records"] == errors
    return {
        "n": n, "jsonl_mb": round(jsonl_mb, 1), "build": built, "update": updated,
        "parquet_mb": round(parquet_mb, 1), "dashboard_kb": round(dashboard_kb),
        "children_max_rss_mb": round(child_rss),
    }  # fmt: skip


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        child(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
        return
    sizes = [int(a) for a in sys.argv[1:]] or [100_000, 300_000, 1_000_000]
    runs: list[dict[str, Any]] = []
    for n in sizes:
        f = measure(n)
        runs.append(f)
        b, u, base = f["build"], f["update"], runs[0]["build"]
        print(f"{n:>9,} results ({f['jsonl_mb']} MB of JSONL): build {b['s']} s ({b['results_per_s']:,} "
              f"results/s), peak RSS {b['peak_rss_mb']} MB; update with {u['results']:,} results "
              f"({u['replaced']:,} replaced) {u['s']} s, peak RSS {u['peak_rss_mb']} MB; "
              f"build time x{b['s'] / base['s']:.2f} and memory "
              f"x{b['peak_rss_mb'] / base['peak_rss_mb']:.2f} for x{n / runs[0]['n']:.1f} results",
              flush=True)  # fmt: skip
    print(json.dumps({"runs": runs}))


if __name__ == "__main__":
    main()
