"""Evidence: roles spelled out, honorifics as gender, the words before mentions."""

from __future__ import annotations

from llmextract.corpus.evidence import FEMALE, MALE, heads_of, role_head, titles_before
from llmextract.corpus.normal import person_form
from llmextract.schema import Actor, Span


def test_role_heads_are_title_words_spelled_out() -> None:
    assert role_head("former Sen.") == "senator"
    assert role_head("Senator") == "senator"
    assert role_head("Secretary of State") == "secretary"
    assert role_head("the Hawks coach") == "coach"
    assert role_head("Mr.") is None and role_head("former") is None
    assert role_head("Democratic National") is None  # no title word
    assert role_head("who has studied the bay for twenty years") is None


def test_words_before_mentions_count_for_the_actor_only() -> None:
    text = "Mrs. Okafor spoke. President Okafor left."
    actor = Actor(
        id="a1", name="Okafor", type="person", aliases=["Sen. Okafor"],
        mentions=[Span(start=5, end=11), Span(start=29, end=35)],
    )  # fmt: skip
    assert titles_before(actor, text) == [FEMALE, "president"]
    known_as, shown = heads_of(actor, person_form(actor.name), text)
    assert known_as == {"senator"}  # from the alias the article wrote
    assert shown == {"senator", FEMALE, "president"}


def test_honorifics_in_names_and_aliases_give_a_gender() -> None:
    actor = Actor(id="a1", name="Tunde Okafor", type="person", aliases=["Mr. Okafor"], role="Mayor")
    known_as, _ = heads_of(actor, person_form(actor.name), None)
    assert known_as == {MALE, "mayor"}
