"""A quotation the model marked whole but copied short: its first or last word left out, its marks
kept (``“will go there”`` for the article's ``“We will go there”``). The model's marks say where
the quotation begins and ends; the words found stop a word or two inside them. The span then
reaches the article's own mark, when only a few words of the same sentence stand between and the
span already holds the article's mark at its other edge (a model that marks an unmarked quote
widens nothing).
"""

from __future__ import annotations

from llmextract.grounding.folding import DOUBLE_QUOTES, SINGLE_QUOTES

__all__ = ["to_marks"]

MAX_WORDS = 2  # words of the quotation the model may have left out at one edge
# what may stand between those words besides letters and spaces: a bracketed insertion, a
# sentence's end inside the quotation ("Yes. For more ..."), an ellipsis the model left out
_INSIDE = ",;:-'’[]().?!…"


def _kind(mark: str) -> str:
    return DOUBLE_QUOTES if mark in DOUBLE_QUOTES else SINGLE_QUOTES if mark in SINGLE_QUOTES else ""


_CLOSING_ONLY = "”’»"
_OPENING_ONLY = "“‘«„"


def _is_mark(text: str, i: int, marks: str, *, opening: bool) -> bool:
    """Whether ``text[i]`` is one of ``marks`` that can open (close) a quotation there: no
    apostrophe inside a word, no curly mark of the other side, no space on its inner side."""
    ch = text[i]
    inside = 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()
    if ch not in marks or (ch in SINGLE_QUOTES and inside):
        return False
    if opening:
        return ch not in _CLOSING_ONLY and i + 1 < len(text) and not text[i + 1].isspace()
    return ch not in _OPENING_ONLY and i > 0 and not text[i - 1].isspace()


def _odd(stretch: str, marks: str) -> bool:
    """Whether ``stretch`` holds an odd number of ``marks``: one of them is not closed inside it.
    The span's mark at one edge must be unpaired inside it, and paired with the one reached (an
    inner quotation, opened and closed inside the span, is no edge of the quotation)."""
    return (
        sum(
            _is_mark(stretch, i, marks, opening=True) or _is_mark(stretch, i, marks, opening=False)
            for i in range(len(stretch))
        )
        % 2
        == 1
    )


def _words_between(stretch: str) -> int | None:
    """How many words ``stretch`` holds, or None if it holds anything but words of one sentence."""
    if any(not (ch.isalnum() or ch.isspace() or ch in _INSIDE) for ch in stretch) or "\n" in stretch:
        return None
    words = sum(any(ch.isalnum() for ch in w) for w in stretch.split())
    return words or (1 if "…" in stretch or "..." in stretch else 0)  # "“ … if": the ellipsis dropped


def _closes_at(text: str, end: int) -> bool:
    """Whether a quotation mark closes at ``end``: the span's last character, or just after it
    past the quotation's own punctuation."""
    if _kind(text[end - 1]):
        return True
    while end < len(text) and text[end] in ".,;:!?…":
        end += 1
    return end < len(text) and bool(_kind(text[end]))


def _after_close(text: str, end: int) -> int:
    """The index just after the mark that closes at ``end`` (``_closes_at``)."""
    if _kind(text[end - 1]):
        return end
    while end < len(text) and text[end] in ".,;:!?…":
        end += 1
    return end + 1


def _opens_at(text: str, start: int) -> bool:
    """Whether a quotation mark opens at ``start``: the span's first character or the one before."""
    return bool(_kind(text[start])) or (start > 0 and bool(_kind(text[start - 1])))


def to_marks(text: str, start: int, end: int, snippet: str) -> tuple[int, int]:
    """``(start, end)`` widened to the article's opening (closing) mark when the snippet opens
    (closes) with a mark the span lacks and at most ``MAX_WORDS`` words stand between."""
    stripped = snippet.strip()
    if not stripped:
        return start, end
    opening = _kind(stripped[0])
    # one edge only: the article's quotation closes (opens) where the span does, and the model's
    # marks say it opens (closes) a word or two further out
    if opening and not _kind(text[start]) and _closes_at(text, end):
        lo = max(0, start - 40)
        for i in range(start - 1, lo - 1, -1):
            if _is_mark(text, i, opening, opening=True):
                n = _words_between(text[i + 1 : start])
                after = _after_close(text, end)
                closed = _odd(text[start:after], opening) and not _odd(text[i:after], opening)
                if n is not None and 0 < n <= MAX_WORDS and closed and (i == 0 or not text[i - 1].isalnum()):
                    start = i
                break
    body = stripped.rstrip(".,;:!?…")
    closing = _kind(body[-1]) if body else ""
    last = text[end - 1]
    if closing and not _kind(last) and _opens_at(text, start):
        hi = min(len(text), end + 40)
        for i in range(end, hi):
            if _is_mark(text, i, closing, opening=False):
                n = _words_between(text[end:i].rstrip(".,;:!?…"))
                begin = start if _kind(text[start]) else start - 1  # the opening mark (_opens_at)
                opened = _odd(text[begin:end], closing) and not _odd(text[begin : i + 1], closing)
                if (
                    n is not None
                    and 0 < n <= MAX_WORDS
                    and opened
                    and (i + 1 == len(text) or not text[i + 1].isalnum())
                ):
                    end = i + 1
                break
    return start, end
