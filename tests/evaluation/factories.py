"""Small builders for hand-made gold lines and predictions, so each test states only what matters."""

from __future__ import annotations

from typing import Any

from llmextract.article import text_sha256
from llmextract.evaluation.gold import GoldArticle
from llmextract.schema import Actor, ActorType, ArticleInfo, Extraction, Provenance, Quote, Span, Stance

TEXT = "x" * 200  # offsets are all that quote matching looks at


def gold(
    quotes: list[dict[str, Any]] | None = None,
    actors: list[dict[str, Any]] | None = None,
    stances: list[dict[str, Any]] | None = None,
    *,
    text: str = TEXT,
    tasks: tuple[str, ...] = ("quotes", "actors", "stances"),
    article_id: str = "a1",
) -> GoldArticle:
    """Gold quotes are given as {"span": (s, e), ...}; their text is filled in from ``text``."""
    qs = []
    for q in quotes or []:
        s, e = q.pop("span")
        qs.append({"start": s, "end": e, "text": text[s:e], **q})
    return GoldArticle.model_validate(
        {
            "id": article_id,
            "text": text,
            "tasks": list(tasks),
            "quotes": qs,
            "actors": actors or [],
            "stances": stances or [],
        }
    )


def quote(
    start: int,
    end: int,
    *,
    speaker: str | None = None,
    speaker_id: str | None = None,
    mention: tuple[int, int] | None = None,
    text: str = TEXT,
    n: int = 1,
) -> Quote:
    return Quote(
        id=f"q{n}",
        text=text[start:end],
        start=start,
        end=end,
        kind="direct",
        speaker=speaker,
        speaker_id=speaker_id,
        speaker_span=Span(start=mention[0], end=mention[1]) if mention else None,
        alignment="exact",
    )


def actor(n: int, name: str, *aliases: str, kind: ActorType = "person") -> Actor:
    return Actor(id=f"a{n}", name=name, type=kind, aliases=list(aliases))


def stance(
    holder_id: str, holder: str, target: str, polarity: str, *, target_id: str | None = None, n: int = 1
) -> Stance:
    return Stance.model_validate(
        {
            "id": f"s{n}",
            "holder_id": holder_id,
            "holder": holder,
            "target": target,
            "target_id": target_id,
            "polarity": polarity,
        }
    )


def extraction(
    quotes: list[Quote] | None = None,
    actors: list[Actor] | None = None,
    stances: list[Stance] | None = None,
    *,
    text: str = TEXT,
    article_id: str = "a1",
) -> Extraction:
    return Extraction(
        article=ArticleInfo(id=article_id, sha256=text_sha256(text), chars=len(text), text=text),
        actors=actors or [],
        quotes=quotes or [],
        stances=stances or [],
        provenance=Provenance(model="test", toolkit_version="0"),
    )
