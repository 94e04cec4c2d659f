"""Long articles: chunk boundaries, offsets mapped back, overlap de-duplication, actors across chunks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_openai import FakeServer, answer_for

from llmextract.answering import Answered
from llmextract.article import Article
from llmextract.core.answer import LLMExtraction
from llmextract.pipeline import Extractor
from llmextract.schema import Provenance
from llmextract.text.chunks import split_text

PARAGRAPHS = [
    "[id:long] The regional council of Vestmark met for eleven hours on Thursday to settle the future of "
    "the old ferry line between Halden Point and the northern islands.",
    "“We are ready to run the boats ourselves if the council walks away,” said Rosa Lindqvist, who chairs "
    "the islanders' association. She spoke outside the council hall in the rain.",
    "Council members argued over the cost of new hulls, the harbour fees and the winter timetable. The "
    "finance committee had asked for a full audit of the line before any vote.",
    "“The numbers do not add up for a daily service,” said Tomas Berg, the council's finance chair. He "
    "proposed three crossings a week in winter and a review after one year.",
    "Fishermen from the islands said the ferry carried their catch to market and that three crossings a "
    "week would cost them their buyers on the mainland.",
    "“Every empty day on the water is a day our children cannot reach school,” said Amira Haddad, a "
    "teacher on the largest island. Her school has forty pupils.",
    "The operator, Nordlys Shipping, said it would not bid for a reduced service. Its contract ends in "
    "March, and the boats need repairs before the next inspection.",
    "Late in the evening the council agreed to fund a daily service until the summer and to ask the "
    "national transport agency for a grant to replace the two oldest hulls.",
    "“We are ready to run the boats ourselves if the council walks away,” said Tomas Berg, repeating the "
    "islanders' words to the chamber as the vote was called.",
    "“This is a start, not a rescue,” said Lindqvist after the vote. The association will meet again in "
    "April to decide whether to form its own shipping company.",
]
ARTICLE = "\n\n".join(PARAGRAPHS)


@pytest.fixture
def server() -> Iterator[FakeServer]:
    with FakeServer() as srv:
        yield srv


def test_long_article_offsets_dedup_and_actors(server: FakeServer) -> None:
    extractor = Extractor("m", base_url=server.base_url, chunk_chars=500, chunk_overlap=250, cache=False)
    result = extractor.extract(Article(text=ARTICLE, id="long", title="Ferry"))
    chunks = split_text(ARTICLE, 500, 250)
    assert server.total_requests == len(chunks) > 3
    answered = sum(len(answer_for(ARTICLE[c.start : c.end])["quotes"]) for c in chunks)
    assert answered > ARTICLE.count("“"), "the overlaps made the model return some quotes twice"
    assert result.provenance.attempts == len(chunks) and result.provenance.usage.total_tokens == 120 * len(
        chunks
    )

    assert len(result.quotes) == ARTICLE.count("“"), "each quote once, though overlaps showed some twice"
    for quote in result.quotes:
        assert ARTICLE[quote.start : quote.end] == quote.text
    assert len({(q.start, q.end) for q in result.quotes}) == len(result.quotes)

    ready = [q for q in result.quotes if "We are ready" in q.text]
    assert len(ready) == 2 and ready[1].start > ARTICLE.index("repeating") - 200, "the later one mapped back"
    names = {a.id: a.name for a in result.actors}
    assert [names[q.speaker_id or ""] for q in ready] == ["Rosa Lindqvist", "Tomas Berg"]

    lindqvist = [a for a in result.actors if "Lindqvist" in a.name]
    assert len(lindqvist) == 1, "the surname from the last chunk merged with the full name from the first"
    last = result.quotes[-1]
    assert "This is a start" in last.text and last.speaker_id == lindqvist[0].id
    assert last.start > 500


async def test_async_matches_sync_on_a_long_article(server: FakeServer) -> None:
    extractor = Extractor("m", base_url=server.base_url, chunk_chars=500, chunk_overlap=250)
    sync = extractor.extract(ARTICLE)
    result = await extractor.aextract(ARTICLE)
    await extractor.aclose()
    assert result.quotes == sync.quotes and result.provenance.cached


def _pieces(text: str, size: int, answer: dict[str, object]) -> Answered:
    """Every chunk of ``text`` answered with the items of ``answer`` whose words start in it."""
    pieces = []
    for chunk in split_text(text, size, 0):
        part = text[chunk.start : chunk.end]
        own = {
            "actors": answer["actors"],
            "quotes": [q for q in answer["quotes"] if q["place"] in part],  # type: ignore[index,attr-defined]
            "stances": [s for s in answer["stances"] if s["place"] in part],  # type: ignore[index,attr-defined]
        }
        pieces.append((chunk, LLMExtraction.model_validate(own)))
    return Answered(pieces=pieces, provenance=Provenance(model="m", toolkit_version="0"))


def test_a_chunk_places_its_items_once_where_it_saw_them() -> None:
    """Evidence worded twice in the article stays in the chunk that gave it, and a quote the model
    reworded keeps the alignment it had there (its text here is already the article's copy)."""
    first = "Mara Quell said the tram depot must stay open. The vote is on Monday."
    filler = " ".join(["The council hall was full and the debate ran late into the night."] * 8)
    second = (
        "Ivo Brandt said the tram depot must stay open. "
        "“Nobody in this district wants the depot sold to a builder,” Brandt told the crowd."
    )
    text = f"{first}\n\n{filler}\n\n{second}"
    answer = {
        "actors": [{"name": "Mara Quell", "type": "person"}, {"name": "Ivo Brandt", "type": "person"}],
        "quotes": [
            {
                "text": "Nobody in this district wants that depot sold to a builder",
                "speaker": "Ivo Brandt",
                "kind": "direct",
                "place": "Nobody in this district",
            }
        ],
        "stances": [
            {
                "holder": "Ivo Brandt",
                "target": "tram depot",
                "polarity": "support",
                "evidence": "the tram depot must stay open",
                "place": "Ivo Brandt said",
            }
        ],
    }
    result = Extractor("baseline").assembled(Article(text=text, id="depot"), _pieces(text, 300, answer))
    [stance] = result.stances
    assert stance.evidence[0].start >= text.index("Ivo Brandt said"), "placed where its chunk saw it"
    assert stance.holder == "Ivo Brandt"
    [quote] = result.quotes
    assert quote.alignment == "fuzzy" and text[quote.start : quote.end] == quote.text
