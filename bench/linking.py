"""Linking quality on the blind linking set: pairwise precision and recall of the corpus linker's merges.

    python bench/linking.py [SET_DIR]      # default: blind/linking in the repository

Two inputs go through ``llmextract.corpus.build``, the API behind ``llmextract corpus``:

- ``baseline``: the offline rules' results, made here by ``llmextract extract -m baseline`` over the
  set's ``*.txt`` articles into a temporary file (so they are the baseline of the code measured);
- ``llm``: the set's hand-written ``llm_results.jsonl`` (a capable model's answers).

Each gold mention (``gold.json``) is mapped to the local actor of its article whose mention overlaps
it most, then to that actor's corpus id (table ``article_actors``); a gold mention no actor covers is
unmapped. Over all pairs of mapped mentions, precision is the share of pairs put in one corpus actor
that share a gold id, recall the share of pairs sharing a gold id that are put in one corpus actor;
``cross_article`` counts only pairs from two articles (what the corpus linker alone decides);
``recall_all_mentions`` counts unmapped gold mentions as missed; ``corpus_actors`` counts the corpus
actors that hold gold mentions. For the families' people and
organisations it prints how many corpus actors hold their mentions, and it lists the corpus actors
that hold more than one gold entity. The set is for measuring, never for tuning (blind/README.md).
Last line: one JSON object.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmextract.corpus import build
from llmextract.html.view import load_results

ROOT = Path(__file__).resolve().parent.parent
FAMILIES = [
    "walter-brannock-sr",
    "walter-brannock-jr",
    "celia-brannock",
    "brannock-campaign",
    "brannock-holdings",
    "dana-ortiz",
    "luis-ortiz",
    "ortiz-campaign",
    "john-pell-footballer",
    "john-pell-judge",
    "tom-pell",
]


@dataclass(frozen=True)
class Mapped:
    """One gold mention and the corpus actor it got (None: no actor of the input covers it)."""

    article: str
    entity: str
    corpus_id: str | None


def pairs(counts: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in counts)


def ratio(hit: int, total: int) -> float | None:
    return round(hit / total, 4) if total else None


def baseline_results(articles: list[Path], out: Path) -> None:
    """``llmextract extract -m baseline`` as a user runs it: the installed command, no key, a fresh cache."""
    command = shutil.which("llmextract", path=str(Path(sys.executable).parent)) or shutil.which("llmextract")
    if command is None:
        raise SystemExit("bench/linking.py: no llmextract command; install the package first")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "LLMEXTRACT_"))}
    env["LLMEXTRACT_CACHE_DIR"] = str(out.parent / "cache")
    args = [command, "extract", "-m", "baseline", "-q", *map(str, articles), "-o", str(out)]
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(
            f"bench/linking.py: llmextract extract exited {done.returncode}: {done.stderr[-2000:]}"
        )


def map_mentions(results: Path, gold: dict[str, Any]) -> tuple[list[Mapped], dict[str, str]]:
    """Every gold mention with its corpus actor, and the corpus actors' names."""
    tables = build([results])
    corpus = {(r["article_id"], r["local_id"]): r["actor_id"] for r in tables.article_actors.to_pylist()}
    names = {r["actor_id"]: r["name"] for r in tables.actors.to_pylist()}
    spans: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for extraction in load_results(results):
        for actor in extraction.actors:
            cid = corpus[(extraction.article.id, actor.id)]
            spans[extraction.article.id] += [(m.start, m.end, cid) for m in actor.mentions]
    mapped: list[Mapped] = []
    for article in gold["articles"]:
        for m in article["mentions"]:
            overlaps = [
                (min(end, m["end"]) - max(start, m["start"]), -(end - start), cid)
                for start, end, cid in spans[article["id"]]
                if start < m["end"] and m["start"] < end
            ]
            best = max(overlaps)[2] if overlaps else None
            mapped.append(Mapped(article["id"], m["entity"], best))
    return mapped, names


def pair_counts(mapped: list[Mapped]) -> tuple[int, int, int]:
    """(pairs in one corpus actor, pairs sharing a gold id, pairs with both) over mapped mentions."""
    linked = [m for m in mapped if m.corpus_id is not None]
    same_actor = pairs(Counter(m.corpus_id for m in linked).values())
    same_gold = pairs(Counter(m.entity for m in linked).values())
    both = pairs(Counter((m.corpus_id, m.entity) for m in linked).values())
    return same_actor, same_gold, both


