"""A quote's own words as its speaker's stance, on invented quotes."""

from __future__ import annotations

import pytest

from llmextract.core.answer import LLMQuote
from tests.baseline.test_stance_rules import Triple, _triples


def test_quotes_are_their_speakers_stance() -> None:
    text = (
        '"We condemn Borduria and its allies," Vera Lund said.\n'
        '"Tom Berg\'s backers should stop, now," Vera Lund said.\n'
        '"Ruritania must stop," Vera Lund said.\n'
        '"Ann Lee is corrupt and dangerous," Vera Lund said.\n'
        '"Ann Lee is not corrupt," Vera Lund said.\n'
    )
    quotes = [LLMQuote(text=line[: line.rindex('"') + 1], speaker="Vera Lund") for line in text.splitlines()]
    assert _triples(text, quotes=quotes) == {
        ("Vera Lund", "oppose", "Borduria"),
        ("Vera Lund", "oppose", "Tom Berg"),
        ("Vera Lund", "oppose", "Ruritania"),
        ("Vera Lund", "oppose", "Ann Lee"),
    }


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('"Crooked Tom Berg wants the port," Vera Lund said.', {("Vera Lund", "oppose", "Tom Berg")}),
        ('"Tom Berg was the right choice," Vera Lund said.', {("Vera Lund", "support", "Tom Berg")}),
        ('"Ann Lee said that Tom Berg is wrong," Vera Lund said.', set()),  # Ann Lee's judgement
        ('"Tom Berg is in the capital," Vera Lund said.', set()),
    ],
)
def test_words_right_at_a_name_in_a_quote(line: str, expected: set[Triple]) -> None:
    quotes = [LLMQuote(text=line[: line.rindex('"') + 1], speaker="Vera Lund")]
    assert _triples(line, quotes=quotes) == expected


def test_a_pronoun_speaker_is_the_person_named_before_the_quote() -> None:
    text = 'Vera Lund spoke on Monday. "We welcome Tom Berg as a partner," she said.'
    quotes = [LLMQuote(text='"We welcome Tom Berg as a partner,"', speaker="she")]
    assert _triples(text, quotes=quotes) == {("Vera Lund", "support", "Tom Berg")}


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            '"The port deal is a disgrace and Tom Berg has failed this town," Vera Lund said.',
            {("Vera Lund", "oppose", "Tom Berg")},
        ),
        (
            '"We are proud of this council, and Ann Lee has done an excellent job," Vera Lund said.',
            {("Vera Lund", "support", "Ann Lee")},
        ),
        ('"What Tom Berg calls a plan is a sham," Vera Lund said.', {("Vera Lund", "oppose", "Tom Berg")}),
        ('"Tom Berg made a mistake, but Ann Lee was right," Vera Lund said.', set()),  # both sides
        ('"If Tom Berg signs, the deal is a disgrace," Vera Lund said.', set()),  # a condition
        ('"The deal is no disgrace and Tom Berg knows it," Vera Lund said.', set()),  # a negation
        ('"Ann Lee thinks the deal is a disgrace," Vera Lund said.', set()),  # Ann Lee's judgement
    ],
)
def test_a_quoted_sentence_that_only_praises_or_only_blames(line: str, expected: set[Triple]) -> None:
    quotes = [LLMQuote(text=line[: line.rindex('"') + 1], speaker="Vera Lund")]
    assert _triples(line, quotes=quotes) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('"The summit in Ruritania was a disgrace," Vera Lund said.', set()),  # a place, not whom
        ('"We are grateful for the warm welcome in Borduria," Vera Lund said.', set()),
        (
            '"The summit was a disgrace and Tom Berg failed," Vera Lund said.',
            {("Vera Lund", "oppose", "Tom Berg")},
        ),
    ],
)
def test_praise_or_blame_in_a_quote_judges_a_person(line: str, expected: set[Triple]) -> None:
    quotes = [LLMQuote(text=line[: line.rindex('"') + 1], speaker="Vera Lund")]
    assert _triples(line, quotes=quotes) == expected


@pytest.mark.parametrize("speaker", ["Critics", "The report", "Others"])
def test_a_speaker_who_is_no_actor_holds_no_stance(speaker: str) -> None:
    line = f'"Tom Berg has failed this town and we condemn Borduria," {speaker.lower()} said.'
    quotes = [LLMQuote(text=line[: line.rindex('"') + 1], speaker=speaker)]
    assert _triples(line, quotes=quotes) == set()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('"We are grateful to Ann Lee for her work," Vera Lund said.', {("Vera Lund", "support", "Ann Lee")}),
        ('"Tom Berg has lied to this council again," Vera Lund said.', {("Vera Lund", "oppose", "Tom Berg")}),
        ('"Tom Berg is not guilty of misconduct," Vera Lund said.', set()),  # a negation
    ],
)
def test_thanks_and_accusations_in_a_quote(line: str, expected: set[Triple]) -> None:
    quotes = [LLMQuote(text=line[: line.rindex('"') + 1], speaker="Vera Lund")]
    assert _triples(line, quotes=quotes) == expected
