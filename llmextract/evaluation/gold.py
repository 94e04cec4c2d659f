"""The native gold format: one annotated article per JSONL line, and its strict loader.

Gold files are written by hand or by the importers and read by the scorer. The loader checks
more than the types: offsets lie inside the text and ``text[start:end]`` equals the quote text,
so a scorer never compares predictions with spans that point at the wrong characters. Every
error names the file and the line number of the bad line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from llmextract.article import text_sha256
from llmextract.errors import InputError
from llmextract.schema import (
    Actor,
    ActorType,
    ArticleInfo,
    Extraction,
    Provenance,
    Quote,
    Span,
    Stance,
)
from llmextract.utils.jsonl import read_jsonl
from llmextract.utils.outputs import write_text

__all__ = [
    "GOLD_FORMAT_VERSION",
    "GoldActor",
    "GoldArticle",
    "GoldQuote",
    "GoldStance",
    "ImportResult",
    "Task",
    "dump_gold",
    "gold_json_schema",
    "gold_to_extraction",
    "load_gold",
]

GOLD_FORMAT_VERSION = 2  # 2: an optional "lang" per article

Task = Literal["quotes", "actors", "stances"]
GoldSpan = tuple[int, int]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class GoldQuote(_Model):
    """One attribution: the content span, who said it and the cue."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = Field(description="exactly the article text[start:end]")
    kind: Literal["direct", "indirect"] | None = None
    speaker: str | None = Field(default=None, description="canonical speaker name, or the mention text")
    speaker_spans: list[GoldSpan] = Field(default_factory=list, description="speaker mentions, [start, end]")
    cue: str | None = None
    cue_span: GoldSpan | None = None
    parts: list[GoldSpan] = Field(
        default_factory=list,
        description="the ranges of a discontinuous content span; start/end cover them all",
    )


class GoldActor(_Model):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    type: ActorType | None = None


class GoldStance(_Model):
    holder: str = Field(min_length=1, description="an actor's name")
    target: str = Field(min_length=1, description="an actor's name or a topic")
    polarity: Literal["support", "oppose", "neutral"]
    evidence: list[GoldSpan] = Field(default_factory=list)


class GoldArticle(_Model):
    """One gold line. ``tasks`` says which of quotes/actors/stances this line annotates."""

    id: str = Field(min_length=1)
    text: str
    title: str | None = None
    lang: str | None = Field(
        default=None, description="the article's language (ISO 639-1); detected if absent"
    )
    tasks: list[Task] = Field(min_length=1)
    quotes: list[GoldQuote] = Field(default_factory=list)
    actors: list[GoldActor] = Field(default_factory=list)
    stances: list[GoldStance] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check_offsets(self) -> GoldArticle:
        n = len(self.text)
        for i, q in enumerate(self.quotes):
            where = f"quotes[{i}]"
            _check_span((q.start, q.end), n, where)
            if self.text[q.start : q.end] != q.text:
                raise ValueError(
                    f"{where}: text[{q.start}:{q.end}] is {self.text[q.start : q.end][:60]!r}, "
                    f"not the quote text {q.text[:60]!r}"
                )
            for span in [*q.speaker_spans, *q.parts, *([q.cue_span] if q.cue_span else [])]:
                _check_span(span, n, where)
        for i, s in enumerate(self.stances):
            for span in s.evidence:
                _check_span(span, n, f"stances[{i}].evidence")
        return self


