"""A made-up article with its extraction, for the export and import round trips.

Offsets are found with ``str.find`` so the article can be edited without counting characters; it
holds a direct and a reported quote, a quote with no known speaker, an astral character (two
UTF-16 units, one Python character) before the spans, and stances on an actor and on a topic.
"""

from __future__ import annotations

from llmextract.article import text_sha256
from llmextract.schema import Actor, ArticleInfo, Extraction, Mention, Provenance, Quote, Span, Stance

TEXT = (
    "Tidewater council 🌊 votes on the ferry\n"
    "Mayor Ilse Brandt said the ferry would run all winter. "
    "“We will not leave the islands alone,” Brandt told reporters on Friday. "
    "The Harbour Guild opposes the plan, its chair Tomas Vik said. "
    "Critics warned that fares could double."
)


def at(part: str, after: int = 0) -> Span:
    start = TEXT.index(part, after)
    return Span(start=start, end=start + len(part))


def quote(
    qid: str, part: str, kind: str, speaker: str | None, mention: Span | None, cue: str | None
) -> Quote:
    span = at(part)
    return Quote.model_validate(
        {
            "id": qid, "text": part, "start": span.start, "end": span.end, "kind": kind,
            "speaker_id": speaker, "speaker": None, "speaker_span": mention, "cue": cue,
            "alignment": "exact",
        }
    )  # fmt: skip


def sample_extraction(article_id: str = "tidewater-ferry") -> Extraction:
    brandt = [at("Mayor Ilse Brandt"), at("Brandt", TEXT.index("alone"))]
    actors = [
        Actor(id="a1", name="Ilse Brandt", type="person", aliases=["Brandt"],
              mentions=[Mention(start=m.start, end=m.end, match="exact") for m in brandt]),
        Actor(id="a2", name="Harbour Guild", type="organization",
              mentions=[Mention(start=at("The Harbour Guild").start, end=at("The Harbour Guild").end)]),
        Actor(id="a3", name="Tomas Vik", type="person", mentions=[Mention(**at("Tomas Vik").model_dump())]),
    ]  # fmt: skip
    quotes = [
        quote("q1", "the ferry would run all winter", "indirect", "a1", brandt[0], "said"),
        quote("q2", "“We will not leave the islands alone,”", "direct", "a1", brandt[1], "told"),
        quote("q3", "The Harbour Guild opposes the plan", "indirect", "a3", at("Tomas Vik"), "said"),
        quote("q4", "fares could double", "indirect", None, None, "warned"),
    ]
    stances = [
        Stance(id="s1", holder_id="a2", holder="Harbour Guild", target="the ferry plan",
               polarity="oppose", evidence=[at("opposes the plan")], quote_id="q3"),
        Stance(id="s2", holder_id="a1", holder="Ilse Brandt", target="Harbour Guild", target_id="a2",
               polarity="neutral"),
    ]  # fmt: skip
    return Extraction(
        article=ArticleInfo(
            id=article_id, title="Ferry vote", sha256=text_sha256(TEXT), chars=len(TEXT), text=TEXT
        ),
        actors=actors,
        quotes=quotes,
        stances=stances,
        provenance=Provenance(model="rules", toolkit_version="0.0.0"),
    )
