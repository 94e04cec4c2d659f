"""What the LLM stage adds to the answer types of ``llmextract.core.answer``:
strict JSON Schemas for structured outputs, their hashes, and any answer model read as the
internal one."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from pydantic import BaseModel

from llmextract.core.answer import LLMExtraction

__all__ = [
    "as_internal",
    "schema_format",
    "schema_sha256",
    "strict_schema",
]

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