def gold_json_schema() -> dict[str, Any]:
    """The JSON Schema of one gold line, as snapshotted in ``schemas/gold/v<N>.json``."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"llmextract/gold/v{GOLD_FORMAT_VERSION}",
        **GoldArticle.model_json_schema(),
        "description": "One gold article: a line of an llmextract gold JSONL file. "
        "Offsets are Python str indices into text; text[start:end] equals each quote's text.",
    }


def _check_span(span: GoldSpan, length: int, where: str) -> None:
    start, end = span
    if not 0 <= start <= end <= length:
        raise ValueError(f"{where}: span [{start}, {end}] is outside the text (length {length})")


def _gold_article(data: Any, where: str) -> GoldArticle:
    try:
        return GoldArticle.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        msg = str(first["msg"]).removeprefix("Value error, ")
        extra = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise InputError(f"{where}: {loc + ': ' if loc else ''}{msg}{extra}") from exc


def load_gold(path: str | Path) -> list[GoldArticle]:
    """Read and validate a gold JSONL file; blank lines are allowed, duplicate ids are not."""
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such gold file")
    articles: list[GoldArticle] = []
    seen: dict[str, int] = {}
    for record in read_jsonl(p):  # records end at "\n" only: U+2028 in a text stays in it
        article = _gold_article(record.value, record.where)
        if article.id in seen:
            raise InputError(
                f"{record.where}: duplicate article id {article.id!r} (first on line {seen[article.id]})"
            )
        seen[article.id] = record.number
        articles.append(article)
    if not articles:
        raise InputError(f"{p}: no gold articles")
    return articles


def dump_gold(articles: Iterable[GoldArticle], path: str | Path) -> int:
    """Write articles as gold JSONL (UTF-8, one per line); returns how many were written."""
    lines = [article.model_dump_json(exclude_none=False) + "\n" for article in articles]
    write_text(Path(path), "".join(lines))
    return len(lines)


@dataclass
class ImportResult:
    """Imported articles plus what was left out and why (reason -> count)."""

    articles: list[GoldArticle] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    @property
    def quotes(self) -> int:
        return sum(len(a.quotes) for a in self.articles)

    @property
    def actors(self) -> int:
        return sum(len(a.actors) for a in self.articles)

    @property
    def stances(self) -> int:
        return sum(len(a.stances) for a in self.articles)


def gold_to_extraction(article: GoldArticle, *, model: str = "gold") -> Extraction:
    """The gold annotation dressed as a prediction: scoring it against its gold must give 100%.

    Used to check the scorer and importers end to end. Speakers and stance holders that are
    not in the gold actor list become actors of type ``other``.
    """
    from llmextract.__about__ import __version__

    actors: list[Actor] = []
    ids: dict[str, str] = {}

    def actor_id(name: str, kind: ActorType = "other", aliases: list[str] | None = None) -> str:
        if name not in ids:
            ids[name] = f"a{len(actors) + 1}"
            actors.append(Actor(id=ids[name], name=name, type=kind, aliases=aliases or []))
            for alias in aliases or []:
                ids.setdefault(alias, ids[name])
        return ids[name]

    for a in article.actors:
        actor_id(a.name, a.type or "other", a.aliases)
    quotes = [
        Quote(
            id=f"q{i}",
            text=q.text,
            start=q.start,
            end=q.end,
            kind=q.kind or "indirect",
            speaker=q.speaker,
            speaker_id=actor_id(q.speaker) if q.speaker else None,
            speaker_span=Span(start=q.speaker_spans[0][0], end=q.speaker_spans[0][1])
            if q.speaker_spans
            else None,
            cue=q.cue,
            alignment="exact",
        )
        for i, q in enumerate(article.quotes, start=1)
    ]
    stances = [
        Stance(
            id=f"s{i}",
            holder_id=actor_id(s.holder),
            holder=s.holder,
            target=s.target,
            target_id=ids.get(s.target),
            polarity=s.polarity,
            evidence=[Span(start=b, end=e) for b, e in s.evidence],
        )
        for i, s in enumerate(article.stances, start=1)
    ]
    return Extraction(
        article=ArticleInfo(
            id=article.id,
            title=article.title,
            sha256=text_sha256(article.text),
            chars=len(article.text),
            text=article.text,
        ),
        actors=actors,
        quotes=quotes,
        stances=stances,
        provenance=Provenance(model=model, toolkit_version=__version__),
    )
