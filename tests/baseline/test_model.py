"""The rules baseline on invented news sentences, one rule at a time."""

from __future__ import annotations

import pytest

from llmextract.baseline.model import baseline_extract
from llmextract.core.answer import LLMExtraction, LLMQuote


def _only(text: str) -> LLMQuote:
    quotes = baseline_extract(text).quotes
    assert len(quotes) == 1, quotes
    return quotes[0]


def _by_text(ex: LLMExtraction, fragment: str) -> LLMQuote:
    hits = [q for q in ex.quotes if fragment in q.text]
    assert len(hits) == 1, ex.quotes
    return hits[0]


def test_direct_quote_with_title_and_name_before_it() -> None:
    q = _only("Turkish Defence Minister Hulusi Akar said: “We will not accept any delay at the border.”")
    assert q.text == "“We will not accept any delay at the border.”"
    assert q.speaker == "Hulusi Akar"
    assert q.cue == "said"
    assert q.kind == "direct"


def test_curly_quote_then_inverted_cue_with_apposition() -> None:
    q = _only("“The border must stay open,” said Hulusi Akar, Turkey's defence minister.")
    assert q.text == "“The border must stay open,”"
    assert q.speaker == "Hulusi Akar"
    assert q.kind == "direct"


def test_straight_quotes_and_listener_after_cue() -> None:
    q = _only('"The harbour will reopen next month," Akar told reporters on Tuesday.')
    assert q.text == '"The harbour will reopen next month,"'
    assert q.speaker == "Akar"
    assert q.cue == "told"


def test_question_mark_inside_the_quotation_does_not_cut_off_its_attribution() -> None:
    q = _only("“Why should the farmers pay for this?” Akar asked.")
    assert q.text == "“Why should the farmers pay for this?”"
    assert (q.speaker, q.cue) == ("Akar", "asked")


def test_pronoun_speaker_is_returned_as_written() -> None:
    q = _only("“We have enough grain for the winter,” she said.")
    assert q.speaker == "she"
    assert q.kind == "direct"


def test_quote_interrupted_by_its_attribution_is_one_quote() -> None:
    text = "“The vote was fair,” Mayor Lena Kovac said. “Nobody has shown me any evidence otherwise.”"
    q = _only(text)
    assert q.text == text
    assert q.speaker == "Lena Kovac"
    assert q.kind == "direct"


def test_reported_speech_with_that() -> None:
    q = _only("Finance Minister Tomas Berg said that the budget would be balanced by 2027.")
    assert q.text == "that the budget would be balanced by 2027"
    assert q.speaker == "Tomas Berg"
    assert q.kind == "indirect"


def test_reported_speech_without_that() -> None:
    q = _only("The company's chief executive said profits fell sharply in the third quarter.")
    assert q.text == "profits fell sharply in the third quarter"
    assert q.speaker == "The company's chief executive"


def test_reported_speech_before_the_attribution() -> None:
    q = _only("The new bridge will be finished before the winter, the council said.")
    assert q.text == "The new bridge will be finished before the winter"
    assert q.speaker == "the council"
    assert q.cue == "said"


def test_reported_speech_before_an_inverted_attribution() -> None:
    q = _only("Talks with the union had broken down, said Maria Quint, a spokeswoman for the port.")
    assert q.text == "Talks with the union had broken down"
    assert q.speaker == "Maria Quint"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("According to the agency, the dam was inspected in March.", "the dam was inspected in March"),
        ("The dam was inspected in March, according to the agency.", "The dam was inspected in March"),
    ],
)
def test_according_to(text: str, content: str) -> None:
    q = _only(text)
    assert q.text == content
    assert q.speaker == "the agency"
    assert q.cue == "according to"


def test_participle_clause_takes_the_speaker_of_the_sentence() -> None:
    ex = baseline_extract("Senator Ruth Ambler said the plan was rushed, adding that it ignored farmers.")
    assert [(q.text, q.speaker) for q in ex.quotes] == [
        ("the plan was rushed", "Ruth Ambler"),
        ("that it ignored farmers", "Ruth Ambler"),
    ]


def test_quote_running_over_two_paragraphs() -> None:
    text = (
        "The governor opened the new term on Monday.\n\n"
        "“We rebuilt the schools first, and we did it without new debt\n\n"
        "“and next year we rebuild the hospitals,” Governor Ines Moreau said."
    )
    q = _only(text)
    assert q.text.startswith("“We rebuilt the schools")
    assert q.text.endswith("hospitals,”")
    assert "\n\n" in q.text
    assert q.speaker == "Ines Moreau"
    assert q.kind == "direct"


