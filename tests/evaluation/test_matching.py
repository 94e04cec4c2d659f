from __future__ import annotations

import random

import pytest

from llmextract.evaluation.matching import (
    dice,
    greedy_match,
    max_bipartite_match,
    normalize_name,
    overlap,
    overlapping_pairs,
    shared_chars,
)


def test_shared_chars_of_half_open_spans() -> None:
    assert shared_chars((0, 10), (5, 20)) == 5
    assert shared_chars((0, 10), (10, 20)) == 0  # touching is not sharing
    assert shared_chars((0, 10), (30, 40)) == 0


def test_overlap_is_over_gold_characters() -> None:
    assert overlap((10, 20), (15, 40)) == 0.5
    assert overlap((10, 20), (0, 100)) == 1.0  # covering the gold is full overlap
    assert overlap((10, 20), (20, 30)) == 0.0


def test_dice_punishes_a_long_covering_span() -> None:
    assert dice((10, 20), (10, 20)) == 1.0
    assert dice((10, 20), (0, 100)) == pytest.approx(2 * 10 / 110)
    assert dice((0, 10), (5, 15)) == 0.5


def test_empty_spans_never_score() -> None:
    assert overlap((5, 5), (5, 5)) == 0.0
    assert dice((5, 5), (5, 5)) == 0.0


def test_overlapping_pairs_equals_brute_force() -> None:
    rng = random.Random(3)
    for _ in range(200):
        gold = [(s, s + rng.randint(1, 30)) for s in (rng.randint(0, 100) for _ in range(rng.randint(0, 6)))]
        pred = [(s, s + rng.randint(1, 60)) for s in (rng.randint(0, 100) for _ in range(rng.randint(0, 6)))]
        brute = {(g, p) for g, gs in enumerate(gold) for p, ps in enumerate(pred) if shared_chars(gs, ps)}
        assert set(overlapping_pairs(gold, pred)) == brute


def test_greedy_match_takes_best_pairs_first_one_to_one() -> None:
    # pred 0 scores 0.9 with gold 0 and 0.6 with gold 1; pred 1 scores 0.5 with gold 1
    candidates = [(0.9, 0, 0), (0.6, 1, 0), (0.5, 1, 1)]
    assert greedy_match(candidates, 0.3) == [(0, 0), (1, 1)]
    assert greedy_match(candidates, 0.55) == [(0, 0)]


def test_greedy_match_breaks_ties_by_order() -> None:
    assert greedy_match([(1.0, 0, 1), (1.0, 0, 0)], 0.5) == [(0, 0)]


def test_greedy_match_ignores_zero_scores_even_at_zero_threshold() -> None:
    assert greedy_match([(0.0, 0, 0)], 0.0) == []


def test_max_bipartite_match_finds_the_largest_matching() -> None:
    # greedy in order would give gold 0 -> pred 0 and leave gold 1 unmatched
    edges = [[0, 1], [0]]
    assert max_bipartite_match(edges, 2) == {0: 1, 1: 0}


def test_max_bipartite_match_keeps_fixed_pairs() -> None:
    edges = [[0], [0, 1], [1]]
    result = max_bipartite_match(edges, 2, fixed={1: 0})
    assert 1 in result and len(result) == 2


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Mr. Obama's", "obama"),
        ("Hulusi  AKAR", "hulusi akar"),
        ("José", "Jose"),
        ("The Fishermen’s Union", "fishermen union"),
        ("'s", "'s"),
    ],
)
def test_normalize_name_equal(a: str, b: str) -> None:
    assert normalize_name(a) == normalize_name(b)


def test_normalize_name_keeps_distinct_names_apart() -> None:
    assert normalize_name("Barack Obama") != normalize_name("Obama")
    assert normalize_name("Mr") == "mr"  # a lone honorific is a name, not nothing
