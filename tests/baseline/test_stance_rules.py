"""Stances from the article's own words, on invented sentences: one pattern and one language at a time."""

from __future__ import annotations

import pytest

from llmextract import extract
from llmextract.baseline.languages import STANCE_WORDS
from llmextract.baseline.model import baseline_extract
from llmextract.baseline.stance_rules import stances_of
from llmextract.core.answer import LLMActor, LLMQuote

Triple = tuple[str, str, str]

PEOPLE = [
    "Ann Lee",
    "Tom Berg",
    "Vera Lund",
    "Marie Dubois",
    "Paul Martin",
    "Anna Keller",
    "Jonas Brandt",
    "Lucía Gómez",
    "Pedro Ruiz",
]
STATES = ["Ruritania", "Borduria", "Ägypten", "Russland", "Égypte", "Egipto"]
ACTORS = [LLMActor(name=n) for n in PEOPLE] + [LLMActor(name=n, type="state") for n in STATES]


def _triples(text: str, lang: str = "en", quotes: list[LLMQuote] | None = None) -> set[Triple]:
    found = stances_of(text, ACTORS, quotes or [], STANCE_WORDS[lang])
    for s in found:
        assert s.evidence in text  # the sentence, copied exactly
    return {(s.holder, s.polarity, s.target) for s in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee backs Tom Berg.", {("Ann Lee", "support", "Tom Berg")}),
        ("Ann Lee has sharply criticised Tom Berg.", {("Ann Lee", "oppose", "Tom Berg")}),
        (
            "Ann Lee, the harbour's director, praised Tom Berg on Monday.",
            {("Ann Lee", "support", "Tom Berg")},
        ),
        (
            "Ruritania condemned Borduria and Tom Berg.",
            {("Ruritania", "oppose", "Borduria"), ("Ruritania", "oppose", "Tom Berg")},
        ),
        ("Ann Lee welcomed President Tom Berg.", {("Ann Lee", "support", "Tom Berg")}),
        (
            "Ann Lee called for an immediate end to foreign support for Tom Berg.",
            {("Ann Lee", "oppose", "Tom Berg")},
        ),
        ("Ann Lee urged Ruritania to stop arming Tom Berg.", {("Ann Lee", "oppose", "Tom Berg")}),
        ("Ann Lee urged Ruritania to stop.", {("Ann Lee", "oppose", "Ruritania")}),
        ("Ann Lee accused Tom Berg of lying to the council.", {("Ann Lee", "oppose", "Tom Berg")}),
        ("Ann Lee praised Bordurian Prime Minister Tom Berg.", {("Ann Lee", "support", "Tom Berg")}),
        ("Ann Lee sided with Tom Berg.", {("Ann Lee", "support", "Tom Berg")}),
        ("Ann Lee hit out at Tom Berg.", {("Ann Lee", "oppose", "Tom Berg")}),
        ("Ann Lee has been sharply critical of Tom Berg.", {("Ann Lee", "oppose", "Tom Berg")}),
        ("Ann Lee is not critical of Tom Berg.", set()),
        ("Ann Lee pushed back against Tom Berg on Monday.", {("Ann Lee", "oppose", "Tom Berg")}),
        ("Ann Lee stood up to Ruritania.", {("Ann Lee", "oppose", "Ruritania")}),
        ("Ann Lee is supportive of Tom Berg.", {("Ann Lee", "support", "Tom Berg")}),
        ("Ann Lee paid tribute to Tom Berg.", {("Ann Lee", "support", "Tom Berg")}),
        ("Ann Lee repeatedly disparaged Tom Berg.", {("Ann Lee", "oppose", "Tom Berg")}),
        ("Ruritania snubbed Borduria.", {("Ruritania", "oppose", "Borduria")}),
        ("Ann Lee vouched for Tom Berg.", {("Ann Lee", "support", "Tom Berg")}),
        ("Ann Lee never embraced Tom Berg.", set()),
        ("Ann Lee is accusing Tom Berg of stalling.", {("Ann Lee", "oppose", "Tom Berg")}),
        ("Ruritania was openly backing Tom Berg.", {("Ruritania", "support", "Tom Berg")}),
        ("Ann Lee is not criticizing Tom Berg.", set()),
    ],
)
def test_active_verbs_and_phrases(text: str, expected: set[Triple]) -> None:
    assert _triples(text) == expected


