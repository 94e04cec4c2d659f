"""Prices: the dated shipped table, a user's file, flags, and what a model without a price gets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmextract.cost.prices import PriceSource, price_for, shipped_table
from llmextract.errors import ConfigError, InputError


def test_the_shipped_table_is_dated_and_names_its_date() -> None:
    table = shipped_table()
    assert table.dated[:2] == "20" and table.batch_discount == 0.5
    price = price_for("gpt-4o-mini")
    assert price is not None and price.source == f"price table of {table.dated}"
    assert (price.input, price.cached_input, price.output) == (0.15, 0.075, 0.6)


@pytest.mark.parametrize(
    ("model", "known_as"),
    [
        ("gpt-4o-mini-2024-07-18", "gpt-4o-mini"),
        ("gpt-4o-2024-08-06", "gpt-4o"),
        ("openai/gpt-4.1-mini", "gpt-4.1-mini"),
        ("GPT-4.1", "gpt-4.1"),
        ("claude-sonnet-4-20250514", "claude-sonnet-4"),
    ],
)
def test_dated_and_prefixed_names_take_their_models_price(model: str, known_as: str) -> None:
    price, own = price_for(model), price_for(known_as)
    assert price is not None and own is not None and (price.input, price.output) == (own.input, own.output)


@pytest.mark.parametrize("model", ["llama3", "gpt-4o-audio-preview", "qwen2.5-7b-instruct", "gpt-4o-minis"])
def test_a_model_no_table_knows_has_no_price(model: str) -> None:
    assert price_for(model) is None


def test_cost_arithmetic_cached_tokens_and_batch_discount() -> None:
    price = price_for("gpt-4o")
    assert price is not None
    assert price.usd(1_000_000, 0) == pytest.approx(2.5)
    assert price.usd(1_000_000, 1_000_000, cached_tokens=400_000) == pytest.approx(
        0.6 * 2.5 + 0.4 * 1.25 + 10
    )
    assert price.usd(10, 0, cached_tokens=99) == pytest.approx(10 * 1.25 / 1e6)  # never more than the prompt
    assert price.batch_usd(1_000_000, 1_000_000) == pytest.approx(12.5 / 2)


def test_flags_win_and_price_an_unknown_model_only_with_both() -> None:
    both = price_for("llama3", PriceSource(price_in=1.0, price_out=3.0))
    assert both is not None and (both.input, both.cached_input, both.output) == (1.0, 1.0, 3.0)
    assert both.source == "--price-in/--price-out"
    with pytest.raises(ConfigError, match="give both"):
        price_for("llama3", PriceSource(price_in=1.0))
    one = price_for("gpt-4o", PriceSource(price_out=1.0))
    assert one is not None and (one.input, one.cached_input, one.output) == (2.5, 1.25, 1.0)
    with pytest.raises(ConfigError, match=">= 0"):
        PriceSource(price_in=-1.0)


def test_a_price_file_wins_over_the_table(tmp_path: Path) -> None:
    path = tmp_path / "prices.json"
    path.write_text(
        json.dumps({"models": {"gpt-4o": {"input": 9, "output": 9}, "llama3": {"input": 0.1, "output": 0.2}}})
    )
    mine = price_for("gpt-4o", PriceSource(price_file=path))
    assert mine is not None and (mine.input, mine.cached_input, mine.source) == (
        9.0,
        9.0,
        f"--price-file {path}",
    )
    local = price_for("llama3", PriceSource(price_file=path))
    assert local is not None and local.output == 0.2
    table = price_for("gpt-4.1", PriceSource(price_file=path))  # the file does not know it: the table does
    assert table is not None and table.input == 2.0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "invalid JSON"),
        ('{"models": []}', "expected"),
        ('{"models": {"m": {"input": 1}}}', "needs 'input' and 'output'"),
        ('{"models": {"m": {"input": -1, "output": 1}}}', "a price must be"),
        ('{"models": {"m": {"input": "1", "output": 1}}}', "a price must be"),
    ],
)
def test_a_bad_price_file_is_an_input_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "p.json"
    path.write_text(text)
    with pytest.raises(InputError, match=message):
        price_for("gpt-4o", PriceSource(price_file=path))
    with pytest.raises(InputError, match="--price-file"):
        price_for("gpt-4o", PriceSource(price_file=tmp_path / "missing.json"))
