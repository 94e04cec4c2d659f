"""Grounding: every returned text maps back to a real slice of the article, or to nothing."""

from __future__ import annotations

import random

import pytest

from llmextract.grounding.aligner import Grounded, Grounder

ARTICLE = (
    "Harbour City council voted on Tuesday to close the old ferry terminal.\n\n"
    "“The terminal has cost this city far too much,” Mayor Dana Whitlock said. "
    "“We will build a park where the ticket hall now stands, and we will do it by spring.”\n\n"
    "Opposition councillor Rui Okafor said the decision was rushed and that  the ferry workers "
    "had not been consulted.\n"
    'The harbour union called the vote "a betrayal of three generations of ferry crews."\n'
    "Whitlock later told reporters: “We will build a park.” She added that the budget for "
    "the project would be published in May. “We will build a park,” she repeated."
)


def ground(text: str, snippet: str) -> Grounded | None:
    return Grounder(text).locate(snippet)


def slice_of(hit: Grounded | None, text: str = ARTICLE) -> str:
    assert hit is not None
    assert 0 <= hit.start < hit.end <= len(text)
    return text[hit.start : hit.end]


# -- exact and canonical span policy ----------------------------------------------------------


def test_exact_match_of_reported_speech_drops_the_sentence_full_stop() -> None:
    hit = ground(ARTICLE, "Harbour City council voted on Tuesday to close the old ferry terminal.")
    assert hit is not None and hit.alignment == "exact" and hit.score == 100.0
    assert slice_of(hit) == "Harbour City council voted on Tuesday to close the old ferry terminal"


def test_direct_quote_includes_its_marks_and_inner_punctuation_whatever_the_model_kept() -> None:
    expected = "“The terminal has cost this city far too much,”"
    variants = [
        "“The terminal has cost this city far too much,”",
        "The terminal has cost this city far too much",
        '"The terminal has cost this city far too much."',
        "The terminal has cost this city far too much,",
    ]
    grounder = Grounder(ARTICLE)
    for variant in variants:
        assert slice_of(grounder.locate(variant)) == expected, variant


def test_quote_ending_inside_its_marks_keeps_the_closing_mark() -> None:
    hit = ground(ARTICLE, "a betrayal of three generations of ferry crews")
    assert slice_of(hit) == '"a betrayal of three generations of ferry crews."'


def test_canonical_span_treats_doubled_apostrophes_as_a_quotation_mark() -> None:
    text = "The mayor called it ''a fair price,'' and left."
    hit = ground(text, "a fair price")
    assert slice_of(hit, text) == "''a fair price,''"


# -- normalisation steps ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("snippet", "alignment"),
    [
        # the words are verbatim: only the marks differ
        ('"We will build a park where the ticket hall now stands, and we will do it by spring."', "exact"),
        (
            "We  will build a park where the ticket hall\nnow stands, and we will do it by spring",
            "normalized",
        ),
        ("WE WILL BUILD A PARK WHERE THE TICKET HALL NOW STANDS, AND WE WILL DO IT BY SPRING", "normalized"),
        ("we will build a park where the ticket hall now stands, and we will do it by spring!", "normalized"),
        ("We will build a park where the ticket hall now stands, and we will do it by spring!", "exact"),
    ],
)
def test_normalised_variants_reach_the_same_span(snippet: str, alignment: str) -> None:
    hit = ground(ARTICLE, snippet)
    assert hit is not None and hit.alignment == alignment and hit.score == 100.0
    assert slice_of(hit) == (
        "“We will build a park where the ticket hall now stands, and we will do it by spring.”"
    )


def test_whitespace_run_in_the_article_is_matched_by_a_single_space() -> None:
    hit = ground(ARTICLE, "the decision was rushed and that the ferry workers had not been consulted")
    assert slice_of(hit) == "the decision was rushed and that  the ferry workers had not been consulted"


def test_invisible_characters_in_the_article_are_ignored() -> None:
    text = "The com\u00admittee said the har\u200bbour fees would double next year."
    hit = ground(text, "the harbour fees would double next year")
    assert hit is not None and hit.alignment == "normalized"
    assert slice_of(hit, text) == "the har\u200bbour fees would double next year"


