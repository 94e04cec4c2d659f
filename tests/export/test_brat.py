"""brat export: PolNeAR's layout, read back by the PolNeAR importer to the same quotes."""

from __future__ import annotations

from pathlib import Path

from review_sample import TEXT, sample_extraction

from llmextract.evaluation.gold import GoldQuote
from llmextract.evaluation.polnear import import_polnear
from llmextract.evaluation.scorer import compute_figures, score_article
from llmextract.export.brat import ANNOTATOR, write_brat
from llmextract.export.gold_lines import extraction_to_gold


def spans(q: GoldQuote) -> tuple[object, ...]:
    return (q.start, q.end, q.text, q.speaker_spans, q.cue, q.cue_span, q.kind)


def test_layout_is_polnear_s(tmp_path: Path) -> None:
    done = write_brat([sample_extraction()], tmp_path)
    assert done.articles == [("tidewater-ferry", "tidewater-ferry")]
    assert (tmp_path / "text" / "tidewater-ferry.txt").read_bytes() == TEXT.encode("utf-8")
    ann = (tmp_path / "attributions" / f"tidewater-ferry_{ANNOTATOR}.ann").read_text(encoding="utf-8")
    assert "E4\tAttribution-no-source:" in ann  # 'fares could double' has no speaker
    assert ann.count("\tAttribution:") == 3 and done.no_source == 1
    assert (tmp_path / "metadata.tsv").read_text(
        encoding="utf-8"
    ) == "filename\ttitle\ntidewater-ferry\tFerry vote\n"


def test_importer_reads_back_the_same_quotes(tmp_path: Path) -> None:
    extraction = sample_extraction()
    write_brat([extraction], tmp_path)
    imported = import_polnear(tmp_path)
    assert not imported.skipped
    [article] = imported.articles
    expected = extraction_to_gold(extraction)
    assert article.title == "Ferry vote" and article.text == TEXT
    assert [spans(q) for q in article.quotes] == [spans(q) for q in expected.quotes]
    # the importer names a speaker by its mention's words
    assert [q.speaker for q in article.quotes] == ["Mayor Ilse Brandt", "Brandt", "Tomas Vik", None]
    figures = compute_figures(score_article(article, extraction))
    assert figures[("quotes", "exact", "f1")] == 1.0
    assert figures[("quotes", "speaker_mention_accuracy")] == 1.0


def test_discontinuous_quote_and_odd_ids_survive(tmp_path: Path) -> None:
    """A quote whose content the gold gives in parts, and an id that is no portable file name."""
    from llmextract.export.brat import ann_text

    gold = extraction_to_gold(sample_extraction())
    first = gold.quotes[1]
    parts = [(first.start, first.start + 10), (first.start + 12, first.end)]
    gold.quotes[1] = first.model_copy(update={"parts": parts})
    ann = ann_text(gold)
    assert f"Content {parts[0][0]} {parts[0][1]};{parts[1][0]} {parts[1][1]}\t" in ann
    done = write_brat([sample_extraction("a/b: ferry")], tmp_path)
    [(article_id, stem)] = done.articles
    assert article_id == "a/b: ferry" and "/" not in stem
    assert [a.id for a in import_polnear(tmp_path).articles] == [stem]
