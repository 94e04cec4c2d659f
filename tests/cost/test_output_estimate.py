"""The answer-token estimate: the schema's empty answer plus the calibrated share of the article."""

from __future__ import annotations

import json

from llmextract.cost.output_estimate import CALIBRATION, calibration, empty_answer, estimate_output_tokens
from llmextract.cost.tokens import counter_for
from llmextract.llm.answer_schema_v2 import answer_model


def test_the_empty_answer_has_every_list_of_the_schema() -> None:
    assert json.loads(empty_answer(answer_model(2, asked_by="t"))) == {
        "actors": [],
        "quotes": [],
        "stances": [],
    }


def test_the_estimate_grows_with_the_article_from_the_empty_answer() -> None:
    counter, model = counter_for("gpt-4o"), answer_model(2, asked_by="t")
    empty = counter.count(empty_answer(model))
    assert estimate_output_tokens(0, model, counter) == empty
    assert estimate_output_tokens(1000, model, counter, share=0.5) == empty + 500
    assert estimate_output_tokens(2000, model, counter) > estimate_output_tokens(1000, model, counter)


def test_the_calibration_shipped_says_what_it_was_fitted_on() -> None:
    data = json.loads(CALIBRATION.read_text())
    cal = calibration()
    assert cal.answers >= 10 and cal.share > 0 and cal.mean_abs_error >= 0
    assert data["tokenizer"] == "o200k_base, exact" and "mean_abs_error_leave_one_out" in data
