"""The dashboard page: people link to their quotes, quotes to their article pages, nothing external."""

from __future__ import annotations

from pathlib import Path

import typer
from pagetree import parse
from typer.testing import CliRunner

from corpus.results_fixture import MARTA_1, MARTA_2, OSKAR, VELDE_ONLY, write_results
from llmextract.cli.corpus import register
from llmextract.corpus import build
from llmextract.corpus.dashboard import render_dashboard
from llmextract.html.view import safe_filename


def test_people_link_to_their_quotes_and_quotes_to_article_pages(tmp_path: Path) -> None:
    tables = build([write_results(tmp_path / "r.jsonl", [MARTA_1, MARTA_2, VELDE_ONLY, OSKAR])])
    html = render_dashboard(tables, views="pages/")
    root, attrs = parse(html)  # fails on bad nesting
    assert not [a for a in attrs if a[1].startswith("on") or a[2].startswith(("http:", "https:"))]
    ids = {e.attrs.get("id") for e in root.iter()}
    person_links = {
        e.attrs["href"] for e in root.find_all("a") if e.attrs.get("href", "").startswith("#person-")
    }
    assert person_links and all(href[1:] in ids for href in person_links)
    marta = next(r["actor_id"] for r in tables.actors.to_pylist() if r["name"] == "Marta Velde")
    (section,) = root.find_all("section", id=f"person-{marta}")
    hrefs = [a.attrs["href"] for a in section.find_all("a") if a.attrs["href"].startswith("pages/")]
    taken: set[str] = set()
    pages = {x.article.id: safe_filename(x.article.id, taken) for x in (MARTA_1, MARTA_2, VELDE_ONLY, OSKAR)}
    assert hrefs == [
        f"pages/{pages['river-1']}.html#quote-q1",
        f"pages/{pages['river-1']}.html#quote-q2",
        f"pages/{pages['river-2']}.html#quote-q1",
    ]
    assert "http://" not in html and "https://" not in html
    assert html.count("<script") == 1 and "aliases-download" in html  # the one script: merges under review
    assert "@media print" in html
    assert "Valley Post" in html and "Harbour Herald" in html  # the split by source


def test_corpus_command_writes_tables_and_dashboard(tmp_path: Path) -> None:
    app = typer.Typer()
    register(app)

    @app.command("other")
    def other() -> None:  # a second command, so typer keeps "corpus" as a sub-command name
        """Nothing."""

    results = write_results(tmp_path / "r.jsonl", [MARTA_1, {"id": "x", "error": "refused"}, MARTA_2])
    out = tmp_path / "out"
    run = CliRunner().invoke(app, ["corpus", str(results), "-o", str(out), "--format", "csv"])
    assert run.exit_code == 0, run.output
    assert "2 results (1 error records skipped)" in run.output
    assert (out / "quotes.csv").read_text(encoding="utf-8").count("\n") == 1 + 4
    assert (out / "index.html").is_file()
    bad = CliRunner().invoke(app, ["corpus", str(tmp_path / "none.jsonl"), "-o", str(out)])
    assert bad.exit_code == 2 and "no such results file" in bad.output


def test_most_quoted_people_lists_no_group_or_outlet_a_model_typed_person(tmp_path: Path) -> None:
    from corpus.results_fixture import result

    groups = result(
        "river-8",
        'Valleyists said "the dam must go." FactCheckers said "the claim is false." Ana Brook said "no."',
        [("a1", "Valleyists", "person", []), ("a2", "FactCheckers", "person", []),
         ("a3", "Ana Brook", "person", [])],
        [("q1", "the dam must go.", "a1", "direct"), ("q2", "the claim is false.", "a2", "direct"),
         ("q3", "no.", "a3", "direct")],
    )  # fmt: skip
    parties = result(
        "river-9",
        'Republicans said "we object." Ana Brook said "we do not."',
        [("a1", "Republicans", "person", []), ("a2", "Ana Brook", "person", [])],
        [("q1", "we object.", "a1", "direct"), ("q2", "we do not.", "a2", "direct")],
    )
    tables = build([write_results(tmp_path / "r.jsonl", [groups, parties, MARTA_1])])
    root, _ = parse(render_dashboard(tables, views="pages/"))
    (people,) = root.find_all("section", id="people")
    shown = " ".join(people.text.split())
    assert "Ana Brook" in shown and "Marta Velde" in shown
    assert "Republicans" not in shown and "FactCheckers" not in shown
