"""Every metric on cases small enough to count by hand."""

from __future__ import annotations

import pytest

from llmextract.evaluation.scorer import (
    COUNT_KEYS,
    accuracy,
    compute_figures,
    f1,
    precision,
    recall,
    score_article,
    sum_counts,
)

from .factories import actor, extraction, gold, quote, stance


def figs(counts: dict[str, int]) -> dict[str, float | None]:
    return {".".join(path): value for path, value in compute_figures(counts).items()}


# --- ratios ---------------------------------------------------------------------------------


def test_ratios_and_their_undefined_cases() -> None:
    assert precision(1, 4) == 0.25
    assert precision(0, 0) is None
    assert recall(3, 4) == 0.75
    assert recall(0, 0) is None
    assert f1(1, 2, 2) == 0.5
    assert f1(0, 0, 3) == 0.0  # nothing predicted, gold exists: F1 0
    assert f1(0, 0, 0) is None
    assert accuracy(2, 3) == pytest.approx(2 / 3)
    assert accuracy(0, 0) is None


# --- quotes ---------------------------------------------------------------------------------


def test_quote_levels_hand_computed() -> None:
    g = gold([{"span": (0, 10)}, {"span": (20, 40)}, {"span": (60, 70)}])
    p = extraction(
        [
            quote(0, 10, n=1),  # exact
            quote(20, 36, n=2),  # overlap 16/20 = 0.8, dice 32/36
            quote(55, 100, n=3),  # overlap 10/10 = 1.0, dice 20/55 < 0.5
            quote(150, 160, n=4),  # nothing
        ]
    )
    f = figs(score_article(g, p))
    assert f["quotes.exact.precision"] == 1 / 4
    assert f["quotes.exact.recall"] == 1 / 3
    assert f["quotes.exact.f1"] == pytest.approx(2 / 7)
    assert f["quotes.overlap_0.8.recall"] == 1.0  # all three gold matched at >= 0.8
    assert f["quotes.overlap_0.3.f1"] == pytest.approx(2 * 3 / 7)
    assert f["quotes.dice_0.5.recall"] == pytest.approx(2 / 3)  # the long span fails Dice
    assert f["quotes.dice_0.5.precision"] == pytest.approx(2 / 4)


def test_overlap_just_below_threshold_does_not_match() -> None:
    g = gold([{"span": (0, 10)}])
    c = score_article(g, extraction([quote(7, 30)]))  # overlap 3/10 = 0.3 exactly
    assert c["quotes.overlap_0.3.tp"] == 1
    c = score_article(g, extraction([quote(8, 30)]))  # 0.2
    assert c["quotes.overlap_0.3.tp"] == 0


def test_no_predictions() -> None:
    g = gold([{"span": (0, 10)}, {"span": (20, 30)}])
    f = figs(score_article(g, extraction()))
    assert f["quotes.exact.precision"] is None
    assert f["quotes.exact.recall"] == 0.0
    assert f["quotes.exact.f1"] == 0.0
    assert f["quotes.joint_f1"] == 0.0
    assert f["quotes.speaker_mention_accuracy"] is None


def test_failed_article_scores_as_empty_prediction() -> None:
    g = gold([{"span": (0, 10)}])
    assert score_article(g, None) == score_article(g, extraction())


def test_no_gold() -> None:
    f = figs(score_article(gold([]), extraction([quote(0, 10)])))
    assert f["quotes.exact.precision"] == 0.0
    assert f["quotes.exact.recall"] is None
    assert f["quotes.exact.f1"] == 0.0


def test_nothing_anywhere_is_undefined_not_zero() -> None:
    f = figs(score_article(gold([]), extraction()))
    assert f["quotes.exact.f1"] is None
    assert f["actors.f1"] is None


def test_duplicate_predictions_count_once() -> None:
    g = gold([{"span": (0, 10)}])
    c = score_article(g, extraction([quote(0, 10, n=1), quote(0, 10, n=2)]))
    assert c["quotes.exact.tp"] == 1
    assert c["quotes.pred"] == 2
    assert figs(c)["quotes.exact.precision"] == 0.5


def test_duplicate_gold_quotes_need_two_predictions() -> None:
    g = gold([{"span": (0, 10)}, {"span": (0, 10)}])
    assert score_article(g, extraction([quote(0, 10)]))["quotes.exact.tp"] == 1