def test_unattributed_quote_paragraph_goes_to_the_last_speaker() -> None:
    text = (
        "“Prices will come down,” the central bank's governor Anna Lind said on Monday.\n\n"
        "“We expect inflation to fall below three percent by the summer.”"
    )
    ex = baseline_extract(text)
    follow = _by_text(ex, "inflation")
    assert follow.speaker == "Anna Lind"
    assert follow.kind == "direct"


def test_scare_quoted_words_without_a_cue_are_not_quotes() -> None:
    ex = baseline_extract("The minister's so-called “peace plan” was published on Friday.")
    assert ex.quotes == []


def test_organisation_and_state_actors() -> None:
    text = (
        "The Ministry of Foreign Affairs said on Monday that Turkey would send a delegation. "
        "Greece has not responded, according to Acme Shipping Inc.\n"
        "Acme Shipping Inc. and Turkey "
        "declined to comment."
    )
    actors = {a.name: a.type for a in baseline_extract(text).actors}
    # named once in passing and never speaking, an organisation is an actor all the same
    assert "Harbor Bank of Haldby" in {
        a.name for a in baseline_extract(text + " The Harbor Bank of Haldby agreed.").actors
    }
    assert actors["Ministry of Foreign Affairs"] == "organization"
    assert actors["Acme Shipping Inc"] == "organization"
    assert actors["Turkey"] == "state"
    assert actors["Greece"] == "state"


def test_person_actor_keeps_the_title_as_role() -> None:
    ex = baseline_extract("Defence Minister Hulusi Akar said the exercise would go ahead.")
    akar = next(a for a in ex.actors if a.name == "Hulusi Akar")
    assert akar.type == "person"
    assert akar.role == "Defence Minister"


def test_title_holding_an_organisation_word_is_still_a_role() -> None:
    ex = baseline_extract("Senate Majority Leader Ada Whitlock said the vote would be held on Friday.")
    assert ex.quotes[0].speaker == "Ada Whitlock"
    whitlock = next(a for a in ex.actors if a.name == "Ada Whitlock")
    assert (whitlock.type, whitlock.role) == ("person", "Senate Majority Leader")


def test_plain_two_word_names_are_person_actors_but_openers_are_not() -> None:
    text = "Lena Kovac met Tomas Berg in Vienna. Interestingly Berg left early. Both Kovac and Berg declined."
    names = {a.name for a in baseline_extract(text).actors}
    assert {"Lena Kovac", "Tomas Berg"} <= names
    assert not {"Interestingly Berg", "Both Kovac", "Berg"} & names


def test_non_ascii_names() -> None:
    text = "“Nous resterons unis,” a déclaré Élodie Fournier. Şükrü Özdemir said the ferry was late."
    ex = baseline_extract(text, "en")  # half French: the detector would pick the French rules
    assert {q.speaker for q in ex.quotes} >= {"Şükrü Özdemir"}
    assert "Şükrü Özdemir" in {a.name for a in ex.actors}


def test_a_side_taken_on_no_named_actor_gives_no_stance() -> None:
    ex = baseline_extract("Akar said he strongly supports the new treaty and opposes the sanctions.")
    assert ex.quotes
    assert ex.stances == []  # a treaty and sanctions are topics no "an end to" introduces


def test_stances_come_with_the_quotes_and_actors() -> None:
    ex = baseline_extract("Defence Minister Hulusi Akar praised Greece on Tuesday.", "en")
    assert [(s.holder, s.polarity, s.target) for s in ex.stances] == [("Hulusi Akar", "support", "Greece")]
    assert ex.stances[0].evidence == "Defence Minister Hulusi Akar praised Greece on Tuesday."


def test_doubled_apostrophes_are_quotation_marks() -> None:
    q = _only("''We will appeal the ruling,'' the mayor's lawyer said.")
    assert q.text == "''We will appeal the ruling,''"
    assert q.speaker == "the mayor's lawyer"
    assert q.kind == "direct"


def test_mistyped_opening_mark_closes_a_quotation() -> None:
    q = _only("“Nobody expected the flood to reach the old town,“ said Pavel Novak, the deputy mayor.")
    assert q.text == "“Nobody expected the flood to reach the old town,“"
    assert q.speaker == "Pavel Novak"


