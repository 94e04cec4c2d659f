"""The LLM-facing schemas: strict structured outputs where allowed, v1 requests unchanged, v2 answers."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from llmextract.core.answer import LLMExtraction
from llmextract.llm.answer_schema import schema_format, strict_schema
from llmextract.llm.answer_schema_v2 import LLMExtractionV2


def objects(node: Any) -> list[dict[str, Any]]:
    """Every object schema inside ``node``."""
    if isinstance(node, list):
        return [o for item in node for o in objects(item)]
    if not isinstance(node, dict):
        return []
    own = [node] if node.get("type") == "object" else []
    return own + [o for value in node.values() for o in objects(value)]


def test_v1_is_sent_as_instructor_builds_it_without_strict() -> None:
    spec = schema_format(LLMExtraction)["json_schema"]
    assert "strict" not in spec and spec["schema"] == LLMExtraction.model_json_schema()
    assert strict_schema(LLMExtraction.model_json_schema()) is None


def test_v2_is_strict_closed_and_required_everywhere() -> None:
    spec = schema_format(LLMExtractionV2)["json_schema"]
    assert spec["strict"] is True
    found = objects(spec["schema"])
    assert len(found) == 4  # the answer, an actor, a quote, a stance
    for obj in found:
        assert obj["additionalProperties"] is False and obj["required"] == list(obj["properties"])
    text = str(spec["schema"])
    assert "title" not in text and "default" not in text and "minLength" not in text


def test_v2_leaves_no_label_to_a_default() -> None:
    with pytest.raises(ValidationError, match="type"):
        LLMExtractionV2.model_validate({"actors": [{"name": "Ana Ruiz"}], "quotes": [], "stances": []})
    with pytest.raises(ValidationError, match="kind"):
        LLMExtractionV2.model_validate({"actors": [], "quotes": [{"text": "x"}], "stances": []})


def test_v2_converts_to_the_v1_shape() -> None:
    answer = LLMExtractionV2.model_validate(
        {
            "actors": [{"name": "Ana Ruiz", "type": "Person", "role": None, "aliases": ["Ruiz"]}],
            "quotes": [
                {"text": "a", "speaker": None, "speaker_mention": "Ruiz", "cue": "said", "kind": "direct"},
                {"text": "b", "speaker": None, "speaker_mention": "she", "cue": None, "kind": "indirect"},
                {"text": "c", "speaker": "Ana Ruiz", "speaker_mention": "she", "cue": None, "kind": "direct"},
            ],
            "stances": [{"holder": "Ana Ruiz", "target": "the tax", "polarity": "against", "evidence": "c"}],
        }
    ).as_v1()
    assert isinstance(answer, LLMExtraction) and answer.actors[0].type == "person"
    assert [q.speaker for q in answer.quotes] == ["Ruiz", None, "Ana Ruiz"]
    assert answer.stances[0].polarity == "oppose"
