"""Name words: the article's own evidence of which capitalised words are names."""

from __future__ import annotations

import pytest

from llmextract.baseline.name_words import headline_pieces, lone_common_word, name_evidence, trim_run

ARTICLE = (
    "Vera Lund Quips About Her Rival As Wounded Otto Brandt Claims The Lead\n"
    "Otto Brandt spoke to voters in Haldby. He claims the race is close, and the crowd was wounded by the"
    " remark. Later, Vera Lund joked that he quips too much.\n"
)


def test_title_case_lines_are_told_from_running_text() -> None:
    evidence = name_evidence(ARTICLE)
    assert evidence.in_headline(0)
    assert not evidence.in_headline(ARTICLE.index("Haldby"))
    assert {"vera", "lund", "haldby"} <= evidence.inner_caps
    assert "otto" not in evidence.inner_caps  # only ever opens a sentence or stands in the headline
    assert {"claims", "joked", "wounded"} <= evidence.lower


def test_a_headline_run_splits_at_its_common_words() -> None:
    evidence = name_evidence(ARTICLE)
    words = ARTICLE.split("\n")[0].split()
    pieces = [" ".join(p) for p in headline_pieces(words, evidence)]
    assert pieces == ["Vera Lund", "Rival", "Otto Brandt", "Lead"]


@pytest.mark.parametrize(
    ("run", "opens", "headline", "kept"),
    [
        ("Hammering Vera Lund", True, False, "Vera Lund"),
        ("Struggling Otto Brandt", True, False, "Otto Brandt"),
        ("Otto Brandt Claims", False, True, "Otto Brandt"),
        ("Vera Lund Joked", False, True, "Vera Lund"),
        ("Haldby-based Council of Elders", False, False, "Council of Elders"),
        ("Otto Brandt", True, False, "Otto Brandt"),
        ("Wounded", True, False, "Wounded"),  # one word stays: the caller judges it
    ],
)
def test_common_words_at_a_run_edge_are_cut(run: str, opens: bool, headline: bool, kept: str) -> None:
    assert " ".join(trim_run(run.split(), opens, headline, name_evidence(ARTICLE))) == kept


def test_a_name_the_article_capitalises_inside_a_sentence_is_never_cut() -> None:
    text = "Rising Tide Trust sued. Lawyers for Rising Tide Trust said more.\n"
    words = ["Rising", "Tide", "Trust"]
    assert trim_run(words, True, False, name_evidence(text)) == words


@pytest.mark.parametrize(
    ("word", "text", "common"),
    [
        ("Despite", "Despite the rain, Ola Berg came.", True),
        ("I'm", "I'm here, Ola Berg said.", True),
        ("Thirty", "Thirty said no.", True),
        ("Neighbours", "Neighbours said no. The neighbours were loud.", True),
        ("Berg", "Berg said no. Later, Berg left.", False),
        ("NATO", "NATO said no. The nato summit.", False),
    ],
)
def test_a_lone_capitalised_word_is_told_from_a_name(word: str, text: str, common: bool) -> None:
    assert lone_common_word(word, name_evidence(text)) is common
