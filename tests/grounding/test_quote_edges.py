"""Quote edges: a copied attribution is cut, the article's complementiser belongs to reported speech,
one the model added does not; content after a closing mark stays. Invented sentences, four languages."""

from __future__ import annotations

import pytest

from llmextract.grounding.quote_edges import quote_edges


def edges(text: str, found: str, **answer: str | None) -> str:
    """The text of the span ``found`` (its first occurrence) once its edges are set."""
    start = text.index(found)
    snippet = answer.pop("snippet", None) or found
    kind = answer.pop("kind", None) or "direct"
    start, end = quote_edges(text, start, start + len(found), snippet=snippet, kind=kind, **answer)
    return text[start:end]


@pytest.mark.parametrize(
    ("text", "found", "answer", "expected"),
    [
        (
            "“We open the bridge in May,” said Petra Lindqvist, the city engineer. Work starts soon.",
            "“We open the bridge in May,” said Petra Lindqvist, the city engineer",
            {"cue": "said", "speaker": "Petra Lindqvist", "mention": "Petra Lindqvist, the city engineer"},
            "“We open the bridge in May,”",
        ),
        (
            "« Nous ne céderons pas », a déclaré la maire, Odile Ferrand, lundi.",
            "« Nous ne céderons pas », a déclaré la maire, Odile Ferrand",
            {"cue": "a déclaré", "speaker": "Odile Ferrand", "mention": "la maire"},
            "« Nous ne céderons pas »",
        ),
        (
            "„Das ist zu teuer“, sagte Verbandschef Holger Brandstetter am Abend.",
            "„Das ist zu teuer“, sagte Verbandschef Holger Brandstetter",
            {"cue": "sagte", "speaker": "Holger Brandstetter", "mention": "Verbandschef Holger Brandstetter"},
            "„Das ist zu teuer“",
        ),
        (
            "''We will not wait,'' Mr. Okafor, 61, told reporters on Friday.",
            "''We will not wait,'' Mr. Okafor, 61, told",
            {"cue": "told", "speaker": "Okafor", "mention": "Mr. Okafor"},
            "''We will not wait,''",
        ),
        (
            '"A fair deal" for the growers, said Nadia Brun, was all they wanted.',
            '"A fair deal" for the growers, said Nadia Brun',
            {"cue": "said", "speaker": "Nadia Brun"},
            '"A fair deal" for the growers',
        ),
    ],
)
def test_a_copied_attribution_after_the_closing_mark_is_cut(
    text: str, found: str, answer: dict[str, str], expected: str
) -> None:
    assert edges(text, found, **answer) == expected


@pytest.mark.parametrize(
    ("text", "found", "answer", "expected"),
    [
        (
            "The depot will close in March, the ministry said on Tuesday.",
            "The depot will close in March, the ministry said",
            {"cue": "said", "speaker": "Ministry of Transport", "mention": "the ministry"},
            "The depot will close in March",
        ),
        (
            "Viele Mieter könnten die Kosten nicht tragen, sagte Verbandschef Holger Brandstetter.",
            "Viele Mieter könnten die Kosten nicht tragen, sagte Verbandschef Holger",
            {"cue": "sagte", "speaker": "Holger Brandstetter", "mention": "Verbandschef Holger Brandstetter"},
            "Viele Mieter könnten die Kosten nicht tragen",
        ),
        (
            "El puerto reabrirá en junio, dijo el alcalde, Tomás Urrutia, a la prensa.",
            "El puerto reabrirá en junio, dijo el alcalde, Tomás Urrutia",
            {"cue": "dijo", "speaker": "Tomás Urrutia", "mention": "el alcalde"},
            "El puerto reabrirá en junio",
        ),
        (
            "The plant cost about $80,000, she said, adding that repairs would follow.",
            "The plant cost about $80,000, she said, adding",
            {"cue": "adding", "speaker": None, "mention": "she"},
            "The plant cost about $80,000",
        ),
    ],
)
def test_reported_speech_stops_before_its_attribution(
    text: str, found: str, answer: dict[str, str | None], expected: str
) -> None:
    assert edges(text, found, kind="indirect", **answer) == expected


