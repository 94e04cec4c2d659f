"""Checksums of converted gold articles, to check a download against.

The archives are built by GitHub on request, so their bytes are not promised to stay the same;
what must stay the same is what they hold. So the check is per article: the SHA-256 (first 16
hex digits) of each line of gold JSONL this version's importers write from the corpus. The
digests of the articles known here live in ``known/<gold file>.txt``, one a line, sorted; they
hold no text of the corpus. A converted file passes when every known digest is among its lines;
articles the known list lacks (a fuller copy than the one the list was made from) are counted
as unchecked. When an importer changes what it writes, :func:`write_known` remakes the lists
from a local copy (``tests/data/test_known.py`` fails until it is run).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from llmextract.utils.outputs import write_text

__all__ = ["Checked", "check_gold", "known_digests", "line_digest", "write_known"]

DIGEST_CHARS = 16


def line_digest(line: str) -> str:
    """The digest of one gold JSONL line (without its newline)."""
    return hashlib.sha256(line.rstrip("\n").encode("utf-8")).hexdigest()[:DIGEST_CHARS]


def known_digests(gold_file: str) -> frozenset[str]:
    """The digests known for a gold file name, empty when none are."""
    entry = resources.files("llmextract.data").joinpath("known").joinpath(f"{gold_file}.txt")
    if not entry.is_file():
        return frozenset()
    return frozenset(line.strip() for line in entry.read_text(encoding="utf-8").splitlines() if line.strip())


@dataclass(frozen=True)
class Checked:
    """How a converted gold file compares with the known digests."""

    articles: int
    verified: int
    unchecked: int
    missing: int  # known articles the file lacks or holds differently

    @property
    def ok(self) -> bool:
        return self.missing == 0


def check_gold(path: Path, known: frozenset[str]) -> Checked:
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    digests = {line_digest(line) for line in lines}
    verified = len(digests & known)
    return Checked(len(lines), verified, len(lines) - verified, len(known - digests))


def write_known(gold: Path, folder: Path) -> Path:
    """Write the digests of ``gold``'s lines to ``folder/<gold name>.txt``."""
    lines = [line for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = folder / f"{gold.name}.txt"
    write_text(out, "".join(f"{d}\n" for d in sorted({line_digest(line) for line in lines})))
    return out
