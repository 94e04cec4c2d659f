"""Results as Label Studio tasks, the results as predictions a reviewer accepts or corrects.

One task per article: ``data`` holds the text, id and title; its one prediction marks every quote
(``Direct quote``/``Indirect quote``), every actor mention by the actor's type, speaker mentions
that are no actor mention (``Speaker``), cues (``Cue``) and stance topics (``Topic``: the evidence
span, or the topic's words in the text). Relations join them: ``speaker`` and ``cue`` point at
their quote, ``support``/``oppose``/``neutral`` from the holder to the target. A per-region text
box (``name``) holds the actor's name (all its mentions share it) or the topic. Offsets are
Python ``str`` indices (Unicode code points); the importer checks them against each region's words.
:mod:`llmextract.evaluation.labelstudio` reads the export back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import quoteattr

from llmextract.export.gold_lines import locate_cue
from llmextract.schema import ActorType, Extraction, Polarity, QuoteKind

__all__ = [
    "ACTOR_LABELS",
    "CUE",
    "KIND_LABELS",
    "LABEL_CONTROL",
    "NAME_CONTROL",
    "POLARITIES",
    "SPEAKER",
    "TEXT_OBJECT",
    "TOPIC",
    "LabelStudioExport",
    "dumps",
    "labeling_config",
    "tasks_json",
]

LABEL_CONTROL = "label"  # the Labels control of every region
NAME_CONTROL = "name"  # the per-region TextArea: an actor's name or a topic
TEXT_OBJECT = "text"  # the Text object, fed by the task's data.text
KIND_LABELS: dict[QuoteKind, str] = {"direct": "Direct quote", "indirect": "Indirect quote"}
ACTOR_LABELS: dict[ActorType, str] = {
    "person": "Person", "organization": "Organization", "state": "State", "group": "Group",
    "other": "Other actor",
}  # fmt: skip
SPEAKER = "Speaker"
CUE = "Cue"
TOPIC = "Topic"
POLARITIES: tuple[Polarity, ...] = ("support", "oppose", "neutral")
_COLOURS = {
    "Direct quote": "#f2c14e", "Indirect quote": "#f7e3a1", SPEAKER: "#8ecae6", CUE: "#cdb4db",
    "Person": "#90be6d", "Organization": "#43aa8b", "State": "#577590", "Group": "#f9844a",
    "Other actor": "#adb5bd", TOPIC: "#f28482",
}  # fmt: skip


def labeling_config() -> str:
    """The labeling config the tasks' predictions are written for."""
    labels = "\n".join(
        f"    <Label value={quoteattr(v)} background={quoteattr(c)}/>" for v, c in _COLOURS.items()
    )
    relations = "\n".join(f"    <Relation value={quoteattr(v)}/>" for v in ("speaker", "cue", *POLARITIES))
    return (
        "<View>\n"
        '  <Header value="Quotes, speakers, cues, actors and stances"/>\n'
        f'  <Labels name="{LABEL_CONTROL}" toName="{TEXT_OBJECT}">\n{labels}\n  </Labels>\n'
        f"  <Relations>\n{relations}\n  </Relations>\n"
        f'  <Text name="{TEXT_OBJECT}" value="$text" granularity="symbol"/>\n'
        '  <View visibleWhen="region-selected">\n'
        '    <Header value="Actor name (the same on all its mentions) or topic"/>\n'
        f'    <TextArea name="{NAME_CONTROL}" toName="{TEXT_OBJECT}" perRegion="true" editable="true"'
        ' maxSubmissions="1" rows="1"/>\n'
        "  </View>\n"
        "</View>\n"
    )


@dataclass
class LabelStudioExport:
    """The tasks, and what the format could not hold (reason -> count)."""

    tasks: list[dict[str, Any]] = field(default_factory=list)
    left_out: dict[str, int] = field(default_factory=dict)

    def leave_out(self, reason: str) -> None:
        self.left_out[reason] = self.left_out.get(reason, 0) + 1


