"""Tokens and sentence breaks: where the rules baseline cuts an article into sentences."""

from __future__ import annotations

from llmextract.baseline.tokens import quote_mask, quote_spans, sentences, tokenize


def _sentences(text: str) -> list[str]:
    toks = tokenize(text)
    quotes = quote_spans(text)
    spans = sentences(text, toks, quote_mask(toks, quotes), quotes)
    return [text[toks[i].start : toks[j - 1].end] for i, j in spans]


def test_tokens_keep_offsets_lower_case_words_and_capitals() -> None:
    toks = tokenize("Dr. Vera Lund's plan, U.S. officials said.")
    assert [t.text for t in toks] == [
        "Dr.",
        "Vera",
        "Lund's",
        "plan",
        ",",
        "U.S.",
        "officials",
        "said.",
    ]
    assert [t.word for t in toks][:3] == ["dr", "vera", "lund's"]
    assert [t.cap for t in toks][:4] == [True, True, True, False]
    assert all("Dr. Vera Lund's plan, U.S. officials said."[t.start : t.end] == t.text for t in toks)


def test_sentences_break_at_stops_before_a_capital_and_at_line_breaks() -> None:
    text = "The mill closed. Workers left! Why?\nA new line starts here"
    assert _sentences(text) == ["The mill closed.", "Workers left!", "Why?", "A new line starts here"]


def test_no_break_after_an_abbreviation_an_initial_or_before_a_lower_case_word() -> None:
    text = "Mr. Lund met Gen. Berg in the U.S. on Monday. It went well. the end."
    assert _sentences(text) == ["Mr. Lund met Gen. Berg in the U.S. on Monday.", "It went well. the end."]


def test_no_break_inside_a_quotation_nor_before_its_attribution() -> None:
    text = "“We will stay. We will fight,” Lund said. “Why not?” Berg asked. They left."
    assert _sentences(text) == [
        "“We will stay. We will fight,” Lund said.",
        "“Why not?” Berg asked.",
        "They left.",
    ]


def test_a_quotation_that_ends_a_sentence_breaks_before_the_next_one() -> None:
    text = "Lund said: “We will stay.” The council met."
    assert _sentences(text) == ["Lund said: “We will stay.”", "The council met."]


def test_line_breaks_at_the_edges_and_empty_text() -> None:
    assert _sentences("\n\nOne line.\n\n") == ["One line."]
    assert _sentences("") == []
