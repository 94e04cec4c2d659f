"""Shared fixtures for the HTML view tests: the example results and a builder of hostile ones."""

from __future__ import annotations

from pathlib import Path

import pytest

from llmextract.article import text_sha256
from llmextract.schema import Actor, ArticleInfo, Extraction, Provenance, Quote, Span, Stance

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


EXAMPLE_IDS = ("harbour-wind-farm", "ministers-rail-fund")


def example_results() -> list[Path]:
    """The hand-made results of the two example articles (examples/build_results.py)."""
    return [EXAMPLES / "results" / f"{article_id}.json" for article_id in EXAMPLE_IDS]


@pytest.fixture
def examples() -> list[Extraction]:
    return [Extraction.model_validate_json(p.read_text(encoding="utf-8")) for p in example_results()]


def make_extraction(
    text: str,
    quotes: list[tuple[str, str, str]],
    *,
    actor_names: tuple[str, ...] = ("Ana Reyes", "Bo Lind"),
    article_id: str = "art-1",
    with_text: bool = True,
) -> Extraction:
    """An extraction over ``text``; quotes are (id, exact text, speaker id), offsets found by str.find."""
    actors = [
        Actor(id=f"a{i}", name=n, type="person", role="<i>role</i>") for i, n in enumerate(actor_names, 1)
    ]
    built = []
    for qid, qtext, speaker in quotes:
        start = text.find(qtext)
        assert start >= 0, qtext
        built.append(
            Quote(
                id=qid,
                text=qtext,
                start=start,
                end=start + len(qtext),
                kind="direct" if len(built) % 2 == 0 else "indirect",
                speaker_id=speaker,
                speaker=speaker,
                cue='said" onfocus="x',
                alignment="exact",
            )
        )
    stances = [
        Stance(
            id="s1",
            holder_id="a1",
            holder=actors[0].name,
            target=actors[1].name,
            target_id="a2",
            polarity="oppose",
            evidence=[Span(start=built[0].start, end=built[0].end)] if built else [],
            quote_id=built[0].id if built else None,
        ),
        Stance(id="s2", holder_id="a2", holder=actors[1].name, target="<svg onload=x>", polarity="support"),
    ]
    return Extraction(
        article=ArticleInfo(
            id=article_id,
            title="<title>Hostile</title>",
            sha256=text_sha256(text),
            chars=len(text),
            text=text if with_text else None,
        ),
        actors=actors,
        quotes=built,
        stances=stances,
        provenance=Provenance(model="<b>model</b>", toolkit_version="0.1.0"),
        warnings=["<script>warn()</script>"],
    )
