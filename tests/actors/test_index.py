"""The actor index: where names occur as words, and look-ups over actors built by hand."""

from __future__ import annotations

import random
import re

from llmextract.actors.index import ActorIndex, all_occurrences, leftmost
from llmextract.actors.resolve import resolve_actors
from llmextract.core.answer import LLMActor, LLMExtraction, LLMQuote
from llmextract.schema import Actor, Span


def _regex_matches(text: str, keys: list[str]) -> list[tuple[int, int, int]]:
    """The reference: one alternation of the keys, kept where a word starts."""
    body = "|".join(r"\s+".join(map(re.escape, k.split())) for k in keys)
    out = []
    pos = 0
    while m := re.compile(rf"(?:{body})(?!\w)").search(text, pos):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_"):
            pos = m.start() + 1
            continue
        out.append(
            (m.start(), m.end(), next(k for k, key in enumerate(keys) if " ".join(m.group().split()) == key))
        )
        pos = m.end()
    return out


def test_name_matches_agree_with_a_regex_alternation_of_the_names() -> None:
    text = (
        "Vera Lund met Lund's aide.\nVera\n  Lund, Veralund and Lunds said (Lund) that\n"
        "Mr. Lund of the U.N. and the UN met _Lund at U.N.H.Q. Vera Lund-Berg spoke. Vera  Lund"
    )
    names = ["Vera Lund", "Lund", "Mr. Lund", "U.N.", "UN", "Lund-Berg", "Vera", "the U.N. and", "Lunds"]
    rng = random.Random(5)
    for _ in range(50):
        keys = sorted(rng.sample(names, rng.randrange(1, len(names))), key=len, reverse=True)
        assert leftmost(all_occurrences(text, keys)) == _regex_matches(text, keys), keys


def test_speakers_link_alike_with_or_without_the_resolvers_occurrences() -> None:
    """The resolver hands its name occurrences to the index; a rebuilt index searches again."""
    text = (
        "Vera Lund opened the session. Tomas Berg, her deputy, disagreed. “We wait,” Berg said. "
        "Lund replied that Vera Lund-Berg, a cousin, had voted already. “No,” said Mr. Berg. "
        "Lund  Vera said nothing; Ana Ana Ana spoke last."
    )
    extraction = LLMExtraction(
        actors=[LLMActor(name="Vera Lund", aliases=["Lund"]), LLMActor(name="Tomas Berg", aliases=["Berg"])],
        quotes=[LLMQuote(text="We wait,", speaker="Berg"), LLMQuote(text="No,", speaker="Mr. Berg")],
    )
    resolved = resolve_actors(text, extraction)
    rebuilt = ActorIndex(text, resolved.actors)
    speakers = ["Vera Lund", "Lund", "Berg", "Mr. Berg", "Tomas Berg", "Ana Ana", "Lund-Berg", "Vera", "she"]
    for name in speakers:
        for position in (0, 64, 90, 170, len(text)):
            got = resolved.link_speaker(name, position, position + 5)
            assert got == rebuilt.link_speaker(name, position, position + 5), (name, position)
    assert resolved.link_speaker("Berg", 64, 73)[0] == resolved.lookup("Tomas Berg") is not None


def test_index_can_be_built_from_actors() -> None:
    text = "Vera Lund spoke."
    actor = Actor(id="a1", name="Vera Lund", type="person", mentions=[Span(start=0, end=9)])
    index = ActorIndex(text, [actor])
    assert index.lookup("Ms Lund") == "a1"
    assert index.link_speaker("she", 15) == ("a1", None)


def test_pronoun_skips_names_inside_quotation_marks() -> None:
    text = (
        "Mayor Ines Okafor said the farm would “power every home in Carla Munro twice over”. "
        "“It is the biggest investment in fifty years,” she said."
    )
    extraction = LLMExtraction(
        actors=[LLMActor(name="Ines Okafor"), LLMActor(name="Carla Munro")],
        quotes=[LLMQuote(text="It is the biggest investment in fifty years,", speaker="she")],
    )
    index = resolve_actors(text, extraction)
    okafor = index.lookup("Ines Okafor")
    start = text.index("“It is")
    assert okafor is not None and index.link_speaker("she", start, start + 47)[0] == okafor


def test_attribution_inside_a_joined_quote_is_the_speaker_mention() -> None:
    text = "Hulusi Akar spoke in Ankara. “We will win,” Akar said. “The talks go on.” Later, Akar left."
    extraction = LLMExtraction(
        actors=[LLMActor(name="Hulusi Akar", aliases=["Akar"])],
        quotes=[LLMQuote(text="“We will win,” Akar said. “The talks go on.”", speaker="Akar")],
    )
    index = resolve_actors(text, extraction)
    start = text.index("“We")
    end = text.index("Later") - 1
    actor, span = index.link_speaker("Akar", start, end)
    assert actor == index.lookup("Hulusi Akar") and span is not None
    assert (span.start, text[span.start : span.end]) == (text.index("Akar said"), "Akar")
    # a name inside the quotation marks themselves is not the attribution
    quoted = "“Akar will win,” the minister said."
    index = resolve_actors(quoted, LLMExtraction(actors=[LLMActor(name="Akar")]))
    _, span = index.link_speaker("Akar", 0, len(quoted))
    assert span is None or not (0 < span.start < quoted.index("”"))
