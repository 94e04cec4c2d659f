"""The second blind news set (fr/de/es): its gold loads and every span points at what it names.

It holds the held-out figure for French, German and Spanish speakers after the first set had been
measured many times (``blind/README.md``), so it gets the same checks as the first set.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from llmextract.batch.inputs import collect_articles
from llmextract.evaluation.gold import GoldArticle, gold_to_extraction, load_gold
from llmextract.evaluation.scorer import compute_figures, score_article
from tests.blind.test_blind_gold import problems

NEWS2 = Path(__file__).resolve().parents[2] / "blind" / "news2"
GOLD = NEWS2 / "gold.jsonl"


@pytest.fixture(scope="module")
def gold() -> list[GoldArticle]:
    return load_gold(GOLD)


def test_the_set_has_three_articles_in_each_language(gold: list[GoldArticle]) -> None:
    langs = [a.lang for a in gold]
    assert {lang: langs.count(lang) for lang in set(langs)} == {"fr": 3, "de": 3, "es": 3}
    for article in gold:
        assert article.quotes and article.actors and article.stances, article.id
        assert any(q.kind == "direct" for q in article.quotes), article.id
        assert any(q.kind == "indirect" for q in article.quotes), article.id


@pytest.mark.parametrize(
    "article_id", [json.loads(line)["id"] for line in GOLD.read_text("utf-8").splitlines()]
)
def test_every_span_and_name_points_at_what_it_says(gold: list[GoldArticle], article_id: str) -> None:
    [article] = [a for a in gold if a.id == article_id]
    assert problems(article) == []


def test_the_gold_scored_as_a_prediction_scores_full_marks(gold: list[GoldArticle]) -> None:
    for article in gold:
        figures = compute_figures(score_article(article, gold_to_extraction(article)))
        assert figures[("quotes", "joint_f1")] == 1.0, article.id


def test_the_article_files_are_the_gold_texts_as_the_toolkit_reads_them(gold: list[GoldArticle]) -> None:
    read = {a.id: a for a in collect_articles([str(NEWS2)])}
    assert sorted(read) == sorted(a.id for a in gold)
    with (NEWS2 / "metadata.csv").open(encoding="utf-8") as fh:
        sidecar = {row["id"]: row["lang"] for row in csv.DictReader(fh)}
    for article in gold:
        assert read[article.id].text == article.text
        assert read[article.id].metadata.get("lang") == sidecar[article.id] == article.lang
