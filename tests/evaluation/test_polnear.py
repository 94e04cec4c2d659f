from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from llmextract.errors import InputError
from llmextract.evaluation.gold import GoldArticle, ImportResult
from llmextract.evaluation.polnear import import_polnear, is_quoted, parse_ann

FIXTURES = Path(__file__).parent / "fixtures" / "polnear"
BRIDGE = "ledger_2024-03-02_harbour-bridge-repairs"


@pytest.fixture(scope="module")
def imported() -> ImportResult:
    return import_polnear(FIXTURES / "dev")


def by_id(result: ImportResult, article_id: str) -> GoldArticle:
    return next(a for a in result.articles if a.id == article_id)


def test_imports_every_article_with_titles(imported: ImportResult) -> None:
    ids = [a.id for a in imported.articles]
    assert ids == ["courier_2024-03-05_rail-fund-approval", BRIDGE]
    assert by_id(imported, BRIDGE).title == "Harbour bridge repairs to start in May"
    assert all(a.tasks == ["quotes"] for a in imported.articles)


def test_first_annotator_code_wins(imported: ImportResult) -> None:
    # a1b2 marked six attributions, c3d4 only one: a1b2 sorts first and is used
    assert len(by_id(imported, BRIDGE).quotes) == 6
    assert any("used ledger_2024-03-02_harbour-bridge-repairs_a1b2.ann" in n for n in imported.notes)


def test_attribution_with_source_and_cue(imported: ImportResult) -> None:
    q = by_id(imported, BRIDGE).quotes[0]
    assert q.text == "The city will close the Harbour Bridge for six weeks"
    assert (q.speaker, q.cue, q.kind) == ("officials", "said on Monday", "indirect")
    article = by_id(imported, BRIDGE)
    assert [article.text[s:e] for s, e in q.speaker_spans] == ["officials"]
    assert q.cue_span is not None and article.text[q.cue_span[0] : q.cue_span[1]] == "said on Monday"


def test_direct_quote_and_role_order_in_the_event_line(imported: ImportResult) -> None:
    q = by_id(imported, BRIDGE).quotes[1]
    assert q.text == "“We cannot wait any longer,”"
    assert (q.speaker, q.kind) == ("Mayor Lena Ortiz", "direct")


def test_attribution_without_source_has_no_speaker(imported: ImportResult) -> None:
    q = by_id(imported, BRIDGE).quotes[2]
    assert q.text == "the closure will hurt local shops"
    assert q.speaker is None and q.speaker_spans == []
    assert q.cue == "fear"


def test_discontinuous_content_is_joined_with_its_parts_kept(imported: ImportResult) -> None:
    article = by_id(imported, BRIDGE)
    q = article.quotes[3]
    assert q.text.startswith("“The bridge is safe today,”") and q.text.endswith(
        "“but it will not stay safe.”"
    )
    assert "Ortiz said" in q.text  # start-end covers the cue between the parts
    assert [article.text[s:e] for s, e in q.parts] == [
        "“The bridge is safe today,”",
        "“but it will not stay safe.”",
    ]
    assert q.kind == "direct"


def test_content_and_content2_make_one_quote(imported: ImportResult) -> None:
    article = by_id(imported, BRIDGE)
    q = article.quotes[4]
    assert q.text == "traffic will move to the ring road"
    assert len(q.parts) == 2
    assert (q.speaker, q.cue) == ("the transport office", "According to")


def test_skipped_lines_are_counted_with_reasons(imported: ImportResult) -> None:
    assert imported.skipped["attribution without content"] == 1
    assert imported.skipped["continuation of a multi-line span text (ignored)"] == 1


def test_folder_of_splits_and_missing_data(tmp_path: Path) -> None:
    assert len(import_polnear(FIXTURES).articles) == 2
    with pytest.raises(InputError, match="no PolNeAR data"):
        import_polnear(tmp_path)
    with pytest.raises(InputError, match="no such folder"):
        import_polnear(tmp_path / "missing")


def test_parse_ann_skips_spans_outside_the_text() -> None:
    skipped: Counter[str] = Counter()
    ann = "T1\tContent 0 99\ttoo long\nT2\tAttribution 0 3\tabc\nE1\tAttribution:T2 Content:T1\n"
    assert parse_ann(ann, "abc def", skipped) == []
    assert skipped == {"span outside the text": 1, "attribution without content": 1}


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ('He said "we will win," and left.', (8, 21), True),  # marks inside the span
        ('He said "we will win," and left.', (9, 20), True),  # marks just outside
        ("She said “no.”", (9, 14), True),
        ("She said that we will win.", (14, 25), False),
        ('He wants "freedom" for all.', (3, 26), False),  # quoted word inside reported speech
    ],
)
def test_is_quoted(text: str, span: tuple[int, int], expected: bool) -> None:
    assert is_quoted(text, *span) is expected
