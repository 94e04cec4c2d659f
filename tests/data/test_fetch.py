"""Fetching a corpus: download once, unpack, convert to gold, check against the known digests."""

from __future__ import annotations

from pathlib import Path

import pytest

from data.loopback import closed_port, polnear_zip, serving
from llmextract.data import fetch
from llmextract.data.corpora import CORPORA
from llmextract.data.fetch import DataUnavailable, default_data_dir, fetch_corpus
from llmextract.data.known import write_known
from llmextract.evaluation.gold import dump_gold
from llmextract.evaluation.polnear import import_polnear

POLNEAR = CORPORA["polnear"]


@pytest.fixture
def known_fixture_digests(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The known digests made from the invented fixtures, in place of the real corpus's."""
    from data.loopback import FIXTURES

    gold = tmp_path / "expected" / "polnear-dev.jsonl"
    dump_gold(import_polnear(FIXTURES / "polnear" / "dev").articles, gold)
    digests = write_known(gold, tmp_path / "known")
    known = frozenset(digests.read_text(encoding="utf-8").split())
    monkeypatch.setattr(fetch, "known_digests", lambda name: known)
    return gold


def test_fetch_downloads_once_converts_and_checks(tmp_path: Path, known_fixture_digests: Path) -> None:
    body = polnear_zip(tmp_path / "served.zip").read_bytes()
    with serving(body) as (base, asked):
        fetched = fetch_corpus(POLNEAR, tmp_path / "data", url=f"{base}/v1.0.0.zip")
        again = fetch_corpus(POLNEAR, tmp_path / "data", url=f"{base}/v1.0.0.zip")
    assert asked == ["/v1.0.0.zip"]  # the second fetch uses the archive it kept
    assert fetched.downloaded and not again.downloaded
    assert fetched.archive == tmp_path / "data" / "polnear" / "PolNeAR-v1.0.0.zip"
    assert fetched.archive_sha256 == again.archive_sha256
    home = tmp_path / "data" / "polnear"
    assert (home / "dev" / "text").is_dir() and (home / "train" / "attributions").is_dir()
    assert (home / "metadata.tsv").is_file() and not (home / ".unpacked").exists()  # as ../shared/data
    dev = home / "polnear-dev.jsonl"
    assert dev.read_bytes() == known_fixture_digests.read_bytes()
    checked = fetched.gold[dev]
    assert checked.ok and checked.verified == checked.articles > 0 and checked.unchecked == 0


def test_a_changed_article_fails_the_check(tmp_path: Path, known_fixture_digests: Path) -> None:
    archive = polnear_zip(tmp_path / "served.zip")
    import zipfile

    with zipfile.ZipFile(archive, "a") as zipped:  # one text edited after the digests were made
        name = next(n for n in zipped.namelist() if "/data/dev/text/" in n and n.endswith(".txt"))
        text = zipped.read(name).decode("utf-8")
    rebuilt = tmp_path / "rebuilt.zip"
    with zipfile.ZipFile(archive) as old, zipfile.ZipFile(rebuilt, "w") as new:
        for item in old.namelist():
            data = old.read(item)
            new.writestr(item, text.replace("the", "a", 1).encode("utf-8") if item == name else data)
    with serving(rebuilt.read_bytes()) as (base, _):
        fetched = fetch_corpus(POLNEAR, tmp_path / "data", url=f"{base}/x.zip")
    checked = fetched.gold[tmp_path / "data" / "polnear" / "polnear-dev.jsonl"]
    assert not checked.ok and checked.missing == 1


def test_without_network_it_says_what_to_download_and_where(tmp_path: Path) -> None:
    url = f"http://127.0.0.1:{closed_port()}/v1.0.0.zip"
    with pytest.raises(DataUnavailable) as caught:
        fetch_corpus(POLNEAR, tmp_path / "data", url=url)
    message = str(caught.value)
    assert f"could not download {url}" in message
    assert f"put it at {tmp_path / 'data' / 'polnear' / 'PolNeAR-v1.0.0.zip'}" in message
    assert not list((tmp_path / "data").rglob("*.part"))


def test_an_archive_put_there_by_hand_is_used(tmp_path: Path, known_fixture_digests: Path) -> None:
    home = tmp_path / "data" / "polnear"
    home.mkdir(parents=True)
    polnear_zip(home / POLNEAR.archive)
    fetched = fetch_corpus(POLNEAR, tmp_path / "data", url=f"http://127.0.0.1:{closed_port()}/x.zip")
    assert not fetched.downloaded and all(c.ok for c in fetched.gold.values())


def test_an_archive_of_something_else_is_refused(tmp_path: Path) -> None:
    home = tmp_path / "data" / "polnear"
    home.mkdir(parents=True)
    (home / POLNEAR.archive).write_bytes(b"<html>not found</html>")
    with pytest.raises(DataUnavailable, match="not a zip archive"):
        fetch_corpus(POLNEAR, tmp_path / "data")
    import zipfile

    with zipfile.ZipFile(home / POLNEAR.archive, "w") as zipped:
        zipped.writestr("other-1.0/README", "hello")
    with pytest.raises(DataUnavailable, match=r"has no folder data/"):
        fetch_corpus(POLNEAR, tmp_path / "data")


def test_the_data_folder_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LLMEXTRACT_DATA_DIR", str(tmp_path / "mine"))
    assert default_data_dir() == tmp_path / "mine"
    monkeypatch.delenv("LLMEXTRACT_DATA_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    if default_data_dir().is_relative_to(tmp_path):  # Linux and the BSDs
        assert default_data_dir() == tmp_path / "cache" / "llmextract" / "data"