def test_cue_after_which_the_content_is_an_infinitive() -> None:
    q = _only("The airline declined to comment on the strike.")
    assert q.text == "to comment on the strike"
    assert q.speaker == "The airline"
    assert q.cue == "declined"


def test_a_cue_word_used_as_a_noun_is_not_a_cue() -> None:
    assert baseline_extract("She joined a late-night conference call with the donors.").quotes == []
    assert baseline_extract("Officials in the United States were not available.").quotes == []


def test_survey_as_source() -> None:
    q = _only("In the latest regional survey, two thirds of farmers expect lower prices.")
    assert q.text == "two thirds of farmers expect lower prices"
    assert q.speaker == "the latest regional survey"
    assert q.cue == "in"


def test_headline_speaker_before_a_colon() -> None:
    ex = baseline_extract("Akar: Talks With Athens Will Resume In May.\n\nThe minister spoke in Ankara.")
    assert [(q.text, q.speaker) for q in ex.quotes] == [("Talks With Athens Will Resume In May", "Akar")]
    titled = baseline_extract("Storm Over Harbour: Ferries Stay In Port.\n\nNo one was hurt.")
    assert titled.quotes == []


def test_title_case_headline_cue() -> None:
    q = _only("Port Authority Chief Says Harbour Will Reopen In May.")
    assert (q.text, q.speaker, q.cue) == ("Harbour Will Reopen In May", "Port Authority Chief", "Says")
    assert baseline_extract("The United Nations Shows Its New Logo In Geneva.").quotes == []


def test_possessive_name_opens_the_speaker_phrase() -> None:
    q = _only("Anna Lind's campaign manager says turnout will be high.")
    assert q.text == "turnout will be high"
    assert q.speaker == "Anna Lind's campaign manager"


def test_colon_at_paragraph_end_introduces_the_next_paragraph() -> None:
    text = "The columnist Mira Holt writes:\n\nThe budget hides its real costs. No one has read it."
    q = _only(text)
    assert q.text == "The budget hides its real costs. No one has read it"
    assert q.speaker == "Mira Holt"
    assert q.cue == "writes"


SAMPLE = """Turkish Defence Minister Hulusi Akar said the talks would resume next week.

“We will not accept any delay,” Akar told reporters in Ankara. “Our position is clear.”

The agreement will be signed in May, according to the Ministry of Foreign Affairs.

Critics said the deal, which opposition leader Özgür Demir called “a surrender,” was rushed.
"""


def test_deterministic() -> None:
    assert baseline_extract(SAMPLE) == baseline_extract(SAMPLE)


def test_every_quote_text_is_a_substring_of_the_input() -> None:
    ex = baseline_extract(SAMPLE)
    assert len(ex.quotes) >= 4
    for q in ex.quotes:
        assert q.text in SAMPLE


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n ",
        "No one said anything.",
        "“”",
        '"',
        '"a" "b" said X, "c" ' * 200,
        "“He said the plan was fine\n\n" * 200,
        "Akar said in the morning that officials told reporters " * 200,
        "''a'' ''b'' he said, '' " * 200,
    ],
)
def test_degenerate_inputs_do_not_fail(text: str) -> None:
    ex = baseline_extract(text)
    for q in ex.quotes:
        assert q.text in text


