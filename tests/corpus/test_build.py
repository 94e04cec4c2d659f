"""``llmextract corpus --update``: new results added without rereading the old ones, ids kept,
articles replaced."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from corpus.results_fixture import (
    GOVERNOR_VELDE,
    MARTA_1,
    MARTA_2,
    OSKAR,
    VELDE_AS_GOVERNOR,
    VELDE_ONLY,
    result,
    write_results,
)
from llmextract.cli.app import app
from llmextract.corpus import build, build_corpus, load_aliases
from llmextract.errors import InputError

MARTA_1_AGAIN = result(
    "river-1",
    'Marta Velde said "the dam is safe." Ansel Brook said "it is not."',
    [("a1", "Marta Velde", "person", []), ("a2", "Ansel Brook", "person", [])],
    [("q1", "the dam is safe.", "a1", "direct"), ("q2", "it is not.", "a2", "direct")],
    metadata={"date": "2023-07-01", "source": "Valley Post"},
)


def table(out: Path, name: str) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = pq.read_table(out / f"{name}.parquet").to_pylist()
    return rows


def ids(out: Path) -> dict[tuple[object, object], object]:
    return {(r["article_id"], r["local_id"]): r["actor_id"] for r in table(out, "article_actors")}


def test_an_update_keeps_every_id_though_a_rebuild_would_change_them(tmp_path: Path) -> None:
    day1 = write_results(tmp_path / "day1.jsonl", [MARTA_1, OSKAR])
    day2 = write_results(tmp_path / "day2.jsonl", [MARTA_2])  # a fuller name: "Marta K. Velde"
    out = tmp_path / "corpus"
    build_corpus([day1], out)
    before = ids(out)
    day1.unlink()  # the old results are not read again
    summary = build_corpus([day2], out, update=True)
    after = ids(out)
    assert summary.results == 1 and summary.replaced == 0
    assert {k: v for k, v in after.items() if k in before} == before
    assert after[("river-2", "a1")] == before[("river-1", "a1")]  # Marta K. Velde joins Marta's actor
    rebuilt = build([write_results(tmp_path / "all.jsonl", [MARTA_1, OSKAR, MARTA_2])])
    rebuilt_ids = {
        (r["article_id"], r["local_id"]): r["actor_id"] for r in rebuilt.article_actors.to_pylist()
    }
    assert rebuilt_ids[("river-1", "a1")] != before[("river-1", "a1")]  # from scratch, the fullest name leads
    actors = {r["actor_id"]: r for r in table(out, "actors")}
    marta = actors[before[("river-1", "a1")]]
    assert marta["articles"] == 3 and marta["quotes"] == 3  # river-1, river-2 and river-4 (OSKAR)


def test_an_article_seen_again_replaces_its_rows(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    build_corpus([write_results(tmp_path / "a.jsonl", [MARTA_1, OSKAR])], out)
    summary = build_corpus([write_results(tmp_path / "b.jsonl", [MARTA_1_AGAIN])], out, update=True)
    assert summary.replaced == 1 and summary.articles == 2
    quotes = [r for r in table(out, "quotes") if r["article_id"] == "river-1"]
    assert sorted(str(r["text"]) for r in quotes) == ["it is not.", "the dam is safe."]
    (article,) = [r for r in table(out, "articles") if r["article_id"] == "river-1"]
    assert str(article["date"]) == "2023-07-01"
    state = pq.read_table(out / "state" / "linking.parquet").to_pylist()
    assert sorted((r["article_id"], r["local_id"]) for r in state) == sorted(ids(out))


def test_a_later_result_of_one_article_in_one_run_wins(tmp_path: Path) -> None:
    tables = build([write_results(tmp_path / "r.jsonl", [MARTA_1, OSKAR, MARTA_1_AGAIN])])
    assert tables.articles.num_rows == 2
    texts = [r["text"] for r in tables.quotes.to_pylist() if r["article_id"] == "river-1"]
    assert sorted(texts) == ["it is not.", "the dam is safe."]
    assert tables.article_actors.num_rows == 4  # river-1 twice over, river-4 twice
    assert sum(r["local_actors"] for r in tables.merges.to_pylist()) == 4  # the first river-1 weighs nothing
    marta = [r for r in tables.actors.to_pylist() if r["name"] == "Marta Velde"]
    assert [(r["articles"], r["quotes"], str(r["first_date"])) for r in marta] == [(2, 1, "2023-06-01")]


def test_an_aliases_file_moves_old_actors_and_says_so(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    build_corpus([write_results(tmp_path / "a.jsonl", [MARTA_1, VELDE_ONLY, OSKAR])], out)
    lone = ids(out)[("river-3", "a1")]  # "Velde" among two Veldes: an actor of its own article
    marta = ids(out)[("river-1", "a1")]
    assert lone != marta
    aliases = tmp_path / "aliases.json"
    aliases.write_text(json.dumps({"aliases": {"Velde": "Marta Velde"}}), encoding="utf-8")
    build_corpus(
        [write_results(tmp_path / "b.jsonl", [MARTA_2])], out, aliases=load_aliases(aliases), update=True
    )
    assert ids(out)[("river-3", "a1")] == marta
    (speaker,) = [
        r["speaker_id"]
        for r in table(out, "quotes")
        if r["article_id"] == "river-3" and r["quote_id"] == "q1"
    ]
    assert speaker == marta
    moved = [r for r in table(out, "merges") if str(r["rule"]).startswith("aliases file (moved from")]
    assert [(r["name"], r["actor_id"], r["rule"]) for r in moved] == [
        ("Velde", marta, f"aliases file (moved from {lone})")
    ]
    assert lone not in {r["actor_id"] for r in table(out, "actors")}  # it holds no local actor now
    assert {r["actor_id"]: r["articles"] for r in table(out, "actors")}[marta] == 4  # river-1 to -4


def test_the_command_says_how_many_old_actors_the_aliases_file_moved(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    build_corpus([write_results(tmp_path / "a.jsonl", [MARTA_1, VELDE_ONLY, OSKAR])], out)
    aliases = tmp_path / "aliases.json"
    aliases.write_text(json.dumps({"aliases": {"Velde": "Marta Velde"}}), encoding="utf-8")
    new = write_results(tmp_path / "b.jsonl", [MARTA_2])
    run = CliRunner().invoke(app, ["corpus", str(new), "-o", str(out), "--aliases", str(aliases), "--update"])
    assert run.exit_code == 0, run.output
    assert "1 local actors moved to another id by the aliases file" in run.output
    moved_once = ids(out)
    again = CliRunner().invoke(
        app, ["corpus", str(new), "-o", str(out), "--aliases", str(aliases), "--update"]
    )
    assert again.exit_code == 0 and "moved" not in again.output  # nothing left to move
    assert ids(out) == moved_once  # a moved actor is no longer one article's: its id holds


def _rows(out: Path, name: str, drop: tuple[str, ...] = ()) -> Counter[str]:
    return Counter(
        json.dumps({k: v for k, v in r.items() if k not in drop}, default=str) for r in table(out, name)
    )


def test_an_update_gives_what_a_rebuild_gives_when_no_id_is_at_stake(tmp_path: Path) -> None:
    old = [MARTA_1, OSKAR, VELDE_ONLY]
    new = [MARTA_1_AGAIN, GOVERNOR_VELDE, VELDE_AS_GOVERNOR]
    updated, rebuilt = tmp_path / "updated", tmp_path / "rebuilt"
    build_corpus([write_results(tmp_path / "old.jsonl", old)], updated)
    summary = build_corpus([write_results(tmp_path / "new.jsonl", new)], updated, update=True)
    build_corpus([write_results(tmp_path / "all.jsonl", [*old, *new])], rebuilt)
    assert summary.replaced == 1 and summary.articles == 5
    for name in ("quotes", "article_actors", "stances", "actors"):
        assert _rows(updated, name) == _rows(rebuilt, name), name
    # pages are named as 'llmextract view' names them over the results of the run: river-1 twice
    # over in one run is river-1-2.html for its second result, as the view of those results writes it
    assert _rows(updated, "articles", ("page",)) == _rows(rebuilt, "articles", ("page",))
    assert _rows(updated, "merges", ("rule",)) == _rows(rebuilt, "merges", ("rule",))
    ansel = [r for r in table(updated, "actors") if r["name"] == "Ansel Brook"]
    assert [(r["articles"], r["quotes"], str(r["first_date"])) for r in ansel] == [(1, 1, "2023-07-01")]


def test_an_update_that_fails_while_writing_leaves_the_corpus_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "corpus"
    build_corpus([write_results(tmp_path / "a.jsonl", [MARTA_1, OSKAR])], out)
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}
    builder = sys.modules["llmextract.corpus.build"]

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(builder, "write_namesakes", broken)  # the last file but the manifest
    with pytest.raises(OSError, match="No space"):
        build_corpus([write_results(tmp_path / "b.jsonl", [MARTA_2, MARTA_1_AGAIN])], out, update=True)
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    monkeypatch.undo()
    summary = build_corpus([tmp_path / "b.jsonl"], out, update=True)  # the corpus still updates
    assert summary.replaced == 1 and summary.articles == 3


def test_a_csv_corpus_updates_from_the_parquet_rows_it_keeps(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    runner = CliRunner()
    first = runner.invoke(app, ["corpus", str(write_results(tmp_path / "a.jsonl", [MARTA_1])), "-o", str(out),
                                "--format", "csv"])  # fmt: skip
    assert first.exit_code == 0, first.output
    assert (out / "state" / "tables" / "quotes.parquet").is_file() and not (out / "quotes.parquet").exists()
    results = write_results(tmp_path / "b.jsonl", [MARTA_2, {"id": "x", "error": "refused"}])
    second = runner.invoke(app, ["corpus", str(results), "-o", str(out), "--format", "csv", "--update"])
    assert second.exit_code == 0, second.output
    assert "1 results (1 error records skipped, 0 articles replaced)" in second.output
    assert (out / "quotes.csv").read_text(encoding="utf-8").count("\n") == 1 + 4
    assert json.loads((out / "state" / "corpus.json").read_text(encoding="utf-8"))["errors"] == 1


def test_help_says_what_update_does() -> None:
    shown = " ".join(CliRunner().invoke(app, ["corpus", "--help"], terminal_width=200).output.split())
    assert "without rereading the results it was built from" in shown
    assert "every corpus id it gave is kept" in shown and "replaced by its new result" in shown


def test_an_update_needs_a_corpus_with_a_state_or_none(tmp_path: Path) -> None:
    results = write_results(tmp_path / "a.jsonl", [MARTA_1])
    fresh = tmp_path / "fresh"
    build_corpus([results], fresh, update=True)  # an empty folder: a first build
    assert len(ids(fresh)) == 1
    (fresh / "state" / "corpus.json").unlink()
    with pytest.raises(InputError, match="keeps no linking state"):
        build_corpus([results], fresh, update=True)
    run = CliRunner().invoke(app, ["corpus", str(results), "-o", str(fresh), "--update"])
    assert run.exit_code == 2 and "without --update" in run.output


def test_a_failed_run_leaves_the_corpus_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    build_corpus([write_results(tmp_path / "a.jsonl", [MARTA_1])], out)
    before = {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    bad = tmp_path / "bad.jsonl"
    bad.write_text(MARTA_2.model_dump_json() + '\n{"id": 1}\n', encoding="utf-8")
    with pytest.raises(InputError):
        build_corpus([bad], out, update=True)
    assert {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
