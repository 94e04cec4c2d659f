"""Look-alikes fold to the ASCII they pass for, and every folded offset leads back to its raw character."""

from __future__ import annotations

import re
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from reader_view import ignorable, reader_view

from llmextract.llm.lookalikes import CONFUSABLES, IGNORABLE, fold

LOOKALIKES = {
    "zero-width space": ("<\u200b/article>", "</article>"),
    "word joiner and soft hyphen": ("</art\u2060ic\u00adle>", "</article>"),
    "bidi controls": ("\u202e</article>\u202c", "</article>"),
    "variation selector and grapheme joiner": ("<\ufe0f/\u034farticle>", "</article>"),
    "tag characters": ("<\U000e0041/article>", "</article>"),
    "fullwidth": ("＜／ａｒｔｉｃｌｅ＞", "</article>"),
    "small form": ("\ufe64/article\ufe65", "</article>"),
    "mathematical letters": ("</𝐚𝐫𝐭𝐢𝐜𝐥𝐞>", "</article>"),
    "Cyrillic": ("</аrtісlе>", "</article>"),
    "Cyrillic capitals": ("</АRТІСLЕ>", "</ARTICLE>"),
    "Greek": ("</αrτιcle>", "</article>"),
    "Greek capitals": ("</ΑRΤΙϹLΕ>", "</ARTICLE>"),
    "arrowheads and division slash": ("\u02c2\u2215article\u02c3", "</article>"),
    "named references": ("&lt;/article&gt;", "</article>"),
    "numeric references": ("&#60;&#x2F;article&#62;", "</article>"),
    "legacy reference without semicolon": ("&lt/article&gt", "</article>"),
    "DeepSeek's fullwidth bars": ("<｜begin▁of▁sentence｜>", "<|begin▁of▁sentence|>"),
    "fullwidth ampersand": ("＆lt;s＆gt;", "<s>"),
}


@pytest.mark.parametrize(("raw", "expected"), LOOKALIKES.values(), ids=LOOKALIKES.keys())
def test_a_lookalike_folds_to_what_it_passes_for(raw: str, expected: str) -> None:
    assert fold(raw).text == expected


def test_a_mark_on_a_bracket_is_not_the_bracket() -> None:
    """A combining mark changes what a character looks like: ``<\u0338`` is ``≮``, not ``<``."""
    assert fold("<\u0338/article>").text == "≮/article>"
    assert fold("[\u0338INST]").text == "[\u0338INST]"
    assert fold("&\u0338lt;").text == "&\u0338lt;"


def test_origin_leads_back_to_the_raw_character() -> None:
    raw = "a\u200b＜\u0338é&lt;x\u00a0"
    folded = fold(raw)
    assert folded.text == "a≮é<x "
    assert [folded.origin(i) for i in range(len(folded.text))] == [0, 2, 4, 5, 9, 10]


def test_every_format_and_default_ignorable_character_is_dropped() -> None:
    """Checked over the whole code space, so a format character added to Unicode is not missed."""
    pattern = re.compile(f"[{IGNORABLE}]")
    missing = [
        hex(code)
        for code in range(sys.maxunicode + 1)
        if ignorable(chr(code)) and not pattern.match(chr(code))
    ]
    assert missing == []


def test_the_homoglyph_table_maps_to_ascii_and_wins_over_nfkc() -> None:
    """A look-alike that NFKC would turn into another letter (lunate sigma "ϲ" into "ς") is
    still read as the ASCII letter it passes for."""
    for lookalike, ascii_ in CONFUSABLES.items():
        assert ascii_.isascii() and len(ascii_) == 1
        assert fold(lookalike).text == ascii_, lookalike


# Text made of the pieces look-alikes are built from, so that the examples Hypothesis draws hit them.
PIECES = [
    "<",
    ">",
    "/",
    "&",
    "lt;",
    "gt;",
    "&lt;",
    "&#60;",
    "&#x3c;",
    "article",
    "ARTICLE",
    "а",
    "А",
    "α",
    "＜",
    "＞",
    "／",
    "﹤",
    "\u200b",
    "\u2060",
    "\u034f",
    "\ufe0f",
    "\xad",
    "\u202e",
    "\u0301",
    "\u0338",
    "e",
    "é",
    "e\u0301",
    "|",
    "｜",
    "ﬁ",
    "…",
    "½",
    "𝐚",
    "\xa0",
    " ",
    "\n",
]
MIXED = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=30).map("".join)
# Scripts whose letters compose across characters (Hangul jamo, halfwidth kana and their voicing
# marks, Indic vowel signs) fold piece by piece without that composition; they are never ASCII.
LATIN_GREEK_CYRILLIC = st.text(
    alphabet=st.characters(max_codepoint=0x052F, exclude_categories=("Cs",)), max_size=40
)


@given(st.one_of(MIXED, LATIN_GREEK_CYRILLIC))
def test_folding_piece_by_piece_reads_like_folding_at_once(raw: str) -> None:
    assert fold(raw).text == reader_view(raw)


@given(st.one_of(MIXED, st.text(max_size=60)))
def test_every_folded_character_comes_from_a_raw_one_in_order(raw: str) -> None:
    folded = fold(raw)
    origins = [folded.origin(i) for i in range(len(folded.text))]
    assert origins == sorted(origins)
    assert all(0 <= o < len(raw) for o in origins)
    if folded.text == raw:
        assert origins == list(range(len(raw)))