@pytest.mark.parametrize("mark", ["...", "…", " [...] ", " … "])
def test_ellipsis_covers_the_dropped_words(mark: str) -> None:
    hit = ground(ARTICLE, f"We will build a park{mark} we will do it by spring")
    assert hit is not None and hit.alignment == "normalized"
    assert slice_of(hit) == (
        "“We will build a park where the ticket hall now stands, and we will do it by spring.”"
    )


def test_ellipsis_parts_must_appear_in_order() -> None:
    assert ground(ARTICLE, "we will do it by spring … We will build a park where the ticket hall") is None


# -- fuzzy ------------------------------------------------------------------------------------


def test_one_changed_word_grounds_fuzzily_on_the_whole_span() -> None:
    hit = ground(ARTICLE, "the decision was hasty and that the ferry workers had not been consulted")
    assert hit is not None and hit.alignment == "fuzzy" and 80.0 <= hit.score < 100.0
    assert slice_of(hit) == "the decision was rushed and that  the ferry workers had not been consulted"


def test_a_changed_last_word_stays_inside_the_span() -> None:
    hit = ground(ARTICLE, "the budget for the project would be published in June")
    assert slice_of(hit) == "the budget for the project would be published in May"


def test_invented_sentence_is_not_grounded() -> None:
    assert ground(ARTICLE, "The council will hold a referendum on the ferry terminal next year.") is None
    assert (
        ground(ARTICLE, "Mayor Dana Whitlock said the city will sell the ferry to a private company.") is None
    )


def test_fuzzy_threshold_is_configurable() -> None:
    snippet = "the decision was hasty and that the ferry workers had not been consulted"
    assert Grounder(ARTICLE, fuzzy_threshold=99.0).locate(snippet) is None


def test_short_snippets_are_never_matched_fuzzily() -> None:
    assert ground(ARTICLE, "the ferry terminus") is None


# -- repeated snippets, taken and reading order ------------------------------------------------


def test_repeated_snippet_moves_to_an_occurrence_not_taken() -> None:
    grounder = Grounder(ARTICLE)
    first = grounder.locate("We will build a park")
    assert first is not None
    second = grounder.locate("We will build a park", taken={(first.start, first.end)})
    third = grounder.locate(
        "We will build a park", taken={(first.start, first.end), (second.start, second.end)} if second else ()
    )
    assert second is not None and third is not None
    assert len({first.start, second.start, third.start}) == 3
    assert slice_of(first) == "We will build a park"
    assert slice_of(second) == "“We will build a park.”"
    assert slice_of(third) == "“We will build a park,”"


def test_when_every_occurrence_is_taken_the_first_is_returned() -> None:
    text = "He said yes. Then she said yes."
    grounder = Grounder(text)
    spans = {(8, 11), (27, 30)}
    hit = grounder.locate("yes", taken=spans)
    assert hit is not None and (hit.start, hit.end) == (8, 11)


def test_after_prefers_a_later_occurrence() -> None:
    grounder = Grounder(ARTICLE)
    later = ARTICLE.index("Whitlock later")
    hit = grounder.locate("We will build a park", after=later)
    assert hit is not None and hit.start > later


def test_occurrence_on_word_boundaries_is_preferred() -> None:
    text = "The policeman said it was a police matter."
    hit = ground(text, "police")
    assert hit is not None and (hit.start, hit.end) == (28, 34)


# -- non-ASCII, empty input, invariants -------------------------------------------------------


NON_ASCII = (
    "Le ministre a déclaré : « Nous réformerons l’école — sans exception. »\n"
    "東京都の知事は「新しい公園を来年までに開く」と述べた。\n"
    "وقال الوزير إن الحكومة ستبني مدرسة جديدة في المدينة.\n"
    "Der Bürgermeister sagte, die Straße werde im März geöffnet."
)