def test_a_topic_after_an_end_to_is_the_target_when_no_actor_is() -> None:
    assert _triples("Ann Lee called for an end to the fighting in the north.") == {
        ("Ann Lee", "oppose", "the fighting in the north")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Berg is backed by Ruritania and Borduria, as well as Vera Lund.",
            {
                ("Ruritania", "support", "Tom Berg"),
                ("Borduria", "support", "Tom Berg"),
                ("Vera Lund", "support", "Tom Berg"),
            },
        ),
        ("Tom Berg is opposed by Ann Lee.", {("Ann Lee", "oppose", "Tom Berg")}),
        ("Tom Berg, who was welcomed by Ann Lee, spoke first.", {("Ann Lee", "support", "Tom Berg")}),
        ("Tom Berg, backed by Ruritania, took the port.", {("Ruritania", "support", "Tom Berg")}),
        ("Tom Berg drew sharp criticism from Ann Lee.", {("Ann Lee", "oppose", "Tom Berg")}),
        (
            "Tom Berg came under fire from Ann Lee and Ruritania.",
            {("Ann Lee", "oppose", "Tom Berg"), ("Ruritania", "oppose", "Tom Berg")},
        ),
        ("Ann Lee blasted fellow senator Tom Berg.", {("Ann Lee", "oppose", "Tom Berg")}),
    ],
)
def test_passive_forms_make_the_agent_the_holder(text: str, expected: set[Triple]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee's support for Tom Berg surprised nobody.", {("Ann Lee", "support", "Tom Berg")}),
        ("Ann Lee, a longtime critic of Tom Berg, spoke.", {("Ann Lee", "oppose", "Tom Berg")}),
        ("Ann Lee is an ally of Vera Lund.", {("Ann Lee", "support", "Vera Lund")}),
        ("Ann Lee — a fierce critic of Tom Berg — spoke.", {("Ann Lee", "oppose", "Tom Berg")}),
    ],
)
def test_nouns_that_take_a_side(text: str, expected: set[Triple]) -> None:
    assert _triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee does not support Tom Berg.",
        "Ann Lee doesn't back Tom Berg.",
        "Ann Lee never endorsed Tom Berg.",
        "Tom Berg is not backed by Ann Lee.",
        "If Ann Lee backs Tom Berg, the vote is lost.",
        "Will Ann Lee endorse Tom Berg?",
        "Ann Lee's spokesman criticised Tom Berg.",
        "Ann Lee told Vera Lund about Tom Berg.",
        "Ann Lee met Tom Berg in the capital.",
        "Ann Lee sided with a Borduria trade delegation.",  # the name qualifies a noun
        "Ann Lee backed away from Tom Berg.",
    ],
)
def test_negations_conditions_and_neutral_verbs_give_no_stance(text: str) -> None:
    assert _triples(text) == set()


def test_a_pair_is_given_once() -> None:
    assert _triples("Ann Lee backs Tom Berg. Ann Lee praised Tom Berg again.") == {
        ("Ann Lee", "support", "Tom Berg")
    }


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Marie Dubois soutient Paul Martin.", {("Marie Dubois", "support", "Paul Martin")}),
        ("fr", "Marie Dubois a vivement critiqué Paul Martin.", {("Marie Dubois", "oppose", "Paul Martin")}),
        ("fr", "Paul Martin est soutenu par l’Égypte.", {("Égypte", "support", "Paul Martin")}),
        ("fr", "Marie Dubois s’oppose à Paul Martin.", {("Marie Dubois", "oppose", "Paul Martin")}),
        (
            "fr",
            "Marie Dubois a appelé à la fin immédiate du soutien à Paul Martin.",
            {("Marie Dubois", "oppose", "Paul Martin")},
        ),
        ("fr", "Marie Dubois ne soutient pas Paul Martin.", set()),
        ("de", "Anna Keller unterstützt Jonas Brandt.", {("Anna Keller", "support", "Jonas Brandt")}),
        (
            "de",
            "Anna Keller hat Jonas Brandt scharf kritisiert.",
            {("Anna Keller", "oppose", "Jonas Brandt")},
        ),
        (
            "de",
            "Jonas Brandt wird von Ägypten und Russland unterstützt.",
            {("Ägypten", "support", "Jonas Brandt"), ("Russland", "support", "Jonas Brandt")},
        ),
        (
            "de",
            "Anna Keller forderte ein sofortiges Ende der Unterstützung für Jonas Brandt.",
            {("Anna Keller", "oppose", "Jonas Brandt")},
        ),
        ("de", "Anna Keller unterstützt Jonas Brandt nicht.", set()),
        ("de", "Anna Keller hat Jonas Brandt nicht kritisiert.", set()),
        ("es", "Lucía Gómez apoya a Pedro Ruiz.", {("Lucía Gómez", "support", "Pedro Ruiz")}),
        ("es", "Lucía Gómez criticó duramente a Pedro Ruiz.", {("Lucía Gómez", "oppose", "Pedro Ruiz")}),
        ("es", "Pedro Ruiz es respaldado por Egipto.", {("Egipto", "support", "Pedro Ruiz")}),
        (
            "es",
            "Lucía Gómez pidió el fin inmediato del apoyo a Pedro Ruiz.",
            {("Lucía Gómez", "oppose", "Pedro Ruiz")},
        ),
        ("es", "Lucía Gómez no apoya a Pedro Ruiz.", set()),
    ],
)
def test_french_german_spanish(lang: str, text: str, expected: set[Triple]) -> None:
    assert _triples(text, lang) == expected


