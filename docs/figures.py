"""Rerun every figure and picture of the README from the project's own commands, and rewrite them.

    python docs/figures.py [--data DIR] [--tests]     # DIR: what `llmextract data fetch` filled
    python docs/figures.py --check                    # the README matches docs/figures.json

What it runs (each a command the README shows): ``llmextract gold import`` and ``llmextract eval
GOLD -m baseline --report X.json`` on PolNeAR dev and SEESAW, ``python bench/baseline.py DIR``
(speed), ``python bench/blind.py`` (the blind set), ``python3 .ci/check_resolution.py`` (the
dependency ranges, a minute), ``llmextract extract
examples/harbour-wind-farm.txt -m baseline --format html`` shot by headless Chromium into
``docs/view.png``, and with ``--tests`` the non-live test suite (``python -m pytest -m "not live"``,
some minutes; without it the last run's test figures are kept), and with ``--bench [NAME ...]``
the benchmarks of ``docs/bench_figures.py`` (each keeps the date of its own last run). It writes
``docs/figures.json``
(every figure, the date, the toolkit version, the commands) and rewrites the README's blocks
between ``<!-- figures:NAME -->`` and ``<!-- /figures:NAME -->`` from it; ``--check`` (and
``tests/test_figures.py``) fails when a block differs from what the JSON renders to.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench_figures  # beside this script

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
FIGURES = ROOT / "docs" / "figures.json"
PICTURE = ROOT / "docs" / "view.png"
EXAMPLE = "examples/harbour-wind-farm.txt"
BLOCK = re.compile(r"(<!-- figures:(?P<name>[\w-]+) -->\n)(?P<body>.*?)(<!-- /figures:(?P=name) -->)", re.S)
QUOTE_ROWS = (
    ("exact", "exact span"),
    ("overlap_0.8", "overlap ≥ 0.8"),
    ("overlap_0.3", "overlap ≥ 0.3"),
    ("dice_0.5", "Dice ≥ 0.5"),
)


def _run(command: list[str], **options: Any) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("OPENAI_API_KEY", None)
    env.pop("OPENAI_BASE_URL", None)
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, check=False, **options)
    if done.returncode not in (0, 1) or (done.returncode == 1 and "pytest" not in command):
        raise SystemExit(
            f"figures: {' '.join(command)} failed (exit {done.returncode}):\n{done.stderr[-2000:]}"
        )
    return done


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "llmextract", *args]


def _last_json(text: str) -> dict[str, Any]:
    return dict(json.loads(text.strip().splitlines()[-1]))


def _gold(data: Path, corpus: str, folder: str, gold: str, scratch: Path) -> Path:
    """The fetched gold file, else one imported from the corpus folder (a shared copy)."""
    fetched = data / corpus / gold
    if fetched.is_file():
        return fetched
    out = scratch / gold
    _run(_cli("gold", "import", corpus, str(data / corpus / folder), "-o", str(out)))
    return out


def _metric(m: dict[str, Any]) -> dict[str, Any]:
    return {"value": m["value"], "ci95": m["ci95"]}


def _eval(gold: Path, scratch: Path) -> dict[str, Any]:
    report = scratch / f"{gold.stem}.json"
    _run(_cli("eval", str(gold), "-m", "baseline", "--report", str(report)))
    run = json.loads(report.read_text(encoding="utf-8"))["runs"][0]
    quotes = run["quotes"]
    return {
        "articles": len(run["articles"]),
        "quotes": {
            key: {name: _metric(quotes[key][name]) for name in ("precision", "recall", "f1")}
            for key, _ in QUOTE_ROWS
        },
        "joint_f1": _metric(quotes["joint_f1"]),
        "speaker_mention": _metric(quotes["speaker_mention_accuracy"]),
        "speaker_entity": _metric(quotes["speaker_entity_accuracy"]),
        "actors": {name: _metric(run["actors"][name]) for name in ("precision", "recall", "f1")},
        "stance_pairs": {name: _metric(run["stances"]["pairs"][name]) for name in ("precision", "f1")},
    }


def _tests() -> dict[str, Any]:
    command = [sys.executable, "-m", "pytest", "-m", "not live", "-q", "-p", "no:cacheprovider"]
    done = _run(command)
    summary = done.stdout.strip().splitlines()[-1]
    counts = {kind: int(n) for n, kind in re.findall(r"(\d+) (passed|skipped|failed|errors?)", summary)}
    return {"command": 'python -m pytest -m "not live"', "summary": summary.strip("= "), **counts}


def _picture(scratch: Path) -> dict[str, Any]:
    chromium = next(
        (p for p in map(shutil.which, ("chromium", "chromium-browser", "google-chrome")) if p), None
    )
    if chromium is None:
        raise SystemExit("figures: no Chromium found; install chromium to draw docs/view.png")
    page = scratch / "view.html"
    _run(_cli("extract", EXAMPLE, "-m", "baseline", "--format", "html", "-o", str(page)))
    shot = scratch / "view.png"
    size = (1200, 1500)
    _run(
        [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
         f"--user-data-dir={scratch / 'profile'}", f"--window-size={size[0]},{size[1]}",
         f"--screenshot={shot}", page.as_uri()],
        timeout=120,
    )  # fmt: skip
    if not shot.is_file():
        raise SystemExit("figures: Chromium drew no screenshot")
    shutil.copyfile(shot, PICTURE)
    command = f"llmextract extract {EXAMPLE} -m baseline --format html"
    return {"command": command, "browser": Path(chromium).name, "size": list(size)}


def run_benches(data: Path, names: list[str], previous: dict[str, Any]) -> dict[str, Any]:
    """Each named benchmark (all for an empty list) run once, its JSON line kept; the others as before."""
    unknown = set(names) - {b.name for b in bench_figures.BENCHES}
    if unknown:
        raise SystemExit(f"figures: no benchmark named {', '.join(sorted(unknown))}")
    runs = dict(previous)
    with tempfile.TemporaryDirectory(prefix="figures-bench-") as tmp:
        train_gold = None
        for bench in bench_figures.BENCHES:
            if names and bench.name not in names:
                continue
            if "{train_gold}" in bench.args and train_gold is None:
                train_gold = _gold(data, "polnear", "train", "polnear-train.jsonl", Path(tmp))
            fill = {"{data}": str(data), "{train_gold}": str(train_gold)}
            print(f"figures: {bench.shown()}", file=sys.stderr, flush=True)
            done = _run([sys.executable, bench.script, *(fill.get(a, a) for a in bench.args)])
            runs[bench.name] = bench_figures.stored(bench, done.stdout)
    return runs


def collect(data: Path, run_tests: bool, previous: dict[str, Any]) -> dict[str, Any]:
    from llmextract import __version__

    with tempfile.TemporaryDirectory(prefix="figures-") as tmp:
        scratch = Path(tmp)
        dev = _gold(data, "polnear", "dev", "polnear-dev.jsonl", scratch)
        seesaw = _gold(data, "seesaw", ".", "seesaw.jsonl", scratch)
        figures: dict[str, Any] = {
            "date": dt.date.today().isoformat(),
            "version": __version__,
            "data": str(data),
            "polnear_dev": _eval(dev, scratch),
            "seesaw": _eval(seesaw, scratch),
            "speed": _last_json(_run([sys.executable, "bench/baseline.py", str(data)]).stdout),
            "blind": _last_json(_run([sys.executable, "bench/blind.py"]).stdout)["by_language"],
            "picture": _picture(scratch),
            "resolution": _run([sys.executable, ".ci/check_resolution.py"]).stdout.strip().splitlines()[-1],
        }
    figures["tests"] = _tests() if run_tests else previous.get("tests")
    return figures


def _pct(m: dict[str, Any] | float | None) -> str:
    value = m["value"] if isinstance(m, dict) else m
    return "–" if value is None else f"{100 * value:.1f}"


def _ci(m: dict[str, Any]) -> str:
    low, high = m["ci95"] or (None, None)
    return "" if low is None or high is None else f" ({100 * low:.1f}–{100 * high:.1f})"


def _stamp(f: dict[str, Any]) -> str:
    return f"<sub>`python docs/figures.py`, {f['date']}, llmextract {f['version']}</sub>"


def render_blocks(f: dict[str, Any]) -> dict[str, str]:
    """The README's figure blocks, as Markdown, from a figures document."""
    dev, see, blind, speed = f["polnear_dev"], f["seesaw"], f["blind"], f["speed"]
    rows = ["| PolNeAR dev, quotes | precision | recall | F1 |", "|---|---|---|---|"]
    for key, label in QUOTE_ROWS:
        q = dev["quotes"][key]
        bold = "**" if key in ("overlap_0.3", "dice_0.5") else ""
        f1 = f"{bold}{_pct(q['f1'])}{bold}{_ci(q['f1'])}"
        rows.append(f"| {label} | {_pct(q['precision'])} | {_pct(q['recall'])} | {f1} |")
    rows.append(f"| joint (span ≥ 0.3 and speaker) | | | **{_pct(dev['joint_f1'])}**{_ci(dev['joint_f1'])} |")
    a = see["actors"]
    facts = (
        f"Speaker accuracy over matched quotes: mention {_pct(dev['speaker_mention'])}%, entity "
        f"{_pct(dev['speaker_entity'])}% ({dev['articles']} articles). SEESAW ({see['articles']} articles): "
        f"actors P {_pct(a['precision'])} / R {_pct(a['recall'])} / F1 {_pct(a['f1'])}{_ci(a['f1'])}, stance "
        f"pairs F1 {_pct(see['stance_pairs']['f1'])} at {_pct(see['stance_pairs']['precision'])}% precision. "
        f"Speed: {speed['rules_per_s']:.0f} articles/s on one core for the rules, "
        f"{speed['pipeline_per_s']:.0f} with grounding and actor resolution "
        f"({speed['articles']} PolNeAR dev texts, "
        "`python bench/baseline.py $DATA`; it varies by about a tenth with the machine's load)."
    )
    en, all_ = blind["en"], blind["all"]

    def both(key: str) -> str:
        return f"{en[key]:.1f} / {all_[key]:.1f}"

    side = [
        "| | PolNeAR dev (not tuned on) | SEESAW (actors, stances tuned on) "
        "| blind set, English / all (not tuned on) |",
        "|---|---|---|---|",
        f"| quotes overlap ≥ 0.3 | {_pct(dev['quotes']['overlap_0.3']['f1'])} | – | {both('quotes_f1')} |",
        f"| quotes joint | {_pct(dev['joint_f1'])} | – | {both('joint_f1')} |",
        f"| actors | – | **{_pct(a['f1'])}** | {both('actors_f1')} |",
        f"| stance pairs (precision) | – | {_pct(see['stance_pairs']['f1'])} "
        f"({_pct(see['stance_pairs']['precision'])}) | {both('stance_pairs_f1')} "
        f"({_pct((all_['stance_pairs_precision'] or 0) / 100)}) |",
    ]
    pic = f["picture"]
    picture = (
        "![Article view of the example article: quotes highlighted per speaker, the actors panel and the "
        "stance graph](docs/view.png)\n\n"
        f"The picture is the page as the tool drew it, unedited: `{pic['command']}`, shot by headless "
        f"{pic['browser']} at {pic['size'][0]}×{pic['size'][1]} by `python docs/figures.py` on {f['date']}."
    )
    tests = f.get("tests")
    tested = (
        f"`python docs/figures.py --tests` ran the non-live suite (`{tests['command']}`) on {tests['date']}: "
        f"{tests.get('passed', 0):,} passed, {tests.get('skipped', 0):,} skipped, "
        f"{tests.get('failed', 0):,} failed."
        if tests
        else "No test run is recorded yet: run `python docs/figures.py --tests`."
    )
    stamp = _stamp(f)
    resolution = (
        f"Today it prints `{f['resolution']}` ({f['date']})."
        if f.get("resolution")
        else "It has not run yet."
    )
    return {
        "resolution": resolution,
        "polnear-dev": "\n".join(rows) + "\n\n" + stamp,
        "baseline-facts": facts,
        "side-by-side": "\n".join(side) + "\n\n" + stamp,
        "picture": picture,
        "tests": tested,
        "benchmarks": bench_figures.render_table(f.get("bench", {})),
    }