class _Result:
    """The result list of one prediction, regions keyed by their span and label."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.items: list[dict[str, Any]] = []
        self.regions: dict[tuple[int, int, str], str] = {}  # (start, end, label) -> region id

    def region(self, start: int, end: int, label: str, name: str | None = None, *, own: str = "") -> str:
        """The region of that span and label, made once; ``own`` makes one of its own (a quote)."""
        key = (start, end, label + own)
        if key in self.regions:
            return self.regions[key]
        rid = self.regions[key] = f"r{len(self.regions) + 1}"
        value = {"start": start, "end": end, "text": self.text[start:end]}
        self.items.append(_item(rid, LABEL_CONTROL, "labels", {**value, "labels": [label]}))
        if name is not None:
            self.items.append(_item(rid, NAME_CONTROL, "textarea", {**value, "text": [name]}))
        return rid

    def relation(self, source: str, target: str, label: str) -> None:
        self.items.append(
            {"from_id": source, "to_id": target, "type": "relation", "direction": "right", "labels": [label]}
        )


def _item(rid: str, control: str, kind: str, value: dict[str, Any]) -> dict[str, Any]:
    return {"id": rid, "from_name": control, "to_name": TEXT_OBJECT, "type": kind, "value": value}


def _prediction(extraction: Extraction, text: str, out: LabelStudioExport) -> list[dict[str, Any]]:
    result = _Result(text)
    first: dict[str, str] = {}  # actor id -> the region of its first mention
    by_span: dict[tuple[int, int], str] = {}  # a mention's span -> its region
    for actor in extraction.actors:
        if not actor.mentions:
            out.leave_out("actor without a mention in the text")
        for m in sorted(actor.mentions, key=lambda m: (m.start, m.end)):
            rid = result.region(m.start, m.end, ACTOR_LABELS[actor.type], actor.name)
            first.setdefault(actor.id, rid)
            by_span.setdefault((m.start, m.end), rid)
    names = {a.id: a.name for a in extraction.actors}
    for q in sorted(extraction.quotes, key=lambda q: (q.start, q.end)):
        rid = result.region(q.start, q.end, KIND_LABELS[q.kind], own=f"/{q.id}")  # two quotes of one span
        if q.speaker_span is not None:
            span = (q.speaker_span.start, q.speaker_span.end)
            name = names.get(q.speaker_id or "", q.speaker) or text[span[0] : span[1]]
            speaker = by_span.get(span) or result.region(*span, SPEAKER, name)
            result.relation(speaker, rid, "speaker")
        elif q.speaker_id or q.speaker:
            out.leave_out("speaker with no mention span")
        if cue := locate_cue(text, q):
            result.relation(result.region(*cue, CUE), rid, "cue")
    for s in extraction.stances:
        holder = first.get(s.holder_id)
        target = first.get(s.target_id or "") or _topic(
            result, s.target, [(e.start, e.end) for e in s.evidence]
        )
        if holder is None or target is None:
            out.leave_out("stance whose holder or topic has no span in the text")
            continue
        result.relation(holder, target, s.polarity)
    return result.items


def _topic(result: _Result, topic: str, evidence: list[tuple[int, int]]) -> str | None:
    """A topic's region: its first evidence span, else where the text names it (any case)."""
    if evidence:
        return result.region(*evidence[0], TOPIC, topic)
    pos = result.text.casefold().find(topic.casefold()) if topic.strip() else -1
    if pos < 0 or len(result.text.casefold()) != len(result.text):
        return None
    return result.region(pos, pos + len(topic), TOPIC, topic)


def tasks_json(extractions: Iterable[Extraction]) -> LabelStudioExport:
    """One task per extraction, its results as the prediction; results without text raise ValueError."""
    out = LabelStudioExport()
    for extraction in extractions:
        text = extraction.article.text
        if text is None:
            raise ValueError(f"article {extraction.article.id!r}: the result has no article text")
        prov = extraction.provenance
        version = f"{prov.model} {prov.prompt.name}@{prov.prompt.version}" if prov.prompt else prov.model
        out.tasks.append(
            {
                "data": {
                    "text": text,
                    "article_id": extraction.article.id,
                    "title": extraction.article.title,
                },
                "predictions": [{"model_version": version, "result": _prediction(extraction, text, out)}],
            }
        )
    return out


def dumps(export: LabelStudioExport) -> str:
    """The tasks file's text: a JSON list, as Label Studio's import reads it."""
    return json.dumps(export.tasks, ensure_ascii=False, indent=1) + "\n"
