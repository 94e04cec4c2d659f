"""Import SEESAW (entity lists and sentence-level stance triples) into the native gold format.

Layout: ``annotations/<doc>.json`` (``entity lists``, ``sentence-level stances``) and
``articles/<doc>.json`` (``text``: numbered sentences). Rules:

- ``text`` is the sentences in id order joined with ``SENTENCE_SEPARATOR`` (one sentence a
  line); each sentence keeps its offsets, which become the stance evidence, bounded by the one
  sentence segmentation the assembly uses (``span_policy.sentence_span``: a line break always
  ends a sentence, so a line's evidence is the line without surrounding whitespace).
- Actors come from the entity list. An entity's type is the most frequent of its annotators'
  types (ties: the first listed): People → person, Organization → organization, GPE → state,
  Religion → group, Others → other. Topic and Event entities are not actors; they stay
  possible stance targets by their text.
- Stances: POS → support, NEG → oppose, with the sentence as evidence. Skipped and counted:
  triples whose subject or object is "None" or "Not in the list", whose holder is a topic or
  event (a stance holder must be an actor), or whose sentence id is unknown.
- A (holder, polarity, target) triple repeated in one article becomes one gold stance whose
  evidence lists every sentence it was annotated on, in text order.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Literal

from llmextract.errors import InputError
from llmextract.evaluation.gold import GoldActor, GoldArticle, GoldStance, ImportResult
from llmextract.grounding.span_policy import sentence_span
from llmextract.schema import ActorType
from llmextract.utils.json_policy import load_file

__all__ = ["ACTOR_TYPES", "SENTENCE_SEPARATOR", "import_seesaw", "seesaw_article"]

SENTENCE_SEPARATOR = "\n"
ACTOR_TYPES: dict[str, ActorType] = {
    "People": "person",
    "Organization": "organization",
    "GPE": "state",
    "Religion": "group",
    "Others": "other",
}
Polarity = Literal["support", "oppose"]
_NO_ENTITY = {"None", "Not in the list"}
_POLARITY: dict[str, Polarity] = {"POS": "support", "NEG": "oppose"}


def _entity_type(types: list[Any]) -> str:
    labels = [t for t in types if isinstance(t, str)]
    if not labels:
        return "Others"
    counts = Counter(labels)
    best = max(counts.values())
    return next(t for t in labels if counts[t] == best)


def seesaw_article(
    doc_id: str, annotation: dict[str, Any], article: dict[str, Any], skipped: Counter[str]
) -> GoldArticle:
    """One gold article from an annotation object and its article object."""
    numbered = sorted(article.get("text", []), key=lambda s: int(s["id"]))
    pieces: list[str] = []
    lines: dict[int, tuple[int, int]] = {}
    pos = 0
    for sentence in numbered:
        if pieces:
            pos += len(SENTENCE_SEPARATOR)
        piece = str(sentence["text"])
        lines[int(sentence["id"])] = (pos, pos + len(piece))
        pieces.append(piece)
        pos += len(piece)
    text = SENTENCE_SEPARATOR.join(pieces)
    # evidence is the line as the toolkit's one segmentation bounds it (as the assembly does)
    offsets = {sid: sentence_span(text, *line) for sid, line in lines.items()}

    kinds: dict[str, str] = {}
    actors: list[GoldActor] = []
    for entry in annotation.get("entity lists", []):
        name, types = str(entry[0]), entry[1]
        if name in kinds:
            skipped["entity listed twice"] += 1
            continue
        kind = _entity_type(types)
        kinds[name] = kind
        if kind in ACTOR_TYPES:
            actors.append(GoldActor(name=name, type=ACTOR_TYPES[kind]))

    evidence: dict[tuple[str, Polarity, str], list[tuple[int, int]]] = {}
    for sid, triples in annotation.get("sentence-level stances", {}).items():
        for triple in triples:
            holder, target = str(triple.get("subject")), str(triple.get("object"))
            polarity = _POLARITY.get(str(triple.get("sentiment")))
            span = offsets.get(int(sid))
            if holder in _NO_ENTITY or target in _NO_ENTITY:
                skipped['triple with subject or object "None" / "Not in the list"'] += 1
            elif polarity is None:
                skipped["triple with a sentiment other than POS/NEG"] += 1
            elif span is None:
                skipped["triple on an unknown sentence id"] += 1
            elif kinds.get(holder, "Others") not in ACTOR_TYPES:
                skipped["triple whose holder is a topic or event, not an actor"] += 1
            else:
                key = (holder, polarity, target)
                if key in evidence:
                    skipped["repeated triple (merged: its sentence added as evidence)"] += 1
                evidence.setdefault(key, []).append(span)
    stances = [
        GoldStance(holder=h, target=t, polarity=p, evidence=sorted(set(spans)))
        for (h, p, t), spans in evidence.items()
    ]
    title = annotation.get("title") or article.get("title")
    return GoldArticle(
        id=doc_id,
        text=text,
        title=str(title) if title else None,
        tasks=["actors", "stances"],
        actors=actors,
        stances=stances,
    )


def _read_json(path: Path) -> dict[str, Any]:
    data = load_file(path)
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a JSON object")
    return data


def import_seesaw(folder: str | Path) -> ImportResult:
    """Read every ``annotations/*.json`` with its ``articles/*.json`` under ``folder``."""
    root = Path(folder)
    ann_dir, art_dir = root / "annotations", root / "articles"
    if not ann_dir.is_dir() or not art_dir.is_dir():
        raise InputError(f"{root}: no SEESAW data (expected annotations/ and articles/ folders)")
    result = ImportResult()
    for ann_path in sorted(ann_dir.glob("*.json")):
        art_path = art_dir / ann_path.name
        if not art_path.is_file():
            result.skipped["annotation without its article"] += 1
            continue
        try:
            gold = seesaw_article(ann_path.stem, _read_json(ann_path), _read_json(art_path), result.skipped)
        except (KeyError, TypeError, ValueError) as exc:
            raise InputError(f"{ann_path}: unexpected SEESAW structure ({exc!r})") from exc
        result.articles.append(gold)
    return result
