"""The blind linking set (blind/linking/): its gold holds together, so a linking score read from it
means something. Nothing here scores the linker; ``bench/linking.py`` does."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from llmextract.article import text_sha256
from llmextract.html.view import load_results
from llmextract.schema import Extraction

SET = Path(__file__).resolve().parents[2] / "blind" / "linking"
NOT_IN_A_SPAN = re.compile(
    r"^(?:the|mr|mrs|ms|dr|sen|gov|mayor|judge|senator|former|democrat|republican)\b", re.I
)
FAMILY = re.compile(r"\b(?:Brannock|Ortiz|Pell)\b")  # every such word belongs to a gold mention


def load_gold() -> dict[str, Any]:
    gold: dict[str, Any] = json.loads((SET / "gold.json").read_text(encoding="utf-8"))
    return gold


def texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(SET.glob("*.txt"))}


def test_every_article_has_gold_and_every_gold_entry_an_article() -> None:
    gold = load_gold()
    ids = [a["id"] for a in gold["articles"]]
    assert len(ids) == len(set(ids)) >= 40
    assert sorted(ids) == sorted(texts())
    assert all(a["file"] == f"{a['id']}.txt" for a in gold["articles"])


@pytest.mark.parametrize("article_id", sorted(texts()))
def test_the_article_is_a_title_line_then_a_body_of_80_to_200_words(article_id: str) -> None:
    title, blank, *body = texts()[article_id].split("\n")
    assert title.strip() and blank == "" and any(line.strip() for line in body)
    assert 80 <= len(texts()[article_id].split()) <= 200


def test_every_offset_points_at_its_surface_form() -> None:
    gold, text = load_gold(), texts()
    for article in gold["articles"]:
        body = text[article["id"]]
        for m in article["mentions"]:
            assert body[m["start"] : m["end"]] == m["text"], (article["id"], m)


def test_mentions_are_names_without_titles_possessives_or_overlaps() -> None:
    gold, text = load_gold(), texts()
    for article in gold["articles"]:
        previous_end = 0
        for m in article["mentions"]:
            assert m["entity"] in gold["entities"], m
            assert m["start"] >= previous_end, (article["id"], m)  # in order, never overlapping
            previous_end = m["end"]
            assert not NOT_IN_A_SPAN.match(m["text"]) and not m["text"].endswith("'s"), m
            body = text[article["id"]]
            assert (
                not body[m["end"] : m["end"] + 1].isalnum()
                and not body[m["start"] - 1 : m["start"]].isalnum()
            )


def test_every_family_name_in_the_texts_is_annotated() -> None:
    gold, text = load_gold(), texts()
    for article in gold["articles"]:
        spans = [(m["start"], m["end"]) for m in article["mentions"]]
        for word in FAMILY.finditer(text[article["id"]]):
            assert any(a <= word.start() and word.end() <= b for a, b in spans), (article["id"], word)


def test_the_set_holds_the_namesakes_it_is_built_around() -> None:
    gold = load_gold()
    entities = gold["entities"]
    assert {"walter-brannock-sr", "walter-brannock-jr", "celia-brannock", "brannock-campaign",
            "brannock-holdings", "dana-ortiz", "luis-ortiz", "john-pell-footballer",
            "john-pell-judge"} <= set(entities)  # fmt: skip
    assert all(e["type"] in {"person", "organization"} for e in entities.values())
    forms: dict[str, set[str]] = {}
    for article in gold["articles"]:
        for m in article["mentions"]:
            forms.setdefault(m["text"], set()).add(m["entity"])
    assert forms["John Pell"] == {"john-pell-footballer", "john-pell-judge"}
    assert forms["Brannock"] >= {
        "walter-brannock-sr",
        "walter-brannock-jr",
        "celia-brannock",
        "brannock-holdings",
    }
    assert forms["Ortiz"] == {"dana-ortiz", "luis-ortiz"}
    assert {
        "Dana K. Ortiz",
        "Dana Ortiz",
        "Walter Brannock Jr.",
        "Brannock Jr.",
        "Walter J. Brannock",
    } <= set(forms)


def llm_results() -> list[Extraction]:
    return list(load_results(SET / "llm_results.jsonl"))


def test_the_llm_results_load_as_results_of_the_articles_themselves() -> None:
    results, text = llm_results(), texts()
    assert sorted(r.article.id for r in results) == sorted(text)
    for r in results:
        assert r.article.text == text[r.article.id]
        assert r.article.chars == len(r.article.text) and r.article.sha256 == text_sha256(r.article.text)


def test_the_llm_results_spans_match_the_text() -> None:
    for r in llm_results():
        body = r.article.text or ""
        for actor in r.actors:
            assert actor.mentions, actor
            for span in actor.mentions:
                assert body[span.start : span.end] in {actor.name, *actor.aliases}, (r.article.id, actor)
        by_id = {a.id: a for a in r.actors}
        for q in r.quotes:
            assert body[q.start : q.end] == q.text, (r.article.id, q)
            if q.speaker_id is not None:
                speaker = by_id[q.speaker_id]
                spans = [(m.start, m.end) for m in speaker.mentions]
                assert q.speaker == speaker.name and (q.speaker_span.start, q.speaker_span.end) in spans, (
                    r.article.id,
                    q,
                )


def test_the_llm_results_group_each_article_as_the_gold_does() -> None:
    """Within an article the answers are right, so what the bench measures on them is the linking
    across articles: each actor covers the mentions of one gold entity, and all of them."""
    entities = load_gold()["entities"]
    gold = {a["id"]: a["mentions"] for a in load_gold()["articles"]}
    for r in llm_results():
        found: dict[str, str] = {}
        covered: set[tuple[int, int]] = set()
        for actor in r.actors:
            for span in actor.mentions:
                hits = [m for m in gold[r.article.id] if m["start"] < span.end and span.start < m["end"]]
                assert len(hits) == 1, (r.article.id, actor.name, span)
                assert found.setdefault(hits[0]["entity"], actor.id) == actor.id, (r.article.id, actor.name)
                assert actor.type == entities[hits[0]["entity"]]["type"], (r.article.id, actor.name)
                covered.add((hits[0]["start"], hits[0]["end"]))
        assert covered == {(m["start"], m["end"]) for m in gold[r.article.id]}, r.article.id
