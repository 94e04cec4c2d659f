"""The cue rules on invented sentences: plain subjects that are no names, and the verbs that
take a side or report an intention in every form."""

from __future__ import annotations

import pytest

from llmextract.baseline.model import baseline_extract
from llmextract.baseline.phrases import contracted_pronoun
from llmextract.core.answer import LLMQuote


def _only(text: str) -> LLMQuote:
    quotes = baseline_extract(text).quotes
    assert len(quotes) == 1, quotes
    return quotes[0]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "Harbour engineers say the new breakwater will hold for a century.",
            "Harbour engineers",
            "the new breakwater will hold for a century",
        ),
        (
            "About two-thirds expect a later closing time for the market.",
            "About two-thirds",
            "a later closing time for the market",
        ),
        (
            "Some 41% say the ferry fares are too high.",
            "Some 41%",
            "the ferry fares are too high",
        ),
        (
            "One in four said the ferry fares are too high.",
            "One in four",
            "the ferry fares are too high",
        ),
        (
            "Several growers, including Okafor, said the frost came early.",
            "Several growers",
            "the frost came early",
        ),
        (
            "Local critics, however, say the budget is too small.",
            "Local critics",
            "the budget is too small",
        ),
        (
            "The latest count of ballots in both coastal districts showed the mayor ahead.",
            "The latest count of ballots in both coastal districts",
            "the mayor ahead",
        ),
    ],
)
def test_a_plain_subject_that_opens_its_clause_is_the_speaker(text: str, speaker: str, content: str) -> None:
    q = _only(text)
    assert q.speaker == speaker
    assert q.text == content


@pytest.mark.parametrize(
    "text",
    [
        "Across the valley, coastal fog seemed likely.",
        "Under the new rules, heavy freight expected delays.",
    ],
)
def test_a_singular_word_before_a_cue_is_no_subject(text: str) -> None:
    assert baseline_extract(text).quotes == []


def test_a_negated_cue_keeps_its_speaker_without_the_contraction() -> None:
    q = _only("The farmers didn’t know the road had closed.")
    assert (q.speaker, q.cue, q.text) == ("The farmers", "know", "the road had closed")


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Mayor Lena Kovac slams the plan to close the night ferry.", "slams"),
        ("The fishermen's union thanked the council for keeping the harbour open.", "thanked"),
        ("Kovac is advocating a second bridge over the river.", "advocating"),
        ("Councillor Ivo Brandt denounced the new parking fees as a tax on workers.", "denounced"),
        ("Brandt encouraged residents to attend the hearing on Thursday.", "encouraged"),
    ],
)
def test_verbs_that_take_a_side_are_cues_in_every_form(text: str, cue: str) -> None:
    assert _only(text).cue == cue


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The port authority on Friday announced that the night ferry will stop.", "The port authority"),
        ("Councillor Ivo Brandt last week argued that the fees were unfair.", "Ivo Brandt"),
    ],
)
def test_a_time_between_the_speaker_and_the_cue_is_skipped(text: str, speaker: str) -> None:
    q = _only(text)
    assert q.speaker == speaker
    assert q.text.startswith("that ")


@pytest.mark.parametrize(
    ("headline", "cue"),
    [
        ("Harbour Board Endorses Second Ferry Line For The Islands", "Endorses"),
        ("Mayor Kovac Praises Volunteers After The Storm", "Praises"),
    ],
)
def test_a_title_case_headline_reports_with_any_cue_in_the_present(headline: str, cue: str) -> None:
    assert _only(headline + ".\n\nThe board met on Monday.").cue == cue


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Okafor may suggest that the quay be rebuilt.", "suggest"),
        ("The officials are trying to show that the dunes are shrinking.", "show"),
        ("Fishers are more likely to say that the quota is too low.", "say"),
    ],
)
def test_a_modal_or_infinitive_chain_before_a_speech_verb_keeps_the_speaker(text: str, cue: str) -> None:
    q = _only(text)
    assert q.cue == cue
    assert q.speaker is not None and text.startswith(q.speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The harbour can offer cheap berths to the ferries.",
        "Okafor could still find a buyer for the old mill.",
    ],
)
def test_a_modal_before_a_verb_of_plans_or_abilities_makes_no_quote(text: str) -> None:
    assert baseline_extract(text).quotes == []


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "In an interview with the Harbour Gazette, Okafor defended the levy and said the pier was old.",
            "Okafor",
            "the pier was old",
        ),
        (
            "SALTMARSH, Kent (Wire) - Ines Moreau toured the dunes and said the sea wall must rise.",
            "Ines Moreau",
            "the sea wall must rise",
        ),
        (
            "The spokesman opened the briefing and said the ferry was late.",
            "The spokesman",
            "the ferry was late",
        ),
        (
            "At the ferry terminal, Okafor thanked the crew, saying the crossing had been rough.",
            "Okafor",
            "the crossing had been rough",
        ),
    ],
)
def test_a_second_verb_of_the_sentence_takes_its_subject_past_openers(
    text: str, speaker: str, content: str
) -> None:
    quotes = baseline_extract(text).quotes
    assert (speaker, content) in [(q.speaker, q.text) for q in quotes]


