"""Article text and title as data: nothing in them can close the prompt's data section or pose as a turn.

Every prompt puts the article between ``<article>`` and ``</article>``. An article that contains
``</article>`` followed by instructions would otherwise end the data section early and speak as
the prompt; one that contains another model family's turn markers (``<|im_start|>``, ``[INST]``,
``<start_of_turn>``, ``</s>``, ``<<SYS>>``, DeepSeek's ``<｜User｜>``) could be read as a turn by the
model or parsed as a control token by a server's chat template.

Findings are matched on the text as a reader takes it (:mod:`llmextract.llm.lookalikes`: fullwidth
forms, zero-width and format characters, Cyrillic and Greek homoglyphs, HTML character references
folded), so a look-alike is caught like the original. ``MARKERS`` is a rule per shape, not a list of
tokens: any ``<|…|>``, any snake_case tag, any ``[UPPER_SNAKE]`` token.

A finding is neutralised by U+0338 COMBINING LONG SOLIDUS OVERLAY after its opening character:
``</article>`` becomes ``≮/article>`` and ``[INST]`` shows a struck bracket. The text stays readable,
no character is removed or replaced, and grounding, which aligns the model's quotes with the
original article and drops combining marks when it folds, still finds a quote that copies a
neutralised stretch. A title is one line: its line breaks become spaces.

Only such sequences change; any other text renders byte for byte, so benign prompts, their hashes
and the response cache are untouched.
"""

from __future__ import annotations

import re

from llmextract.llm.lookalikes import fold

__all__ = ["MARKERS", "NEUTRALISER", "fence_text", "fence_title"]

NEUTRALISER = "\u0338"
_SLASHES = r"[\s/\\]*"
#: The shapes that must not reach the model as written, matched on folded text.
MARKERS = re.compile(
    "|".join(
        (
            rf"(?i:<{_SLASHES}artic[li]e(?=[\s/\\>]|\Z))",  # the data section's delimiters, "I" for "l" too
            r"<\s*\|[^|<>\n]*\|\s*>",  # <|im_start|>, <|eot_id|>, <|user|>, <｜User｜> once folded
            rf"(?i:<{_SLASHES}(?:s|bos|eos|eot|pad|unk|mask|sep|cls|think)\s*>)",  # <s>, </s>, <bos>
            rf"(?i:<{_SLASHES}[a-z][a-z0-9]*(?:_[a-z0-9]+)+\s*>)",  # <start_of_turn>, <tool_call>
            rf"(?i:<<{_SLASHES}[a-z]+\s*>>)",  # <<SYS>>, <</SYS>>
            rf"(?i:\[{_SLASHES}inst\s*\])",  # [INST], [/INST]
            r"\[/?[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\]",  # [SYSTEM_PROMPT], [TOOL_CALLS], [/AVAILABLE_TOOLS]
            r"(?im:^[ \t]*\#{2,}[ \t]*(?:instruction|input|response|system|user|assistant)[ \t]*:)",
        )
    )
)
# Every finding opens with a character that folds to one of "<[#" or with "&" (a reference): text
# without any of them needs no folding.
_OPENERS = re.compile(
    "[<\\[#&\u02c2\u1438\u2045\u266f\ua778\ufe47\ufe5f\ufe60\ufe64\uff03\uff06\uff1c\uff3b]"
)
_LINE_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")


def _findings(value: str) -> list[int]:
    """Where to put the neutraliser: after the first raw character of each finding."""
    folded = fold(value)
    return sorted({folded.origin(m.start()) + 1 for m in MARKERS.finditer(folded.text)})


def fence_text(value: str) -> str:
    """The value with every delimiter look-alike and chat-template marker neutralised."""
    if not _OPENERS.search(value):
        return value
    # A neutralised finding no longer matches; one nested in it (``<<s>>``) is found on the next pass.
    while points := _findings(value):
        pieces, pos = [], 0
        for point in points:
            pieces += [value[pos:point], NEUTRALISER]
            pos = point
        value = "".join(pieces) + value[pos:]
    return value


def fence_title(value: str) -> str:
    """A title as one fenced line."""
    return fence_text(_LINE_BREAKS.sub(" ", value))
