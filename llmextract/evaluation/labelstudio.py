"""Import a Label Studio JSON export (tasks made by ``llmextract export labelstudio``) as gold.

Each task's newest annotation that was not cancelled is read; a task nobody annotated falls back
on its prediction, so accepting a prediction unchanged and leaving it are the same gold. Quotes
are the ``Direct quote``/``Indirect quote`` regions; a ``speaker`` relation gives the speaker (its
region's ``name``, else its words) and mention span, a ``cue`` relation the cue; actors are the
mention regions grouped by ``name`` (other mention words become aliases); a polarity relation is
a stance from its holder's name to its target's name or topic. Offsets are checked against each
region's words: an export that counted UTF-16 units (older Label Studio editors did, after an emoji)
is read by those units, and a region whose words match neither way is skipped and counted.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from llmextract.errors import InputError
from llmextract.evaluation.gold import GoldActor, GoldArticle, GoldQuote, GoldStance, ImportResult
from llmextract.export.labelstudio import (
    ACTOR_LABELS,
    CUE,
    KIND_LABELS,
    LABEL_CONTROL,
    NAME_CONTROL,
    POLARITIES,
    SPEAKER,
    TOPIC,
)
from llmextract.schema import ActorType, Polarity, QuoteKind
from llmextract.utils.json_policy import JsonRefused, load_file

__all__ = ["import_labelstudio", "python_span"]

_KINDS: dict[str, QuoteKind] = {label: kind for kind, label in KIND_LABELS.items()}
_TYPES: dict[str, ActorType] = {label: kind for kind, label in ACTOR_LABELS.items()}
_POLARITY: dict[str, Polarity] = {p: p for p in POLARITIES}


@dataclass
class _Region:
    start: int
    end: int
    label: str
    name: str | None = None


def python_span(text: str, value: dict[str, Any]) -> tuple[int, int] | None:
    """The region's ``[start, end)`` as Python indices, or None when its words are not there."""
    start, end, words = value.get("start"), value.get("end"), value.get("text")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end:
        return None
    if not isinstance(words, str) or text[start:end] == words:
        return (start, end) if end <= len(text) else None
    units = text.encode("utf-16-le")
    try:
        before = units[: 2 * start].decode("utf-16-le")
        inside = units[2 * start : 2 * end].decode("utf-16-le")
    except UnicodeDecodeError:
        return None
    return (len(before), len(before) + len(inside)) if inside == words else None


def _annotated(task: dict[str, Any]) -> list[dict[str, Any]]:
    """The task's annotations that were not cancelled, oldest first."""
    return [a for a in task.get("annotations") or [] if isinstance(a, dict) and not a.get("was_cancelled")]


def _chosen(task: dict[str, Any]) -> list[dict[str, Any]]:
    """The newest annotation kept, else the newest prediction; [] when neither has a result."""
    for group in (_annotated(task), [p for p in task.get("predictions") or [] if isinstance(p, dict)]):
        if group:
            result = group[-1].get("result")
            return [r for r in result if isinstance(r, dict)] if isinstance(result, list) else []
    return []


def _regions(text: str, items: list[dict[str, Any]], result: ImportResult) -> dict[str, _Region]:
    regions: dict[str, _Region] = {}
    names: dict[str, str] = {}
    for item in items:
        value, rid = item.get("value"), item.get("id")
        if not isinstance(value, dict) or not isinstance(rid, str):
            continue
        if item.get("from_name") == NAME_CONTROL:
            words = value.get("text")
            if isinstance(words, list) and words and isinstance(words[0], str) and words[0].strip():
                names[rid] = words[0].strip()
        elif item.get("from_name") == LABEL_CONTROL:
            labels = value.get("labels")
            span = python_span(text, value)
            if span is None:
                result.skipped["region whose offsets do not match its words"] += 1
            elif isinstance(labels, list) and labels and isinstance(labels[0], str):
                regions[rid] = _Region(*span, label=labels[0])
    for rid, name in names.items():
        if rid in regions:
            regions[rid].name = name
    return regions