def test_an_adjective_after_the_is_no_opening_subject() -> None:
    quotes = baseline_extract("The overall mood was grim, suggesting a long winter for the port.").quotes
    assert all(q.speaker != "The overall" for q in quotes)


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("Okafor made clear that the quay would close.", "made clear", "that the quay would close"),
        ("Okafor has made it clear that the levy stays.", "made it clear", "that the levy stays"),
    ],
)
def test_made_clear_is_a_cue(text: str, cue: str, content: str) -> None:
    q = _only(text)
    assert (q.speaker, q.cue, q.text) == ("Okafor", cue, content)


def test_making_a_thing_clear_is_no_cue() -> None:
    assert baseline_extract("The storm made the harbour rules clear to nobody.").quotes == []


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board, in a statement, said the quay would close.",
        "The harbour board, at a hearing on Monday, said the quay would close.",
    ],
)
def test_an_adjunct_between_commas_does_not_hide_the_speaker(text: str) -> None:
    q = _only(text)
    assert (q.speaker, q.text) == ("The harbour board", "the quay would close")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation its attribution interrupts, the second part after a comma
        (
            "“The harbour is full,” the pilot said, “and the tugs are all out.”",
            [("“The harbour is full,” the pilot said, “and the tugs are all out.”", "the pilot")],
        ),
        (
            "''We ran out of salt,'' Ms. Varga said, ''and the roads froze overnight.''",
            [("''We ran out of salt,'' Ms. Varga said, ''and the roads froze overnight.''", "Varga")],
        ),
        # a participle after the cue's comma is a cue of its own
        (
            "The depot will reopen in May, Orsi said, adding that the buses are ready.",
            [("The depot will reopen in May", "Orsi"), ("that the buses are ready", "Orsi")],
        ),
        (
            "“It was a long winter,” Kemal said, adding, “The spring will be better.”",
            [("“It was a long winter,”", "Kemal"), ("“The spring will be better.”", "Kemal")],
        ),
        # a semicolon closes the attribution as a full stop does
        (
            "The dam needs new gates, engineers say; in 1990, the old ones failed.",
            [("The dam needs new gates", "engineers")],
        ),
    ],
)
def test_content_around_the_attribution(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.speaker) for q in baseline_extract(text, "en").quotes] == expected


def test_a_source_closing_its_sentence_reports_all_of_it() -> None:
    quotes = baseline_extract("The envoy said little at the dinner, according to two guests.", "en").quotes
    assert ("The envoy said little at the dinner", "two guests") in [(q.text, q.speaker) for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        ("She’s argued the levy is unfair.", "She", "the levy is unfair"),
        ("They've said the depot is too small.", "They", "the depot is too small"),
        ("And he's predicted a quick recount.", "he", "a quick recount"),
    ],
)
def test_a_pronoun_with_a_contracted_auxiliary_speaks(text: str, speaker: str, content: str) -> None:
    assert (_only(text).speaker, _only(text).text) == (speaker, content)


def test_contracted_pronoun_reads_only_pronouns() -> None:
    assert contracted_pronoun("she’d") == "she"
    assert contracted_pronoun("Lee's") is None
    assert contracted_pronoun("it's") == "it"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        (
            "U.S. District Judge Mara Olsen set a new hearing, saying the filing came too late.",
            "Mara Olsen",
            "the filing came too late",
        ),
        (
            "In June, a senior county official sided with the growers, saying the permit was void.",
            "a senior county official",
            "the permit was void",
        ),
    ],
)
def test_the_subject_of_a_sentence_speaks_through_its_participle(
    text: str, speaker: str, content: str
) -> None:
    assert [(q.speaker, q.text) for q in baseline_extract(text, "en").quotes] == [(speaker, content)]
