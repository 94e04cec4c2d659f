"""The known digests match what this version's importers write from the shared copies of the corpora."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from llmextract.data.corpora import CORPORA
from llmextract.data.known import check_gold, known_digests, line_digest
from llmextract.evaluation.gold import dump_gold

SHARED = Path(
    os.environ.get("LLMEXTRACT_SHARED_DATA", Path(__file__).resolve().parents[2].parent / "shared" / "data")
)
LOCAL = {
    "polnear-train.jsonl": ("polnear", SHARED / "polnear" / "train"),
    "polnear-dev.jsonl": ("polnear", SHARED / "polnear" / "dev"),
    "seesaw.jsonl": ("seesaw", SHARED / "seesaw"),
}


def test_every_gold_file_has_its_digests() -> None:
    for corpus in CORPORA.values():
        for gold in corpus.gold:
            assert len(known_digests(gold)) > 50, gold
    assert known_digests("nothing.jsonl") == frozenset()
    assert line_digest('{"id": "a"}\n') == line_digest('{"id": "a"}')


@pytest.mark.parametrize("gold", sorted(LOCAL))
def test_digests_match_the_shared_copies(gold: str, tmp_path: Path) -> None:
    name, folder = LOCAL[gold]
    if not folder.is_dir():
        pytest.skip(
            f"no local copy of {name} at {folder} (set LLMEXTRACT_SHARED_DATA, or run "
            f"'llmextract data fetch {name}'): the digests are checked where a copy is"
        )
    out = tmp_path / gold
    dump_gold(CORPORA[name].importer(folder).articles, out)
    checked = check_gold(out, known_digests(gold))
    assert checked.ok and checked.unchecked == 0, (
        f"{gold}: the importers now write other gold; remake llmextract/data/known with write_known"
    )