@pytest.mark.parametrize(
    ("snippet", "expected"),
    [
        ("Nous réformerons l'école - sans exception", "« Nous réformerons l’école — sans exception. »"),
        ("新しい公園を来年までに開く", "「新しい公園を来年までに開く」"),
        ("الحكومة ستبني مدرسة جديدة في المدينة", "الحكومة ستبني مدرسة جديدة في المدينة"),
        ("die straße werde im März geöffnet.", "die Straße werde im März geöffnet"),
    ],
)
def test_non_ascii_text(snippet: str, expected: str) -> None:
    assert slice_of(ground(NON_ASCII, snippet), NON_ASCII) == expected


def test_characters_whose_lower_case_is_longer_keep_offsets_aligned() -> None:
    text = "İzmir'de belediye başkanı konuştu. “Yeni park İlkbaharda açılacak,” dedi."
    hit = ground(text, "yeni park İlkbaharda açılacak")
    assert slice_of(hit, text) == "“Yeni park İlkbaharda açılacak,”"


def test_offsets_are_str_indices_after_astral_characters() -> None:
    text = "🎉🎉 Fans cheered. “We won the cup,” the captain said."
    hit = ground(text, '"we won the cup"')
    assert hit is not None and text[hit.start : hit.end] == "“We won the cup,”"
    assert hit.start == text.index("“")


@pytest.mark.parametrize("snippet", ["", "   ", "\n\t", "“”", "...", "…", '" ."', "—", " - "])
def test_empty_or_punctuation_only_snippet_is_none(snippet: str) -> None:
    assert ground(ARTICLE, snippet) is None


def test_missing_text_is_none_on_an_empty_article() -> None:
    assert ground("", "anything at all") is None


def test_span_is_a_real_slice_for_random_substrings() -> None:
    rng = random.Random(7)
    grounder = Grounder(ARTICLE)
    for _ in range(200):
        a = rng.randrange(len(ARTICLE) - 5)
        b = rng.randrange(a + 1, min(len(ARTICLE), a + 120))
        snippet = ARTICLE[a:b]
        hit = grounder.locate(snippet)
        if not snippet.strip(" \n“”\".,'"):
            continue
        assert hit is not None, snippet
        assert 0 <= hit.start < hit.end <= len(ARTICLE)
        piece = ARTICLE[hit.start : hit.end]
        assert piece == piece.strip() and piece


def test_long_article_grounds_quotes_throughout() -> None:
    rng = random.Random(3)
    vocabulary = [f"w{n}x" for n in range(4000)]
    sentences = [" ".join(rng.choice(vocabulary) for _ in range(12)).capitalize() + "." for _ in range(1300)]
    text = " ".join(sentences)
    assert len(text) > 100_000
    grounder = Grounder(text)
    for index in (0, 333, 777, 1299):
        sentence = sentences[index]
        hit = grounder.locate(sentence.upper())
        assert hit is not None and text[hit.start : hit.end] == sentence[:-1]
        words = sentence.split()
        words[5] = "changed"
        hit = grounder.locate(" ".join(words))
        assert hit is not None and hit.alignment == "fuzzy"
        assert text[hit.start : hit.end] == sentence[:-1]
    assert grounder.locate(" ".join(rng.choice(vocabulary) for _ in range(12))) is None


def test_word_index_and_scan_find_the_same_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    """The first lookups scan the article, later ones use a word index: both must agree."""
    from llmextract.grounding import aligner as grounding

    rng = random.Random(11)
    snippets = [ARTICLE[a : a + rng.randrange(8, 90)] for a in rng.sample(range(len(ARTICLE) - 90), 60)]
    snippets += [
        "the decision was hasty and that the ferry workers had not been consulted",  # fuzzy
        "we will build a park",  # three occurrences
        "The terminal has cost … too much",  # ellipsis
        "a referendum on the ferry terminal",  # absent
    ]
    found = {}
    for threshold in (0, 5, 10**9):  # always indexed, indexed after five scans, never indexed
        monkeypatch.setattr(grounding, "_SCANS_BEFORE_INDEX", threshold)
        grounder = Grounder(ARTICLE)
        taken: list[tuple[int, int]] = []
        hits = []
        for snippet in snippets:
            hit = grounder.locate(snippet, taken=taken)
            hits.append(hit)
            if hit is not None:
                taken.append((hit.start, hit.end))
        found[threshold] = hits
    assert found[0] == found[5] == found[10**9]
    assert sum(hit is not None and hit.alignment == "fuzzy" for hit in found[0]) == 1
    assert found[0][-1] is None