def rewrite(text: str, blocks: dict[str, str]) -> str:
    def replace(m: re.Match[str]) -> str:
        name = m.group("name")
        return m.group(1) + blocks[name] + "\n" + m.group(4) if name in blocks else m.group(0)

    return BLOCK.sub(replace, text)


def stale_blocks(text: str, blocks: dict[str, str]) -> list[str]:
    """The names of the README's blocks that differ from ``blocks``, and of blocks it lacks."""
    found = {m.group("name"): m.group("body") for m in BLOCK.finditer(text)}
    return sorted(n for n, body in blocks.items() if found.get(n) != body + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="data dir (default: LLMEXTRACT_DATA_DIR or the user cache)")
    parser.add_argument("--tests", action="store_true", help="also run the non-live test suite (minutes)")
    parser.add_argument(
        "--bench", nargs="*", metavar="NAME",
        help="also rerun benchmarks (all, or those named: grounding, throughput, ...; minutes each)",
    )  # fmt: skip
    parser.add_argument(
        "--check", action="store_true", help="only check the README against docs/figures.json"
    )
    args = parser.parse_args()
    previous = json.loads(FIGURES.read_text(encoding="utf-8")) if FIGURES.is_file() else {}
    if args.check:
        stale = stale_blocks(README.read_text(encoding="utf-8"), render_blocks(previous))
        for name in stale:
            print(f"figures: README block {name!r} differs from docs/figures.json", file=sys.stderr)
        return 1 if stale else 0
    sys.path.insert(0, str(ROOT))
    from llmextract.data.fetch import default_data_dir

    data = args.data or default_data_dir()
    figures = collect(data, args.tests, previous)
    figures["bench"] = previous.get("bench", {})
    if args.bench is not None:
        figures["bench"] = run_benches(data, args.bench, figures["bench"])
    if args.tests and figures["tests"]:
        figures["tests"]["date"] = figures["date"]
    FIGURES.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    README.write_text(rewrite(README.read_text(encoding="utf-8"), render_blocks(figures)), encoding="utf-8")
    print(
        json.dumps(
            {"date": figures["date"], "version": figures["version"], "written": [str(FIGURES), str(PICTURE)]}
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
