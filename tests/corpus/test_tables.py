"""The tables reconcile with the results file: every article and every quote once, errors counted."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyarrow.csv as pacsv
import pyarrow.parquet as pq
import pytest

from corpus.results_fixture import MARTA_1, MARTA_2, OSKAR, VELDE_ONLY, write_results
from llmextract.corpus import build
from llmextract.corpus.writer import write_corpus
from llmextract.errors import InputError

RESULTS = [MARTA_1, {"id": "broken", "error": "endpoint refused"}, MARTA_2, VELDE_ONLY, OSKAR]


def test_every_quote_once_and_error_records_counted(tmp_path: Path) -> None:
    tables = build([write_results(tmp_path / "r.jsonl", RESULTS)])
    assert (tables.results, tables.errors) == (4, 1)
    keys = [(r["article_id"], r["quote_id"]) for r in tables.quotes.to_pylist()]
    expected = [(x.article.id, q.id) for x in (MARTA_1, MARTA_2, VELDE_ONLY, OSKAR) for q in x.quotes]
    assert sorted(keys) == sorted(expected) and len(set(keys)) == len(keys)
    articles = {r["article_id"]: r for r in tables.articles.to_pylist()}
    assert set(articles) == {"river-1", "river-2", "river-3", "river-4"}
    assert (
        articles["river-1"]["date"] == dt.date(2023, 4, 2) and articles["river-1"]["source"] == "Valley Post"
    )
    assert sum(r["quotes"] for r in articles.values()) == tables.quotes.num_rows
    assert sum(r["quotes"] for r in tables.actors.to_pylist()) == tables.quotes.num_rows  # all attributed
    assert tables.article_actors.num_rows == sum(len(x.actors) for x in (MARTA_1, MARTA_2, VELDE_ONLY, OSKAR))
    quote = next(
        r for r in tables.quotes.to_pylist() if r["article_id"] == "river-2" and r["quote_id"] == "q2"
    )
    assert quote["text"] == "we are not." and MARTA_2.article.text is not None
    assert MARTA_2.article.text[quote["start"] : quote["end"]] == quote["text"]
    assert quote["source"] == "Harbour Herald" and quote["speaker_local_id"] == "a2"
    (stance,) = [s for s in tables.stances.to_pylist() if s["article_id"] == "river-2"]
    assert stance["evidence"] == "we are not." and stance["polarity"] == "oppose"


def test_actor_dates_span_their_articles(tmp_path: Path) -> None:
    tables = build([write_results(tmp_path / "r.jsonl", [MARTA_1, MARTA_2, OSKAR])])
    marta = next(r for r in tables.actors.to_pylist() if r["name"] == "Marta Velde")
    assert (marta["first_date"], marta["last_date"]) == (dt.date(2023, 4, 2), dt.date(2023, 6, 1))


@pytest.mark.parametrize("table_format", ["parquet", "csv"])
def test_written_tables_read_back(tmp_path: Path, table_format: str) -> None:
    tables = build([write_results(tmp_path / "r.jsonl", RESULTS)])
    written = write_corpus(tables, tmp_path / "out", table_format=table_format)  # type: ignore[arg-type]
    assert [p.name for p in written] == [
        f"{n}.{table_format}" for n in ("articles", "quotes", "actors", "article_actors", "stances", "merges")
    ] + ["index.html"]
    read = pq.read_table if table_format == "parquet" else pacsv.read_csv
    quotes = read(tmp_path / "out" / f"quotes.{table_format}")
    assert quotes.num_rows == tables.quotes.num_rows
    actors = read(tmp_path / "out" / f"actors.{table_format}").to_pylist()
    marta = next(r for r in actors if r["name"] == "Marta Velde")
    aliases = marta["aliases"] if table_format == "parquet" else marta["aliases"].split("; ")
    assert sorted(aliases) == ["Marta K. Velde", "Velde"]


def test_a_line_that_is_no_result_names_its_place(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(MARTA_1.model_dump_json() + "\n" + json.dumps({"id": "x"}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"r.jsonl:2: not an extraction result"):
        build([path])
    with pytest.raises(InputError, match="no such results file"):
        build([tmp_path / "missing.jsonl"])