def test_figures_are_content_an_attribution_ends_before() -> None:
    text = "Wages rose by 8 points, 49% to 41%, in the survey."
    found = "Wages rose by 8 points, 49% to 41%, in the survey"
    answer = {"cue": "in", "mention": "the survey"}
    assert edges(text, found, kind="indirect", **answer) == "Wages rose by 8 points, 49% to 41%"


@pytest.mark.parametrize(
    ("text", "found", "answer"),
    [
        # the words after the closing mark go on with the content: not an attribution
        (
            "“Only you, Ruth,” she said, would turn a fine into a victory.",
            None,
            {"cue": "said", "mention": "she"},
        ),
        ("“It keeps me awake” every night, the farmer said of the drought.", None, {"cue": "said"}),
        # no speaker's words after the comma: the content's own words
        ("The new line will open in 2031, and it will run every ten minutes.", None, {"speaker": "Jan Roos"}),
    ],
)
def test_content_after_a_mark_or_a_comma_stays(text: str, found: str | None, answer: dict[str, str]) -> None:
    found = found or text.rstrip(".")
    kind = "direct" if text[0] in "“" else "indirect"
    assert edges(text, found, kind=kind, **answer) == found


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        ("She said that the vote was rigged.", "the vote was rigged", "that the vote was rigged"),
        ("Il a affirmé que le projet était mort.", "le projet était mort", "que le projet était mort"),
        ("Elle a dit qu’il partirait.", "il partirait", "qu’il partirait"),
        (
            "Er betonte, dass die Linie 2031 fertig sei.",
            "die Linie 2031 fertig sei",
            "dass die Linie 2031 fertig sei",
        ),
        ("Dijo que el puerto cerraría.", "el puerto cerraría", "que el puerto cerraría"),
    ],
)
def test_reported_speech_starts_at_the_articles_complementiser(text: str, found: str, expected: str) -> None:
    assert edges(text, found, kind="indirect", cue="said") == expected


def test_a_cue_that_holds_the_complementiser_keeps_it() -> None:
    text = "He commented that the budget was late."
    assert edges(text, "the budget was late", kind="indirect", cue="commented that") == "the budget was late"


def test_a_direct_quote_does_not_take_the_word_before_it() -> None:
    text = "She said that “the vote was rigged.”"
    assert edges(text, "“the vote was rigged.”", kind="direct", cue="said") == "“the vote was rigged.”"


@pytest.mark.parametrize(
    ("text", "found", "snippet", "expected"),
    [
        (
            "The ambassador said the veto was a shameful act.",
            "said the veto was a shameful act",
            "that the veto was a shameful act",
            "the veto was a shameful act",
        ),
        (
            "The minister resigned. He was tired of the fight, aides said.",
            "resigned. He was tired of the fight",
            "that He was tired of the fight",
            "He was tired of the fight",
        ),
        (
            "La préfecture a indiqué la route restera fermée.",
            "indiqué la route restera fermée",
            "que la route restera fermée",
            "la route restera fermée",
        ),
    ],
)
def test_a_complementiser_the_article_does_not_have_is_left_out(
    text: str, found: str, snippet: str, expected: str
) -> None:
    assert edges(text, found, snippet=snippet, kind="indirect", cue="said") == expected


def test_a_complementiser_aligned_with_nothing_leaves_the_span_alone() -> None:
    text = "The ambassador said the veto was a shameful act."
    found = "the veto was a shameful act"
    assert edges(text, found, snippet="that the veto was a shameful act", kind="indirect") == found


@pytest.mark.parametrize("cue", [".", "—", "", None])
def test_a_cue_without_words_still_takes_the_articles_complementiser(cue: str | None) -> None:
    text = "He said that the plan was dead."
    assert edges(text, "the plan was dead", kind="indirect", cue=cue) == "that the plan was dead"


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # the model copied the start of the attribution, a role or title before any name
        (
            "“We will rebuild the pier by June,” Lanford harbour master Ilse Brock said.",
            "“We will rebuild the pier by June,” Lanford harbour master",
            "“We will rebuild the pier by June,”",
        ),
        (
            "“Nobody asked the tenants?” the housing officer of Dunmere said on Friday.",
            "“Nobody asked the tenants?” the housing officer",
            "“Nobody asked the tenants?”",
        ),
        (
            "“Call it a draw”, Coach Amos Teller told reporters.",
            "“Call it a draw”, Coach Amos",
            "“Call it a draw”",
        ),
    ],
)
def test_a_direct_quote_with_the_start_of_its_attribution_ends_at_its_mark(
    text: str, found: str, expected: str
) -> None:
    assert edges(text, found, kind="direct") == expected


