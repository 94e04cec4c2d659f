"""``llmextract data fetch``: what a user reads, and the exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest
from data.loopback import closed_port, polnear_zip, serving
from typer.testing import CliRunner

from llmextract.cli.app import app
from llmextract.data import fetch
from llmextract.data.known import write_known
from llmextract.evaluation.gold import dump_gold
from llmextract.evaluation.polnear import import_polnear


def test_fetch_prints_the_gold_the_check_and_the_terms(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from data.loopback import FIXTURES

    gold = tmp_path / "expected.jsonl"
    dump_gold(import_polnear(FIXTURES / "polnear" / "dev").articles, gold)
    known = frozenset(write_known(gold, tmp_path).read_text(encoding="utf-8").split())
    monkeypatch.setattr(fetch, "known_digests", lambda name: known)
    with serving(polnear_zip(tmp_path / "served.zip").read_bytes()) as (base, _):
        result = CliRunner().invoke(
            app, ["data", "fetch", "polnear", "--dir", str(tmp_path / "d"), "--url", f"{base}/a.zip"]
        )
    assert result.exit_code == 0, result.output
    home = tmp_path / "d" / "polnear"
    assert f"polnear: {home / 'PolNeAR-v1.0.0.zip'} (downloaded), sha256 " in result.output
    n = len(known)
    assert (
        f"{home / 'polnear-dev.jsonl'}: {n} articles, {n} match this version's checksums, "
        "0 have none here; ok" in (result.output)
    )
    assert "licence: No licence is stated upstream" in result.output
    assert "cite: Newell, Margolin, Ruths" in result.output


def test_fetch_without_network_exits_2_saying_where_to_put_the_archive(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{closed_port()}/SEESAW.zip"
    result = CliRunner().invoke(app, ["data", "fetch", "seesaw", "--dir", str(tmp_path), "--url", url])
    assert result.exit_code == 2
    assert "could not download" in result.output and "download it by hand and put it at" in result.output
    assert str(tmp_path / "seesaw" / "SEESAW-6722af6867fd.zip") in result.output.replace("\n", "")