def test_one_prediction_over_two_gold_quotes_matches_only_one() -> None:
    # gold (0,10) and (10,40); prediction (0,40) covers both: overlap 1.0 with each,
    # Dice 20/50 = 0.4 with the first and 60/70 with the second
    g = gold([{"span": (0, 10)}, {"span": (10, 40)}])
    c = score_article(g, extraction([quote(0, 40)]))
    assert c["quotes.overlap_0.3.tp"] == 1
    assert c["quotes.overlap_0.8.tp"] == 1
    assert c["quotes.dice_0.5.tp"] == 1
    assert figs(c)["quotes.overlap_0.3.recall"] == 0.5


def test_prediction_goes_to_the_gold_it_covers_best() -> None:
    # prediction (5,30): overlap 5/10 with gold 0, 20/20 with gold 1 -> gold 1;
    # a second prediction (0,6) then takes gold 0 at 0.6
    g = gold([{"span": (0, 10)}, {"span": (10, 30)}])
    c = score_article(g, extraction([quote(5, 30, n=1), quote(0, 6, n=2)]))
    assert c["quotes.overlap_0.3.tp"] == 2
    assert c["quotes.overlap_0.8.tp"] == 1


# --- speakers -------------------------------------------------------------------------------


def _speaker_gold() -> object:
    return gold(
        [
            {"span": (0, 10), "speaker": "he", "speaker_spans": [[100, 102]]},
            {"span": (20, 30), "speaker": "Lena Ortiz", "speaker_spans": [[110, 120]]},
            {"span": (40, 50), "speaker": None, "speaker_spans": []},
            {"span": (60, 70), "speaker": "officials", "speaker_spans": [[130, 139]]},
        ],
        actors=[{"name": "Lena Ortiz", "aliases": ["Ortiz", "the mayor"]}],
    )


def test_speaker_mention_entity_and_joint_hand_computed() -> None:
    g = _speaker_gold()
    ortiz = actor(1, "Ortiz")
    p = extraction(
        [
            # right mention ("he" at 100), resolved to a name: mention ok, entity wrong
            quote(0, 10, speaker="Tom Reed", mention=(95, 102), n=1),
            # wrong mention, but the actor's name is an alias of the gold speaker: entity ok
            quote(20, 30, speaker_id="a1", mention=(0, 3), n=2),
            # both without a speaker: ok at both levels
            quote(40, 50, n=3),
            # wrong at both levels
            quote(60, 70, speaker="the council", mention=(150, 160), n=4),
            # unmatched prediction: does not enter the accuracies
            quote(180, 190, speaker="he", mention=(100, 102), n=5),
        ],
        actors=[ortiz],
    )
    c = score_article(g, p)
    assert c["quotes.matched"] == 4
    assert c["quotes.mention_ok"] == 2
    assert c["quotes.entity_ok"] == 2
    assert c["quotes.joint_tp"] == 3
    f = figs(c)
    assert f["quotes.speaker_mention_accuracy"] == 0.5
    assert f["quotes.speaker_entity_accuracy"] == 0.5
    assert f["quotes.joint_f1"] == pytest.approx(2 * 3 / (5 + 4))


def test_predicted_speaker_for_a_sourceless_gold_quote_is_wrong() -> None:
    g = gold([{"span": (0, 10)}])
    c = score_article(g, extraction([quote(0, 10, speaker="Ortiz", mention=(50, 55))]))
    assert (c["quotes.mention_ok"], c["quotes.entity_ok"], c["quotes.joint_tp"]) == (0, 0, 0)


def test_gold_speaker_missed_by_prediction_is_wrong() -> None:
    g = gold([{"span": (0, 10), "speaker": "Ortiz", "speaker_spans": [[50, 55]]}])
    c = score_article(g, extraction([quote(0, 10)]))
    assert (c["quotes.mention_ok"], c["quotes.entity_ok"]) == (0, 0)


# --- actors ---------------------------------------------------------------------------------


def test_actors_match_on_any_shared_name_one_to_one() -> None:
    g = gold(
        actors=[
            {"name": "Hulusi Akar", "aliases": ["Akar"]},
            {"name": "Lena Ortiz", "aliases": []},
            {"name": "Green Party", "aliases": []},
        ]
    )
    p = extraction(
        actors=[
            actor(1, "Akar"),  # alias match
            actor(2, "Mr. Akar"),  # duplicate of the same gold actor: false positive
            actor(3, "lena ortiz"),  # case-insensitive
            actor(4, "Tom Reed"),  # not in gold
        ]
    )
    f = figs(score_article(g, p))
    assert f["actors.precision"] == 2 / 4
    assert f["actors.recall"] == 2 / 3
    assert f["actors.f1"] == pytest.approx(4 / 7)


