"""The offline rules model: quotes and actors from cue verbs and name spans, no LLM.

It fills in the same LLM-facing structure a model would (``LLMExtraction``), so its answers go
through grounding and actor resolution like any other model's. It is deterministic, uses only the
standard library's ``re`` with patterns compiled at import, and runs at a few hundred articles per
second: the default when no model is configured, and a floor to compare models with.

What it finds, sentence by sentence around each cue (said, told, according to, ...):

- direct quotes in straight, curly or doubled-apostrophe quotation marks, attributed through a cue
  next to a speaker ("Akar said", "said Hulusi Akar, Turkey's defence minister", "he told
  reporters"); a quotation its attribution interrupts ("“A,” she said. “B.”") is one quote, and
  one whose paragraph ends before its closing mark runs on into the next paragraph;
- reported speech: "..., X said.", "..., said X.", "X said (that) ...", "according to X, ...",
  "..., according to X.", "X, according to Y, ...", "In the latest poll, ...", ", adding that
  ..." and "... and said ..." with the sentence's speaker, and "X writes:" closing a paragraph,
  which introduces the next one;
- "Name: ..." lines (headlines, transcripts);
- "X is expected to ...": an expectation no one named holds, with no speaker;
- whole-sentence quotations no cue reaches, given to the last speaker before them. Quoted phrases
  inside a sentence with no cue, or shorter than three words, are scare quotes and are skipped.

The cues are as broad as PolNeAR's notion of attribution (speech, belief, intention, support:
"argued", "believes", "vowed", "endorsed", "declined"), which is what news quotation studies score.
Spans follow PolNeAR's conventions: a direct quote keeps its quotation marks and the punctuation
inside them; reported content starts at "that" when present and drops the sentence's final full
stop. ``kind`` is "direct" when the content is a quotation, else "indirect". Speakers are names as
written without their titles (the title becomes the actor's role), or pronouns ("he"), which the
actor resolver links to a name.

Actors come from speaker names and from name spans: with a title (person, role kept), with an
organisation cue word (Ministry, Party, Inc., University, ...), a country from a small list
(state), or two or three capitalised words (person).

Stances come from the article's own words (``llmextract.baseline.stance_rules``): a verb or phrase
that takes a side ("backs", "is backed by", "condemns", "called for an end to") between actors the
answer found, precision first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from llmextract.article import Article
from llmextract.baseline.attribution import Found, SentenceReader
from llmextract.baseline.boilerplate import at_line_starts, blank_boilerplate, dateline_places
from llmextract.baseline.expectations import expected_span
from llmextract.baseline.languages import LANGUAGES
from llmextract.baseline.multilingual import extract_in_language
from llmextract.baseline.name_spans import actors_from_names
from llmextract.baseline.stance_rules import stances_in
from llmextract.baseline.tokens import QUOTE_MARK, Span, sentences
from llmextract.baseline.word_tables import PREPOSITIONS, STOP_CAPITALS
from llmextract.core.answer import LLMExtraction, LLMQuote
from llmextract.reading.language import detect_language, language_of, normalise_language

__all__ = ["baseline_extract", "baseline_of"]

_MIN_ORPHAN_WORDS = 3  # a cue-less quotation shorter than this is a scare quote, not a quote
_NOT_SPEAKER_WORDS = STOP_CAPITALS | PREPOSITIONS  # words that begin no "Name:" line's name
_COLON_LINE = re.compile(r"^[ \t]*([A-Z][\w'’.\-]*(?:[ \t]+[A-Z][\w'’.\-]*){0,3}):[ \t]+(\S[^\n]*)", re.M)


def baseline_of(article: Article) -> LLMExtraction:
    """``baseline_extract`` of an article, in its language (given in its input, or detected)."""
    return baseline_extract(article.text, language_of(article))


def baseline_extract(text: str, lang: str | None = None) -> LLMExtraction:
    """Quotes and actors found by rules, and the stances the text states between those actors.

    ``lang`` (detected when not given) picks the rules: French, German and Spanish have their own
    (``llmextract.baseline.multilingual``); every other language is read with the English ones.
    """
    original, text = text, blank_boilerplate(text)
    code = normalise_language(lang) or detect_language(text)
    rules = LANGUAGES.get(code)
    answer = extract_in_language(text, rules) if rules is not None else _english(original, text)
    return answer.model_copy(update={"stances": stances_in(original, answer, code)})


def _english(original: str, text: str) -> LLMExtraction:
    """Quotes and actors by the English rules (``text`` is ``original`` with boilerplate blanked)."""
    reader = SentenceReader(text)
    found: list[Found] = []
    for i0, i1 in sentences(text, reader.toks, reader.in_quote, reader.quotes):
        found.extend(reader.attribute_sentence(i0, i1))
        expected = expected_span(reader.toks, reader.in_quote, i0, i1)
        if expected is not None:  # "The House is expected to pass the bill": no one named expects it
            found.append(Found(expected[0], expected[1], None, "expected"))
    _extend_to_multi_paragraph(text, reader.quotes, found)
    found.extend(_colon_lines(text, found))
    found.extend(_asked_questions(text, found))
    found.extend(_orphan_quotes(text, reader.quotes, found))
    found.sort(key=lambda f: f.start)
    starts = {qs for qs, _ in reader.quotes}
    ends = {qe for _, qe in reader.quotes} | {qe + 1 for _, qe in reader.quotes}
    quotes = [
        LLMQuote(
            text=original[f.start : f.end],
            speaker=f.speaker,
            cue=f.cue,
            kind="direct" if f.start in starts and f.end in ends else "indirect",
            speaker_at=f.speaker_at,
        )
        for f in found
        if text[f.start : f.end].strip()
    ]
    speakers = [(f.speaker, f.role) for f in found if f.speaker]
    return LLMExtraction(actors=actors_from_names(text, speakers, dateline_places(original)), quotes=quotes)


def _colon_lines(text: str, found: list[Found]) -> list[Found]:
    """ "Akar: Talks will resume." -- headlines and transcripts name the speaker before a colon."""
    extra: list[Found] = []
    for m in at_line_starts(_COLON_LINE, text):
        start, end = m.start(2), m.start(2) + len(m.group(2).rstrip())
        end -= text[end - 1] == "."
        if (
            not any(w.lower() in _NOT_SPEAKER_WORDS for w in m.group(1).split())
            and " " in m.group(2)
            and not any(f.start < end and start < f.end for f in found)
        ):
            extra.append(Found(start, end, m.group(1), None))
    return extra


# "Asked whether X, the senator said ...", "When asked by a host if X, he said", "..., she said when
# asked whether X.", "Lee was asked by a host whether X.": the question put
# (the lookahead first: a position without "asked" fails at once, not after four look-behinds)
_ASKED = re.compile(
    r"(?=[Aa]sked\b)(?:^|(?<=[.!?”\"]\s)|(?<=\n)|(?<=\bWhen\s)|(?<=\bwhen\s)|(?<=\bwas\s)|(?<=\bwere\s))"
    r"[Aa]sked\b(?:\s+(?:by|on|in|at|during|last|this|later)\b[^,.;:?!]{0,40}?)?\s+(?:specifically\s+)?"
    r"((?:if|whether|why|what|who|whom|how|when|where|which|about)\b[^,.;:?!]{2,200})(?=[,?]|\.(?:\s|$))"
)


_ASKED_WORD = re.compile(r"[Aa]sked")


def _asked_matches(text: str) -> Iterator[re.Match[str]]:
    """What ``_ASKED.finditer`` finds, tried only where "asked" is written (a pattern that opens
    with a look-ahead is tried at every character)."""
    pos = 0
    while word := _ASKED_WORD.search(text, pos):
        m = _ASKED.match(text, word.start())
        if m is None:
            pos = word.start() + 1
        else:
            yield m
            pos = max(m.end(), m.start() + 1)


def _asked_questions(text: str, found: list[Found]) -> list[Found]:
    """The question put to someone: "Asked whether the port would close, Vale said no" -- a
    reported question whose asker the article does not name (no speaker)."""
    extra: list[Found] = []
    for m in _asked_matches(text):
        start, end = m.start(1), m.end(1)
        if not any(f.start < end and start < f.end for f in found):
            extra.append(Found(start, end, None, "asked"))
    return extra


def _extend_to_multi_paragraph(text: str, quotes: list[Span], found: list[Found]) -> None:
    """A content touching a quotation that spans paragraphs takes in all of it."""
    multi = [(qs, qe) for qs, qe in quotes if "\n" in text[qs:qe]]
    for f in found:
        for qs, qe in multi:
            if qs < f.end < qe and qs >= f.start:
                f.end = qe
            if qs < f.start < qe and f.end >= qe:
                f.start = qs


def _orphan_quotes(text: str, quotes: list[Span], found: list[Found]) -> list[Found]:
    """Quotations no cue reached: whole-sentence quotes go to the last speaker before them."""
    extra: list[Found] = []
    ordered = sorted(found, key=lambda f: f.start)
    fi = 0
    prev: Found | None = None
    for qs, qe in quotes:
        while fi < len(ordered) and ordered[fi].end <= qs:
            prev = ordered[fi] if ordered[fi].speaker else prev
            fi += 1
        if any(f.start < qe and qs < f.end for f in ordered[max(0, fi - 1) : fi + 2]):
            continue
        before = text[max(0, qs - 3) : qs].strip()
        if len(text[qs:qe].split()) < _MIN_ORPHAN_WORDS or (before and before[-1] not in '.:\n!?”"'):
            continue
        if text[qe - 1] in "”\"'" and text[qs:qe].rstrip("”\"' ")[-1:] not in ".!?,—-…":
            continue  # a quoted title or phrase, not speech: speech ends with punctuation
        gap = text[prev.end : qs] if prev else "\n"
        if prev and "\n" not in gap and len(gap) < 150 and not QUOTE_MARK.search(gap):
            prev.end = qe  # "“A,” she said. “B.”" is one quote its attribution interrupts
            continue
        extra.append(Found(qs, qe, prev.speaker if prev else None, None))
    return extra
