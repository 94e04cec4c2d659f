"""assemble: every name in a result is grounded, whatever the answer invents or its order."""

from __future__ import annotations

import random
from typing import Any

import pytest

from llmextract.article import Article
from llmextract.assembly.assemble import assemble
from llmextract.core.answer import LLMExtraction
from llmextract.schema import Extraction, Provenance

TEXT = (
    "PORT ELLERY — The harbour board met on Tuesday. "
    "Vera Lund, the mayor, said the wind farm would be built by 2028. "
    "“We will not wait for the ministry,” Lund told reporters. "
    "Omar Idris, who chairs the Fishers' Union, said the turbines would harm the catch. "
    "“We will not wait for the ministry,” Idris replied later. "
    "The Harbour Authority said it backed the plan."
)


def answer(**fields: Any) -> LLMExtraction:
    return LLMExtraction.model_validate(fields)


def run(ans: LLMExtraction, text: str = TEXT) -> Extraction:
    return assemble(Article(text=text, id="t"), ans, Provenance(model="test", toolkit_version="0"))


def names_in_text(result: Extraction) -> None:
    """The guarantee: every actor has a mention, and every name it carries points at the text."""
    text = result.article.text or ""
    ids = {a.id for a in result.actors}
    for actor in result.actors:
        assert actor.mentions
        for m in actor.mentions:
            assert text[m.start : m.end].strip()
    for q in result.quotes:
        assert q.speaker_id is None or q.speaker_id in ids
        if q.speaker is not None:
            assert q.speaker_id is not None or q.speaker_span is not None
    for s in result.stances:
        assert s.holder_id in ids
        assert s.target_id is None or s.target_id in ids


GOOD = {
    "actors": [
        {"name": "Vera Lund", "type": "person", "role": "mayor"},
        {"name": "Omar Idris", "type": "person"},
        {"name": "Fishers' Union", "type": "organization"},
        {"name": "Harbour Authority", "type": "organization"},
    ],
    "quotes": [
        {
            "text": "the wind farm would be built by 2028",
            "speaker": "Vera Lund",
            "cue": "said",
            "kind": "indirect",
        },
        {"text": "We will not wait for the ministry,", "speaker": "Lund", "cue": "told"},
        {
            "text": "the turbines would harm the catch",
            "speaker": "Omar Idris",
            "cue": "said",
            "kind": "indirect",
        },
        {"text": "We will not wait for the ministry,", "speaker": "Idris", "cue": "replied"},
    ],
    "stances": [
        {
            "holder": "Vera Lund",
            "target": "wind farm",
            "polarity": "support",
            "evidence": "Vera Lund, the mayor, said the wind farm would be built by 2028",
        },
        {
            "holder": "Omar Idris",
            "target": "turbines",
            "polarity": "oppose",
            "evidence": "said the turbines would harm the catch",
        },
        {
            "holder": "Harbour Authority",
            "target": "Vera Lund",
            "polarity": "support",
            "evidence": "The Harbour Authority said it backed the plan",
        },
    ],
}


def test_a_faithful_answer_keeps_everything() -> None:
    result = run(answer(**GOOD))
    assert [a.name for a in result.actors] == [
        "Vera Lund",
        "Omar Idris",
        "Fishers' Union",
        "Harbour Authority",
    ]
    assert len(result.quotes) == 4 and len(result.stances) == 3
    assert result.warnings == []
    names_in_text(result)


def test_an_invented_actor_is_dropped_with_a_warning() -> None:
    ans = answer(**{**GOOD, "actors": [*GOOD["actors"], {"name": "Karl Brenner", "type": "person"}]})
    result = run(ans)
    assert "Karl Brenner" not in {a.name for a in result.actors}
    assert not any("Karl Brenner" in alias for a in result.actors for alias in a.aliases)
    assert "dropped actor 'Karl Brenner': the article never names it" in result.warnings
    names_in_text(result)


def test_an_invented_speaker_becomes_null_and_the_quote_stays() -> None:
    quotes = [dict(q) for q in GOOD["quotes"]]
    quotes[2]["speaker"] = "Karl Brenner"
    result = run(answer(**{**GOOD, "quotes": quotes}))
    catch = next(q for q in result.quotes if "catch" in q.text)
    assert (catch.speaker, catch.speaker_id, catch.speaker_span) == (None, None, None)
    assert len(result.quotes) == 4
    assert any("'Karl Brenner'" in w and "speaker" in w for w in result.warnings)
    assert "Karl Brenner" not in {a.name for a in result.actors}
    names_in_text(result)


