"""The blind news set: its gold loads with the toolkit's loader and every span points at what it names.

The set measures the offline baseline on articles no rule was written against (``blind/README.md``), so
its gold must be right before anything is scored on it: offsets that hit the wrong characters, an alias
the article never writes, or a file that differs from its gold text would silently skew every figure.
"""

from __future__ import annotations

import csv
import json
import re
from itertools import pairwise
from pathlib import Path

import pytest

from llmextract.batch.inputs import collect_articles
from llmextract.errors import InputError
from llmextract.evaluation.gold import GoldArticle, gold_to_extraction, load_gold
from llmextract.evaluation.scorer import compute_figures, score_article

NEWS = Path(__file__).resolve().parents[2] / "blind" / "news"
GOLD = NEWS / "gold.jsonl"
LANGUAGES = {"en": 12, "fr": 4, "de": 4, "es": 4}
SENTENCE_END = '.!?»«“”"…'


def problems(article: GoldArticle) -> list[str]:
    """What is wrong with one gold article beyond what the loader checks (empty: nothing)."""
    text, out = article.text, []
    folded = text.casefold()
    names = {n for a in article.actors for n in [a.name, *a.aliases]}
    for name in names:
        if name not in text:
            out.append(f"actor name {name!r} is not in the text")
    spans = []
    for i, q in enumerate(article.quotes, 1):
        where = f"quote {i} ({q.text[:30]!r})"
        if not q.text.strip() or q.text != q.text.strip():
            out.append(f"{where}: empty or padded with spaces")
        if q.cue is not None and (q.cue_span is None or text[q.cue_span[0] : q.cue_span[1]] != q.cue):
            out.append(f"{where}: cue {q.cue!r} is not text[cue_span]")
        for start, end in q.speaker_spans:
            mention = text[start:end]
            if not mention.strip() or not _whole_words(text, start, end):
                out.append(f"{where}: speaker span {mention!r} is not a whole-word mention")
            if any(s <= start < e for s, e in q.parts or [(q.start, q.end)]):
                out.append(f"{where}: speaker span {mention!r} inside the quoted content")
        if q.parts and (q.parts[0][0] != q.start or q.parts[-1][1] != q.end or q.parts != sorted(q.parts)):
            out.append(f"{where}: parts do not run from start to end in order")
        if q.speaker is not None and q.speaker not in names and q.speaker.casefold() not in folded:
            out.append(f"{where}: speaker {q.speaker!r} is neither an actor nor in the text")
        if q.kind is None:
            out.append(f"{where}: no kind")
        spans.append((q.start, q.end, where))
    ordered = sorted(spans)
    for (_, end, first), (start, _, second) in pairwise(ordered):
        if start < end:
            out.append(f"{first} and {second} overlap")
    actor_names = {a.name for a in article.actors}
    for s in article.stances:
        where = f"stance {s.holder} -> {s.target}"
        if s.holder not in actor_names:
            out.append(f"{where}: the holder is not a gold actor's name")
        if s.target not in actor_names and s.target.casefold() not in folded:
            out.append(f"{where}: the target is neither an actor's name nor written in the text")
        if not s.evidence:
            out.append(f"{where}: no evidence")
        for start, end in s.evidence:
            sentence = text[start:end]
            if "\n" in sentence or not sentence or sentence[-1] not in SENTENCE_END:
                out.append(f"{where}: evidence {sentence[:40]!r} is not one sentence")
    return out


def _whole_words(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and text[start].isalnum()) and not (
        after.isalnum() and text[end - 1].isalnum()
    )


@pytest.fixture(scope="module")
def gold() -> list[GoldArticle]:
    return load_gold(GOLD)


def test_the_set_has_the_articles_and_languages_it_promises(gold: list[GoldArticle]) -> None:
    langs = [a.lang for a in gold]
    assert {lang: langs.count(lang) for lang in LANGUAGES} == LANGUAGES
    for article in gold:
        words = len(re.findall(r"\w+", article.text))
        assert 150 <= words <= 450, (article.id, words)
        assert article.tasks == ["quotes", "actors", "stances"]
        assert article.quotes and article.actors and article.stances, article.id


@pytest.mark.parametrize(
    "article_id", [json.loads(line)["id"] for line in GOLD.read_text("utf-8").splitlines()]
)
def test_every_span_and_name_points_at_what_it_says(gold: list[GoldArticle], article_id: str) -> None:
    [article] = [a for a in gold if a.id == article_id]
    assert problems(article) == []


def test_the_gold_scored_as_a_prediction_scores_full_marks(gold: list[GoldArticle]) -> None:
    for article in gold:
        figures = compute_figures(score_article(article, gold_to_extraction(article)))
        for path in [("quotes", "exact", "f1"), ("quotes", "joint_f1"), ("stances", "triples", "f1")]:
            assert figures[path] == 1.0, (article.id, path)


def test_the_article_files_are_the_gold_texts_as_the_toolkit_reads_them(gold: list[GoldArticle]) -> None:
    """``llmextract extract blind/news/`` reads the same texts, ids and languages the gold scores."""
    read = {a.id: a for a in collect_articles([str(NEWS)])}
    assert sorted(read) == sorted(a.id for a in gold)
    with (NEWS / "metadata.csv").open(encoding="utf-8") as fh:
        sidecar = {row["id"]: row["lang"] for row in csv.DictReader(fh)}
    for article in gold:
        assert read[article.id].text == article.text
        assert read[article.id].metadata.get("lang") == sidecar[article.id] == article.lang
        assert article.text.split("\n", 1)[0] == article.title
        assert article.text.startswith(f"{article.title}\n\n")


def test_the_checks_catch_a_shifted_offset_and_an_alias_not_in_the_text(
    gold: list[GoldArticle], tmp_path: Path
) -> None:
    line = json.loads(GOLD.read_text("utf-8").splitlines()[0])
    line["quotes"][0]["start"] += 1
    bad = tmp_path / "gold.jsonl"
    bad.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="not the quote text"):
        load_gold(bad)
    article = gold[0].model_copy(deep=True)
    article.actors[0].aliases.append("Mr Nobody")
    article.quotes[0].cue = "whispered"
    found = problems(article)
    assert any("'Mr Nobody' is not in the text" in p for p in found)
    assert any("is not text[cue_span]" in p for p in found)
