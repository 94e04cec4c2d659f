from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmextract.errors import InputError
from llmextract.evaluation.gold import (
    GOLD_FORMAT_VERSION,
    dump_gold,
    gold_json_schema,
    gold_to_extraction,
    load_gold,
)
from llmextract.evaluation.scorer import compute_figures, score_article

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "gold" / "news.jsonl"
TEXT = "Ortiz said the bridge would close."


def line(**overrides: object) -> str:
    data: dict[str, object] = {
        "id": "a1",
        "text": TEXT,
        "tasks": ["quotes"],
        "quotes": [
            {
                "start": 11,
                "end": 33,
                "text": "the bridge would close",
                "speaker": "Ortiz",
                "speaker_spans": [[0, 5]],
                "cue": "said",
                "cue_span": [6, 10],
                "kind": "indirect",
            }
        ],
    }
    data.update(overrides)
    return json.dumps(data)


def write(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_loads_valid_lines_and_skips_blank_ones(tmp_path: Path) -> None:
    articles = load_gold(write(tmp_path, line(), "", line(id="a2")))
    assert [a.id for a in articles] == ["a1", "a2"]
    assert articles[0].quotes[0].speaker_spans == [(0, 5)]


def test_quote_text_must_equal_the_offsets(tmp_path: Path) -> None:
    bad = line(id="a2", quotes=[{"start": 11, "end": 33, "text": "the bridge would open"}])
    with pytest.raises(
        InputError,
        match=r"gold\.jsonl:2: quotes\[0\]: text\[11:33\] is 'the bridge would close', not the quote",
    ):
        load_gold(write(tmp_path, line(), bad))


def test_span_outside_the_text_names_the_line(tmp_path: Path) -> None:
    bad = line(
        quotes=[{"start": 11, "end": 33, "text": "the bridge would close", "speaker_spans": [[0, 99]]}]
    )
    with pytest.raises(InputError, match=r":1: .*outside the text"):
        load_gold(write(tmp_path, bad))


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"gold\.jsonl:3: invalid JSON"):
        load_gold(write(tmp_path, line(), line(id="a2"), "{not json"))


def test_unknown_fields_and_bad_polarity_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r":1: speaker"):
        load_gold(write(tmp_path, line(speaker="x")))
    bad = line(tasks=["stances"], stances=[{"holder": "A", "target": "B", "polarity": "POS"}])
    with pytest.raises(InputError, match=r":1: stances\.0\.polarity"):
        load_gold(write(tmp_path, bad))


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r":2: duplicate article id 'a1' \(first on line 1\)"):
        load_gold(write(tmp_path, line(), line()))


def test_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such gold file"):
        load_gold(tmp_path / "nope.jsonl")
    with pytest.raises(InputError, match="no gold articles"):
        load_gold(write(tmp_path, ""))


def test_dump_and_load_round_trip(tmp_path: Path) -> None:
    articles = load_gold(EXAMPLES)
    out = tmp_path / "copy.jsonl"
    assert dump_gold(articles, out) == len(articles)
    assert load_gold(out) == articles


def test_schema_snapshot_matches_the_model() -> None:
    snapshot = ROOT / "schemas" / "gold" / f"v{GOLD_FORMAT_VERSION}.json"
    assert json.loads(snapshot.read_text(encoding="utf-8")) == gold_json_schema(), (
        "the gold models changed: write a new schemas/gold/v<N>.json and bump GOLD_FORMAT_VERSION"
    )


def test_example_gold_set_annotates_every_task() -> None:
    articles = load_gold(EXAMPLES)
    assert 3 <= len(articles) <= 5
    assert sum(len(a.quotes) for a in articles) >= 10
    assert all(a.stances for a in articles if "stances" in a.tasks and a.actors)


def test_gold_scored_against_itself_is_perfect() -> None:
    for article in load_gold(EXAMPLES):
        figures = compute_figures(score_article(article, gold_to_extraction(article)))
        defined = {path: v for path, v in figures.items() if v is not None}
        assert defined and all(v == 1.0 for v in defined.values()), article.id
