"""The README's benchmark table is rendered from every benchmark's own JSON line."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _module() -> ModuleType:
    if str(ROOT / "docs") not in sys.path:
        sys.path.insert(0, str(ROOT / "docs"))
    return importlib.import_module("bench_figures")


bench_figures = _module()


def test_every_benchmark_script_has_a_row() -> None:
    scripts = {p.stem for p in (ROOT / "bench").glob("*.py") if not p.name.startswith("_")}
    assert {b.name for b in bench_figures.BENCHES} == scripts


def test_every_row_has_a_stored_run_that_renders_its_figures() -> None:
    runs = json.loads((ROOT / "docs" / "figures.json").read_text(encoding="utf-8"))["bench"]
    assert set(runs) == {b.name for b in bench_figures.BENCHES}
    table = bench_figures.render_table(runs)
    for bench in bench_figures.BENCHES:
        (row,) = [line for line in table.splitlines() if line.startswith(f"| `{bench.shown()}` |")]
        assert f"({runs[bench.name]['date']}) |" in row
        assert runs[bench.name]["command"] == bench.shown()


def test_a_benchmark_never_run_says_how_to_run_it() -> None:
    table = bench_figures.render_table({})
    assert "not run yet: `python docs/figures.py --bench faults`" in table


def test_the_stored_figures_are_the_printed_last_line() -> None:
    (faults,) = [b for b in bench_figures.BENCHES if b.name == "faults"]
    printed = "1000 articles ...\n" + json.dumps(
        {
            "articles": 1000, "lost": 0, "duplicates": 0, "error_records": 29, "refused_400_422": 20,
            "retries": 294, "max_retries_per_article": 3, "stop_status": 401, "stop_results": 114,
            "stop_unsent": 85, "stop_duplicates": 0,
        }
    )  # fmt: skip
    run = bench_figures.stored(faults, printed)
    cell = faults.render(run["figures"])
    assert "lost 0, duplicates 0, 29 error records, 294 retries" in cell
    assert "after 114 results, 85 never sent" in cell
