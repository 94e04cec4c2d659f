"""Does a change to the baseline leave its output alone? Snapshot, then compare.

    python bench/_same.py save  SNAPSHOT_DIR GOLD.jsonl [GOLD.jsonl ...]
    python bench/_same.py check SNAPSHOT_DIR GOLD.jsonl [GOLD.jsonl ...]

``save`` runs the whole baseline (``Extractor("baseline")``: rules, grounding, actors) over each gold
file's articles, as ``llmextract eval`` sends them, and keeps every extraction, without the fields
that differ from run to run (seconds). ``check`` runs again and lists the articles whose extraction
differs; it exits 1 when any does. Meant for speed work, where the output must not change.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from llmextract import Extractor
from llmextract.evaluation.gold import load_gold
from llmextract.evaluation.runner import gold_article


def _stable(extraction: dict[str, Any]) -> dict[str, Any]:
    """The extraction without what changes between identical runs."""
    extraction.get("provenance", {}).pop("seconds", None)
    return extraction


def _extractions(gold_file: Path, extractor: Extractor) -> dict[str, dict[str, Any]]:
    return {
        article.id: _stable(extractor.extract(gold_article(article)).model_dump(mode="json"))
        for article in load_gold(gold_file)
    }


def _snapshot_file(folder: Path, gold_file: Path) -> Path:
    return folder / f"{gold_file.parent.name}__{gold_file.stem}.json"


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[0] not in {"save", "check"}:
        print(__doc__, file=sys.stderr)
        return 2
    action, folder, gold_files = argv[0], Path(argv[1]), [Path(a) for a in argv[2:]]
    folder.mkdir(parents=True, exist_ok=True)
    extractor = Extractor("baseline", cache=False)
    changed = 0
    for gold_file in gold_files:
        now = _extractions(gold_file, extractor)
        kept = _snapshot_file(folder, gold_file)
        if action == "save":
            kept.write_text(json.dumps(now, sort_keys=True), encoding="utf-8")
            print(f"{gold_file}: {len(now)} extractions saved in {kept}")
            continue
        before = json.loads(kept.read_text(encoding="utf-8"))
        differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
        changed += len(differ)
        print(f"{gold_file}: {len(now)} articles, {len(differ)} differ {differ[:10]}")
    print(json.dumps({"action": action, "differ": changed}))
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