def test_places_after_prepositions_are_not_actors() -> None:
    text = (
        "Councillor Ruth Abernathy said the ferry would stop in Glen Harrow. "
        "Northwind Energy said it would build the pier at Glen Harrow."
    )
    actors = {a.name: a for a in baseline_extract(text).actors}
    assert "Glen Harrow" not in actors
    assert actors["Ruth Abernathy"].role == "Councillor"
    assert actors["Northwind Energy"].type == "organization"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # words between the speaker and the cue
        (
            "Ada Berg disingenuously claimed that the budget was balanced.",
            "Ada Berg",
            "that the budget was balanced",
        ),
        (
            "Ada Berg is declaring that she has won the nomination.",
            "Ada Berg",
            "that she has won the nomination",
        ),
        (
            "Omar Reyes is also asking the council to publish its files.",
            "Omar Reyes",
            "the council to publish its files",
        ),
        (
            "Omar Reyes continued to insist he had never seen the files.",
            "Omar Reyes",
            "he had never seen the files",
        ),
        ("Omar Reyes went on to say that the files were lost.", "Omar Reyes", "that the files were lost"),
        # a cue verb in a form the table does not spell out
        ("Ines Vale speculated that the dam could fail.", "Ines Vale", "that the dam could fail"),
    ],
)
def test_a_speaker_before_adverbs_auxiliaries_and_aspect_verbs(text: str, speaker: str, content: str) -> None:
    quotes = baseline_extract(text, "en").quotes
    assert [(q.speaker, q.text) for q in quotes] == [(speaker, content)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause between the speaker and "said": the speaker is the name before it
        (
            "“The answer is no,” Vale, who has proposed closing the port, said at the time.",
            [("Vale", "“The answer is no,”")],
        ),
        (
            "The plan would cost $4 billion, Omar Reyes, who chairs the committee, said on Monday.",
            [("Omar Reyes", "The plan would cost $4 billion")],
        ),
        (
            "Ada Berg, whose office runs the port, told reporters that the cranes were unsafe.",
            [("Ada Berg", "that the cranes were unsafe")],
        ),
    ],
)
def test_a_relative_clause_between_the_speaker_and_the_cue(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(q.speaker, q.text) for q in baseline_extract(text, "en").quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "continued to" is no cue of its own: the cue is the verb after it
        (
            "Even after the audit, Lena Holm continued to insist the books were sound.",
            [("Lena Holm", "insist")],
        ),
        # "think tank" is a noun
        (
            "Pavel Ek, a fellow at the think tank Harbor Policy, said the port was losing money.",
            [("Pavel Ek", "said")],
        ),
        # a participle clause, after a party label in brackets, between the speaker and the cue
        (
            "Sen. Mara Quist (D-Ore.), facing a recall, argued that the tax was fair.",
            [("Mara Quist", "argued")],
        ),
        # "this" opens the content unless a time follows it
        ("I think this budget is too small.", [("I", "think")]),
        ("Omar Vale said this week that the budget was too small.", [("Omar Vale", "said")]),
        # records and figures speak through "show"
        ("The county records show that the dam was never inspected.", [("The county records", "show")]),
        ("The show opened on Monday.", []),
    ],
)
def test_cue_words_and_speakers_in_context(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.speaker, q.cue) for q in baseline_extract(text, "en").quotes] == expected


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "Asked why the council did not publish the audit, Vale responded that it had.",
            "why the council did not publish the audit",
        ),
        ("Asked on Monday whether the ferry would run, Ek said it would.", "whether the ferry would run"),
        ("“Not this year,” Ek said when asked whether the ferry would run.", "whether the ferry would run"),
        ("At the hearing, Ek was asked by a councillor why the pier shut.", "why the pier shut"),
        (
            "The vote was close. Asked specifically what the plan would cost, Ek declined to say.",
            "what the plan would cost",
        ),
    ],
)
def test_a_question_put_to_someone_is_reported_without_a_speaker(text: str, question: str) -> None:
    quotes = baseline_extract(text, "en").quotes
    assert (None, "asked", question) in [(q.speaker, q.cue, q.text) for q in quotes]


def test_asked_inside_a_sentence_is_the_askers_quote() -> None:
    quotes = baseline_extract("Reyes asked whether the port would close.", "en").quotes
    assert [(q.speaker, q.text) for q in quotes] == [("Reyes", "whether the port would close")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long source before the comma
        (
            "According to early results of an exit poll conducted for two broadcasters, turnout was low.",
            [("early results of an exit poll conducted for two broadcasters", "turnout was low")],
        ),
        # no comma before a closing "according to"
        (
            "Vale leads Ek by 40 delegates according to a count by the Harbor Courier.",
            [("a count by the Harbor Courier", "Vale leads Ek by 40 delegates")],
        ),
        # in accordance with a rule: no source
        ("The votes were counted according to state law.", []),
        ("According to the plan, the port closes in May.", []),
    ],
)
def test_according_to_long_sources_and_rules(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.speaker, q.text) for q in baseline_extract(text, "en").quotes] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any cue verb in -ing after a comma goes to the sentence's speaker
        (
            "Mayor Ines Vale shunned the summit, claiming that the talks were rigged.",
            [("Ines Vale", "claiming", "that the talks were rigged")],
        ),
        (
            "Councillor Omar Ek left the meeting, fearing the port would close.",
            [("Omar Ek", "fearing", "the port would close")],
        ),
    ],
)
def test_a_participle_cue_after_a_comma(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(q.speaker, q.cue, q.text) for q in baseline_extract(text, "en").quotes] == expected
