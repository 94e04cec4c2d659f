"""The blind linking set (blind/linking/): its gold holds together, so a linking score read from it
means something. Nothing here scores the linker; ``bench/linking.py`` does."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

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