def test_actor_matching_is_maximal_not_first_come() -> None:
    # pred 1 could take either gold; only the maximum matching also places pred 2
    g = gold(actors=[{"name": "Akar", "aliases": ["Hulusi Akar"]}, {"name": "Hulusi"}])
    p = extraction(actors=[actor(1, "Hulusi Akar", "Hulusi"), actor(2, "Akar")])
    assert score_article(g, p)["actors.tp"] == 2


def test_actors_match_by_the_forms_a_reader_accepts() -> None:
    g = gold(
        actors=[
            {"name": "Republican Party", "type": "organization"},
            {"name": "Federal Bureau of Investigation", "type": "organization"},
            {"name": "United States Department of Justice", "type": "organization"},
            {"name": "Russia", "type": "state"},
        ]
    )
    p = extraction(
        actors=[
            actor(1, "Republicans", kind="group"),
            actor(2, "FBI", kind="organization"),
            actor(3, "the Justice Department", kind="organization"),
            actor(4, "Russian Federation", kind="state"),  # the prediction's canonical name
        ]
    )
    assert score_article(g, p)["actors.tp"] == 4


def test_actor_near_misses_do_not_match_by_form() -> None:
    g = gold(
        actors=[
            {"name": "Democratic Party", "type": "organization"},
            {"name": "Federal Bureau of Prisons", "type": "organization"},
            {"name": "Vera Harbour", "type": "person"},
            {"name": "United States Senate", "type": "organization"},
            {"name": "Maria Trump", "type": "person"},
        ]
    )
    p = extraction(
        actors=[
            actor(1, "Republicans", kind="group"),
            actor(2, "FBI", kind="organization"),
            actor(3, "Harbour Company", kind="organization"),
            actor(4, "the Senate Committee", kind="organization"),
            actor(5, "Donald Trump"),
        ]
    )
    assert score_article(g, p)["actors.tp"] == 0


def test_a_party_its_annotators_typed_person_still_matches_its_members() -> None:
    # annotators may type a party "People"; its name reads as an organisation, a person's does not
    g = gold(
        actors=[{"name": "Republican Party", "type": "person"}, {"name": "Vera Harbour", "type": "person"}]
    )
    p = extraction(
        actors=[actor(1, "Republicans", kind="group"), actor(2, "Harbour Company", kind="organization")]
    )
    assert score_article(g, p)["actors.tp"] == 1


def test_a_form_counts_once_one_to_one() -> None:
    g = gold(actors=[{"name": "Republican Party", "type": "organization"}])
    p = extraction(
        actors=[actor(1, "Republicans", kind="group"), actor(2, "Republican Party", kind="organization")]
    )
    c = score_article(g, p)
    assert (c["actors.tp"], c["actors.pred"]) == (1, 2)


# --- stances --------------------------------------------------------------------------------


def _stance_gold() -> object:
    return gold(
        actors=[{"name": "Lena Ortiz", "aliases": ["Ortiz"]}, {"name": "Tom Reed", "aliases": []}],
        stances=[
            {"holder": "Lena Ortiz", "target": "harbour wind farm", "polarity": "support"},
            {"holder": "Tom Reed", "target": "Lena Ortiz", "polarity": "oppose"},
            {"holder": "Tom Reed", "target": "harbour wind farm", "polarity": "oppose"},
        ],
    )


def test_stances_triples_pairs_and_polarity_hand_computed() -> None:
    actors = [actor(1, "Ortiz"), actor(2, "Tom Reed")]
    p = extraction(
        actors=actors,
        stances=[
            stance("a1", "Ortiz", "Harbour wind farm", "support", n=1),  # triple right (alias, case)
            stance("a2", "Tom Reed", "the mayor", "oppose", target_id="a1", n=2),  # target via actor id
            stance("a2", "Tom Reed", "harbour wind farm", "support", n=3),  # pair right, polarity wrong
            stance("a2", "Tom Reed", "taxes", "oppose", n=4),  # not in gold
        ],
    )
    c = score_article(_stance_gold(), p)
    assert (c["stances.triples_tp"], c["stances.pairs_tp"], c["stances.polarity_ok"]) == (2, 3, 2)
    f = figs(c)
    assert f["stances.triples.precision"] == 2 / 4
    assert f["stances.triples.recall"] == 2 / 3
    assert f["stances.pairs.f1"] == pytest.approx(6 / 7)
    assert f["stances.polarity_accuracy"] == pytest.approx(2 / 3)


