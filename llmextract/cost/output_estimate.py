"""How many tokens a model will answer with, before it has answered: from the schema and the article.

An answer is the answer schema's empty object (``{"actors": [], "quotes": [], "stances": []}``)
plus what it copies out of the article: quotes and evidence verbatim, names, roles. So the estimate
is the empty answer's tokens plus a fixed share of the article's tokens. The share is calibrated on
the project's own answers (the cassettes under ``cassettes/``, every answer whose request holds an
article) by ``python bench/cost_calibration.py``, which writes ``output_calibration.json`` beside
this file with the share, how many answers it saw and the estimate's error on them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from llmextract.cost.tokens import TokenCounter
from llmextract.utils.json_policy import load_file

__all__ = ["CALIBRATION", "Calibration", "calibration", "empty_answer", "estimate_output_tokens"]

CALIBRATION = Path(__file__).with_name("output_calibration.json")


@dataclass(frozen=True)
class Calibration:
    """The answer's share of the article's tokens, and how well it fitted the answers it came from."""

    share: float
    answers: int
    mean_abs_error: float
    total_error: float


@lru_cache(maxsize=1)
def calibration() -> Calibration:
    data: dict[str, Any] = load_file(CALIBRATION)
    return Calibration(
        share=float(data["share"]),
        answers=int(data["answers"]),
        mean_abs_error=float(data["mean_abs_error"]),
        total_error=float(data["total_error"]),
    )


def empty_answer(answer_model: type[BaseModel]) -> str:
    """The answer with nothing found: each of the schema's list fields empty, as compact JSON."""
    fields = answer_model.model_json_schema().get("properties", {})
    return json.dumps({name: [] for name in fields}, separators=(",", ":"))


def estimate_output_tokens(
    article_tokens: int, answer_model: type[BaseModel], counter: TokenCounter, share: float | None = None
) -> int:
    """The tokens an answer to an article of ``article_tokens`` is expected to take."""
    share = calibration().share if share is None else share
    return counter.count(empty_answer(answer_model)) + round(share * article_tokens)
