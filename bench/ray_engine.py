"""The Ray engine on 2 workers against the local engine, both on the offline baseline.

    python bench/ray_engine.py [DATA_DIR]      # default: ../shared/data next to the repository

Runs the batch run path of ``extract`` (inputs, output file, progress off) over the PolNeAR train
texts twice: the local engine (one process) and ``--engine ray`` with 2 workers on a local Ray
cluster of 2 CPUs. The cluster is started before the clock starts (its start-up is printed apart);
the workers' start-up is inside the Ray time. Checks that both runs wrote the same results (all
but the timing), then prints the figures and, last, one JSON line. Goal: >= 1.5x on 2 cores.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
import warnings
from pathlib import Path

from _common import ROOT, load

sys.path.insert(0, str(ROOT))  # this checkout's llmextract, whatever is installed

import ray

from llmextract.batch.engines.ray_run import run_ray
from llmextract.batch.run import BatchOptions, run_batch
from llmextract.config import ExtractorConfig

GOAL = 1.5


def results(path: Path) -> dict[str, str]:
    """Each article's result line without its timing, by id."""
    kept = {}
    for line in path.read_text().splitlines():
        data = json.loads(line)
        data["provenance"].pop("seconds")
        kept[data["article"]["id"]] = json.dumps(data, sort_keys=True)
    return kept


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    folder = root / "polnear" / "train" / "text"
    if not folder.is_dir():
        print(f"no PolNeAR train texts at {folder}", file=sys.stderr)
        return 2
    count = len(list(folder.glob("*.txt")))
    out = Path(tempfile.mkdtemp(prefix="bench-ray-"))
    options = ExtractorConfig("baseline")

    started = time.perf_counter()
    local = run_batch([str(folder)], options, BatchOptions(output=out / "local.jsonl", quiet=True))
    local_s = time.perf_counter() - started
    assert local.complete, local.counters.summary()

    warnings.simplefilter("ignore", DeprecationWarning)
    started = time.perf_counter()
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, configure_logging=False)
    startup_s = time.perf_counter() - started
    try:
        started = time.perf_counter()
        done = run_ray([str(folder)], options, BatchOptions(output=out / "ray.jsonl", quiet=True), workers=2)
        ray_s = time.perf_counter() - started
    finally:
        ray.shutdown()
    assert done.complete, done.counters.summary()
    same = results(out / "local.jsonl") == results(out / "ray.jsonl")
    speedup = local_s / ray_s
    print(f"articles {count}; cores {os.cpu_count()}; load {load()}")
    print(f"local engine {local_s:.2f}s ({count / local_s:.1f} articles/s)")
    print(
        f"ray engine, 2 workers {ray_s:.2f}s ({count / ray_s:.1f} articles/s); cluster start {startup_s:.2f}s"
    )
    print(f"speed-up {speedup:.2f}x (goal >= {GOAL}x); the same results: {same}")
    print(
        json.dumps(
            {
                "bench": "ray_engine",
                "articles": count,
                "local_s": round(local_s, 3),
                "ray_s": round(ray_s, 3),
                "ray_startup_s": round(startup_s, 3),
                "speedup": round(speedup, 2),
                "goal": GOAL,
                "same_results": same,
                "ok": speedup >= GOAL and same,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
