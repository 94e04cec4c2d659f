"""Answers whose quotes carry a little of their frame, for ``bench/grounding.py``: where a model
copies the attribution after a quotation, or drops or adds the complementiser of reported speech.

Each PolNeAR attribution (Content, with its Cue and Source) becomes a quote of one answer per kind,
through ``assemble`` in reading order:

* ``original``: the Content as annotated;
* ``attribution_copied``: the Content with the article's words after it up to the end of the Cue and
  of a Source that follows the Cue ("…,” said Ana Ruiz"), when the Cue starts within 12 characters
  after a comma or a closing mark (as in speech; PolNeAR also annotates cues such as "from" or
  "is reviled" straight after a noun, which no model copies as part of a quotation);
* ``attribution_words``: the Content with the two or three words after it, when a Cue starts there
  (after a comma or a closing mark, as above) and the Content does not end a sentence: the start of
  the attribution, cut where a model stops copying ("…,” said Councillor Mara", "…, the group's
  spokesman");
* ``attribution_sentence``: the Content with the rest of its sentence, when a Cue starts there and
  the sentence ends within 160 characters without another quotation mark ("…,” Mr Ruiz said in a
  statement on Sunday"; the full stop left out);
* written after the code that cuts them, never tuned on (``HELD_OUT``): ``attribution_full_stop``,
  ``attribution_copied`` with the full stop after it ("…,” said Ana Ruiz."); ``lead_in_copied``, the
  Content with the Cue (and a Source just before it) that opens it ("Ana Ruiz said: “We go.”"),
  when the Cue ends at most three characters before the Content;
* ``that_dropped``: reported speech that begins with "that", without it;
* ``that_added``: reported speech that has no "that", with one the article does not have.

Figures per kind: gold Content spans found exactly. The speaker is the Source as written, the cue
the Cue; the kind is direct when the Content opens with a quotation mark.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from _answers import Attribution

from llmextract.article import Article
from llmextract.assembly.assemble import assemble
from llmextract.core.answer import LLMExtraction
from llmextract.schema import Provenance

HELD_OUT = ("attribution_full_stop", "lead_in_copied")
KINDS = (
    "original",
    "attribution_copied",
    "attribution_words",
    "attribution_sentence",
    "that_dropped",
    "that_added",
    *HELD_OUT,
)
_THAT = re.compile(r"(?i)that\s+")
_CUE_GAP = 12


def _framed(
    text: str, span: tuple[int, int], source: str | None, cue: str | None
) -> Iterator[tuple[str, str]]:
    start, end = span
    content = text[start:end]
    kind = "direct" if content[:1] in "\"“'‘" else "indirect"
    yield "original", content
    if cue:
        at = text.find(cue, end, end + _CUE_GAP + len(cue))
        if at >= 0 and "\n" not in text[end:at]:
            stop = at + len(cue)
            if source:
                by = text.find(source, stop, stop + 3 + len(source))
                if by >= 0 and "\n" not in text[stop:by]:
                    stop = by + len(source)
            if re.search(r"\w", text[end:stop]) and re.search("[,”\"']", text[end:at]):
                yield "attribution_copied", text[start:stop]
                if text[stop : stop + 1] == ".":
                    yield "attribution_full_stop", text[start : stop + 1]
                yield from _attribution_after(text, start, end, content)
    if cue:
        lead = text.rfind(cue, max(0, start - len(cue) - 3), start)
        if lead >= 0 and re.fullmatch(r"[ :,]{1,3}", text[lead + len(cue) : start]):
            if source and text.rfind(source, max(0, lead - len(source) - 1), lead) >= 0:
                lead = text.rfind(source, max(0, lead - len(source) - 1), lead)
            yield "lead_in_copied", text[lead:end]
    if kind == "indirect":
        that = _THAT.match(content)
        if that:
            yield "that_dropped", content[that.end() :]
        elif not re.search(r"(?i)\bthat\s*$", text[max(0, start - 8) : start]):
            yield "that_added", "that " + content


_WORDS_AFTER = re.compile(r",?[ \u00a0\u202f]+((?:[\w’'-]+ ){1,2}[\w’'-]+)")
_SENTENCE_REST = re.compile(r"[^.!?\n\"“”‘’«»]{1,160}?(?=[.!?](?:\s|$))")


def _attribution_after(text: str, start: int, end: int, content: str) -> Iterator[tuple[str, str]]:
    """The Content with the first words of the attribution after it, and with the rest of its sentence."""
    if content.rstrip("\"“”'‘’»")[-1:] in ".!?":
        return
    words = _WORDS_AFTER.match(text, end)
    if words and "\n" not in words.group(0):
        yield "attribution_words", text[start : words.end()]
    rest = _SENTENCE_REST.match(text, end)
    if rest and re.search(r"\w", rest.group(0)):
        yield "attribution_sentence", text[start : rest.end()]


def run_frames(articles: list[tuple[str, str, list[Attribution]]]) -> dict[str, dict[str, float]]:
    """Per kind: gold spans and the share found exactly."""
    provenance = Provenance(model="bench", toolkit_version="0")
    c: Counter[str] = Counter()
    for article_id, text, attributions in articles:
        article = Article(text=text, id=article_id)
        answers: dict[str, list[tuple[tuple[int, int], dict[str, str | None]]]] = {k: [] for k in KINDS}
        for span, source, cue in attributions:
            kind = "direct" if text[span[0]] in "\"“'‘" else "indirect"
            for label, snippet in _framed(text, span, source, cue):
                if not snippet.strip():
                    continue
                quote = {"text": snippet, "speaker": source, "cue": cue, "kind": kind}
                answers[label].append((span, quote))
        for label, items in answers.items():
            if not items:
                continue
            answer = LLMExtraction.model_validate({"quotes": [q for _, q in items]})
            got = {(q.start, q.end) for q in assemble(article, answer, provenance).quotes}
            c[f"n:{label}"] += len(items)
            c[f"exact:{label}"] += sum(span in got for span, _ in items)
    out = {}
    for label in KINDS:
        n = c[f"n:{label}"]
        out[label] = {"n": n, "exact": round(c[f"exact:{label}"] / n, 4) if n else 0.0}
    return out
