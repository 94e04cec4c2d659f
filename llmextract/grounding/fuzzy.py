"""The fuzzy stage of grounding: where in the folded article a snippet that was copied with
changes most likely lies, and how alike the two are (0-100).

Word n-grams of the snippet that occur in the article anchor a window with as many words as the
snippet, scored by Levenshtein similarity of characters. Then each edge of the window moves by
one word, in or out, when the snippet's first (last) word is the article's word there and not
the window's: a word dropped or added near an edge, where no intact n-gram anchors it, shifts a
counted window by a word. A changed edge word matches nowhere, so it stays inside the span.

A snippet with an ellipsis ("The plan … will fail") stands for a stretch with words left out, so
it is matched part by part: its first or last part (two words or more) is found exactly, and the
other part is the window beside it, within the same distance the exact stage allows, most like
it. The stretch runs from the one to the other and is scored in words: a word changed ("the" ->
"this") costs one word of the snippet, whatever its length, so a long quote with an ellipsis and
a changed word still reaches the threshold, while fewer than ``min_words`` matching words never
do (a few words on each side of an ellipsis prove nothing). Among equal scores the shortest
stretch wins: the one the ellipsis most plausibly stands for.

Everything here works on folded text (:mod:`folding`); the aligner maps spans back to raw ones.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from llmextract.grounding.folding import ELLIPSIS

__all__ = ["Candidate", "Occurrences", "elided_candidates", "window_candidates"]

_ANCHOR_MAX_HITS = 8
_MAX_ANCHORS = 8
_PART_CANDIDATES = 8  # occurrences of an ellipsis part weighed
_EXACT_PART_WORDS = 2  # the part around an ellipsis that is found exactly has this many words
_PART_FLOOR = 50.0  # the window beside the exact part is at least this alike, in characters
_MAX_WINDOWS = 400
# a part this short is chosen by words: letters would rather take a window far off that shares
# a long word; a longer one by letters, which keep a shifted window from tying with the right one
_SHORT_PART_WORDS = 3
_EDGE_CHARS = " \"'"

# An anchor found in the article: word index in the snippet, offset, length, number of words.
_Hit = tuple[int, int, int, int]
#: A candidate span of the folded article: score, start, end.
Candidate = tuple[float, int, int]


class Occurrences(Protocol):
    """Offsets of a needle in the folded article (``Grounder._occurrences``)."""

    def __call__(self, needle: str, *, whole_start: bool = ..., whole_end: bool = ...) -> Iterator[int]: ...


def _body(norm: str, start: int, end: int) -> str:
    """What of ``norm[start:end]`` a snippet's core is compared with: edge marks and final
    punctuation left out, as the core leaves them out."""
    return norm[start:end].strip(_EDGE_CHARS).rstrip(".,;:!?…").strip(_EDGE_CHARS)


def _similarity(core: str, norm: str, start: int, end: int, cutoff: float) -> float:
    return 100.0 * float(
        Levenshtein.normalized_similarity(core, _body(norm, start, end), score_cutoff=cutoff)
    )


def _anchors(occurrences: Occurrences, words: list[str]) -> list[tuple[_Hit, _Hit]]:
    """Word n-grams of the snippet found in the article, grouped by the start they imply.

    Each group gives its hit with the lowest and the highest word index in the snippet.
    """
    k = 3 if len(words) < 12 else 4
    offsets = [0]
    for w in words[:-1]:
        offsets.append(offsets[-1] + len(w) + 1)
    firsts = list(range(0, len(words) - k + 1, k))
    if firsts[-1] != len(words) - k:
        firsts.append(len(words) - k)
    if len(firsts) > _MAX_ANCHORS:
        step = (len(firsts) - 1) / (_MAX_ANCHORS - 1)
        firsts = [firsts[round(i * step)] for i in range(_MAX_ANCHORS)]
    hits: list[tuple[int, _Hit]] = []
    for i in firsts:
        gram = " ".join(words[i : i + k])
        found: list[tuple[int, _Hit]] = []
        for at in occurrences(gram, whole_start=i > 0, whole_end=i + k < len(words)):
            found.append((at - offsets[i], (i, at, len(gram), k)))
            if len(found) > _ANCHOR_MAX_HITS:
                break
        if len(found) <= _ANCHOR_MAX_HITS:  # a gram found everywhere anchors nothing
            hits.extend(found)
    hits.sort()
    tolerance = max(8, offsets[-1] // 4)
    groups: list[tuple[_Hit, _Hit]] = []
    previous = None
    for implied, hit in hits:
        if previous is not None and implied - previous <= tolerance:
            first, last = groups[-1]
            groups[-1] = (min(first, hit), max(last, hit))
        else:
            groups.append((hit, hit))
        previous = implied
    return groups


def _window(norm: str, n_words: int, first: _Hit, last: _Hit) -> tuple[int, int]:
    """The span that has as many words as the snippet around its anchors.

    Counting words (rather than maximising similarity) keeps a changed first or last word
    inside the span, where a similarity measure would rather drop it.
    """
    index, start, _, _ = first
    if index:  # walk back word by word (an n-gram may begin inside a longer word)
        start = norm.rfind(" ", 0, start) + 1
    for _ in range(index):
        if start == 0:
            break
        start = norm.rfind(" ", 0, start - 1) + 1
    index, at, size, gram_words = last
    end = at + size
    if index + gram_words < n_words:
        end = norm.find(" ", end)
        end = len(norm) if end < 0 else end
    for _ in range(n_words - index - gram_words):
        if end == len(norm):
            break
        following = norm.find(" ", end + 1)
        end = len(norm) if following < 0 else following
    return start, end


def _word_at(norm: str, start: int) -> str:
    end = norm.find(" ", start)
    return norm[start : len(norm) if end < 0 else end].strip(_EDGE_CHARS + ".,;:!?…")


def _word_before(norm: str, end: int) -> str:
    return norm[norm.rfind(" ", 0, end) + 1 : end].strip(_EDGE_CHARS + ".,;:!?…")


def _aligned_edges(words: list[str], norm: str, start: int, end: int) -> tuple[int, int]:
    """The window with each edge moved by one word, in or out, when the snippet's first (last)
    word is the article's word there and not the window's: a word dropped or added near an edge
    shifts a counted window. A changed edge word matches nowhere, so the counted edge stays."""
    first, last = words[0].strip(_EDGE_CHARS + ".,;:!?…"), words[-1].strip(_EDGE_CHARS + ".,;:!?…")
    if first and _word_at(norm, start) != first:
        back = norm.rfind(" ", 0, start - 1) + 1 if start > 0 else -1
        inner = norm.find(" ", start, end)
        if back >= 0 and _word_at(norm, back) == first:
            start = back
        elif inner > 0 and _word_at(norm, inner + 1) == first:
            start = inner + 1
    if last and _word_before(norm, end) != last:
        following = norm.find(" ", end + 1) if end < len(norm) else -1
        following = len(norm) if following < 0 and end < len(norm) else following
        inner = norm.rfind(" ", start, end)
        if following > 0 and _word_before(norm, following) == last:
            end = following
        elif inner > start and _word_before(norm, inner) == last:
            end = inner
    return start, end


def window_candidates(norm: str, occurrences: Occurrences, core: str, cutoff: float) -> list[Candidate]:
    """Anchored windows for ``core`` (space-separated folded words), best first."""
    words = core.split(" ")
    if len(words) < 3:
        return []
    found: list[Candidate] = []
    for first, last in _anchors(occurrences, words):
        start, end = _aligned_edges(words, norm, *_window(norm, len(words), first, last))
        found.append((_similarity(core, norm, start, end, cutoff / 100.0), start, end))
    found.sort(key=lambda c: (-c[0], c[1]))
    return found


def _exact(occurrences: Occurrences, part: str) -> list[tuple[int, int]]:
    found = []
    for at in occurrences(part):
        found.append((at, at + len(part)))
        if len(found) >= _PART_CANDIDATES:
            break
    return found


def _best_window(norm: str, part: str, lo: int, hi: int, latest: bool) -> Candidate | None:
    """The window of ``part``'s word count inside ``norm[lo:hi]`` most like it, at least
    ``_PART_FLOOR`` alike (the latest or the earliest among equals: the one nearest the part that
    was found exactly)."""
    n_words = part.count(" ") + 1
    starts = [lo] if lo == 0 or norm[lo - 1] == " " else []
    at = norm.find(" ", lo, hi)
    while at >= 0 and len(starts) < _MAX_WINDOWS:
        starts.append(at + 1)
        at = norm.find(" ", at + 1, hi)
    bounds = [starts[i] for i in range(n_words, len(starts))]
    spans = [(starts[i], bound - 1) for i, bound in enumerate(bounds)]
    if len(starts) >= n_words and starts[-n_words] < hi:  # the last window ends at ``hi``
        spans.append((starts[-n_words], hi))
    if not spans:
        return None
    if latest:
        spans.reverse()
    bodies = [_body(norm, start, end) for start, end in spans]
    best = process.extractOne(
        part, bodies, scorer=Levenshtein.normalized_similarity, score_cutoff=_PART_FLOOR / 100.0
    )
    # a short part, in words: the window with the most of its words in order, the nearest among
    # equals (a word changed beside the ellipsis makes it alike in letters to windows far off)
    wanted = _words(part)
    if len(wanted) <= _SHORT_PART_WORDS:
        windows = [_words(body) for body in bodies]
        by_words = max(
            range(len(bodies)),
            key=lambda k: (
                Levenshtein.normalized_similarity(wanted, windows[k]),
                len(windows[k]) == len(wanted),  # not a window holding a bare ellipsis or dash
                -k,
            ),
        )
    if len(wanted) <= _SHORT_PART_WORDS and (best is None or by_words != best[2]):
        alike = float(Levenshtein.normalized_similarity(wanted, windows[by_words]))
        # none alike in letters: one word changed at most (an invented part shares a word or two)
        if alike * len(wanted) >= (len(wanted) - 1 if best is None else 1) - 1e-9 and alike > 0:
            start, end = spans[by_words]
            return 100.0 * float(Levenshtein.normalized_similarity(part, bodies[by_words])), start, end
    if best is None:
        return None
    start, end = spans[best[2]]
    return 100.0 * float(best[1]), start, end


def elided_candidates(
    norm: str, occurrences: Occurrences, core: str, cutoff: float, min_words: int
) -> list[Candidate]:
    """Stretches for a snippet with ellipses, best first (module docstring)."""
    parts = [" ".join(w for w in p.strip(" ,;:.-").split(" ") if w) for p in core.split(ELLIPSIS)]
    parts = [p for p in parts if p]
    if len(parts) < 2 or sum(p.count(" ") + 1 for p in parts) < min_words:
        return []
    head, tail = parts[0], parts[-1]
    max_gap = 4 * len(core) + 400
    found: list[Candidate] = []
    if head.count(" ") + 1 >= _EXACT_PART_WORDS:
        for h_start, h_end in _exact(occurrences, head):
            t = _best_window(norm, tail, h_end, min(len(norm), h_end + max_gap + len(tail)), latest=False)
            score = _word_score(head, tail, norm[t[1] : t[2]], min_words) if t is not None else 0.0
            if t is not None and score:
                found.append((score, h_start, t[2]))
    if tail.count(" ") + 1 >= _EXACT_PART_WORDS:
        for t_start, t_end in _exact(occurrences, tail):
            h = _best_window(norm, head, max(0, t_start - max_gap - len(head)), t_start, latest=True)
            score = _word_score(tail, head, norm[h[1] : h[2]], min_words) if h is not None else 0.0
            if h is not None and score:
                found.append((score, h[1], t_end))
    found = [c for c in found if _middle_found(norm, parts[1:-1], c[1], c[2])]
    found.sort(key=lambda c: (-c[0], c[2] - c[1], c[1]))  # the shortest stretch among equals
    return found


def _words(text: str) -> list[str]:
    return [w for w in (w.strip(_EDGE_CHARS + ".,;:!?…") for w in text.split(" ")) if w]


def _word_score(exact: str, part: str, window: str, min_words: int) -> float:
    """How alike the parts are to the stretch, in words (0-100): the exact part's words all match;
    a word changed in the other part costs one word of the snippet, whatever its length. 0 when
    fewer than ``min_words`` words match: a few words on each side of an ellipsis prove nothing."""
    n_exact = len(_words(exact))
    wanted = _words(part)
    alike = float(Levenshtein.normalized_similarity(wanted, _words(window)))
    matched = n_exact + alike * len(wanted)
    return 100.0 * matched / (n_exact + len(wanted)) if matched >= min_words - 1e-9 else 0.0


def _middle_found(norm: str, middle: list[str], begin: int, end: int) -> bool:
    """Whether each middle part is found, in order, between ``begin`` and ``end``."""
    for part in middle:
        at = norm.find(part, begin, end)
        if at < 0:
            return False
        begin = at + len(part)
    return True