@pytest.mark.parametrize(
    "text",
    [
        "“It keeps me awake” every night now.",  # no comma: the words go on with the content
        "“We lost,” she said. Then the rain came.",  # another sentence: not this quote's tail
    ],
)
def test_words_after_a_direct_quote_without_a_comma_or_past_a_sentence_stay(text: str) -> None:
    found = text.rstrip(".")
    assert edges(text, found, kind="direct") == found


@pytest.mark.parametrize(
    ("text", "found", "answer", "expected"),
    [
        (
            "Bus fares in Kelso will rise by 3% in June, the Office for Road Transport announced on Monday.",
            "Bus fares in Kelso will rise by 3% in June, the Office for",
            {"kind": "indirect", "speaker": "Office for Road Transport", "cue": "announced"},
            "Bus fares in Kelso will rise by 3% in June",
        ),
        (
            "The ferry will stop in winter, said Councillor Anneke Vos of Harlow.",
            "The ferry will stop in winter, said Councillor Anneke",
            {"kind": "indirect", "speaker": "Anneke Vos", "mention": "Councillor Anneke Vos", "cue": "said"},
            "The ferry will stop in winter",
        ),
    ],
)
def test_an_attribution_copied_up_to_part_of_the_speakers_name_is_cut(
    text: str, found: str, answer: dict[str, str], expected: str
) -> None:
    assert edges(text, found, **answer) == expected


def test_words_that_are_not_the_start_of_the_speakers_name_stay() -> None:
    text = "The ferry will stop in winter, said Councillor Anneke Vos of Harlow."
    found = "The ferry will stop in winter, said Councillor Brand"
    # "Brand" begins no name of the answer's speaker: the tail is not hers, and the span stays
    assert edges(text.replace("Anneke Vos", "Brand"), found, kind="indirect", speaker="Anneke Vos") == found


@pytest.mark.parametrize(
    ("text", "found", "answer", "expected"),
    [
        (  # a role before the name, the verb after it
            "“The roof leaks every winter,” Parish Clerk Wendeline Ashcombe said. Repairs begin soon.",
            "“The roof leaks every winter,” Parish Clerk Wendeline",
            {"cue": "said", "speaker": "Wendeline Ashcombe", "kind": "indirect"},
            "“The roof leaks every winter,”",
        ),
        (  # a title before the surname
            "“We will rebuild the pier,” Mr Haldane-Voss said on Friday.",
            "“We will rebuild the pier,” Mr Haldane-Voss said",
            {"cue": "said", "speaker": "Rupert Haldane-Voss", "mention": "Mr Haldane-Voss"},
            "“We will rebuild the pier,”",
        ),
        (  # the speaker named by role only, the verb first
            "“Nobody voted for this,” said its treasurer, who resigned in March.",
            "“Nobody voted for this,” said its treasurer",
            {"cue": "said", "speaker": "Orsolya Brandt", "kind": "indirect"},
            "“Nobody voted for this,”",
        ),
        (  # the circumstances of the saying after the verb
            "“The figures are wrong,” the regulator said in a statement on Tuesday.",
            "“The figures are wrong,” the regulator said in a statement on Tuesday",
            {"cue": "said", "speaker": "Marine Energy Regulator", "mention": "the regulator"},
            "“The figures are wrong,”",
        ),
        (  # a name with an apposition after the verb
            "“We’re ready,” said Ms Ilse Harrowgate, the chair of the ferry board.",
            "“We’re ready,” said Ms Ilse Harrowgate, the chair of the ferry board",
            {"cue": "said", "speaker": "Ilse Harrowgate"},
            "“We’re ready,”",
        ),
    ],
)
def test_an_attribution_in_other_shapes_after_the_closing_mark_is_cut(
    text: str, found: str, answer: dict[str, str], expected: str
) -> None:
    assert edges(text, found, **answer) == expected


