"""The answer types every stage shares: the small structure a model (or the rules) fills in.

Only texts and names, no offsets and no ids: models are poor at counting characters and at
keeping ids consistent. Grounding (offsets) and actor resolution (ids) are done afterwards by
the toolkit. The rules baseline produces the same structure, so every answer takes one path. These
types sit at the bottom, so the baseline, actors, grounding, assembly and the LLM stage all import
them without importing each other; what only the LLM stage needs (strict JSON Schemas for
structured outputs, their hashes) lives in ``llmextract.llm.answer_schema``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator
from pydantic.json_schema import SkipJsonSchema

__all__ = [
    "LLMActor",
    "LLMExtraction",
    "LLMQuote",
    "LLMStance",
    "actor_type_of",
    "polarity_of",
    "quote_kind_of",
]

_POLARITY_SYNONYMS = {
    "positive": "support",
    "pos": "support",
    "for": "support",
    "supports": "support",
    "negative": "oppose",
    "neg": "oppose",
    "against": "oppose",
    "opposes": "oppose",
    "none": "neutral",
}


def actor_type_of(value: Any) -> Any:
    """A model's actor type as the schema spells it: lower case, "organisation" and "country" mapped."""
    if isinstance(value, str):
        lowered = value.strip().lower()
        return {"organisation": "organization", "country": "state"}.get(lowered, lowered)
    return value


def quote_kind_of(value: Any) -> Any:
    """A model's quote kind as the schema spells it ("reported" is "indirect")."""
    if isinstance(value, str):
        lowered = value.strip().lower()
        return {"reported": "indirect"}.get(lowered, lowered)
    return value


def polarity_of(value: Any) -> Any:
    """A model's stance polarity as the schema spells it (synonyms such as "against" mapped)."""
    if isinstance(value, str):
        lowered = value.strip().lower()
        return _POLARITY_SYNONYMS.get(lowered, lowered)
    return value


class LLMActor(BaseModel):
    name: str = Field(min_length=1, description="the actor's fullest name in the article")
    type: Literal["person", "organization", "state", "group", "other"] = Field(
        default="person", description="person, organization, state (a country), group, or other"
    )
    role: str | None = Field(default=None, description="title or role, e.g. 'defence minister'")
    aliases: list[str] = Field(
        default_factory=list, description="other names used for this actor in the article"
    )

    @field_validator("type", mode="before")
    @classmethod
    def _lower_type(cls, value: Any) -> Any:
        return actor_type_of(value)


class LLMQuote(BaseModel):
    text: str = Field(
        min_length=1, description="the quoted or reported words, copied exactly from the article"
    )
    speaker: str | None = Field(
        default=None, description="who said it, as named in the article; null if unknown"
    )
    cue: str | None = Field(
        default=None, description="the verb or phrase introducing it: said, told, according to"
    )
    kind: Literal["direct", "indirect"] = Field(
        default="direct", description="direct: inside quotation marks; indirect: reported speech"
    )
    # The words the text uses for the speaker at this quote ("she", "the minister"), from prompts
    # whose schema asks for them (v2 and later); absent from the v1 schema a model is sent.
    speaker_mention: SkipJsonSchema[str | None] = None
    # Where the speaker's words start in the article, from extractors that read positions (the
    # rules baseline); the assembly takes that mention rather than the nearest one.
    speaker_at: SkipJsonSchema[int | None] = None

    @field_validator("kind", mode="before")
    @classmethod
    def _lower_kind(cls, value: Any) -> Any:
        return quote_kind_of(value)


class LLMStance(BaseModel):
    holder: str = Field(min_length=1, description="the actor who takes the stance")
    target: str = Field(min_length=1, description="the actor or topic the stance is about")
    polarity: Literal["support", "oppose", "neutral"]
    evidence: str = Field(min_length=1, description="the sentence that shows the stance, copied exactly")

    @field_validator("polarity", mode="before")
    @classmethod
    def _normalise_polarity(cls, value: Any) -> Any:
        return polarity_of(value)


class LLMExtraction(BaseModel):
    """Actors, quotes and stances found in one article."""

    actors: list[LLMActor] = Field(default_factory=list)
    quotes: list[LLMQuote] = Field(default_factory=list)
    stances: list[LLMStance] = Field(default_factory=list)
