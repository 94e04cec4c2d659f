"""Merges under review: the joins and kept-apart surnames the dashboard lists, with their choices."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest
from pagetree import parse

from corpus.results_fixture import (
    GOVERNOR_VELDE,
    MARTA_1,
    MARTA_2,
    OSKAR,
    VELDE_AS_GOVERNOR,
    VELDE_AS_MR,
    VELDE_ONLY,
    write_results,
)
from llmextract.corpus import build
from llmextract.corpus.dashboard import render_dashboard
from llmextract.corpus.merge_review import merge_groups
from llmextract.corpus.tables import SCHEMAS, CorpusTables

ALL = [GOVERNOR_VELDE, MARTA_1, MARTA_2, OSKAR, VELDE_AS_GOVERNOR, VELDE_AS_MR, VELDE_ONLY]


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory) -> CorpusTables:
    return build([write_results(tmp_path_factory.mktemp("r") / "r.jsonl", ALL)])


def test_joins_of_other_names_and_kept_apart_surnames_are_listed(tables: CorpusTables) -> None:
    groups = merge_groups(tables.merges, tables.actors)["groups"]
    marta = next(g for g in groups if g["canonical"] == "Marta Velde")
    assert [(r["name"], r["choice"]) for r in marta["rows"]] == [
        ("Marta Velde", None),  # the name itself: nothing to split
        ("Marta K. Velde", "split"),
        ("Velde", "split"),
    ]
    assert "surname and evidence (governor)" in marta["rows"][2]["rule"]
    apart = [g for g in groups if g["canonical"] == "Velde"]
    assert len(apart) == 2
    assert all(g["rows"][0]["choice"] == "join" for g in apart)
    assert all(g["candidates"] == ["Marta Velde", "Oskar Velde"] for g in apart)
    assert not any(g["canonical"] in {"Ansel Brook", "Oskar Velde", "Velde Campaign"} for g in groups)


def test_several_kept_apart_surnames_each_get_their_persons() -> None:
    """Candidates are looked up per surname, however many surnames are kept apart (case-blind)."""
    merges = pa.table(
        {"actor_id": ["x1", "x2", "x3"], "canonical": ["Velde", "ORTIZ", "Lind"],
         "name": ["Velde", "ORTIZ", "Lind"], "rule": ["kept apart: surname fits 2 persons"] * 3,
         "local_actors": [1, 1, 1]},
        schema=SCHEMAS["merges"],
    )  # fmt: skip
    people = ["Marta Velde", "Oskar Velde", "Ana Ortiz", "Velde", "Lind Group"]
    actors = pa.Table.from_pylist(
        [{"actor_id": f"p{i}", "name": n, "type": "organization" if "Group" in n else "person", "aliases": [],
          "articles": 1, "quotes": 1} for i, n in enumerate(people)],
        schema=SCHEMAS["actors"],
    )  # fmt: skip
    groups = {g["canonical"]: g["candidates"] for g in merge_groups(merges, actors)["groups"]}
    assert groups == {"Velde": ["Marta Velde", "Oskar Velde"], "ORTIZ": ["Ana Ortiz"], "Lind": []}


def test_the_dashboard_offers_a_choice_per_row_and_one_small_script(tables: CorpusTables) -> None:
    html = render_dashboard(tables)
    root, attrs = parse(html)
    [section] = root.find_all("section", id="merges")
    selects = section.find_all("select")
    assert [(s.attrs["data-kind"], s.attrs["data-name"]) for s in selects] == [
        ("split", "Marta K. Velde"), ("split", "Velde"), ("join", "Velde"), ("join", "Velde"),
    ]  # fmt: skip
    assert all(s.parent is not None and s.parent.tag == "label" for s in selects)
    assert html.count("<script") == 1
    assert not [a for a in attrs if a[2].startswith(("http:", "https:"))]


def test_nothing_to_review_says_so_without_a_script(tmp_path: Path) -> None:
    html = render_dashboard(build([write_results(tmp_path / "r.jsonl", [OSKAR])]))
    assert "No names were joined across articles" in html and "<script" not in html
