"""Actor resolution: merge rules, mentions, ids, lookup and speaker linking (invented texts)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from llmextract.actors.index import ActorIndex
from llmextract.actors.resolve import resolve_actors
from llmextract.core.answer import LLMActor, LLMExtraction, LLMQuote
from llmextract.schema import Actor, Span


def extraction(
    actors: Sequence[Any] = (), quotes: Sequence[Any] = (), stances: Sequence[Any] = ()
) -> LLMExtraction:
    def actor(a: Any) -> Any:
        return {"name": a} if isinstance(a, str) else a

    return LLMExtraction.model_validate(
        {"actors": [actor(a) for a in actors], "quotes": list(quotes), "stances": list(stances)}
    )


def by_name(index: ActorIndex, name: str) -> Actor:
    matches = [a for a in index.actors if a.name == name]
    assert len(matches) == 1, [a.name for a in index.actors]
    return matches[0]


def assert_mentions_are_names(text: str, index: ActorIndex) -> None:
    for actor in index.actors:
        names = {actor.name, *actor.aliases}
        for span in actor.mentions:
            assert " ".join(text[span.start : span.end].split()) in names
        assert actor.mentions == sorted(actor.mentions, key=lambda s: s.start)


# --- merge rules -------------------------------------------------------------------------------


def test_surname_and_titles_merge_into_fullest_name() -> None:
    text = (
        "Defence Minister Hulusi Akar landed in Misrata. Akar inspected the port. "
        '"We are here to stay," Mr. Akar told reporters.'
    )
    ex = extraction(
        actors=[{"name": "Akar", "role": "defence minister"}, "Defence Minister Hulusi Akar"],
        quotes=[{"text": "We are here to stay", "speaker": "Mr. Akar"}],
    )
    index = resolve_actors(text, ex)
    assert len(index.actors) == 1
    akar = index.actors[0]
    assert akar.name == "Hulusi Akar"
    assert {"Akar", "Defence Minister Hulusi Akar", "Mr. Akar"} <= set(akar.aliases)
    assert akar.role == "defence minister"
    assert [text[m.start : m.end] for m in akar.mentions] == [
        "Defence Minister Hulusi Akar",
        "Akar",
        "Mr. Akar",
    ]
    for name in ("Akar", "Mr. Akar", "Minister Akar", "hulusi akar", "H. Akar"):
        assert index.lookup(name) == akar.id


def test_president_title_and_non_ascii_name() -> None:
    text = "President Recep Tayyip Erdoğan spoke in Ankara. Erdoğan later met the press."
    ex = extraction(
        actors=["Recep Tayyip Erdogan"],
        stances=[
            {"holder": "President Erdogan", "target": "the talks", "polarity": "support", "evidence": "spoke"}
        ],
    )
    index = resolve_actors(text, ex)
    assert len(index.actors) == 1
    erdogan = index.actors[0]
    assert erdogan.name == "Recep Tayyip Erdoğan"  # the text's own spelling wins over the model's
    assert "Recep Tayyip Erdogan" in erdogan.aliases
    assert [text[m.start : m.end] for m in erdogan.mentions] == ["Recep Tayyip Erdoğan", "Erdoğan"]
    assert index.lookup("Erdogan") == index.lookup("erdoğan") == index.lookup("President Erdogan") == "a1"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Fethi Basaga", "Fathi Bashaga"),
        ("Muammar Gaddafi", "Moammar Qaddafi"),
        ("Mohammed Salem", "Muhammad Salem"),
    ],
)
def test_transliteration_variants_merge(first: str, second: str) -> None:
    text = f"{first} arrived first. Later {second} gave a speech."
    index = resolve_actors(text, extraction(actors=[{"name": first, "role": "minister"}, second]))
    assert len(index.actors) == 1
    assert index.actors[0].role == "minister"
    assert {index.actors[0].name, *index.actors[0].aliases} >= {first, second}
    assert len(index.actors[0].mentions) == 2


def test_variant_spelled_only_in_text_is_found() -> None:
    text = "Fathi Bashaga toured the ministry. Bashaga said little."
    index = resolve_actors(text, extraction(actors=["Fethi Basaga"]))
    actor = index.actors[0]
    assert [text[m.start : m.end] for m in actor.mentions] == ["Fathi Bashaga", "Bashaga"]
    assert_mentions_are_names(text, index)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Hillary Clinton", "Bill Clinton"),
        ("John Smith", "Joan Smith"),
        ("Daniel Berg", "Daniela Berg"),
        ("Tim Ross", "Tom Ross"),
        ("Anna Weber", "Anne Weber"),
    ],
)
def test_different_people_sharing_a_surname_stay_apart(first: str, second: str) -> None:
    text = f"{first} and {second} attended the gala."
    index = resolve_actors(text, extraction(actors=[first, second]))
    assert sorted(a.name for a in index.actors) == sorted([first, second])


def test_ambiguous_bare_surname_is_attached_to_nobody_but_linked_by_context() -> None:
    text = (
        "Hillary Clinton opened the forum. Bill Clinton arrived late. "
        '"Trade matters," Clinton said. Mrs Clinton left early.'
    )
    ex = extraction(
        actors=[
            {"name": "Hillary Clinton", "aliases": ["Mrs Clinton"]},
            {"name": "Bill Clinton", "aliases": ["Clinton"]},
            "Clinton",
        ],
        quotes=[{"text": "Trade matters", "speaker": "Clinton"}],
    )
    index = resolve_actors(text, ex)
    hillary, bill = by_name(index, "Hillary Clinton"), by_name(index, "Bill Clinton")
    assert len(index.actors) == 2
    assert "Clinton" not in hillary.aliases + bill.aliases
    assert index.lookup("Clinton") is None
    assert index.lookup("Mrs Clinton") == hillary.id  # the model's titled alias is kept
    bare = text.index("Clinton said")
    assert all(m.start != bare for a in index.actors for m in a.mentions)
    quote = text.index("Trade")
    actor_id, span = index.link_speaker("Clinton", quote, quote + len("Trade matters"))
    assert actor_id == bill.id  # the candidate mentioned nearest before the quote
    assert span is not None and (span.start, text[span.start : span.end]) == (bare, "Clinton")


def test_acronym_spelled_out_in_text() -> None:
    text = "The Government of National Accord (GNA) rejected the plan. The GNA called it void."
    ex = extraction(
        actors=[{"name": "GNA", "type": "organization"}],
        stances=[
            {"holder": "GNA", "target": "the plan", "polarity": "oppose", "evidence": "rejected the plan"}
        ],
    )
    index = resolve_actors(text, ex)
    assert len(index.actors) == 1
    gna = index.actors[0]
    assert (gna.name, gna.type, gna.aliases) == ("Government of National Accord", "organization", ["GNA"])
    assert [text[m.start : m.end] for m in gna.mentions] == ["Government of National Accord", "GNA", "GNA"]
    assert index.lookup("the Government of National Accord") == index.lookup("GNA") == gna.id


def test_dotted_acronym_is_an_organisation() -> None:
    text = "The U.N. warned on Monday. The U.N. envoy left."
    index = resolve_actors(
        text, extraction(quotes=[{"text": "warned", "speaker": "The U.N.", "kind": "indirect"}])
    )
    assert [(a.name, a.type, len(a.mentions)) for a in index.actors] == [("U.N.", "organization", 2)]


def test_acronym_listed_separately_by_the_model() -> None:
    text = "The Libyan National Army advanced. An LNA commander spoke."
    ex = extraction(
        actors=[
            {"name": "Libyan National Army", "type": "organization"},
            {"name": "LNA", "type": "organization"},
        ]
    )
    index = resolve_actors(text, ex)
    assert [(a.name, a.aliases) for a in index.actors] == [("Libyan National Army", ["LNA"])]


# --- speakers --------------------------------------------------------------------------------


def test_unlisted_speakers_and_holders_become_actors() -> None:
    text = 'Vera Lund said the deal was fair. "No," said Omar Idris. The Harbour Authority disagreed.'
    ex = extraction(
        actors=["Vera Lund"],
        quotes=[{"text": "No", "speaker": "Omar Idris"}],
        stances=[
            {"holder": "Harbour Authority", "target": "deal", "polarity": "oppose", "evidence": "disagreed"}
        ],
    )
    index = resolve_actors(text, ex)
    assert [(a.id, a.name, a.type) for a in index.actors] == [
        ("a1", "Vera Lund", "person"),
        ("a2", "Omar Idris", "person"),
        ("a3", "Harbour Authority", "organization"),
    ]


def test_pronoun_resolves_to_nearest_preceding_person() -> None:
    text = (
        "Vera Lund met Omar Idris and the Harbour Authority on Friday. "
        'Idris spoke last. "We will rebuild," he said. "It is late," they said.'
    )
    index = resolve_actors(
        text,
        extraction(actors=["Vera Lund", "Omar Idris", {"name": "Harbour Authority", "type": "organization"}]),
    )
    quote = text.index("We will")
    actor_id, span = index.link_speaker("he", quote, quote + len("We will rebuild"))
    assert actor_id == index.lookup("Omar Idris")
    assert span is not None and text[span.start : span.end] == "he" and span.start > quote
    later = text.index("It is late")
    assert index.link_speaker("they", later)[0] == index.lookup("Harbour Authority")


def test_pronoun_without_candidate_stays_unresolved() -> None:
    text = 'The storm passed. "It was loud," she said.'
    index = resolve_actors(text, extraction(actors=["Vera Lund"]))
    actor_id, span = index.link_speaker("she", text.index("It was"))
    assert actor_id is None
    assert span is not None and text[span.start : span.end] == "she"


def test_generic_speaker_has_no_actor_unless_it_matches_one() -> None:
    text = 'Officials said the road was closed. "Stay home," police said. The Ministry of Roads agreed.'
    ex = extraction(
        actors=[{"name": "Ministry of Roads", "type": "organization"}],
        quotes=[
            {"text": "the road was closed", "speaker": "officials"},
            {"text": "Stay home", "speaker": "a police spokesman"},
        ],
    )
    index = resolve_actors(text, ex)
    assert [a.name for a in index.actors] == ["Ministry of Roads"]
    assert index.link_speaker("officials", 20)[0] is None
    assert index.link_speaker("a police spokesman", 40) == (None, None)
    assert index.link_speaker("the Ministry of Roads", 40)[0] == "a1"


def test_descriptions_and_coordinations_are_not_merged_into_a_person() -> None:
    text = (
        'Vera Lund spoke first. "Later," said a spokeswoman for Vera Lund. '
        "Lund and Idris agreed. Lund's niece left."
    )
    ex = extraction(
        actors=["Vera Lund"],
        quotes=[
            {"text": "Later", "speaker": "a spokeswoman for Vera Lund"},
            {"text": "Lund and Idris agreed", "speaker": "Lund and Idris", "kind": "indirect"},
            {"text": "Lund's niece left", "speaker": "Lund's niece", "kind": "indirect"},
        ],
    )
    index = resolve_actors(text, ex)
    assert [(a.name, a.type, a.aliases) for a in index.actors] == [
        ("Vera Lund", "person", ["Lund"]),
        ("Lund and Idris", "group", []),
    ]
    assert index.lookup("a spokeswoman for Vera Lund") is None
    assert index.link_speaker("Lund's niece", text.index("Lund's"))[0] is None


def test_link_speaker_spans_before_and_after() -> None:
    text = 'Vera Lund opened the session. Lund said: "Begin." Later: "End now," Lund said.'
    index = resolve_actors(text, extraction(actors=["Vera Lund"]))
    first = text.index("Begin")
    _, span = index.link_speaker("Vera Lund", first)
    assert span == Span(start=text.index("Lund said:"), end=text.index("Lund said:") + 4)
    second = text.index("End now")
    _, nearest_before = index.link_speaker("Lund", second)
    assert nearest_before is not None and nearest_before.start == text.index("Lund said:")
    _, after = index.link_speaker("Lund", second, second + len("End now"))
    assert after is not None and after.start == text.rindex("Lund")
    assert index.link_speaker("Lund", 0) == ("a1", Span(start=0, end=9))  # nothing before: nearest after
    assert index.link_speaker(None, 5) == (None, None)
    assert index.link_speaker(" — ", 5) == (None, None)
    assert index.link_speaker("Nobody Here", 5) == (None, None)


# --- mentions, ids, lookup -------------------------------------------------------------------


def test_ids_follow_first_mention_and_unmentioned_are_dropped() -> None:
    text = "Omar Idris spoke after Vera Lund. The Harbour Authority listened."
    ex = extraction(
        actors=[
            "Ghost Writer",
            "Vera Lund",
            {"name": "Harbour Authority", "type": "organization"},
            "Omar Idris",
            "Second Ghost",
        ]
    )
    index = resolve_actors(text, ex)
    assert [(a.id, a.name) for a in index.actors] == [
        ("a1", "Omar Idris"),
        ("a2", "Vera Lund"),
        ("a3", "Harbour Authority"),
    ]
    assert index.unmentioned == ["Ghost Writer", "Second Ghost"]
    assert index.lookup("Ghost Writer") is None


def test_a_name_written_differently_in_the_text_is_still_mentioned() -> None:
    # the dash differs ("Al-Noor" / "Al–Noor"): the actor is kept, with a mention inside the name
    text = "The Al\u2013Noor Brigade said on Monday it would withdraw."
    index = resolve_actors(text, extraction(actors=[{"name": "Al-Noor Brigade", "type": "group"}]))
    (actor,) = index.actors
    assert actor.mentions and all(4 <= m.start < m.end <= 22 for m in actor.mentions)
    assert index.unmentioned == []


def test_mentions_have_exact_offsets_and_respect_word_boundaries() -> None:
    text = "Lund, Lunde and Lundqvist met.\nVera\nLund left; Vera Lund's aide stayed."
    index = resolve_actors(text, extraction(actors=["Vera Lund"]))
    spans = [(m.start, m.end) for m in index.actors[0].mentions]
    assert spans == [(0, 4), (31, 40), (47, 56)]
    assert [text[s:e] for s, e in spans] == ["Lund", "Vera\nLund", "Vera Lund"]
    assert_mentions_are_names(text, index)


def test_lookup_of_none_unknown_and_pronoun() -> None:
    index = resolve_actors("Vera Lund spoke.", extraction(actors=["Vera Lund"]))
    assert index.lookup(None) is None
    assert index.lookup("") is None
    assert index.lookup("Someone Else") is None
    assert index.lookup("she") is None
    assert index.lookup("Vera Lund") == "a1"


def test_long_text() -> None:
    people = [
        f"{first} {last}"
        for first, last in zip(
            ["Anna", "Boris", "Carla", "Dmitri", "Elif", "Farid", "Greta", "Hakan"],
            ["Yilmaz", "Petrov", "Moreno", "Ivanova", "Demir", "Haddad", "Larsen", "Ozturk"],
            strict=True,
        )
    ]
    parts = []
    for i in range(1600):
        person = people[i % len(people)]
        parts.append(f"{person} visited dock {i}. {person.split()[1]} said it was fine. ")
    text = "".join(parts)
    assert len(text) > 88_000
    ex = extraction(actors=people, quotes=[{"text": "it was fine", "speaker": p.split()[1]} for p in people])
    index = resolve_actors(text, ex)
    assert len(index.actors) == len(people)
    for actor in index.actors:
        assert len(actor.mentions) == 2 * 1600 // len(people)
    assert_mentions_are_names(text, index)
    position = text.index("dock 777")
    actor_id, span = index.link_speaker("Petrov", position)
    assert actor_id == index.lookup("Boris Petrov")
    assert span is not None and text[span.start : span.end] == "Boris Petrov"


def test_speaker_named_only_by_a_shared_word_is_dropped_not_a_crash() -> None:
    text = (
        "The Eurosceptic SVP won the vote. The Junge SVP is calling for a new count. "
        "The SVP called a referendum for June."
    )
    extraction = LLMExtraction(
        actors=[LLMActor(name="Eurosceptic SVP")],
        quotes=[
            LLMQuote(text="a new count", speaker="The Junge SVP"),
            LLMQuote(text="a referendum", speaker="SVP"),
        ],
    )
    index = resolve_actors(text, extraction)
    assert all(actor.name for actor in index.actors)
    assert [a.id for a in index.actors] == [f"a{i}" for i in range(1, len(index.actors) + 1)]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("President Halvorsen signed the order. Halvorsen said it was overdue.", "Erik Halvorsen"),  # a title
        ("Senator E. Halvorsen signed the order.", "Erik Halvorsen"),  # a compatible initial
        # a middle initial the answer left out: the article's fuller name is the actor's name
        ("Erik J. Halvorsen signed the order.", "Erik J. Halvorsen"),
        (
            "When Halvorsen signed the order, Halvorsen smiled.",
            "Erik Halvorsen",
        ),  # a word before is no given name
        ("Anna Halvorsen signed the order. Halvorsen said it was overdue.", None),  # another person
        ("Mayor Anna Halvorsen signed the order. Halvorsen said it was overdue.", None),
    ],
)
def test_a_surname_the_article_gives_someone_else_is_no_mention(text: str, kept: str | None) -> None:
    index = resolve_actors(text, extraction(actors=["Erik Halvorsen"]))
    assert [a.name for a in index.actors] == ([kept] if kept else [])
    assert index.unmentioned == ([] if kept else ["Erik Halvorsen"])


def test_both_namesakes_written_keep_their_own_names() -> None:
    text = "Erik Halvorsen and Anna Halvorsen signed the order."
    index = resolve_actors(text, extraction(actors=["Erik Halvorsen", "Anna Halvorsen"]))
    assert sorted(a.name for a in index.actors) == ["Anna Halvorsen", "Erik Halvorsen"]


MATCHES = (
    "WASHINGTON — Donald J. Trump met Tomas Berg on Monday. Mr. Trump's aides said Berg would stay. "
    "Republicans in the Senate applauded, and the DOJ said nothing. VERA LUND, the mayor, left. Lund said no."
)


def test_each_mention_says_how_it_matched_the_answer() -> None:
    answer = extraction(
        actors=[
            {"name": "Donald Trump", "type": "person"},
            {"name": "Tomás Berg", "type": "person"},
            {"name": "Republican Party", "type": "organization"},
            {"name": "Department of Justice", "type": "organization"},
            {"name": "Vera Lund", "type": "person", "aliases": ["Lund"]},
            {"name": "United States Senate", "type": "organization"},
        ]
    )
    index = resolve_actors(MATCHES, answer)
    got = {a.name: [(MATCHES[m.start : m.end], m.match) for m in a.mentions] for a in index.actors}
    assert got == {
        # a middle initial the answer left out: the article's name, found as a variant
        "Donald J. Trump": [("Donald J. Trump", "variant"), ("Trump", "surname")],
        "Tomas Berg": [("Tomas Berg", "folded"), ("Berg", "surname")],
        "Republican Party": [("Republicans", "form")],
        "United States Senate": [("Senate", "form")],
        "Department of Justice": [("DOJ", "acronym")],
        # capitals are not how the name is spelled; the alias the answer gave is exact
        "Vera Lund": [("VERA LUND", "folded"), ("Lund", "exact")],
    }


def test_a_name_as_given_is_an_exact_mention() -> None:
    index = resolve_actors("Vera Lund spoke.", extraction(actors=["Vera Lund"]))
    assert [m.match for m in index.actors[0].mentions] == ["exact"]


@pytest.mark.parametrize("name", ["Hillary Q. Clinton", "Hillary Rodham Clinton"])
def test_a_middle_name_the_article_leaves_out_keeps_the_person_beside_a_namesake(name: str) -> None:
    text = "Hillary Clinton spoke on Monday. Her daughter, Chelsea Clinton, stayed home."
    index = resolve_actors(text, extraction(actors=[{"name": name, "type": "person"}]))
    [actor] = index.actors
    assert (text[actor.mentions[0].start : actor.mentions[0].end], actor.mentions[0].match) == (
        "Hillary Clinton",
        "variant",
    )


@pytest.mark.parametrize("name", ["Maria Clinton", "Maria Q. Clinton"])
def test_an_invented_first_name_beside_the_real_ones_is_still_dropped(name: str) -> None:
    text = "Hillary Clinton spoke on Monday. Her daughter, Chelsea Clinton, stayed home."
    index = resolve_actors(text, extraction(actors=[{"name": name, "type": "person"}]))
    assert index.actors == [] and index.unmentioned == [name]


def test_an_official_state_name_is_kept_by_the_short_name() -> None:
    text = "Russia vetoed the resolution on Monday."
    index = resolve_actors(text, extraction(actors=[{"name": "Russian Federation", "type": "state"}]))
    assert [(a.name, [m.match for m in a.mentions]) for a in index.actors] == [
        ("Russian Federation", ["form"])
    ]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Joe Biden spoke. Biden left.", "Joseph R. Biden", [("Joe Biden", "variant"), ("Biden", "surname")]),
        ("Bill Clinton spoke.", "William Jefferson Clinton", [("Bill Clinton", "variant")]),
        ("Liz Tamm spoke on Monday.", "Elizabeth Tamm", [("Liz Tamm", "variant")]),
    ],
)
def test_a_full_given_name_for_the_articles_nickname_is_the_same_person(
    text: str, name: str, expected: list[tuple[str, str]]
) -> None:
    [actor] = resolve_actors(text, extraction(actors=[{"name": name, "type": "person"}])).actors
    assert [(text[m.start : m.end], m.match) for m in actor.mentions] == expected


def test_the_surname_of_another_persons_full_name_is_no_mention() -> None:
    text = "Hillary Clinton spoke first. Bill Clinton spoke next. Later Clinton left."
    [actor] = resolve_actors(text, extraction(actors=[{"name": "William Clinton", "type": "person"}])).actors
    assert [text[m.start : m.end] for m in actor.mentions] == ["Bill Clinton", "Clinton"]
    assert actor.mentions[-1].start == text.rindex("Clinton")


@pytest.mark.parametrize(
    ("text", "answer", "mention"),
    [
        # the text gives a middle name the answer leaves out
        ("Maria Elena Duarte chaired the hearing. Duarte said little.", "Maria Duarte", "Maria Elena Duarte"),
        ("Councillor Ruth Anne Moss voted no.", "Ruth Moss", "Ruth Anne Moss"),
        # ... beside a namesake, who keeps her own surname
        (
            "Councillor Ines Berg and her uncle Tomas Aleksander Berg both spoke.",
            "Tomas Berg",
            "Tomas Aleksander Berg",
        ),
        # a middle initial between, the answer's given name a nickname of the text's
        ("Robert K. Vale spoke first; his son Omar Vale spoke after.", "Bob Vale", "Robert K. Vale"),
    ],
)
def test_a_middle_name_the_answer_leaves_out(text: str, answer: str, mention: str) -> None:
    index = resolve_actors(text, extraction(actors=[{"name": answer, "type": "person"}]))
    assert len(index.actors) == 1
    found = index.actors[0].mentions[0]
    assert text[found.start : found.end] == mention


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Ines Maria Berg spoke. Berg said no.", "Tomas Berg"),  # another given name: another person
        ("Anna K. Halvorsen spoke. Halvorsen said no.", "Erik Halvorsen"),  # an initial changes nothing
        ("Lena Ostrow Vale and Omar Vale spoke.", "Pavel Vale"),
    ],
)
def test_a_longer_name_of_someone_else_is_no_mention(text: str, answer: str) -> None:
    index = resolve_actors(text, extraction(actors=[{"name": answer, "type": "person"}]))
    assert index.actors == []
