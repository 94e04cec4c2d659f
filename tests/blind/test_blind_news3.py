"""The third blind news set (fr/de/es): its gold loads and every span points at what it names.

Written once the second set's figure had been looked at after a round of speaker rules
(``blind/README.md``), so that the next round is measured on articles nobody has seen; it gets the
checks of the first two sets.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from llmextract.batch.inputs import collect_articles
from llmextract.evaluation.gold import GoldArticle, gold_to_extraction, load_gold
from llmextract.evaluation.scorer import compute_figures, score_article
from tests.blind.test_blind_gold import problems

ROOT = Path(__file__).resolve().parents[2]
NEWS3 = ROOT / "blind" / "news3"
GOLD = NEWS3 / "gold.jsonl"


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


def test_no_name_of_the_set_appears_in_an_earlier_set(gold: list[GoldArticle]) -> None:
    earlier = "".join(p.read_text("utf-8") for p in (ROOT / "blind").glob("news*/*.txt") if p.parent != NEWS3)
    people = {a.name for article in gold for a in article.actors if a.type == "person"}
    assert people and not [name for name in people if name.split()[-1] in earlier]


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
    read = {a.id: a for a in collect_articles([str(NEWS3)])}
    assert sorted(read) == sorted(a.id for a in gold)
    with (NEWS3 / "metadata.csv").open(encoding="utf-8") as fh:
        sidecar = {row["id"]: row["lang"] for row in csv.DictReader(fh)}
    for article in gold:
        assert read[article.id].text == article.text
        assert read[article.id].metadata.get("lang") == sidecar[article.id] == article.lang


def test_the_gold_is_what_the_spec_builds(tmp_path: Path) -> None:
    before = GOLD.read_bytes()
    script = ROOT / "blind" / "news2" / "make_gold.py"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [sys.executable, str(script), str(NEWS3)], check=True, capture_output=True, cwd=ROOT, env=env
    )
    assert GOLD.read_bytes() == before
