"""The merges under review on the dashboard: each cross-article join with the rule that made it.

Linking across articles is where a wrong guess moves quotes to the wrong person, so every join of
different names, and every surname kept apart for want of evidence, is listed for a person to
settle. Their choices ("split" a name off, "join" a kept-apart surname to one person) are written
by the page as the aliases file ``llmextract corpus --aliases`` reads
(:mod:`llmextract.corpus.aliases`): a split is a ``never_merge`` pair, a join an ``aliases`` entry.
The merges table can be long for a large corpus, so the rows to list are chosen with pyarrow and
only those become Python objects.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc

__all__ = ["KEPT_APART", "MAX_GROUPS", "merge_groups"]

MAX_GROUPS = 200  # corpus actors listed; the merges table holds the rest
KEPT_APART = "kept apart"  # how the linker's rule for an ambiguous surname begins


def _surname(name: str) -> str:
    words = name.replace(".", " ").split()
    return words[-1].casefold() if words else ""


def _fuller(actors: pa.Table, surnames: set[str]) -> dict[str, list[str]]:
    """Surname -> the persons of that surname with a fuller name than the surname alone."""
    if not surnames:
        return {}
    persons = actors.filter(pc.equal(actors["type"], "person"))  # one column of names: small beside the rows
    found: dict[str, set[str]] = defaultdict(set)
    for name in persons["name"].to_pylist():
        if (key := _surname(name)) in surnames and name.casefold() != key:
            found[key].add(name)
    return {key: sorted(names) for key, names in found.items()}


def merge_groups(merges: pa.Table, actors: pa.Table) -> dict[str, Any]:
    """The groups to review (at most ``MAX_GROUPS``, the most local actors first) and how many more."""
    flagged = pc.or_kleene(
        pc.not_equal(merges["name"], merges["canonical"]), pc.starts_with(merges["rule"], KEPT_APART)
    )
    ids = pc.unique(merges.filter(flagged)["actor_id"])
    rows: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in merges.filter(pc.is_in(merges["actor_id"], value_set=ids)).to_pylist():
        rows[row["actor_id"]].append(row)
    groups = []
    for actor_id, names in rows.items():
        canonical = names[0]["canonical"]
        groups.append(
            {
                "actor_id": actor_id,
                "canonical": canonical,
                "local_actors": sum(r["local_actors"] for r in names),
                "rows": [
                    {**r, "choice": "join" if r["rule"].startswith(KEPT_APART) else
                     "split" if r["name"] != canonical else None}
                    for r in sorted(names, key=lambda r: (r["name"] != canonical, r["name"], r["rule"]))
                ],
            }
        )  # fmt: skip
    groups.sort(key=lambda g: (-g["local_actors"], g["canonical"], g["actor_id"]))
    shown = groups[:MAX_GROUPS]
    apart = {_surname(g["canonical"]) for g in shown if any(r["choice"] == "join" for r in g["rows"])}
    fuller = _fuller(actors, apart)
    for g in shown:
        joins = any(r["choice"] == "join" for r in g["rows"])
        g["candidates"] = (
            [n for n in fuller.get(_surname(g["canonical"]), []) if n != g["canonical"]] if joins else []
        )
    return {"groups": shown, "more": len(groups) - len(shown)}
