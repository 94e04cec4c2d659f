"""Actors linked across articles: one person under several names, namesakes and organisations apart."""

from __future__ import annotations

import json
from pathlib import Path

from corpus.linking_set import A, write_set
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
from llmextract.corpus import build, load_aliases
from llmextract.corpus.tables import CorpusTables


def speaker_of(tables: CorpusTables, article_id: str, quote_id: str) -> str:
    rows = [
        r["speaker_id"]
        for r in tables.quotes.to_pylist()
        if r["article_id"] == article_id and r["quote_id"] == quote_id
    ]
    assert len(rows) == 1
    return str(rows[0])


def actor(tables: CorpusTables, actor_id: str) -> dict[str, object]:
    (row,) = [r for r in tables.actors.to_pylist() if r["actor_id"] == actor_id]
    return row


def test_full_name_middle_initial_and_lone_surname_are_one_person(tmp_path: Path) -> None:
    tables = build([write_results(tmp_path / "r.jsonl", [MARTA_1, MARTA_2, VELDE_ONLY])])
    marta = speaker_of(tables, "river-1", "q1")
    assert speaker_of(tables, "river-1", "q2") == marta
    assert speaker_of(tables, "river-2", "q1") == marta  # Marta K. Velde
    assert speaker_of(tables, "river-3", "q1") == marta  # "Velde", the only Velde in the corpus
    campaign = speaker_of(tables, "river-3", "q2")
    assert campaign != marta and actor(tables, campaign)["type"] == "organization"
    row = actor(tables, marta)
    # each form is given once: the fullest is the name
    assert row["name"] == "Marta K. Velde" and row["quotes"] == 4 and row["articles"] == 3
    assert set(row["aliases"]) == {"Marta Velde", "Velde"}  # type: ignore[arg-type]
    rules = {(r["name"], r["rule"]) for r in tables.merges.to_pylist() if r["actor_id"] == marta}
    assert rules == {
        ("Marta K. Velde", "same name"),  # the fullest name leads the group
        ("Marta Velde", "given names fit"),
        ("Velde", "surname of the one full name in the corpus"),
    }


def test_a_namesake_keeps_the_lone_surname_apart(tmp_path: Path) -> None:
    tables = build([write_results(tmp_path / "r.jsonl", [MARTA_1, MARTA_2, VELDE_ONLY, OSKAR])])
    marta, oskar = speaker_of(tables, "river-1", "q1"), speaker_of(tables, "river-4", "q1")
    lone = speaker_of(tables, "river-3", "q1")
    assert len({marta, oskar, lone}) == 3
    assert speaker_of(tables, "river-2", "q1") == marta
    assert actor(tables, lone)["name"] == "Velde" and actor(tables, lone)["articles"] == 1
    kept = [r for r in tables.merges.to_pylist() if r["rule"].startswith("kept apart")]
    assert [r["name"] for r in kept] == ["Velde"] and "2 persons" in kept[0]["rule"]
    # a stance between the two Veldes joins the right corpus actors
    (stance,) = [s for s in tables.stances.to_pylist() if s["article_id"] == "river-4"]
    assert (stance["holder_id"], stance["target_id"], stance["polarity"]) == (marta, oskar, "support")


def test_the_role_an_article_gives_settles_a_lone_surname(tmp_path: Path) -> None:
    """ "Governor Velde" joins the Velde known elsewhere as governor; "Mr. Velde" stays apart."""
    items = [MARTA_1, MARTA_2, OSKAR, GOVERNOR_VELDE, VELDE_AS_GOVERNOR, VELDE_AS_MR]
    tables = build([write_results(tmp_path / "r.jsonl", items)])
    marta, oskar = speaker_of(tables, "river-1", "q1"), speaker_of(tables, "river-4", "q1")
    assert speaker_of(tables, "river-5", "q1") == marta
    assert speaker_of(tables, "river-6", "q1") == marta  # by the role the article gives
    mister = speaker_of(tables, "river-7", "q1")
    assert mister not in {marta, oskar}  # an honorific is no evidence
    rules = {(r["name"], r["rule"], r["local_actors"]) for r in tables.merges.to_pylist()}
    assert ("Velde", "surname and evidence (governor) fit one person", 1) in rules
    assert any(rule.startswith("kept apart") and n == 1 for name, rule, n in rules if name == "Velde")


def test_aliases_file_settles_what_the_rules_leave(tmp_path: Path) -> None:
    results = write_results(tmp_path / "r.jsonl", [MARTA_1, MARTA_2, VELDE_ONLY, OSKAR])
    path = tmp_path / "aliases.json"
    path.write_text(
        json.dumps({"aliases": {"Velde": "Marta Velde"}, "never_merge": [["Marta Velde", "Marta K. Velde"]]}),
        encoding="utf-8",
    )
    tables = build([results], aliases=load_aliases(path))
    marta = speaker_of(tables, "river-1", "q1")
    assert speaker_of(tables, "river-3", "q1") == marta
    assert speaker_of(tables, "river-2", "q1") != marta
    assert ("Velde", "aliases file") in {(r["name"], r["rule"]) for r in tables.merges.to_pylist()}