def _relations(items: list[dict[str, Any]]) -> Iterator[tuple[str, str, str]]:
    """(label, from region, to region) of each relation, read left to right."""
    for item in items:
        if item.get("type") != "relation" or not item.get("labels"):
            continue
        a, b = item.get("from_id"), item.get("to_id")
        if isinstance(a, str) and isinstance(b, str):
            for label in item["labels"]:
                yield (label, b, a) if item.get("direction") == "left" else (label, a, b)


def _article(task: dict[str, Any], number: int, result: ImportResult) -> GoldArticle | None:
    data = task.get("data")
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        result.skipped["task without a text"] += 1
        return None
    text: str = data["text"]
    if not _annotated(task) and not any(isinstance(p, dict) for p in task.get("predictions") or []):
        result.skipped["task with no annotation (a project export lists only its predictions' ids)"] += 1
        return None
    items = _chosen(task)
    regions = _regions(text, items, result)

    def name(rid: str) -> str:
        r = regions[rid]
        return r.name or text[r.start : r.end]

    links: dict[tuple[str, str], list[str]] = {}
    stances: list[GoldStance] = []
    for label, a, b in _relations(items):
        if a not in regions or b not in regions:
            result.skipped["relation to a region that is not there"] += 1
        elif label in _POLARITY:
            stances.append(GoldStance(holder=name(a), target=name(b), polarity=_POLARITY[label]))
        else:
            links.setdefault((label, b), []).append(a)
    quotes = []
    for rid, r in sorted(regions.items(), key=lambda kv: (kv[1].start, kv[1].end)):
        if r.label not in _KINDS:
            continue
        speakers = links.get(("speaker", rid), [])
        cues = [regions[c] for c in links.get(("cue", rid), [])]
        quotes.append(
            GoldQuote(
                start=r.start, end=r.end, text=text[r.start : r.end], kind=_KINDS[r.label],
                speaker=name(speakers[0]) if speakers else None,
                speaker_spans=sorted((regions[s].start, regions[s].end) for s in speakers),
                cue=text[cues[0].start : cues[0].end] if cues else None,
                cue_span=(cues[0].start, cues[0].end) if cues else None,
            )
        )  # fmt: skip
    actors: dict[str, GoldActor] = {}
    for r in sorted(regions.values(), key=lambda r: (r.start, r.end)):
        if r.label in _TYPES:
            words = text[r.start : r.end]
            named = r.name or words
            actor = actors.setdefault(named, GoldActor(name=named, type=_TYPES[r.label]))
            if words != actor.name and words not in actor.aliases:
                actor.aliases.append(words)
        elif r.label not in (*_KINDS, SPEAKER, CUE, TOPIC):
            result.skipped[f"region labelled {r.label!r} (not an llmextract label)"] += 1
    article_id = data.get("article_id")
    title = data.get("title")
    return GoldArticle(
        id=article_id if isinstance(article_id, str) and article_id else f"task-{task.get('id', number)}",
        text=text,
        title=title if isinstance(title, str) else None,
        tasks=["quotes", "actors", "stances"],
        quotes=quotes,
        actors=list(actors.values()),
        stances=stances,
    )


def import_labelstudio(path: str | Path) -> ImportResult:
    """Gold articles from a Label Studio JSON export (a list of tasks) or a tasks file."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such Label Studio export")
    try:
        tasks = load_file(p)
    except JsonRefused as exc:
        raise InputError(f"{p}: cannot read the Label Studio export ({exc.reason})") from exc
    if not isinstance(tasks, list):
        raise InputError(f"{p}: expected a JSON list of tasks (Label Studio's JSON export)")
    result = ImportResult()
    seen: set[str] = set()
    for number, task in enumerate(tasks, start=1):
        article = _article(task, number, result) if isinstance(task, dict) else None
        if article is None:
            continue
        if article.id in seen:
            result.skipped["task for an article already imported (first kept)"] += 1
            continue
        seen.add(article.id)
        result.articles.append(article)
        if not _annotated(task):
            result.notes.append(f"{article.id}: no annotation, its prediction was used")
    return result
