"""LLM schema v2: the answer shape of ``extraction@v2``, strict-mode ready and without invented labels.

Differences from v1 (:mod:`llmextract.llm.answer_schema`):

- every object is closed and lists all of its properties as required, so json_schema requests
  carry ``strict: true``; optional values are nullable. Validation stays lenient where nothing is
  invented: a missing ``role``, ``cue`` or ``speaker_mention`` is null, missing ``aliases`` empty;
- ``type`` (actor) and ``kind`` (quote) have no default: an answer without them is re-asked rather
  than labelled "person" or "direct" by the toolkit;
- quotes carry ``speaker_mention``, the exact words the text uses for the speaker ("she");
- no descriptions in the schema: the prompt defines every field once.

Answers are converted to the v1 shape (:meth:`LLMExtractionV2.as_v1`) before grounding and assembly.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from llmextract.core.answer import (
    LLMActor,
    LLMExtraction,
    LLMQuote,
    LLMStance,
    actor_type_of,
    polarity_of,
    quote_kind_of,
)
from llmextract.errors import ConfigError

__all__ = ["LLM_SCHEMAS", "Actor", "LLMExtractionV2", "Quote", "Stance", "answer_model"]


def _closed(schema: dict[str, Any]) -> None:
    """Every property required and no others allowed: what strict structured outputs need."""
    schema["required"] = list(schema.get("properties", {}))
    schema["additionalProperties"] = False


_CONFIG = ConfigDict(json_schema_extra=_closed)


class Actor(BaseModel):
    model_config = _CONFIG

    name: str = Field(min_length=1)
    type: Literal["person", "organization", "state", "group", "other"]
    role: str | None = None
    aliases: list[str] = Field(default_factory=list)

    @field_validator("type", mode="before")
    @classmethod
    def _lower_type(cls, value: Any) -> Any:
        return actor_type_of(value)

    @field_validator("aliases", mode="before")
    @classmethod
    def _no_aliases(cls, value: Any) -> Any:
        return [] if value is None else value


class Quote(BaseModel):
    model_config = _CONFIG

    text: str = Field(min_length=1)
    speaker: str | None = None
    speaker_mention: str | None = None
    cue: str | None = None
    kind: Literal["direct", "indirect"]

    @field_validator("kind", mode="before")
    @classmethod
    def _lower_kind(cls, value: Any) -> Any:
        return quote_kind_of(value)


class Stance(BaseModel):
    model_config = _CONFIG

    holder: str = Field(min_length=1)
    target: str = Field(min_length=1)
    polarity: Literal["support", "oppose", "neutral"]
    evidence: str = Field(min_length=1)

    @field_validator("polarity", mode="before")
    @classmethod
    def _normalise_polarity(cls, value: Any) -> Any:
        return polarity_of(value)


class LLMExtractionV2(BaseModel):
    model_config = _CONFIG

    actors: list[Actor]
    quotes: list[Quote]
    stances: list[Stance]

    def as_v1(self) -> LLMExtraction:
        """The shape grounding and assembly read, ``speaker_mention`` included: the assembly uses it
        to find which occurrence of the speaker is meant, and to link a speaker only it names.
        ``speaker_mention`` stands in for a missing ``speaker`` only when it names an actor of the
        answer (a pronoun never becomes a name)."""
        names = {name for actor in self.actors for name in (actor.name, *actor.aliases)}
        return LLMExtraction(
            actors=[LLMActor(name=a.name, type=a.type, role=a.role, aliases=a.aliases) for a in self.actors],
            quotes=[
                LLMQuote(
                    text=q.text,
                    speaker=q.speaker or (q.speaker_mention if q.speaker_mention in names else None),
                    cue=q.cue,
                    kind=q.kind,
                    speaker_mention=q.speaker_mention,
                )
                for q in self.quotes
            ],
            stances=[LLMStance(**s.model_dump()) for s in self.stances],
        )


LLM_SCHEMAS: dict[int, type[BaseModel]] = {1: LLMExtraction, 2: LLMExtractionV2}


def answer_model(version: int, *, asked_by: str) -> type[BaseModel]:
    """The answer model of LLM schema ``version``; a ConfigError naming ``asked_by`` when there is none."""
    try:
        return LLM_SCHEMAS[version]
    except KeyError:
        raise ConfigError(
            f"prompt {asked_by} asks for LLM schema v{version}, which this toolkit does not have"
        ) from None
