"""CI: the dependency ranges resolve at once on a clean environment, to the versions CI tested.

Makes a fresh virtual environment in a temporary folder and asks its pip what installing the
project with the test command's extras would take (``pip install --dry-run --report``: nothing
is built or installed, llama.cpp included). Fails (exit 1) when pip's log shows it backtracking
(trying several releases of a package) or when a resolved package differs from
``constraints.txt`` in its major version (for a 0.x release, in its first two numbers: 0.25 and
0.29 count as different). Standard library only; prints one line per finding and a summary.

    python3 .ci/check_resolution.py [--extras test,live,ray] [--constraints constraints.txt]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BACKTRACKING = re.compile(r"looking at multiple versions of (\S+)|backtrack", re.IGNORECASE)
PROJECT = "llmextract"


def canonical(name: str) -> str:
    """A package name as pip compares them: lower case, runs of - _ . as one -."""
    return re.sub(r"[-_.]+", "-", name).lower()


def major(version: str) -> tuple[str, ...]:
    """The part of a version that a breaking release changes: "3" of 3.3.0, "0.29" of 0.29.2."""
    parts = re.findall(r"\d+", version)[:2]
    return tuple(parts) if parts and parts[0] == "0" else tuple(parts[:1])


def read_constraints(path: Path) -> dict[str, str]:
    pinned: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if "==" in line:
            name, version = line.split("==", 1)
            pinned[canonical(name)] = version.strip()
    return pinned


def backtracked(log: str) -> list[str]:
    """The lines of pip's log that say it tried several releases of something."""
    return [line.strip() for line in log.splitlines() if BACKTRACKING.search(line)]


def resolved(report: dict[str, object]) -> dict[str, str]:
    """Package -> version from a ``pip install --report`` document (the project left out)."""
    found: dict[str, str] = {}
    for item in report.get("install", []):  # type: ignore[union-attr]
        meta = item["metadata"]  # type: ignore[index]
        if canonical(meta["name"]) != PROJECT:
            found[canonical(meta["name"])] = meta["version"]
    return found


def major_differences(got: dict[str, str], pinned: dict[str, str]) -> list[str]:
    return [
        f"{name}: resolved {version}, constraints {pinned[name]}"
        for name, version in sorted(got.items())
        if name in pinned and major(version) != major(pinned[name])
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extras", default="test,live,ray")
    parser.add_argument("--constraints", type=Path, default=ROOT / "constraints.txt")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="resolve-") as tmp:
        env_dir = Path(tmp) / "venv"
        venv.create(env_dir, with_pip=True)
        report_path = Path(tmp) / "report.json"
        target = f"{ROOT}[{args.extras}]" if args.extras else str(ROOT)
        pip = str(env_dir / "bin" / "pip")
        command = [pip, "install", "--dry-run", "--report", str(report_path), "-e", target]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        log = done.stdout + done.stderr
        if done.returncode != 0:
            print(log[-4000:], file=sys.stderr)
            print(f"resolution: pip failed (exit {done.returncode})", file=sys.stderr)
            return 1
        report = json.loads(report_path.read_text(encoding="utf-8"))
    got, pinned = resolved(report), read_constraints(args.constraints)
    problems = [f"backtracking: {line}" for line in backtracked(log)]
    problems += [f"major version: {line}" for line in major_differences(got, pinned)]
    for line in problems:
        print(f"resolution: {line}", file=sys.stderr)
    same = sum(1 for name, version in got.items() if pinned.get(name) == version)
    print(
        f"resolution: {len(got)} packages, {same} at the constraints' exact version, {len(problems)} problems"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