def test_ids_do_not_depend_on_reading_order(tmp_path: Path) -> None:
    items = [MARTA_1, MARTA_2, VELDE_ONLY, OSKAR]
    one = build([write_results(tmp_path / "a.jsonl", items)])
    other = build([write_results(tmp_path / "b.jsonl", items[::-1])])
    again = build([tmp_path / "a.jsonl"])

    def mapping(t: CorpusTables) -> set[tuple[str, str, str]]:
        return {(r["article_id"], r["local_id"], r["actor_id"]) for r in t.article_actors.to_pylist()}

    assert mapping(one) == mapping(other) == mapping(again)
    assert one.actors.equals(again.actors)


def linked(tmp_path: Path, articles: list[tuple[str, str, list[A]]]) -> tuple[CorpusTables, dict[str, str]]:
    """The tables of invented articles, and gold -> corpus id (each gold must have one id)."""
    tables = build([write_set(tmp_path / "r.jsonl", articles)])
    corpus = {(r["article_id"], r["local_id"]): r["actor_id"] for r in tables.article_actors.to_pylist()}
    ids: dict[str, set[str]] = {}
    for aid, _, actors in articles:
        for n, a in enumerate(actors, 1):
            ids.setdefault(a.gold, set()).add(corpus[(aid, f"a{n}")])
    assert all(len(v) == 1 for v in ids.values()), ids
    return tables, {g: next(iter(v)) for g, v in ids.items()}


def test_every_merge_keeps_its_reason_and_what_was_dropped(tmp_path: Path) -> None:
    tables, ids = linked(tmp_path, [
        ("m1", "Democrat Ines Arvo won.", [A("ines", "Democrat Ines Arvo")]),
        ("m2", "Ines K. Arvo spoke.", [A("ines", "Ines K. Arvo")]),
        ("m3", "Slumping Ines Arvo Regroups", [A("ines", "Slumping Ines Arvo")]),
        ("m4", "Ines Arvo said so.", [A("ines", "Ines Arvo")]),
        ("m5", "Ines Arvo agreed.", [A("ines", "Ines Arvo")]),
    ])  # fmt: skip
    rules = {r["name"]: r["rule"] for r in tables.merges.to_pylist() if r["actor_id"] == ids["ines"]}
    assert rules == {
        "Ines K. Arvo": "same name",
        "Ines Arvo": "given names fit",
        "Democrat Ines Arvo": "given names fit; dropped: party label",
        "Slumping Ines Arvo": "words around a known name dropped (ines arvo)",
    }
    assert actor(tables, ids["ines"])["name"] == "Ines Arvo"  # written most, and as a person writes it


def test_a_campaign_named_like_a_person_is_never_that_person(tmp_path: Path) -> None:
    _, ids = linked(tmp_path, [
        ("c1", "Ines Arvo and the Arvo campaign spoke.",
         [A("ines", "Ines Arvo"), A("camp", "Arvo campaign")]),
        ("c2", "The Arvo campaign said so.", [A("camp", "Arvo campaign", "organization")]),
    ])  # fmt: skip
    assert ids["ines"] != ids["camp"] and ids["camp"].startswith("o")


def test_a_son_is_never_shown_as_an_alias_of_his_father(tmp_path: Path) -> None:
    """An article that mixed them up: its Pavel Dorn actor has the alias Pavel Dorn Jr."""
    tables, ids = linked(tmp_path, [
        ("d1", "Pavel Dorn and Pavel Dorn Jr. came.",
         [A("father", "Pavel Dorn", aliases=["Pavel Dorn Jr."])]),
        ("d2", "Pavel Dorn Jr. said so.", [A("son", "Pavel Dorn Jr.")]),
        ("d3", "Dorn Jr. agreed.", [A("son", "Dorn Jr.")]),
    ])  # fmt: skip
    assert ids["father"] != ids["son"]
    assert actor(tables, ids["father"])["aliases"] == []


def test_namesakes_met_first_in_one_article_are_told_apart_everywhere(tmp_path: Path) -> None:
    _, ids = linked(tmp_path, [
        ("n1", "Mayor Pia Lund met Judge Pia Lund, no relation.",
         [A("mayor", "Pia Lund", role="Mayor"), A("judge", "Pia Lund", role="Judge")]),
        ("n2", "Pia Lund, the mayor, opened the pool.", [A("mayor", "Pia Lund", role="the mayor")]),
        ("n3", "Judge Pia Lund ruled on Friday.", [A("judge", "Pia Lund", role="Judge")]),
    ])  # fmt: skip
    assert ids["mayor"] != ids["judge"]