@pytest.mark.parametrize(
    ("text", "found", "answer", "expected"),
    [
        (  # cut short before the name: the article's sentence goes on to the speaker and the verb
            "The depot will close in June, the union’s district officer, Amaury Pell, said.",
            "The depot will close in June, the union’s district officer",
            {"cue": "said", "speaker": "Amaury Pell"},
            "The depot will close in June",
        ),
        (  # the verb and its time copied, the name left out
            "Ticket prices would rise by a fifth, Corvane Rail said on Monday.",
            "Ticket prices would rise by a fifth, Corvane Rail said on",
            {"cue": "said", "speaker": "Corvane Rail"},
            "Ticket prices would rise by a fifth",
        ),
        (  # a role and its verb, no name in the answer
            "The vote was rigged, the party’s chairman said.",
            "The vote was rigged, the party’s chairman said",
            {"cue": "said", "speaker": None},
            "The vote was rigged",
        ),
    ],
)
def test_reported_speech_ends_before_an_attribution_the_model_cut_short(
    text: str, found: str, answer: dict[str, str | None], expected: str
) -> None:
    assert edges(text, found, kind="indirect", **answer) == expected


@pytest.mark.parametrize(
    ("text", "found", "answer"),
    [
        (  # words of content before a comma and the speaker: not a role
            "The ferry will stop at Kelby, South Harrow and Dunmere, Pella Ferries said.",
            "The ferry will stop at Kelby, South Harrow and Dunmere",
            {"cue": "said", "speaker": "Pella Ferries"},
        ),
        (  # a quotation that goes on after its incise keeps its form
            "“We lost,” she said, “but we will be back.”",
            "“We lost,” she said, “but we will be back.”",
            {"cue": "said", "speaker": "Tove Marling", "mention": "she"},
        ),
        (  # content after the verb is not an attribution
            "“Only the mayor,” she said, would sign the order before the vote.",
            "“Only the mayor,” she said, would sign the order",
            {"cue": "said", "speaker": "Greta Holm", "mention": "she", "kind": "indirect"},
        ),
        (  # the next sentence is not the attribution's circumstance
            "Prices will fall, he told reporters. “This is only the start.”",
            "Prices will fall, he told reporters. “This is only the start.”",
            {"cue": "told", "speaker": "Bram Oduya", "mention": "he", "kind": "indirect"},
        ),
    ],
)
def test_content_that_only_looks_like_an_attribution_stays(
    text: str, found: str, answer: dict[str, str | None]
) -> None:
    kind = answer.pop("kind", None) or "direct"
    assert edges(text, found, kind=kind, **answer) == found


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        (
            "Ms Varga said the levy was “a tax on the harbour” and added that fishermen would pay it.",
            "the levy was “a tax on the harbour” and added that",
            "the levy was “a tax on the harbour”",
        ),
        (
            "He said the figures were wrong but warned against a recount.",
            "the figures were wrong but warned against",
            "the figures were wrong",
        ),
        (  # a mixed quote whose attribution the model cut short after its closing mark
            "The offer was “fair and final,” Fisheries Minister Anouk Stray said on Monday.",
            "The offer was “fair and final,” Fisheries Minister Anouk",
            "The offer was “fair and final,”",
        ),
    ],
)
def test_reported_speech_ends_before_the_speakers_next_saying(text: str, found: str, expected: str) -> None:
    assert edges(text, found, kind="indirect", cue="said", speaker="Anouk Stray") == expected


def test_content_joined_by_and_to_a_word_that_is_no_verb_of_saying_stays() -> None:
    text = "She said the port needed cranes and a new quay."
    assert edges(text, "the port needed cranes and a new quay", kind="indirect", cue="said") == (
        "the port needed cranes and a new quay"
    )


@pytest.mark.parametrize(
    ("text", "found", "expected"),
    [
        # an apostrophe inside a word closes no single mark: the quotation ends at the mark after it
        (
            "'We can't wait,' said Ann Lee. The vote is today.",
            "'We can't wait,' said Ann Lee",
            "'We can't wait,'",
        ),
        # the first closing mark of those the opening mark takes ends the quotation
        ("“Go now”, said Ann Lee, “or stay”.", "“Go now”, said Ann Lee", "“Go now”"),
    ],
)
def test_a_quotation_ends_at_its_first_closing_mark(text: str, found: str, expected: str) -> None:
    assert edges(text, found, cue="said", speaker="Ann Lee") == expected