def test_duplicate_stances_are_false_positives() -> None:
    p = extraction(
        actors=[actor(1, "Lena Ortiz")],
        stances=[stance("a1", "Lena Ortiz", "harbour wind farm", "support", n=i) for i in (1, 2)],
    )
    c = score_article(_stance_gold(), p)
    assert (c["stances.triples_tp"], c["stances.pred"]) == (1, 2)


def test_pair_matching_prefers_same_polarity() -> None:
    g = gold(
        stances=[
            {"holder": "A", "target": "B", "polarity": "support"},
            {"holder": "A", "target": "B", "polarity": "oppose"},
        ]
    )
    p = extraction(
        actors=[actor(1, "A")],
        stances=[stance("a1", "A", "B", "oppose", n=1), stance("a1", "A", "B", "support", n=2)],
    )
    c = score_article(g, p)
    assert (c["stances.triples_tp"], c["stances.pairs_tp"], c["stances.polarity_ok"]) == (2, 2, 2)


def test_stance_holder_and_target_match_by_form() -> None:
    g = gold(
        actors=[
            {"name": "Republican Party", "type": "organization"},
            {"name": "Federal Bureau of Investigation", "type": "organization"},
            {"name": "Lena Ortiz", "type": "person"},
        ],
        stances=[
            {"holder": "Republican Party", "target": "Federal Bureau of Investigation", "polarity": "oppose"},
            {"holder": "Lena Ortiz", "target": "Republican Party", "polarity": "support"},
        ],
    )
    p = extraction(
        actors=[actor(1, "Republicans", kind="group"), actor(2, "Lena Ortiz")],
        stances=[
            stance("a1", "Republicans", "the FBI", "oppose", n=1),  # holder by its actor, target free text
            stance("a2", "Lena Ortiz", "Republicans", "support", target_id="a1", n=2),
        ],
    )
    c = score_article(g, p)
    assert (c["stances.triples_tp"], c["stances.pairs_tp"]) == (2, 2)


def test_stance_near_misses_do_not_match_by_form() -> None:
    g = gold(
        actors=[
            {"name": "Democratic Party", "type": "organization"},
            {"name": "Federal Bureau of Prisons", "type": "organization"},
        ],
        stances=[{"holder": "Democratic Party", "target": "Federal Bureau of Prisons", "polarity": "oppose"}],
    )
    p = extraction(
        actors=[actor(1, "Republicans", kind="group"), actor(2, "Democrats", kind="group")],
        stances=[
            stance("a1", "Republicans", "Federal Bureau of Prisons", "oppose", n=1),
            stance("a2", "Democrats", "FBI", "oppose", n=2),
        ],
    )
    assert score_article(g, p)["stances.pairs_tp"] == 0


def test_a_gold_stance_end_outside_the_gold_actors_has_no_forms() -> None:
    # "Republicans" names no gold actor, so nothing says which entity it is
    g = gold(stances=[{"holder": "Republicans", "target": "tax bill", "polarity": "oppose"}])
    p = extraction(
        actors=[actor(1, "Republican Party", kind="organization")],
        stances=[stance("a1", "Republican Party", "tax bill", "oppose")],
    )
    assert score_article(g, p)["stances.pairs_tp"] == 0


# --- tasks and sums -------------------------------------------------------------------------


def test_tasks_not_annotated_are_not_scored() -> None:
    g = gold([{"span": (0, 10)}], tasks=("quotes",))
    p = extraction([quote(0, 10)], actors=[actor(1, "Somebody")])
    c = score_article(g, p)
    assert c["actors.pred"] == 0
    assert figs(c)["actors.precision"] is None


def test_micro_sums_counts_across_articles() -> None:
    a = score_article(gold([{"span": (0, 10)}]), extraction([quote(0, 10)]))
    b = score_article(gold([{"span": (0, 10)}, {"span": (20, 30)}]), extraction())
    total = sum_counts([a, b])
    assert set(total) == set(COUNT_KEYS)
    assert figs(total)["quotes.exact.recall"] == 1 / 3