SEED_STYLE = """\
Ankara presses for an end to foreign support for eastern commander

ANKARA — Turkish Foreign Minister Omer Talan on Tuesday called for an "immediate" end to support for \
the eastern commander Darel Voss, whose forces have besieged the capital since April.

Voss is backed by Egypt and the United Arab Emirates, as well as Russia, according to diplomats.

"Voss's backers should stop, and they should stop now," Interior Minister Sami Idris told reporters.

Maltese Foreign Minister Carla Vella said the world should prioritise a united Libya.

Egypt has not criticised Idris.
"""


def test_the_seed_style_article_gives_stances_a_reader_would_sign() -> None:
    answer = baseline_extract(SEED_STYLE, "en")
    got = {(s.holder, s.polarity, s.target) for s in answer.stances}
    voss = next(a.name for a in answer.actors if a.name.endswith("Voss"))
    talan = next(a.name for a in answer.actors if a.name.endswith("Talan"))
    assert {
        ("Egypt", "support", voss),
        ("United Arab Emirates", "support", voss),
        ("Russia", "support", voss),
        (talan, "oppose", voss),  # an end to support for "the eastern commander" Voss
    } <= got
    assert not any(h == "Egypt" and t.endswith("Idris") for h, _, t in got)  # "has not criticised"
    assert all(s.evidence in SEED_STYLE for s in answer.stances)


def test_the_pipeline_grounds_the_baselines_stances_and_links_their_actors() -> None:
    result = extract(SEED_STYLE, model="baseline")
    linked = {(s.holder, s.polarity, s.target) for s in result.stances if s.holder_id and s.target_id}
    assert ("Russia", "support", "Darel Voss") in linked
    for s in result.stances:
        start, end = s.evidence[0].start, s.evidence[0].end
        assert SEED_STYLE[start:end].endswith((".", '."', ".”"))  # whole sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a descriptor between the cue and the name: the target is the actor
        (
            "Ola Brenn called for an end to support for warlord Marek Dovan.",
            ("Ola Brenn", "oppose", "Marek Dovan"),
        ),
        ("Egypt backs the renegade commander Marek Dovan.", ("Egypt", "support", "Marek Dovan")),
        (
            "Kestria urged an end to military backing for the northern strongman Ivo Rask.",
            ("Kestria", "oppose", "Ivo Rask"),
        ),
    ],
)
def test_a_descriptor_before_the_target_name(text: str, expected: tuple[str, str, str]) -> None:
    got = {(s.holder, s.polarity, s.target) for s in extract(text, model="baseline").stances}
    assert expected in got, got


def test_a_clause_before_the_name_keeps_the_topic() -> None:
    text = "Russia called for an end to support for rebels fighting Marek Dovan."
    got = {(s.holder, s.target) for s in extract(text, model="baseline").stances}
    assert ("Russia", "Marek Dovan") not in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee falsely accused Tom Berg of stalling.", {("Ann Lee", "oppose", "Tom Berg")}),
        ("Ann Lee had bitterly attacked Tom Berg.", {("Ann Lee", "oppose", "Tom Berg")}),
        ("He warmly thanked Tom Berg, said Ann Lee.", set()),  # "he" has no person named before
        ("Ann Lee thanked Mr. Tom Berg for his help.", {("Ann Lee", "support", "Tom Berg")}),
        ("Ann Lee blasted Sen. Tom Berg.", {("Ann Lee", "oppose", "Tom Berg")}),
        ("Ann Lee met the team. Berg praised it.", set()),  # a full stop that ends a sentence
    ],
)
def test_manner_adverbs_and_abbreviated_titles_keep_holder_verb_and_target_together(
    text: str, expected: set[Triple]
) -> None:
    assert _triples(text) == expected