def test_an_invented_stance_holder_drops_the_stance() -> None:
    stances = [dict(s) for s in GOOD["stances"]]
    stances[1]["holder"] = "Karl Brenner"
    result = run(answer(**{**GOOD, "stances": stances}))
    assert [s.holder for s in result.stances] == ["Vera Lund", "Harbour Authority"]
    assert (
        "dropped stance of 'Karl Brenner' on 'turbines': the article names no such holder" in result.warnings
    )
    names_in_text(result)


def test_the_invented_person_of_the_issue_leaks_nowhere() -> None:
    """Listed as an actor, given a real quote and made a stance holder: none of it reaches the result."""
    actors = [*GOOD["actors"], {"name": "Karl Brenner", "type": "person", "role": "engineer"}]
    quotes = [*GOOD["quotes"], {"text": "The harbour board met on Tuesday", "speaker": "Karl Brenner"}]
    stances = [
        *GOOD["stances"],
        {"holder": "Karl Brenner", "target": "wind farm", "polarity": "support", "evidence": "the plan"},
    ]
    result = run(answer(actors=actors, quotes=quotes, stances=stances))
    dumped = result.model_dump_json(exclude={"warnings", "article"})
    assert "Brenner" not in dumped
    assert any(q.text == "The harbour board met on Tuesday" and q.speaker is None for q in result.quotes)
    assert len(result.stances) == 3
    names_in_text(result)


def test_an_actor_target_the_article_does_not_name_drops_the_stance() -> None:
    actors = [*GOOD["actors"], {"name": "Karl Brenner", "type": "person"}]
    stances = [*GOOD["stances"][:2], {**GOOD["stances"][2], "target": "Karl Brenner"}]
    result = run(answer(actors=actors, quotes=GOOD["quotes"], stances=stances))
    assert [s.holder for s in result.stances] == ["Vera Lund", "Omar Idris"]
    assert any("on 'Karl Brenner'" in w and "target" in w for w in result.warnings)


def test_a_topic_target_not_worded_in_the_article_carries_a_warning() -> None:
    stances = [{**GOOD["stances"][0], "target": "offshore energy policy"}]
    result = run(answer(actors=GOOD["actors"], stances=stances))
    assert [s.target for s in result.stances] == ["offshore energy policy"]
    assert result.stances[0].target_id is None
    assert "stance of 'Vera Lund': the topic 'offshore energy policy' is not worded so in the article" in (
        result.warnings
    )
    assert not run(answer(actors=GOOD["actors"], stances=GOOD["stances"][:1])).warnings


def test_a_speaker_that_is_a_pronoun_or_description_in_the_text_stays() -> None:
    text = "Officials met. “The plan is sound,” she said. Port officials said the budget was short."
    ans = answer(
        quotes=[
            {"text": "The plan is sound,", "speaker": "she"},
            {"text": "the budget was short", "speaker": "Port officials", "kind": "indirect"},
        ]
    )
    result = run(ans, text)
    assert [q.speaker for q in result.quotes] == ["she", "Port officials"]
    assert all(q.speaker_span is not None for q in result.quotes)
    assert result.warnings == []


def test_stance_evidence_is_the_whole_sentence() -> None:
    result = run(answer(**GOOD))
    text = result.article.text or ""
    evidence = [text[s.evidence[0].start : s.evidence[0].end] for s in result.stances]
    assert evidence == [
        "Vera Lund, the mayor, said the wind farm would be built by 2028.",
        "Omar Idris, who chairs the Fishers' Union, said the turbines would harm the catch.",
        "The Harbour Authority said it backed the plan.",
    ]


def _shuffled(seed: int) -> LLMExtraction:
    rng = random.Random(seed)
    fields = {k: list(v) for k, v in GOOD.items()}
    for items in fields.values():
        rng.shuffle(items)
    return answer(**fields)


def _by_span(result: Extraction) -> tuple[Any, ...]:
    quotes = sorted((q.start, q.end, q.speaker, q.speaker_id, q.cue, q.kind) for q in result.quotes)
    stances = sorted(
        (s.evidence[0].start, s.holder_id, s.target, s.target_id, s.polarity) for s in result.stances
    )
    actors = sorted(
        (a.id, a.name, a.type, tuple(a.aliases), tuple((m.start, m.end) for m in a.mentions))
        for a in result.actors
    )
    return quotes, stances, actors


