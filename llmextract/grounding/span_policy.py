"""The span policy: one canonical span, whatever the model did to the edges of the text.

* The span never begins or ends with whitespace, and does not end with punctuation of its own
  (``. , ; : ! ? …``): ``He said the plan will fail.`` grounds "the plan will fail". A full stop
  that ends an abbreviation ("U.S.", "Calif.") stays.
* Dialogue dashes (— – ―) at either edge do not belong to the span; combining marks after its
  last letter do ("Zoe\u0308" is "Zoë"). Guillemets with a (narrow) no-break space inside them
  (« … », French spacing) enclose the text like any other mark.
* Quotation marks that enclose the text belong to it, with the punctuation inside the closing
  mark: ``“We will win,” he said`` grounds ``“We will win,”`` whether or not the model kept the
  marks or the comma. Doubled apostrophes (``''``) count as a mark; an apostrophe inside a word
  does not. A mark that is opened in the text but closed after it (``the cause of “reform.”``)
  pulls in the closing mark, and a quotation that runs on to the next paragraph without a
  closing mark keeps its opening mark and final punctuation.

Why: on the PolNeAR training Content spans (19,801, measured by ``bench/grounding.py``),
annotators put the marks inside the span (20% start and 27% end with a mark, 21% end with
punctuation then a mark; only 0.4% leave a mark just outside), while reported speech stops
before the sentence's punctuation (58% of spans are followed by punctuation left out; 1.1% end
with it). This policy reproduces 98.6% of the gold spans exactly; the rest are annotator
variations (a trailing comma, full stop or question mark kept, a trailing space).
"""

from __future__ import annotations

import re
import unicodedata

from llmextract.grounding.folding import DOUBLE_QUOTES, END_PUNCT, QUOTES, SINGLE_QUOTES, THIN_SPACES
from llmextract.grounding.sentences import sentences

__all__ = ["canonical_span", "sentence_span"]

_DOUBLE_MARK = re.compile("''|[" + DOUBLE_QUOTES + "]")
_SINGLE_MARK = re.compile("(?<!')[" + SINGLE_QUOTES + "](?!')")
_DOTTED = re.compile(r"(?:^|[^\w.])(?:[A-Za-z]\.)+[A-Za-z]$")
_LAST_WORD = re.compile(r"[A-Za-z]+$")
_ABBREVIATION_WORDS = (
    "etc jr sr inc co corp ltd bros st mt ave gen sen rep gov col lt sgt ariz calif colo conn fla ga ill "
    "ind kan ky la mass md mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo"
)
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_DASHES = "—–―"  # dialogue dashes: "—No habrá cierre —dijo ella—." opens and closes speech


def _odd_marks(span: str) -> bool:
    """Whether ``span`` holds an unpaired quotation mark (apostrophes inside words do not count)."""
    if len(_DOUBLE_MARK.findall(span)) % 2:
        return True
    singles = 0
    for m in _SINGLE_MARK.finditer(span):
        i = m.start()
        if not (0 < i < len(span) - 1 and span[i - 1].isalnum() and span[i + 1].isalnum()):
            singles += 1
    return singles % 2 == 1


def _keeps_dot(text: str, end: int) -> bool:
    """Whether the full stop at ``text[end]`` belongs to an abbreviation ("U.S.", "Calif.")."""
    head = text[max(0, end - 12) : end]
    if _DOTTED.search(head):
        return True
    word = _LAST_WORD.search(head)
    return word is not None and word.group().lower() in _ABBREVIATIONS


def canonical_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Apply the span policy (module docstring) to ``text[start:end]``.

    Returns an empty span (``start == end``) when nothing but quotes and punctuation is left.
    """
    while start < end and (text[start] in QUOTES or text[start] in _DASHES or text[start].isspace()):
        start += 1
    while end > start and (
        text[end - 1] in QUOTES
        or text[end - 1] in END_PUNCT
        or text[end - 1] in _DASHES
        or text[end - 1].isspace()
    ):
        end -= 1
    while end < len(text) and unicodedata.combining(text[end]):  # "Zoe\u0308": the accent is the letter's
        end += 1
    if start == end:
        return start, end
    if end < len(text) and text[end] == "." and _keeps_dot(text, end):
        end += 1
    opening = start
    if start > 1 and text[start - 1] in THIN_SPACES and text[start - 2] == "«":  # French spacing
        opening -= 1
    while opening > 0 and start - opening < 3 and text[opening - 1] in QUOTES:
        opening -= 1
    after = end
    closing = end
    while after < len(text) and (
        text[after] in QUOTES
        or text[after] in END_PUNCT
        or text[after] in _DASHES
        or (text[after] in THIN_SPACES and text[after + 1 : after + 2] == "»")
    ):
        after += 1
        if text[after - 1] in QUOTES:
            closing = after
    if opening < start and closing > end:
        return opening, closing
    if closing > end and _odd_marks(text[start:end]):
        return start, closing
    if opening < start:
        if _odd_marks(text[start:end]):
            return opening, end
        if after == len(text) or text[after] in "\r\n":  # a quotation running on to the next paragraph
            return opening, after
    return start, end


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole sentence (or sentences) around ``text[start:end]``, end punctuation and closing
    quotation marks included: stance evidence is a sentence, not the words a model copied.

    The sentences are those of the one segmentation of the whole text
    (:func:`llmextract.grounding.sentences.sentences`, built once per text), so evidence and the
    gold importers agree on where a sentence begins and ends.
    """
    covering = sentences(text).covering(start, end)
    if covering is None:
        return start, end
    return min(covering[0], start), max(covering[1], end)
