"""The later blind news sets (fr/de/es): their gold loads and every span points at what it names.

``news2`` holds the held-out figure for French, German and Spanish speakers after the first set had
been measured many times, ``news3`` the one after ``news2`` had been looked at (``blind/README.md``);
each gets the checks of the first set, and each is built by the same script from its ``spec.py``.
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
BLIND = ROOT / "blind"
SETS = ("news2", "news3")
MAKE_GOLD = BLIND / "news2" / "make_gold.py"


def _gold(name: str) -> list[GoldArticle]:
    return load_gold(BLIND / name / "gold.jsonl")


_ARTICLES = [
    (name, json.loads(line)["id"])
    for name in SETS
    for line in (BLIND / name / "gold.jsonl").read_text("utf-8").splitlines()
]


@pytest.mark.parametrize("name", SETS)
def test_the_set_has_three_articles_in_each_language(name: str) -> None:
    gold = _gold(name)
    langs = [a.lang for a in gold]
    assert {lang: langs.count(lang) for lang in set(langs)} == {"fr": 3, "de": 3, "es": 3}
    for article in gold:
        assert article.quotes and article.actors and article.stances, article.id
        assert any(q.kind == "direct" for q in article.quotes), article.id
        assert any(q.kind == "indirect" for q in article.quotes), article.id


def test_no_person_of_the_third_set_appears_in_an_earlier_set() -> None:
    """``news3`` was written to share no surname with the sets before it (``news2`` was not)."""
    earlier = "".join(p.read_text("utf-8") for s in ("news", "news2") for p in (BLIND / s).glob("*.txt"))
    people = {a.name for article in _gold("news3") for a in article.actors if a.type == "person"}
    assert people and not [person for person in people if person.split()[-1] in earlier]


@pytest.mark.parametrize(("name", "article_id"), _ARTICLES)
def test_every_span_and_name_points_at_what_it_says(name: str, article_id: str) -> None:
    [article] = [a for a in _gold(name) if a.id == article_id]
    assert problems(article) == []


@pytest.mark.parametrize("name", SETS)
def test_the_gold_scored_as_a_prediction_scores_full_marks(name: str) -> None:
    for article in _gold(name):
        figures = compute_figures(score_article(article, gold_to_extraction(article)))
        assert figures[("quotes", "joint_f1")] == 1.0, article.id


@pytest.mark.parametrize("name", SETS)
def test_the_article_files_are_the_gold_texts_as_the_toolkit_reads_them(name: str) -> None:
    folder = BLIND / name
    gold = _gold(name)
    read = {a.id: a for a in collect_articles([str(folder)])}
    assert sorted(read) == sorted(a.id for a in gold)
    with (folder / "metadata.csv").open(encoding="utf-8") as fh:
        sidecar = {row["id"]: row["lang"] for row in csv.DictReader(fh)}
    for article in gold:
        assert read[article.id].text == article.text
        assert read[article.id].metadata.get("lang") == sidecar[article.id] == article.lang


@pytest.mark.parametrize("name", SETS)
def test_the_gold_is_what_the_spec_builds(name: str) -> None:
    """Rebuilding from ``spec.py`` writes the committed gold byte for byte: nobody edited one alone."""
    gold = BLIND / name / "gold.jsonl"
    before = gold.read_bytes()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    command = [sys.executable, str(MAKE_GOLD), str(BLIND / name)]
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT, env=env)
    assert gold.read_bytes() == before
