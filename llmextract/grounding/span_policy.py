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


# a sentence ends at . ! ? or … (closing marks after it included) followed by a space or the end
_SENTENCE_END = re.compile("[.!?…]+[" + QUOTES + ")\\]]*(?=\\s|$)")
_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "sr",
        "jr",
        "st",
        "no",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "sgt",
        "capt",
    ]
)


def _ends_sentence(text: str, match: re.Match[str]) -> bool:
    """Whether a full stop found by ``_SENTENCE_END`` ends a sentence (not "Mr." or "U.S. Navy")."""
    if text[match.start()] != "." or match.end() - match.start() > 1:
        return True
    word = _LAST_WORD.search(text[max(0, match.start() - 12) : match.start()])
    if word is not None and word.group().lower() in _TITLES:
        return False
    return not _keeps_dot(text, match.start())


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The whole sentence (or sentences) around ``text[start:end]``, end punctuation and closing
    quotation marks included: stance evidence is a sentence, not the words a model copied.

    A sentence begins after the previous sentence end or line break and ends at the next one.
    """
    line_start = max(text.rfind("\n", 0, start) + 1, 0)
    head = line_start
    for m in _SENTENCE_END.finditer(text, line_start, start):
        if m.end() <= start and _ends_sentence(text, m):
            head = m.end()
    while head < start and text[head].isspace():
        head += 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    tail = line_end
    for m in _SENTENCE_END.finditer(text, max(start, end - 1), line_end):
        if _ends_sentence(text, m):
            tail = m.end()
            break
    while tail > end and text[tail - 1].isspace():
        tail -= 1
    return head, max(tail, end)