@pytest.mark.parametrize("seed", range(12))
def test_answers_in_any_order_give_the_same_result(seed: int) -> None:
    assert _by_span(run(_shuffled(seed))) == _by_span(run(answer(**GOOD)))


def test_a_repeated_quote_lands_by_its_speaker_and_cue_not_by_order() -> None:
    reversed_quotes = answer(actors=GOOD["actors"], quotes=list(reversed(GOOD["quotes"])))
    for ans in (answer(actors=GOOD["actors"], quotes=GOOD["quotes"]), reversed_quotes):
        result = run(ans)
        repeated = [q for q in result.quotes if q.text.startswith("“We will not")]
        assert len(repeated) == 2
        first, second = repeated
        assert (first.speaker, first.cue) == ("Lund", "told")
        assert (second.speaker, second.cue) == ("Idris", "replied")
        assert first.start < TEXT.index("Omar Idris") < second.start


MENTIONS = (
    "Councillor Ruth Abara opened the session. Nadia Koss, the treasurer, spoke next. "
    "“The budget is balanced,” she said. Abara disagreed. "
    "“We are short by a million,” the councillor told the room."
)
MENTION_ACTORS = [{"name": "Ruth Abara", "type": "person"}, {"name": "Nadia Koss", "type": "person"}]


def _quote_with(speaker: str | None, mention: str | None, words: str) -> Extraction:
    quote = {"text": words, "speaker": speaker, "speaker_mention": mention, "kind": "direct"}
    return run(answer(actors=MENTION_ACTORS, quotes=[quote]), MENTIONS)


def test_the_mention_anchors_the_speaker_span_at_this_quote() -> None:
    [quote] = _quote_with("Nadia Koss", "she", "The budget is balanced,").quotes
    assert quote.speaker == "Nadia Koss" and quote.speaker_span is not None
    assert MENTIONS[quote.speaker_span.start : quote.speaker_span.end] == "she"
    [later] = _quote_with("Ruth Abara", "the councillor", "We are short by a million,").quotes
    assert later.speaker_span is not None
    assert MENTIONS[later.speaker_span.start : later.speaker_span.end] == "the councillor"


def test_a_speaker_the_article_spells_otherwise_is_kept_through_its_mention() -> None:
    result = _quote_with("Ruth A. Abara-Smith", "Abara", "We are short by a million,")
    [quote] = result.quotes
    names = {a.id: a.name for a in result.actors}
    assert quote.speaker == "Ruth Abara", "the actor's own name, not the unwritten one"
    assert names[quote.speaker_id or ""] == "Ruth Abara"


def test_an_invented_speaker_with_only_a_pronoun_mention_stays_unnamed() -> None:
    result = _quote_with("Maria Trump", "she", "The budget is balanced,")
    [quote] = result.quotes
    assert quote.speaker is None and quote.speaker_id is None
    assert all("Maria" not in a.name for a in result.actors)


def test_a_mention_naming_another_actor_does_not_move_the_speaker() -> None:
    [quote] = _quote_with("Nadia Koss", "Abara", "The budget is balanced,").quotes
    assert quote.speaker == "Nadia Koss" and quote.speaker_span is not None
    assert MENTIONS[quote.speaker_span.start : quote.speaker_span.end] != "Abara"


FRAMED = (
    "The council voted on Monday to close the old depot. “We cannot keep paying for an empty building,”"
    " said Councillor Mara Velde, who chairs the budget committee. The mayor said the site would be sold"
    " by spring, aides said."
)


def test_a_copied_attribution_and_an_added_that_are_left_out_of_the_quote() -> None:
    """What a model copies of the frame is not the quote: the span ends at the closing mark, and a
    "that" the article does not have is not the mayor's words; both spans say they are not the
    model's words exactly."""
    ans = answer(
        actors=[{"name": "Mara Velde", "type": "person"}],
        quotes=[
            {
                "text": "“We cannot keep paying for an empty building,” said Councillor Mara Velde",
                "speaker": "Mara Velde",
                "cue": "said",
                "kind": "direct",
            },
            {
                "text": "that the site would be sold by spring",
                "speaker": None,
                "cue": "said",
                "kind": "indirect",
            },
        ],
    )
    result = run(ans, FRAMED)
    assert [q.text for q in result.quotes] == [
        "“We cannot keep paying for an empty building,”",
        "the site would be sold by spring",
    ]
    assert [q.alignment for q in result.quotes] == ["normalized", "fuzzy"]
    assert all(FRAMED[q.start : q.end] == q.text for q in result.quotes)
