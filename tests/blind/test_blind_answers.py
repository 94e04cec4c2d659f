"""The blind answers set (``blind/answers``): its gold loads and points at the right characters, and
every answer style is a valid answer of ``extraction@v3`` derived from that gold as documented.

The set is for measuring (``bench/answers.py``), never for tuning; these tests only keep it sound.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from llmextract.article import load_article
from llmextract.evaluation.gold import GoldArticle, load_gold
from llmextract.llm.answer_schema_v2 import answer_model
from llmextract.llm.prompts import load_prompt

SET = Path(__file__).resolve().parents[2] / "blind" / "answers"
STYLES = ("faithful", "canonical", "perturbed", "shuffled", "invented")
PROMPT = "extraction@v3"
_END = re.compile("[.!?…][”’»“‘\"'\u00a0\u202f]*$")


@pytest.fixture(scope="module")
def gold() -> list[GoldArticle]:
    return load_gold(SET / "gold.jsonl")


@pytest.fixture(scope="module")
def model() -> type[BaseModel]:
    prompt = load_prompt(PROMPT)
    return answer_model(prompt.llm_schema, asked_by=prompt.ref)


def answers(style: str) -> list[dict[str, Any]]:
    lines = (SET / "answers" / f"{style}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_gold_covers_every_article_file_in_four_languages(gold: list[GoldArticle]) -> None:
    assert len(gold) >= 20
    assert {a.id for a in gold} == {p.stem for p in SET.glob("*.txt")}
    languages = Counter(a.lang for a in gold)
    assert languages["en"] >= 14 and all(languages[lang] == 2 for lang in ("fr", "de", "es"))
    for article in gold:
        assert article.text == load_article(SET / f"{article.id}.txt").text
        assert 200 <= len(article.text.split()) <= 450, article.id


def test_every_span_points_at_what_the_gold_says(gold: list[GoldArticle]) -> None:
    for a in gold:
        names = {n for actor in a.actors for n in (actor.name, *actor.aliases)}
        for q in a.quotes:
            assert a.text[q.start : q.end] == q.text and q.text == q.text.strip()
            assert q.speaker is None or q.speaker in {actor.name for actor in a.actors}
            assert q.cue is None or (q.cue_span is not None and a.text[slice(*q.cue_span)] == q.cue)
            for start, end in q.speaker_spans:
                assert end <= q.start or start >= q.end, (a.id, q.text)
        for s in a.stances:
            assert s.holder in {actor.name for actor in a.actors}
            assert s.target in names or s.target in a.text
            [(start, end)] = s.evidence
            sentence = a.text[start:end]
            assert sentence == sentence.strip() and _END.search(sentence), (a.id, sentence)
            assert start == 0 or a.text[start - 1] in " \n", (a.id, sentence)


@pytest.mark.parametrize("style", STYLES)
def test_every_answer_validates_against_the_v3_answer_schema(
    style: str, gold: list[GoldArticle], model: type[BaseModel]
) -> None:
    rows = answers(style)
    assert [r["id"] for r in rows] == [a.id for a in gold]
    schema = model.model_json_schema()
    fields = {
        "answer": set(schema["properties"]),
        **{name: set(d["properties"]) for name, d in schema["$defs"].items()},
    }
    for row in rows:
        model.model_validate(row["answer"])
        assert set(row["answer"]) == fields["answer"]
        for key, items in row["answer"].items():
            for item in items:  # the closed shape strict structured output sends: every field present
                assert set(item) == fields[{"actors": "Actor", "quotes": "Quote", "stances": "Stance"}[key]]


def test_faithful_answers_copy_the_article_and_other_styles_keep_to_their_documented_change(
    gold: list[GoldArticle],
) -> None:
    by_style = {style: answers(style) for style in STYLES}
    for i, article in enumerate(gold):
        faithful = by_style["faithful"][i]["answer"]
        assert [q["text"] for q in faithful["quotes"]] == [q.text for q in article.quotes]
        assert [s["evidence"] for s in faithful["stances"]] == [
            article.text[slice(*s.evidence[0])] for s in article.stances
        ]
        assert by_style["canonical"][i]["answer"]["quotes"][0]["text"] == faithful["quotes"][0]["text"]
        shuffled = by_style["shuffled"][i]["answer"]
        for key in ("actors", "quotes", "stances"):
            assert sorted(map(json.dumps, shuffled[key])) == sorted(map(json.dumps, faithful[key]))
        changed = by_style["perturbed"][i]
        for q, kind, original in zip(
            changed["answer"]["quotes"], changed["changes"]["quotes"], faithful["quotes"], strict=True
        ):
            assert (kind is None) == (q["text"] == original["text"])
        invented = by_style["invented"][i]
        for name in [*invented["invented"]["persons"], *invented["invented"]["organizations"]]:
            assert name not in article.text
            assert name in {a["name"] for a in invented["answer"]["actors"]}
            assert name in {s["holder"] for s in invented["answer"]["stances"]}


def test_the_committed_files_are_what_the_scripts_derive() -> None:
    sys.path.insert(0, str(SET))
    try:
        import make_answers
        import make_gold
        from spec import ARTICLES

        built = [make_gold.build(article_id, entry) for article_id, entry in sorted(ARTICLES.items())]
        assert [a.model_dump() for a in built] == [a.model_dump() for a in load_gold(SET / "gold.jsonl")]
        for style, rows in make_answers.build().items():
            assert rows == answers(style), style
    finally:
        sys.path.remove(str(SET))


@pytest.mark.parametrize("later", ["answers2", "answers3"])
def test_each_later_set_is_what_the_first_sets_scripts_derive_from_its_spec(
    later: str, tmp_path: Path
) -> None:
    second = SET.parent / later
    for source in [second / "spec.py", *second.glob("*.txt")]:
        shutil.copyfile(source, tmp_path / source.name)
    env = {**os.environ, "PYTHONPATH": str(SET.parents[1])}
    for script in ("make_gold.py", "make_answers.py"):
        command = [sys.executable, str(SET / script), str(tmp_path)]
        subprocess.run(command, check=True, env=env, capture_output=True)
    derived = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.jsonl"))
    assert derived == sorted(p.relative_to(second) for p in second.rglob("*.jsonl"))
    for path in derived:
        derived_text = (tmp_path / path).read_text(encoding="utf-8")
        assert derived_text == (second / path).read_text(encoding="utf-8"), path
