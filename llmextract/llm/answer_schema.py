"""The LLM-facing models: the small structure a model fills in.

Only texts and names, no offsets and no ids: models are poor at counting characters and at
keeping ids consistent. Grounding (offsets) and actor resolution (ids) are done afterwards by
the toolkit. The rules baseline produces the same structure, so every model takes one path.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator

__all__ = [
    "LLMActor",
    "LLMExtraction",
    "LLMQuote",
    "LLMStance",
    "actor_type_of",
    "as_internal",
    "polarity_of",
    "quote_kind_of",
    "schema_format",
    "schema_sha256",
    "strict_schema",
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


_SCHEMA_FORMATS: dict[type[BaseModel], dict[str, Any]] = {}


_NOT_IN_STRICT = ("title", "default", "minLength")


def strict_schema(schema: dict[str, Any]) -> dict[str, Any] | None:
    """The schema for ``strict: true`` structured outputs, or None when the schema does not allow it.

    Strict mode wants every object closed (``additionalProperties: false``) with all of its
    properties required (optional values are nullable instead, written ``"type": [T, "null"]``).
    Keys strict mode rejects or that
    only cost tokens (``title``, ``default``, ``minLength``: validation still checks lengths) are
    dropped.
    """

    def walk(node: Any) -> Any:
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        if node.get("type") == "object":
            properties = node.get("properties", {})
            if node.get("additionalProperties") is not False or set(node.get("required", [])) != set(
                properties
            ):
                raise ValueError("not strict")
        options = node.get("anyOf")
        if isinstance(options, list) and len(options) == 2 and {"type": "null"} in options:
            other = next(o for o in options if o != {"type": "null"})
            if set(other) == {"type"} and isinstance(other["type"], str):  # nullable scalar, said shortly
                node = {**{k: v for k, v in node.items() if k != "anyOf"}, "type": [other["type"], "null"]}
        return {
            key: (walk(value) if key != "properties" else {k: walk(v) for k, v in value.items()})
            for key, value in node.items()
            if key not in _NOT_IN_STRICT or key == "properties"
        }

    try:
        cleaned: dict[str, Any] = walk(schema)
    except ValueError:
        return None
    return cleaned


def schema_format(response_model: type[BaseModel]) -> dict[str, Any]:
    """The ``response_format`` of json_schema mode, built once per model: ``strict: true`` with the
    strict variant of the schema where the model allows it, else the schema as instructor builds it."""
    found = _SCHEMA_FORMATS.get(response_model)
    if found is None:
        schema = response_model.model_json_schema()
        strict = strict_schema(schema)
        spec: dict[str, Any] = {"name": response_model.__name__, "schema": schema}
        if strict is not None:
            spec = {"name": response_model.__name__, "strict": True, "schema": strict}
        found = {"type": "json_schema", "json_schema": spec}
        _SCHEMA_FORMATS[response_model] = found
    return found


def schema_sha256(response_model: type[BaseModel]) -> str:
    """Hash of the LLM-facing schema as it is sent: a schema change changes every cache key."""
    blob = json.dumps(schema_format(response_model), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def as_internal(answer: BaseModel) -> LLMExtraction:
    """Any LLM schema's answer in the one shape grounding and assembly read (v1's)."""
    if isinstance(answer, LLMExtraction):
        return answer
    as_v1 = getattr(answer, "as_v1", None)
    if callable(as_v1):
        converted = as_v1()
        if isinstance(converted, LLMExtraction):
            return converted
    raise TypeError(f"no conversion from {type(answer).__name__} to LLMExtraction")
