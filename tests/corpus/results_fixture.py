"""Invented articles, written as results JSONL: the people and outlets are made up."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from llmextract.article import text_sha256
from llmextract.schema import Extraction

ActorSpec = (
    tuple[str, str, str, Sequence[str]] | tuple[str, str, str, Sequence[str], str]
)  # id, name, type, aliases[, role]
QuoteSpec = tuple[str, str, str | None, str]  # id, exact text, speaker id, kind


def result(
    article_id: str,
    text: str,
    actors: Sequence[ActorSpec],
    quotes: Sequence[QuoteSpec],
    *,
    stances: Sequence[tuple[str, str | None, str, str]] = (),  # holder id, target id, polarity, evidence
    metadata: dict[str, Any] | None = None,
) -> Extraction:
    """One invented result; offsets are found with str.find, so every quote is grounded."""
    names = {a[0]: a[1] for a in actors}

    def span(part: str) -> tuple[int, int]:
        start = text.find(part)
        assert start >= 0, part
        return start, start + len(part)

    built_quotes = [
        {"id": qid, "text": qtext, "start": span(qtext)[0], "end": span(qtext)[1], "kind": kind,
         "speaker_id": speaker, "speaker": names.get(speaker or ""), "cue": "said", "alignment": "exact"}
        for qid, qtext, speaker, kind in quotes
    ]  # fmt: skip
    built_stances = [
        {"id": f"s{n}", "holder_id": holder, "holder": names[holder], "target_id": target,
         "target": names.get(target or "", "the plan"), "polarity": polarity,
         "evidence": [dict(zip(("start", "end"), span(evidence), strict=True))]}
        for n, (holder, target, polarity, evidence) in enumerate(stances, 1)
    ]  # fmt: skip
    return Extraction.model_validate(
        {
            "article": {"id": article_id, "title": f"Story {article_id}", "sha256": text_sha256(text),
                        "chars": len(text), "text": text, "metadata": metadata},
            "actors": [
                {"id": a[0], "name": a[1], "type": a[2], "aliases": list(a[3]),
                 "role": a[4] if len(a) > 4 else None}
                for a in actors
            ],
            "quotes": built_quotes,
            "stances": built_stances,
            "provenance": {"model": "baseline", "toolkit_version": "0.1.0"},
        }
    )  # fmt: skip


def write_results(path: Path, items: Sequence[Extraction | dict[str, Any]]) -> Path:
    lines = [x.model_dump_json() if isinstance(x, Extraction) else json.dumps(x) for x in items]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


MARTA_1 = result(
    "river-1",
    'Marta Velde said "the dam will hold." Velde added that repairs start soon.',
    [("a1", "Marta Velde", "person", ["Velde"])],
    [("q1", "the dam will hold.", "a1", "direct"), ("q2", "repairs start soon", "a1", "indirect")],
    metadata={"date": "2023-04-02", "source": "Valley Post"},
)
MARTA_2 = result(
    "river-2",
    'Marta K. Velde told reporters "we are ready." Ansel Brook said "we are not."',
    [("a1", "Marta K. Velde", "person", []), ("a2", "Ansel Brook", "person", [])],
    [("q1", "we are ready.", "a1", "direct"), ("q2", "we are not.", "a2", "direct")],
    stances=[("a2", "a1", "oppose", "we are not.")],
    metadata={"date": "2023-05-10", "source": "Harbour Herald"},
)
VELDE_ONLY = result(
    "river-3",
    'Velde said "funding arrives in June." The Velde Campaign said "volunteers are welcome."',
    [("a1", "Velde", "person", []), ("a2", "Velde Campaign", "organization", [])],
    [("q1", "funding arrives in June.", "a1", "direct"), ("q2", "volunteers are welcome.", "a2", "direct")],
    metadata={"date": "2023-05-11", "source": "Valley Post"},
)
OSKAR = result(
    "river-4",
    'Oskar Velde, her cousin, said "the river is rising." Marta Velde agreed.',
    [("a1", "Oskar Velde", "person", []), ("a2", "Marta Velde", "person", [])],
    [("q1", "the river is rising.", "a1", "direct")],
    stances=[("a2", "a1", "support", "Marta Velde agreed.")],
    metadata={"date": "2023-06-01", "source": "Harbour Herald"},
)

GOVERNOR_VELDE = result(
    "river-5",
    'Governor Marta Velde said "the levee is funded."',
    [("a1", "Marta Velde", "person", [], "Governor")],
    [("q1", "the levee is funded.", "a1", "direct")],
    metadata={"date": "2023-06-02", "source": "Valley Post"},
)
VELDE_AS_GOVERNOR = result(
    "river-6",
    'Governor Velde said "the river will crest tonight."',
    [("a1", "Velde", "person", [], "Governor")],
    [("q1", "the river will crest tonight.", "a1", "direct")],
    metadata={"date": "2023-06-03", "source": "Harbour Herald"},
)
VELDE_AS_MR = result(
    "river-7",
    'Mr. Velde said "the bridge is closed."',
    [("a1", "Velde", "person", [], "Mr.")],
    [("q1", "the bridge is closed.", "a1", "direct")],
    metadata={"date": "2023-06-04", "source": "Harbour Herald"},
)