# -- span policy details ----------------------------------------------------------------------


def test_quotation_running_on_to_the_next_paragraph_keeps_its_opening_mark() -> None:
    text = "The chair said:\n\n“We will open the pool in June.\n\n“The gym follows in July,” she said."
    hit = ground(text, "We will open the pool in June")
    assert slice_of(hit, text) == "“We will open the pool in June."


def test_nested_quotation_marks_close_together() -> None:
    text = "“She told me, ‘Keep the library open,’” the clerk said."
    hit = ground(text, "She told me, 'Keep the library open'")
    assert slice_of(hit, text) == "“She told me, ‘Keep the library open,’”"


def test_french_guillemets_with_inner_spaces_belong_to_the_span() -> None:
    text = "Elle a dit : « Le marché ouvrira lundi. » Puis elle est partie."
    assert slice_of(ground(text, "Le marché ouvrira lundi"), text) == "« Le marché ouvrira lundi. »"


def test_possessive_apostrophe_is_not_a_quotation_mark() -> None:
    text = "The union said the drivers' pay would rise, the company said."
    hit = ground(text, "the drivers' pay would rise")
    assert slice_of(hit, text) == "the drivers' pay would rise"


def test_four_dots_after_an_abbreviation_are_an_ellipsis() -> None:
    text = "He met former Gov. Ada Brennan at the harbour and then left for the airport."
    hit = ground(text, "He met former Gov.... at the harbour")
    assert slice_of(hit, text) == "He met former Gov. Ada Brennan at the harbour"


# -- lookups ----------------------------------------------------------------------------------


def test_needle_made_of_common_words_is_still_found() -> None:
    filler = " ".join(["and it was the one that they said"] * 30)
    text = f"{filler}. Then it was the one that he said was it. {filler}."
    grounder = Grounder(text)
    target = text.index("it was the one that he said was it")
    hit = grounder.locate("it was the one that he said was it")
    assert hit is not None and hit.start == target


def test_word_inside_a_longer_word_is_found_when_nothing_better_exists() -> None:
    hit = ground("The superintendent resigned.", "intend")
    assert slice_of(hit, "The superintendent resigned.") == "intend"


def test_needle_of_words_found_over_a_hundred_times_lands_after_the_previous_quote() -> None:
    text = " ".join(["the mayor said the vote would wait."] * 120)
    grounder = Grounder(text)
    later = text.index("the mayor said", 2000)
    hit = grounder.locate("the mayor said the vote would wait", after=later)
    assert hit is not None and hit.start == later


def test_words_at_the_edges_of_the_article_anchor_a_fuzzy_match() -> None:
    text = "Harbour crews walked out on Monday over unpaid overtime and night shifts. " * 3 + (
        "Union leaders vowed the harbour strike would last until the council paid the crews"
    )
    grounder = Grounder(text)
    first = grounder.locate("Harbour crews marched out on Monday over unpaid overtime and night shifts")
    assert first is not None and first.alignment == "fuzzy" and first.start == 0
    last = grounder.locate(
        "Union leaders said the harbour strike would last until the council paid the crews"
    )
    assert last is not None and last.alignment == "fuzzy" and last.end == len(text)


def test_a_misfit_chooses_among_occurrences_before_reading_order() -> None:
    text = "“Not now,” Lund said. Later, Idris replied: “Not now.”"
    grounder = Grounder(text)
    second = text.rindex("Not now")

    def misfit(start: int, end: int) -> int:
        return 0 if start > 25 else 3

    plain = grounder.locate("Not now")
    assert plain is not None and plain.start < second
    found = grounder.locate("Not now", misfit=misfit)
    assert found is not None and found.start == second - 1  # the opening mark belongs to the quote
    taken = [(found.start, found.end)]
    other = grounder.locate("Not now", taken=taken, misfit=misfit)
    assert other is not None and other.start == 0
