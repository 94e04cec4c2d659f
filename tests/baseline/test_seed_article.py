"""The issue's seed-style article: ministers taking sides on a warlord and the countries backing him.

Written for this test (no corpus text). It must give stances a reader would sign, one actor for the
Government of National Accord with its acronym, the speaker of each statement, and no quote from a
verb that reports no words ("signed security and maritime agreements").
"""

from __future__ import annotations

from llmextract import extract
from llmextract.schema import Extraction

ARTICLE = """Turkey Calls For End To Support For Haftar As Tripoli Fighting Drags On

ANKARA (Reuters) - Turkish Foreign Minister Mevlut Cavusoglu on Tuesday called for an "immediate" \
end to foreign support for eastern commander Khalifa Haftar, whose forces have been attacking \
Tripoli for months.

Speaking alongside his Libyan counterpart, Cavusoglu said the international community must act. \
"Those who back Haftar are prolonging a war that has already cost thousands of lives," he told \
reporters.

Libya's Foreign Minister Mohamed Siala, of the Tripoli-based Government of National Accord (GNA), \
said the countries backing Haftar should stop sending weapons. The GNA signed security and maritime \
agreements with Turkey last month.

Maltese Foreign Minister Evarist Bartolo said the world should prioritise a united Libya. "There is \
no military solution," Bartolo said.

Haftar is backed by Egypt and the United Arab Emirates, as well as Russia. The GNA is recognised by \
the United Nations.
"""


def _result() -> Extraction:
    return extract(ARTICLE, model="baseline")


def test_stances_a_reader_would_sign() -> None:
    got = {(s.holder, s.polarity, s.target) for s in _result().stances}
    for signed in [
        ("Mevlut Cavusoglu", "oppose", "Khalifa Haftar"),
        ("Egypt", "support", "Khalifa Haftar"),
        ("United Arab Emirates", "support", "Khalifa Haftar"),
        ("Russia", "support", "Khalifa Haftar"),
    ]:
        assert signed in got, got
    assert not any(holder == target for holder, _, target in got)


def test_one_actor_for_the_government_and_its_acronym() -> None:
    actors = _result().actors
    gna = [a for a in actors if "GNA" in {a.name, *a.aliases}]
    assert [(a.name, a.type) for a in gna] == [("Government of National Accord", "organization")]
    assert not any("Tripoli-based" in a.name or "(or" in a.name for a in actors)
    assert {a.name: a.type for a in actors}["United Nations"] == "organization"


def test_each_statement_has_its_speaker_and_acts_make_no_quotes() -> None:
    result = _result()
    by_id = {a.id: a.name for a in result.actors}
    speakers = {q.text.strip('"'): by_id.get(q.speaker_id or "") for q in result.quotes}
    assert speakers["the countries backing Haftar should stop sending weapons"] == "Mohamed Siala"
    assert speakers["the world should prioritise a united Libya"] == "Evarist Bartolo"
    assert speakers[
        "Those who back Haftar are prolonging a war that has already cost thousands of lives,"
    ] == ("Mevlut Cavusoglu")
    assert not any(q.cue == "signed" for q in result.quotes)
