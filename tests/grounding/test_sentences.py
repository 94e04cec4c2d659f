"""One segmentation of a whole text: what ends a sentence and what does not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from llmextract.grounding.sentences import sentences
from llmextract.grounding.span_policy import sentence_span


def split(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences(text).spans()]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # titles and initials are followed by a name, not by a new sentence
        (
            "Mr. Varga met Dr. Osei. They spoke.",
            ["Mr. Varga met Dr. Osei.", "They spoke."],
        ),
        (
            "The letter was signed by J. R. Holloway on Friday. Nobody replied.",
            ["The letter was signed by J. R. Holloway on Friday.", "Nobody replied."],
        ),
        # an abbreviation ends a sentence only when a sentence plainly begins after it
        (
            "The firm moved to the U.S. The staff followed. The U.S. Navy did not.",
            ["The firm moved to the U.S.", "The staff followed.", "The U.S. Navy did not."],
        ),
        (
            "She lives in Tacoma, Wash. Her brother does not.",
            ["She lives in Tacoma, Wash.", "Her brother does not."],
        ),
        # "Workers" is no usual sentence opener: after an abbreviation the sentence goes on
        (
            "The plant is near Dover, Del. Workers were told.",
            ["The plant is near Dover, Del. Workers were told."],
        ),
        # a full stop inside a number is no end; "No." before a number is a title
        (
            "Growth was 3.5 percent. It was No. 2 in the region.",
            ["Growth was 3.5 percent.", "It was No. 2 in the region."],
        ),
        # "no." as a word still ends a sentence; so does "ill." (not Illinois)
        (
            "Will it pass? Alas, no. Then the vote came.",
            ["Will it pass?", "Alas, no.", "Then the vote came."],
        ),
        ("He felt ill. Doctors came.", ["He felt ill.", "Doctors came."]),
        # closing marks after the end belong to the sentence; a lower-case word after them continues it
        (
            "“Why now?” she asked. “Because it is time.” He left.",
            ["“Why now?” she asked.", "“Because it is time.”", "He left."],
        ),
        # an elision inside a sentence is no end, unless a quotation closes after it
        (
            "“We tried … It did not work,” he said. “We stopped…” Then silence.",
            ["“We tried … It did not work,” he said.", "“We stopped…”", "Then silence."],
        ),
        ("It was late . . . and cold. Then it rained.", ["It was late . . . and cold.", "Then it rained."]),
        # a line break always ends a sentence; a heading without punctuation is one
        (
            "Budget talks stall\n\nThe council met. It adjourned.",
            ["Budget talks stall", "The council met.", "It adjourned."],
        ),
        # a list number at the start of a line is no sentence of its own
        ("Points:\n1. The levy.\n2. The bridge.", ["Points:", "1. The levy.", "2. The bridge."]),
        # a domain name ends a sentence like any word; an apostrophe's letter is no initial
        (
            "Write to info@example.org. Replies take a week. It is the firm’s. Others agree.",
            ["Write to info@example.org.", "Replies take a week.", "It is the firm’s.", "Others agree."],
        ),
        (
            "Talks between Hale v. Morrow resumed. A ruling is due.",
            ["Talks between Hale v. Morrow resumed.", "A ruling is due."],
        ),
    ],
)
def test_segmentation(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_sentences_are_built_once_per_text() -> None:
    text = "One sentence here. Another one there."
    assert sentences(text) is sentences(text)


@pytest.mark.parametrize(
    ("words", "sentence"),
    [
        ("spoke", "Mr. Lund spoke."),
        ("We oppose", "Then “We oppose the U.S. plan,” she said!"),
        ("Lund spoke. He said", "Mr. Lund spoke. He said the plan will fail."),
    ],
)
def test_sentence_span_reads_the_segmentation(words: str, sentence: str) -> None:
    text = "Mr. Lund spoke. He said the plan will fail. Then “We oppose the U.S. plan,” she said!"
    start = text.index(words)
    got = sentence_span(text, start, start + len(words))
    assert text[got[0] : got[1]] == sentence


def test_a_span_in_whitespace_is_returned_as_it_is() -> None:
    text = "First one.   Second one."
    assert sentence_span(text, 11, 12) == (11, 12)


_PIECES = st.sampled_from(
    [
        "Mr.",
        "U.S.",
        "J.",
        "3.5",
        "said",
        "the",
        "plan",
        "“",
        "”",
        ".",
        "?",
        "!",
        "…",
        "...",
        "\n",
        " ",
        "Tax",
        "fails",
    ]
)


@given(st.lists(_PIECES, max_size=40).map(" ".join))
def test_sentences_are_ordered_trimmed_and_never_cross_a_line(text: str) -> None:
    spans = sentences(text).spans()
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip() and "\n" not in piece
        previous = end
    inside = {i for start, end in spans for i in range(start, end)}
    assert all(i in inside for i, ch in enumerate(text) if not ch.isspace())  # nothing is lost
