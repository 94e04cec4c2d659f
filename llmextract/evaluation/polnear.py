"""Import PolNeAR (brat standoff attributions) into the native gold format.

Layout: ``<split>/text/<article>.txt`` and ``<split>/attributions/<article>_<annotator>.ann``;
DIR may be one split or a folder of splits. ``metadata.tsv`` (in DIR or its parent) gives titles.

Rules:

- One gold quote per ``Attribution`` or ``Attribution-no-source`` event (``E`` line). Its
  ``Content`` parts (``Content``, ``Content2``, each possibly discontinuous with ``;``) give
  ``parts``; ``start``–``end`` cover them all. ``Source`` ranges are the speaker spans and
  their text is the speaker (a mention such as "he" or "sources"); ``Cue`` likewise.
  ``Attribution-no-source`` events are quotes with no speaker.
- ``kind`` is ``direct`` when the content sits inside double quotation marks (its own first
  and last characters, or the characters just outside it), else ``indirect``.
- Events with no content are skipped and counted; ``Discard``/``Discuss`` spans, notes and the
  continuation lines of multi-line span texts are ignored (offsets come from the text file).
- Several annotation files for one article: the one whose annotator code sorts first is used,
  so the choice does not depend on directory order or on annotation contents.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

from llmextract.errors import InputError
from llmextract.evaluation.gold import GoldArticle, GoldQuote, ImportResult

__all__ = ["import_polnear", "is_quoted", "parse_ann"]

_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t?")
_E_LINE = re.compile(r"^(E\d+)\t(.*)$")
_ATTRIBUTIONS = {"Attribution", "Attribution-no-source"}
_OPEN = '"“„«'
_CLOSE = '"”»'
_TRAILING = ".,;:!?)—–- "

Range = tuple[int, int]


def parse_ann(ann: str, text: str, skipped: Counter[str]) -> list[GoldQuote]:
    """Gold quotes from one .ann file's content; reasons for skipped lines go to ``skipped``."""
    spans: dict[str, list[Range]] = {}
    events: list[list[tuple[str, str]]] = []
    for line in ann.splitlines():
        if m := _T_LINE.match(line):
            try:
                ranges = [_range(r) for r in m.group(3).split(";")]
            except ValueError:
                skipped["span line with malformed offsets"] += 1
                continue
            if any(not 0 <= s <= e <= len(text) for s, e in ranges):
                skipped["span outside the text"] += 1
                continue
            spans[m.group(1)] = ranges
        elif m := _E_LINE.match(line):
            roles = [tuple(arg.split(":", 1)) for arg in m.group(2).split()]
            events.append([(r[0], r[1]) for r in roles if len(r) == 2])
        elif line.strip() and not line.startswith(("#", "A", "R", "*")):
            skipped["continuation of a multi-line span text (ignored)"] += 1
    quotes = []
    for roles in events:
        if not roles or roles[0][0] not in _ATTRIBUTIONS:
            skipped["event that is not an attribution"] += 1
            continue
        parts: dict[str, list[Range]] = {"Content": [], "Source": [], "Cue": []}
        for role, ref in roles[1:]:
            base = role.rstrip("0123456789")
            if base in parts:
                parts[base] += spans.get(ref, [])
        if not parts["Content"]:
            skipped["attribution without content"] += 1
            continue
        quotes.append(_quote(text, parts))
    return quotes


def _range(text: str) -> Range:
    start, end = text.split()
    return int(start), int(end)


def _join(text: str, ranges: list[Range]) -> str | None:
    joined = " ".join(text[s:e] for s, e in sorted(ranges))
    return joined or None


def _quote(text: str, parts: dict[str, list[Range]]) -> GoldQuote:
    content = sorted(parts["Content"])
    start = min(s for s, _ in content)
    end = max(e for _, e in content)
    cue = sorted(parts["Cue"])
    return GoldQuote(
        start=start,
        end=end,
        text=text[start:end],
        kind="direct" if is_quoted(text, start, end) else "indirect",
        speaker=_join(text, parts["Source"]),
        speaker_spans=sorted(parts["Source"]),
        cue=_join(text, cue),
        cue_span=(min(s for s, _ in cue), max(e for _, e in cue)) if cue else None,
        parts=content if len(content) > 1 else [],
    )


def is_quoted(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` opens and closes with double quotation marks, inside or just outside.

    Trailing punctuation between the words and the closing mark (``fail,"``) is skipped.
    """
    inner = text[start:end].strip()
    if not inner:
        return False
    before = text[:start].rstrip()[-1:]
    after = text[end:].lstrip(_TRAILING)[:1]
    last = inner.rstrip(_TRAILING)[-1:]
    opens = inner[0] in _OPEN or before in _OPEN
    closes = last in _CLOSE or after in _CLOSE
    return opens and closes


def _titles(folder: Path) -> dict[str, str]:
    for candidate in (folder / "metadata.tsv", folder.parent / "metadata.tsv"):
        if candidate.is_file():
            with candidate.open(encoding="utf-8", newline="") as fh:
                return {
                    row["filename"]: row["title"]
                    for row in csv.DictReader(fh, delimiter="\t")
                    if row.get("filename") and row.get("title")
                }
    return {}


def _splits(folder: Path) -> list[Path]:
    if (folder / "text").is_dir():
        return [folder]
    splits = sorted(p for p in folder.iterdir() if (p / "text").is_dir())
    if not splits:
        raise InputError(f"{folder}: no PolNeAR data (expected text/ and attributions/ folders)")
    return splits


def import_polnear(folder: str | Path) -> ImportResult:
    """Read every article of a PolNeAR split (or of all splits under ``folder``)."""
    root = Path(folder)
    if not root.is_dir():
        raise InputError(f"{root}: no such folder")
    titles = _titles(root)
    result = ImportResult()
    for split in _splits(root):
        by_stem = _annotation_files(split / "attributions")
        for text_path in sorted((split / "text").glob("*.txt")):
            stem = text_path.stem
            candidates = sorted(by_stem.get(stem, []))
            if not candidates:
                result.skipped["article without an annotation file"] += 1
                continue
            if len(candidates) > 1:
                result.notes.append(f"{stem}: {len(candidates)} annotation files, used {candidates[0].name}")
            with text_path.open(encoding="utf-8", newline="") as fh:
                text = fh.read()
            ann = candidates[0].read_text(encoding="utf-8")
            quotes = parse_ann(ann, text, result.skipped)
            result.articles.append(
                GoldArticle(id=stem, text=text, title=titles.get(stem), tasks=["quotes"], quotes=quotes)
            )
    return result


def _annotation_files(folder: Path) -> dict[str, list[Path]]:
    """``<article>_<annotator>.ann`` files grouped by article."""
    groups: dict[str, list[Path]] = {}
    if folder.is_dir():
        for path in folder.glob("*.ann"):
            article, sep, _annotator = path.stem.rpartition("_")
            if sep:
                groups.setdefault(article, []).append(path)
    return groups
