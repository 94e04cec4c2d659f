"""Results as brat standoff in PolNeAR's layout, so brat (or any PolNeAR reader) opens them.

``DIR/text/<article>.txt`` holds the article text byte for byte; ``DIR/attributions/
<article>_<annotator>.ann`` one ``Attribution`` event per quote: its ``Content``, the speaker
mention as ``Source`` and the cue as ``Cue`` (the event's trigger, as in PolNeAR); a quote with no
speaker mention is an ``Attribution-no-source``. ``DIR/metadata.tsv`` gives the titles. The
PolNeAR importer (:func:`llmextract.evaluation.polnear.import_polnear`) reads the folder back.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from llmextract.evaluation.gold import GoldArticle, GoldQuote
from llmextract.export.gold_lines import extraction_to_gold
from llmextract.schema import Extraction
from llmextract.utils.neutralise import csv_cell
from llmextract.utils.outputs import output_folder, safe_stem, write_text

__all__ = ["ANNOTATOR", "BratExport", "ann_text", "write_brat"]

ANNOTATOR = "llmextract"  # the annotator code in the .ann file names


@dataclass
class BratExport:
    """What was written: one (article id, file stem) per article, and quotes without a speaker span."""

    articles: list[tuple[str, str]] = field(default_factory=list)
    quotes: int = 0
    no_source: int = 0


def _span_text(text: str, ranges: list[tuple[int, int]]) -> str:
    """The words after the offsets, one line: brat joins fragments with a space."""
    return " ".join(text[s:e] for s, e in ranges).replace("\r", " ").replace("\n", " ")


def ann_text(article: GoldArticle) -> str:
    """The ``.ann`` standoff of one gold article's quotes."""
    lines: list[str] = []
    tid = 0

    def span(label: str, ranges: list[tuple[int, int]]) -> str:
        nonlocal tid
        tid += 1
        offsets = ";".join(f"{s} {e}" for s, e in ranges)
        lines.append(f"T{tid}\t{label} {offsets}\t{_span_text(article.text, ranges)}")
        return f"T{tid}"

    for n, q in enumerate(article.quotes, start=1):
        lines.extend(_event(n, q, span))
    return "".join(line + "\n" for line in lines)


def _event(n: int, q: GoldQuote, span: Callable[[str, list[tuple[int, int]]], str]) -> list[str]:
    kind = "Attribution" if q.speaker_spans else "Attribution-no-source"
    roles = [f"Content:{span('Content', q.parts or [(q.start, q.end)])}"]
    if q.speaker_spans:
        roles.append(f"Source:{span('Source', q.speaker_spans)}")
    trigger = [q.cue_span] if q.cue_span else [(q.start, q.end)]
    if q.cue_span:
        roles.append(f"Cue:{span('Cue', [q.cue_span])}")
    return [f"E{n}\t{kind}:{span(kind, trigger)} {' '.join(roles)}"]


def write_brat(extractions: Iterable[Extraction], folder: Path) -> BratExport:
    """Write every extraction's quotes under ``folder``; returns what was written."""
    output_folder(folder / "text")
    output_folder(folder / "attributions")
    done = BratExport()
    taken: set[str] = set()
    meta = io.StringIO()
    rows = csv.writer(meta, delimiter="\t", lineterminator="\n")
    meta.write("filename\ttitle\n")  # the header PolNeAR's metadata.tsv has
    for extraction in extractions:
        article = extraction_to_gold(extraction)
        stem = safe_stem(article.id, taken, empty="article")
        write_text(folder / "text" / f"{stem}.txt", article.text)
        write_text(folder / "attributions" / f"{stem}_{ANNOTATOR}.ann", ann_text(article))
        title = (article.title or "").replace("\t", " ").replace("\r", " ").replace("\n", " ")
        rows.writerow([stem, csv_cell(title)])  # a spreadsheet opening the file runs no formula
        done.articles.append((article.id, stem))
        done.quotes += len(article.quotes)
        done.no_source += sum(1 for q in article.quotes if not q.speaker_spans)
    write_text(folder / "metadata.tsv", meta.getvalue())
    return done
