"""The merges under review on the dashboard: each cross-article join with the rule that made it.

Linking across articles is where a wrong guess moves quotes to the wrong person, so every join of
different names, and every surname kept apart for want of evidence, is listed for a person to
settle. Their choices ("split" a name off, "join" a kept-apart surname to one person) are written
by the page as the aliases file ``llmextract corpus --aliases`` reads
(:mod:`llmextract.corpus.aliases`): a split is a ``never_merge`` pair, a join an ``aliases`` entry.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pyarrow as pa

__all__ = ["MAX_GROUPS", "merge_groups"]

MAX_GROUPS = 200  # corpus actors listed; the merges table holds the rest
KEPT_APART = "kept apart"


def _surname(name: str) -> str:
    words = name.replace(".", " ").split()
    return words[-1].casefold() if words else ""


def merge_groups(merges: pa.Table, actors: pa.Table) -> dict[str, Any]:
    """The groups to review (at most ``MAX_GROUPS``, the most local actors first) and how many more."""
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in merges.to_pylist():
        if row["actor_id"] is not None:
            rows[row["actor_id"]].append(row)
    people = [a for a in actors.to_pylist() if a["type"] == "person"]
    groups = []
    for actor_id, names in rows.items():
        canonical = names[0]["canonical"]
        apart = [r for r in names if r["rule"].startswith(KEPT_APART)]
        joined = [r for r in names if r["name"] != canonical and not r["rule"].startswith(KEPT_APART)]
        if not apart and not joined:
            continue
        surname = _surname(canonical)  # a kept-apart surname may join a person of it with a fuller name
        fuller = {p["name"] for p in people if p["name"] != canonical and _surname(p["name"]) == surname}
        candidates = sorted(fuller) if apart else []
        groups.append(
            {
                "actor_id": actor_id,
                "canonical": canonical,
                "local_actors": sum(r["local_actors"] for r in names),
                "rows": [
                    {**r, "choice": "join" if r in apart else "split" if r in joined else None}
                    for r in sorted(names, key=lambda r: (r["name"] != canonical, r["name"], r["rule"]))
                ],
                "candidates": candidates,
            }
        )
    groups.sort(key=lambda g: (-g["local_actors"], g["canonical"], g["actor_id"]))
    return {"groups": groups[:MAX_GROUPS], "more": max(0, len(groups) - MAX_GROUPS)}
