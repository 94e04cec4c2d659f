"""Build the hand-made example results in examples/results/ from the example articles.

The annotations below (actors, quotes, stances) were written by hand; offsets are never typed in:
they are found with ``str.find`` and checked, so ``text[start:end] == quote.text`` holds by
construction. Run ``python examples/build_results.py`` after editing an article or an annotation.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from llmextract import __version__
from llmextract.article import text_sha256
from llmextract.schema import Actor, ArticleInfo, Extraction, Provenance, Quote, Span, Stance

HERE = Path(__file__).resolve().parent

# Each quote: (id, text, kind, speaker actor id, cue). Each stance: (id, holder id, target, target
# actor id or None, polarity, evidence texts, quote id or None). Texts must occur exactly once.
ARTICLES: dict[str, dict[str, Any]] = {
    "ministers-rail-fund": {
        "actors": [
            ("a1", "Dana Kessler", "person", "Finance Minister", ["Kessler"]),
            ("a2", "Omar Lindqvist", "person", "Transport Minister", ["Lindqvist"]),
            ("a3", "Greta Solberg", "person", "chair of the rail workers’ union", []),
            ("a4", "rail workers’ union", "organization", None, []),
            ("a5", "Anton Reyes", "person", "Prime Minister", ["Reyes"]),
            ("a6", "spokesperson for Prime Minister Anton Reyes", "person", "spokesperson", []),
            ("a7", "Lena Fairweather", "person", "opposition transport critic", []),
            ("a8", "finance ministry", "organization", None, []),
            ("a9", "national audit office", "organization", None, []),
        ],
        "quotes": [
            ("q1", "We cannot sign cheques for tunnels we have not yet designed", "direct", "a1", "told"),
            (
                "q2",
                "The fund stays frozen until the engineers give me a real number.",
                "direct",
                "a1",
                "told",
            ),
            ("q3", "the freeze would cost the region two construction seasons", "indirect", "a2", "said"),
            ("q4", "moving the goalposts every spring.", "direct", "a2", "accused"),
            (
                "q5",
                "In March the minister told me the money was safe, and I believed her",
                "direct",
                "a2",
                "said",
            ),
            ("q6", "the money was safe", "indirect", "a1", "told"),
            ("q7", "Now the workers are asking me why the cranes have stopped.", "direct", "a2", "said"),
            ("q8", "tired of being a line in someone else’s spreadsheet", "direct", "a3", "said"),
            ("q9", "crews could leave for projects abroad", "indirect", "a3", "warned"),
            (
                "q10",
                "the prime minister had full confidence in both ministers and expected them to settle "
                "the matter before the cabinet meets on Friday",
                "indirect",
                "a6",
                "said",
            ),
            (
                "q11",
                "Reyes has asked the national audit office for an independent cost estimate",
                "indirect",
                "a6",
                "According to",
            ),
            (
                "q12",
                "a government arguing with itself while commuters stand on cold platforms.",
                "direct",
                "a7",
                "called",
            ),
            ("q13", "her party would table a motion to release the fund", "indirect", "a7", "said"),
        ],
        "stances": [
            ("s1", "a1", "the rail fund freeze", None, "support", ["The fund stays frozen"], "q2"),
            ("s2", "a2", "the rail fund freeze", None, "oppose", ["the freeze would cost the region"], "q3"),
            ("s3", "a2", "finance ministry", "a8", "oppose", ["accused the finance ministry"], None),
            ("s4", "a2", "Dana Kessler", "a1", "oppose", ["and I believed her"], "q5"),
            ("s5", "a4", "Omar Lindqvist", "a2", "support", ["sided with the transport minister"], None),
            ("s6", "a3", "the rail fund freeze", None, "oppose", ["tired of being a line"], "q8"),
            ("s7", "a5", "Dana Kessler", "a1", "support", ["full confidence in both ministers"], "q10"),
            ("s8", "a5", "Omar Lindqvist", "a2", "support", ["full confidence in both ministers"], "q10"),
            ("s9", "a7", "the rail fund freeze", None, "oppose", ["a motion to release the fund"], "q13"),
            (
                "s10",
                "a5",
                "national audit office",
                "a9",
                "neutral",
                ["asked the national audit office"],
                "q11",
            ),
        ],
    },
    "harbour-wind-farm": {
        "actors": [
            ("a1", "Inès Okafor", "person", "Mayor of Port Ellery", ["Mayor Inès Okafor"]),
            ("a2", "fishermen’s cooperative", "organization", None, ["cooperative"]),
            ("a3", "Tomas Brennan", "person", "spokesman of the fishermen’s cooperative", ["Brennan"]),
            ("a4", "Northwind Energy", "organization", "developer", []),
            ("a5", "Priya Castellanos", "person", "project director, Northwind Energy", []),
            ("a6", "Hugo Maalouf", "person", "marine biologist", ["Dr. Hugo Maalouf"]),
            ("a7", "Ruth Abernathy", "person", "councillor, chair of the planning committee", []),
        ],
        "quotes": [
            (
                "q1",
                "the farm would “power every home in Port Ellery twice over” and bring maintenance jobs "
                "to the harbour",
                "indirect",
                "a1",
                "told",
            ),
            ("q2", "power every home in Port Ellery twice over", "direct", "a1", "told"),
            (
                "q3",
                "This is the biggest investment this town has seen in fifty years",
                "direct",
                "a1",
                "said",
            ),
            ("q4", "the turbines would close the best crab grounds on the coast", "indirect", "a3", "said"),
            ("q5", "They are asking us to trade a living for a view of progress", "direct", "a3", "said"),
            ("q6", "Our boats were here first.", "direct", "a3", "said"),
            (
                "q7",
                "it had redesigned the layout twice to keep shipping lanes open",
                "indirect",
                "a4",
                "said in a statement",
            ),
            (
                "q8",
                "the company would pay for an independent survey of the crab beds",
                "indirect",
                "a5",
                "told",
            ),
            (
                "q9",
                "The foundations could disturb spawning grounds during construction",
                "indirect",
                "a6",
                "said",
            ),
            (
                "q10",
                "the long-term effect on the crab population was “genuinely unknown.”",
                "indirect",
                "a6",
                "said",
            ),
            ("q11", "genuinely unknown.", "direct", "a6", "said"),
            ("q12", "she would not take sides until the survey was published", "indirect", "a7", "said"),
        ],
        "stances": [
            ("s1", "a1", "the offshore wind farm", None, "support", ["the mayor backing the project"], None),
            ("s2", "a2", "the offshore wind farm", None, "oppose", ["vowing to fight it"], None),
            ("s3", "a3", "the offshore wind farm", None, "oppose", ["close the best crab grounds"], "q4"),
            ("s4", "a3", "Northwind Energy", "a4", "oppose", ["They are asking us to trade a living"], "q5"),
            ("s5", "a4", "the offshore wind farm", None, "support", ["redesigned the layout twice"], "q7"),
            ("s6", "a6", "the offshore wind farm", None, "neutral", ["urged caution"], None),
            ("s7", "a7", "the offshore wind farm", None, "neutral", ["would not take sides"], "q12"),
        ],
    },
}


def find_once(text: str, needle: str) -> Span:
    """The one place ``needle`` occurs; anything else is an annotation error."""
    start = text.find(needle)
    if start < 0 or text.find(needle, start + 1) >= 0:
        raise SystemExit(f"{needle!r} must occur exactly once in the article")
    return Span(start=start, end=start + len(needle))


def mentions(text: str, names: list[str]) -> list[Span]:
    """Every whole-word occurrence of any name, longest names first, without overlaps."""
    found: list[Span] = []
    for name in sorted(names, key=len, reverse=True):
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if all(m.end() <= s.start or m.start() >= s.end for s in found):
                found.append(Span(start=m.start(), end=m.end()))
    return sorted(found, key=lambda s: s.start)


def build(article_id: str, spec: dict[str, Any]) -> Extraction:
    text = (HERE / f"{article_id}.txt").read_text(encoding="utf-8")
    actors = [
        Actor(id=i, name=n, type=t, role=r, aliases=al, mentions=mentions(text, [n, *al]))
        for i, n, t, r, al in spec["actors"]
    ]
    by_id = {a.id: a for a in actors}
    quotes = []
    for qid, qtext, kind, speaker_id, cue in spec["quotes"]:
        span = find_once(text, qtext)
        speaker = by_id[speaker_id]
        nearest = min(speaker.mentions, key=lambda s: min(abs(s.end - span.start), abs(s.start - span.end)))
        quotes.append(
            Quote(
                id=qid,
                text=qtext,
                start=span.start,
                end=span.end,
                kind=kind,
                speaker_id=speaker_id,
                speaker=speaker.name,
                speaker_span=nearest,
                cue=cue,
                alignment="exact",
            )
        )
    stances = [
        Stance(
            id=sid,
            holder_id=holder,
            holder=by_id[holder].name,
            target=target,
            target_id=target_id,
            polarity=polarity,
            evidence=[find_once(text, e) for e in evidence],
            quote_id=quote_id,
        )
        for sid, holder, target, target_id, polarity, evidence, quote_id in spec["stances"]
    ]
    extraction = Extraction(
        article=ArticleInfo(
            id=article_id,
            title=text.split("\n", 1)[0],
            sha256=text_sha256(text),
            chars=len(text),
            text=text,
        ),
        actors=actors,
        quotes=quotes,
        stances=stances,
        provenance=Provenance(model="hand-annotated example", toolkit_version=__version__),
    )
    for q in extraction.quotes:
        assert text[q.start : q.end] == q.text, q.id
    return extraction


def main() -> int:
    out = HERE / "results"
    out.mkdir(exist_ok=True)
    for article_id, spec in ARTICLES.items():
        path = out / f"{article_id}.json"
        path.write_text(build(article_id, spec).model_dump_json(indent=2) + "\n", encoding="utf-8")
        print(f"wrote {path.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
