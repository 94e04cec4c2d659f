"""Reading a results JSONL in tests: how many lines each article id has."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path


def ids_in(output: Path) -> Counter[str]:
    """Lines per article id (an extraction's ``article.id``, an error record's ``id``); every line
    must be whole JSON."""
    ids: Counter[str] = Counter()
    for line in output.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        ids[row["article"]["id"] if "article" in row else row["id"]] += 1
    return ids
