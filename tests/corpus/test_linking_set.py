"""The linking set of our own (tests/corpus/linking_set.py): merge precision and recall, and the
classes it is made of, one person one actor each."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from corpus.linking_set import ARTICLES, gold_and_linked, pairwise, write_set


def holders(tmp_path: Path) -> dict[str, set[str]]:
    """Gold person -> the corpus ids holding its local actors."""
    found: dict[str, set[str]] = defaultdict(set)
    for gold, cid in gold_and_linked(write_set(tmp_path / "set.jsonl")):
        found[gold].add(cid)
    return found


def test_merge_precision_and_recall_on_the_set(tmp_path: Path) -> None:
    precision, recall = pairwise(gold_and_linked(write_set(tmp_path / "set.jsonl")))
    assert precision >= 0.98 and recall >= 0.90, (precision, recall)


def test_each_person_of_the_families_is_one_actor_and_no_actor_holds_two(tmp_path: Path) -> None:
    found = holders(tmp_path)
    people = ["donald-trump", "donald-trump-jr", "ivanka-trump", "bill-clinton", "vance-sr", "vance-jr"]
    people += ["john-smith-mayor", "john-smith-coach", "nina-okafor", "tunde-okafor", "ruth-calloway"]
    for person in people:
        assert len(found[person]) == 1, person
    owners: dict[str, set[str]] = defaultdict(set)
    for gold, ids in found.items():
        for cid in ids:
            owners[cid].add(gold)
    assert all(len(golds) == 1 for golds in owners.values()), owners


def test_what_the_articles_cannot_tell_stays_apart(tmp_path: Path) -> None:
    """ "Clinton" with no role, among three Clintons; "Calloway" the company, named like its founder."""
    found = holders(tmp_path)
    assert len(found["hillary-clinton"]) == 2 and len(found["calloway-foods"]) == 2
    assert not found["calloway-foods"] & found["ruth-calloway"]


def test_the_set_is_what_its_docstring_says() -> None:
    assert len(ARTICLES) == 44 and len({a for a, _, _ in ARTICLES}) == 44
    for _, text, actors in ARTICLES:
        for actor in actors:
            assert actor.name in text, actor.name  # every name is written in its article