def score(mapped: list[Mapped], names: dict[str, str], entities: dict[str, Any]) -> dict[str, Any]:
    same_actor, same_gold, both = pair_counts(mapped)
    by_article: dict[str, list[Mapped]] = defaultdict(list)
    for m in mapped:
        by_article[m.article].append(m)
    within = [pair_counts(ms) for ms in by_article.values()]
    x_actor, x_gold, x_both = (same_actor - sum(w[0] for w in within), same_gold - sum(w[1] for w in within),
                               both - sum(w[2] for w in within))  # fmt: skip
    linked = [m for m in mapped if m.corpus_id is not None]
    all_gold = pairs(Counter(m.entity for m in mapped).values())
    holders: dict[str, Counter[str]] = defaultdict(Counter)  # gold id -> corpus ids of its mentions
    held: dict[str, Counter[str]] = defaultdict(Counter)  # corpus id -> gold ids of its mentions
    for m in linked:
        assert m.corpus_id is not None
        holders[m.entity][m.corpus_id] += 1
        held[m.corpus_id][m.entity] += 1
    persons = {e for e, v in entities.items() if v["type"] == "person"}
    return {
        "mentions": len(mapped),
        "mapped": len(linked),
        "corpus_actors": len(held),
        "gold_entities": len({m.entity for m in linked}),
        "precision": ratio(both, same_actor),
        "recall": ratio(both, same_gold),
        "cross_article": {"precision": ratio(x_both, x_actor), "recall": ratio(x_both, x_gold)},
        "recall_all_mentions": ratio(both, all_gold),
        "person_corpus_actors": len({c for c, ents in held.items() if set(ents) & persons}),
        "families": {e: len(holders[e]) for e in FAMILIES},
        "_holders": {e: {names.get(c, c): n for c, n in holders[e].most_common()} for e in FAMILIES},
        "_mixed": sorted(
            ((names.get(c, c), dict(ents.most_common())) for c, ents in held.items() if len(ents) > 1),
            key=lambda item: -sum(item[1].values()),
        ),
    }


def report(label: str, figures: dict[str, Any]) -> None:
    covered = f"{figures['mapped']}/{figures['mentions']} gold mentions covered by an actor"
    print(f"\n== {label}: {covered}; they are in {figures['corpus_actors']} corpus actors for "
          f"{figures['gold_entities']} gold entities")  # fmt: skip
    cross = figures["cross_article"]
    print(f"pairwise merges: precision {figures['precision']}, recall {figures['recall']} "
          f"(across articles: {cross['precision']}, {cross['recall']}; "
          f"recall counting uncovered mentions: {figures['recall_all_mentions']})")  # fmt: skip
    print("corpus actors per family entity:")
    for entity in FAMILIES:
        held = ", ".join(f"{name!r} x{n}" for name, n in figures["_holders"][entity].items())
        print(f"  {entity:22} {figures['families'][entity]:2}  {held}")
    print("corpus actors holding several gold entities:")
    for name, ents in figures["_mixed"] or [("(none)", {})]:
        print(f"  {name!r}: {', '.join(f'{e} x{n}' for e, n in ents.items())}")


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "blind" / "linking"
    gold_path, llm_path = folder / "gold.json", folder / "llm_results.jsonl"
    articles = sorted(folder.glob("*.txt"))
    if not (gold_path.is_file() and llm_path.is_file() and articles):
        print(f"bench/linking.py: no linking set at {folder} (articles, gold.json, llm_results.jsonl)",
              file=sys.stderr)  # fmt: skip
        return 2
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    entities = gold["entities"]
    figures: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        baseline = Path(tmp) / "baseline.jsonl"
        baseline_results(articles, baseline)
        for label, path in (("baseline", baseline), ("llm", llm_path)):
            mapped, names = map_mentions(path, gold)
            figures[label] = score(mapped, names, entities)
    print(f"{len(articles)} articles, {sum(len(a['mentions']) for a in gold['articles'])} gold mentions, "
          f"{len(entities)} gold entities ({folder})")  # fmt: skip
    for label, values in figures.items():
        report(label, values)
    summary = {
        "articles": len(articles),
        **{
            label: {k: v for k, v in values.items() if not k.startswith("_")}
            for label, values in figures.items()
        },
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
