"""The rules baseline places each speaker where it read it, not at the name's nearest mention."""

from __future__ import annotations

from llmextract.article import Article
from llmextract.assembly.assemble import assemble
from llmextract.baseline.model import baseline_extract
from llmextract.core.answer import LLMExtraction, LLMQuote
from llmextract.schema import Extraction, Provenance

# The long reported statement ends closer to the next "Lund" than its own speaker stands before it.
TEXT = (
    "Lund said the harbour would need two new cranes and a longer pier before the winter storms.\n\n"
    "Lund also met the fishers. He said the catch was down."
)


def _assembled(answer: LLMExtraction, text: str = TEXT) -> Extraction:
    return assemble(Article(text=text, id="t"), answer, Provenance(model="test", toolkit_version="0"))


def test_the_baseline_records_where_it_read_the_speaker() -> None:
    first = baseline_extract(TEXT, "en").quotes[0]
    assert first.speaker == "Lund"
    assert first.speaker_at == 0


def test_the_speaker_span_is_the_one_the_rules_read() -> None:
    quote = _assembled(baseline_extract(TEXT, "en")).quotes[0]
    assert quote.speaker_span is not None
    assert (quote.speaker_span.start, quote.speaker_span.end) == (0, 4)


def test_a_position_that_does_not_hold_the_speaker_is_ignored() -> None:
    text = "Lund said the pier was too short."
    wrong = LLMQuote(text="the pier was too short", speaker="Lund", kind="indirect", speaker_at=10)
    quote = _assembled(LLMExtraction(quotes=[wrong]), text).quotes[0]
    assert quote.speaker_span is not None
    assert (quote.speaker_span.start, quote.speaker_span.end) == (0, 4)
