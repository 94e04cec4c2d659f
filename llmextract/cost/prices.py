"""What a model's tokens cost: the dated table shipped with the package, a user's price file, or flags.

The shipped table (``llmextract/cost/prices.json``) holds USD per million tokens for common models
as the providers published them on its ``dated`` day; it is never fetched, and every figure made
from it names that day. A user's price file has the same shape (``{"models": {NAME: {"input",
"output", "cached_input"?}}, "batch_discount"?}``) and wins over the table; ``--price-in`` and
``--price-out`` win over both. A model none of them knows has no :class:`Price`: its tokens are
still counted and shown, and the figures say that no price is known.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from llmextract.errors import ConfigError, InputError, JsonRefused
from llmextract.utils.json_policy import load_file

__all__ = [
    "PRICE_TABLE",
    "Price",
    "PriceSource",
    "TableEntry",
    "load_price_file",
    "price_for",
    "shipped_table",
]

PRICE_TABLE = Path(__file__).with_name("prices.json")
_DATED_SUFFIX = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|latest)$")
PER_MILLION = 1_000_000


@dataclass(frozen=True)
class TableEntry:
    """One model's prices in USD per million tokens; ``cached_input`` None: no cached discount."""

    input: float
    output: float
    cached_input: float | None = None


@dataclass(frozen=True)
class PriceTable:
    dated: str
    batch_discount: float
    models: dict[str, TableEntry]
    where: str


@dataclass(frozen=True)
class Price:
    """The price of one model's tokens, and where it came from (said beside every figure)."""

    model: str
    input: float
    output: float
    cached_input: float
    batch_discount: float
    source: str

    def usd(self, prompt_tokens: int, completion_tokens: int, cached_tokens: int = 0) -> float:
        """Online cost of these tokens; ``cached_tokens`` (part of ``prompt_tokens``) at the cached rate."""
        cached = min(max(cached_tokens, 0), prompt_tokens)
        fresh = prompt_tokens - cached
        return (
            fresh * self.input + cached * self.cached_input + completion_tokens * self.output
        ) / PER_MILLION

    def batch_usd(self, prompt_tokens: int, completion_tokens: int) -> float:
        """The same tokens through the Batch API (the table's ``batch_discount`` off)."""
        return self.usd(prompt_tokens, completion_tokens) * (1 - self.batch_discount)


@dataclass(frozen=True)
class PriceSource:
    """What the user gave: a price file and/or per-million prices for input and output."""

    price_file: Path | None = None
    price_in: float | None = None
    price_out: float | None = None

    def __post_init__(self) -> None:
        for name in ("price_in", "price_out"):
            value = getattr(self, name)
            if value is not None and (not math.isfinite(value) or value < 0):
                raise ConfigError(f"--{name.replace('_', '-')} must be a number >= 0, not {value}")


def _number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
        raise InputError(f"{where}: a price must be a number >= 0, not {value!r}")
    return float(value)


def _parse(data: Any, where: str, *, dated: str | None = None) -> PriceTable:
    if not isinstance(data, dict) or not isinstance(data.get("models"), dict):
        raise InputError(f'{where}: expected {{"models": {{NAME: {{"input": .., "output": ..}}}}}}')
    models: dict[str, TableEntry] = {}
    for name, entry in data["models"].items():
        at = f"{where}: model {name!r}"
        if not isinstance(entry, dict) or "input" not in entry or "output" not in entry:
            raise InputError(f"{at}: needs 'input' and 'output' (USD per million tokens)")
        cached = entry.get("cached_input")
        models[str(name).lower()] = TableEntry(
            input=_number(entry["input"], at),
            output=_number(entry["output"], at),
            cached_input=None if cached is None else _number(cached, at),
        )
    discount = _number(data.get("batch_discount", 0.5), where)
    if discount > 1:
        raise InputError(f"{where}: batch_discount is a fraction in [0, 1], not {discount}")
    return PriceTable(str(data.get("dated") or dated or "undated"), discount, models, where)


@lru_cache(maxsize=1)
def shipped_table() -> PriceTable:
    """The dated table shipped with the package."""
    return _parse(load_file(PRICE_TABLE), "the shipped price table")


def load_price_file(path: Path) -> PriceTable:
    """A user's price file (JSON, the shipped table's shape); InputError when it cannot be read."""
    try:
        data = load_file(path)
    except JsonRefused as exc:
        raise InputError(f"--price-file {path}: {exc.reason}") from None
    return _parse(data, f"--price-file {path}", dated="undated")


def _lookup(table: PriceTable, model: str) -> TableEntry | None:
    """The entry for ``model``: its own, else its undated name's (``gpt-4o-2024-08-06`` → ``gpt-4o``);
    a provider prefix (``openai/gpt-4o``) is ignored."""
    name = model.lower().rsplit("/", 1)[-1]
    if name in table.models:
        return table.models[name]
    best = None
    for key in table.models:
        rest = name[len(key) + 1 :] if name.startswith(key + "-") else None
        if rest is not None and _DATED_SUFFIX.match(rest) and (best is None or len(key) > len(best)):
            best = key
    return table.models[best] if best is not None else None


def price_for(model: str, source: PriceSource | None = None) -> Price | None:
    """The price of ``model``'s tokens: flags over the user's file over the shipped table; None
    when none of them knows the model (and the flags do not give both prices)."""
    source = source or PriceSource()
    tables = [load_price_file(source.price_file)] if source.price_file is not None else []
    tables.append(shipped_table())
    entry, table = None, tables[-1]
    for candidate in tables:
        entry = _lookup(candidate, model)
        if entry is not None:
            table = candidate
            break
    flags = source.price_in is not None or source.price_out is not None
    if entry is None and not (source.price_in is not None and source.price_out is not None):
        if flags:
            raise ConfigError(f"no known price for model {model!r}: give both --price-in and --price-out")
        return None
    where = table.where if table.where != "the shipped price table" else f"price table of {table.dated}"
    input_price = source.price_in if source.price_in is not None else entry.input  # type: ignore[union-attr]
    output_price = source.price_out if source.price_out is not None else entry.output  # type: ignore[union-attr]
    cached = entry.cached_input if entry is not None and source.price_in is None else None
    return Price(
        model=model,
        input=input_price,
        output=output_price,
        cached_input=input_price if cached is None else cached,
        batch_discount=table.batch_discount,
        source="--price-in/--price-out" if flags else where,
    )
