"""Grounding: align each text the model returned to character offsets in the article.

Models copy text imperfectly (curly quotes become straight, whitespace is collapsed, words are
dropped behind an ellipsis, a word is changed), and they cannot count characters. So the toolkit
finds every returned text in the article itself, in three stages of decreasing certainty:

1. ``exact``: the snippet occurs verbatim (quotation marks and punctuation at its ends aside:
   the span policy decides those).
2. ``normalized``: it occurs once both sides are normalised: curly and straight quotation marks
   and apostrophes, dashes and hyphens (spaced or not), whitespace runs, case and zero-width
   characters are folded; "...", "[...]" and "…" are one ellipsis; an ellipsis inside the
   snippet stands for dropped words, so "The plan … will fail" covers the whole stretch from
   "The plan" to "will fail".
3. ``fuzzy`` (:mod:`llmextract.grounding.fuzzy`): word n-grams of the snippet that occur in the
   article anchor a candidate span with as many words as the snippet (its edges following the
   snippet's edge words), scored by Levenshtein similarity (0-100); a snippet with an ellipsis is
   matched part by part and scored in words. A span must reach ``fuzzy_threshold`` and the
   snippet must have at least ``FUZZY_MIN_WORDS`` words.

The article is normalised once per :class:`Grounder`, with a map back to raw offsets. The first
lookups scan it with ``str.find`` (a scan costs far less than indexing the article's words); once
it has been scanned ``_SCANS_BEFORE_INDEX`` times, an index of its words is built and a snippet
is looked up by its rarest word (scanned for when it has no word rare enough). So a few hundred
quotes cost a few hundred scans, and many thousands hardly more than the index: nothing is
quadratic.
What cannot be aligned gives ``None``.

Spans follow the span policy of :mod:`llmextract.grounding.span_policy` (``canonical_span``, re-exported
here): enclosing quotation marks belong to a quotation, its own final punctuation does not.

Invariant: for every result, ``text[start:end]`` is a non-empty slice of the article.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from itertools import islice, repeat
from typing import Literal

from llmextract.grounding.contractions import respelled
from llmextract.grounding.folding import ELLIPSIS, END_PUNCT, QUOTES, normalise
from llmextract.grounding.fuzzy import Candidate, elided_candidates, window_candidates
from llmextract.grounding.hyphens import rehyphenated
from llmextract.grounding.marks import to_marks
from llmextract.grounding.spacing import respaced
from llmextract.grounding.span_policy import canonical_span

__all__ = ["DEFAULT_FUZZY_THRESHOLD", "FUZZY_MIN_WORDS", "Grounded", "Grounder"]

DEFAULT_FUZZY_THRESHOLD = 80.0
FUZZY_MIN_WORDS = 5

_EDGE_START = " \"'" + ELLIPSIS
_EDGE_END = " \"'" + END_PUNCT
_MAX_OCCURRENCES = 2000
# Weighing speaker and cue around each occurrence costs a scan of its surroundings: past this many
# occurrences of the same words (a text that repeats itself), reading order alone decides, so one
# article cannot cost quotes x occurrences scans.
_MISFIT_MAX = 32
_LOOKUP_MAX = 64  # a word found more often than this is a poor key: scan instead
_KEY_CANDIDATES = 24  # words of a needle tried as its key
_ABSENT: list[int] = []
_SCANS_BEFORE_INDEX = 256  # indexing costs about as much as this many scans of the article


@dataclass(frozen=True, slots=True)
class Grounded:
    """Where a snippet lies in the article: ``text[start:end]``, and how it was found."""

    start: int
    end: int
    alignment: Literal["exact", "normalized", "fuzzy"]
    score: float


def _core(norm_snippet: str) -> str:
    """The part of a normalised snippet that must be found: edge quotes and punctuation dropped."""
    return norm_snippet.lstrip(_EDGE_START).rstrip(_EDGE_END)


class Grounder:
    """Built once per article: precomputes the normalised text, its map back to raw offsets and
    an index of its words, then locates any number of snippets.
    """

    def __init__(self, text: str, *, fuzzy_threshold: float = DEFAULT_FUZZY_THRESHOLD) -> None:
        self.text = text
        self.fuzzy_threshold = fuzzy_threshold
        self._norm, self._index = normalise(text)
        self._indexed: dict[str, list[int]] | None = None
        self._scans = 0

    @property
    def _words(self) -> dict[str, list[int]]:
        """Offsets of each space-separated word of the normalised text (lookups replace scans)."""
        if self._indexed is None:
            self._indexed = {}
            pos = 0
            for word in self._norm.split(" "):
                self._indexed.setdefault(word, []).append(pos)
                pos += len(word) + 1
        return self._indexed

    def locate(
        self,
        snippet: str,
        *,
        taken: Collection[tuple[int, int]] = (),
        after: int = 0,
        misfit: Callable[[int, int], int] | None = None,
    ) -> Grounded | None:
        """Find ``snippet`` in the article, or ``None`` when it cannot be aligned.

        When the snippet occurs several times, the occurrence chosen is, in order of preference:
        one whose span is not in ``taken`` (so the same sentence returned twice lands on its two
        occurrences), the one with the lowest ``misfit(start, end)`` (0 to 7: how badly the text
        around it fits, e.g. no sign of the quote's speaker or cue nearby), one starting at or after
        ``after`` (callers may pass the end of the previous quote's span), one on word boundaries
        rather than inside a longer word; then the first. A fuzzy match takes the best score instead.
        """
        stripped = snippet.strip()
        norm, offsets = normalise(stripped)
        core = _core(norm)
        if not any(ch.isalnum() for ch in core):  # nothing but marks, dashes or dots
            return None
        lead = len(norm) - len(norm.lstrip(_EDGE_START))
        verbatim = stripped[offsets[lead] : offsets[lead + len(core) - 1] + 1]
        found = self._choose(core, verbatim, taken, after, misfit)
        if found is not None:
            start, end, exact = found
            return self._to_marks(Grounded(start, end, "exact" if exact else "normalized", 100.0), stripped)
        # "do not" copied for the article's "don't", "well known" for its "well-known", "govern-
        # ment" for its "government", or the reverse; "hands,enhanced" for "hands, enhanced"
        spelled = rehyphenated(respelled(respaced(core), self._norm), self._norm)
        if spelled != core:
            found = self._choose(spelled, spelled, taken, after, misfit)
            if found is not None:
                return self._to_marks(Grounded(found[0], found[1], "normalized", 100.0), stripped)
        return self._to_marks(self._fuzzy(core, taken), stripped)

    def _to_marks(self, found: Grounded | None, snippet: str) -> Grounded | None:
        """The span widened to the article's marks when the model marked the quotation whole but
        left its first or last word out (:mod:`llmextract.grounding.marks`)."""
        if found is None or not (snippet[0] in QUOTES or snippet.rstrip(END_PUNCT)[-1:] in QUOTES):
            return found
        start, end = to_marks(self.text, found.start, found.end, snippet)
        if (start, end) == (found.start, found.end):
            return found
        start, end = canonical_span(self.text, start, end)
        return Grounded(start, end, found.alignment, found.score)

    def _choose(
        self,
        core: str,
        verbatim: str,
        taken: Collection[tuple[int, int]],
        after: int,
        misfit: Callable[[int, int], int] | None,
    ) -> tuple[int, int, bool] | None:
        """The occurrence :meth:`locate` prefers. A few occurrences are all weighed, the speaker and
        cue around each included; many (a text that repeats itself) are taken in reading order,
        looking from ``after`` first, so that a run of quotes costs each one a step, not a scan."""
        first = list(islice(self._folded_spans(core, verbatim), _MISFIT_MAX + 1))
        if len(first) <= _MISFIT_MAX:
            found = self._ranked(iter(first), taken, after, misfit if len(first) >= 2 else None)
            return None if found is None else found[1:]
        if after > 0 and ELLIPSIS not in core:
            onward = self._folded_spans(core, verbatim, self._index.norm_floor(after))
            found = self._ranked(onward, taken, after, None)
            if found is not None and found[0] < 2:  # free, at or after ``after``: nothing before beats it
                return found[1:]
        found = self._ranked(self._folded_spans(core, verbatim), taken, after, None)
        return None if found is None else found[1:]

    # -- candidates -------------------------------------------------------------------------

    def _occurrences(
        self, needle: str, *, whole_start: bool = False, whole_end: bool = False, begin: int = 0
    ) -> Iterator[int]:
        """Offsets of ``needle`` in the normalised text, in order.

        The needle may not begin or end inside a longer article word when ``whole_start`` or
        ``whole_end`` says so. The first ``_SCANS_BEFORE_INDEX`` lookups scan the article; later
        ones use the word index and the needle's rarest word that must be a whole word of the
        article (inner words always; the first or last one as above), so their cost does not grow
        with the article; a needle without a rare enough word is still scanned for.
        """
        if self._indexed is None and self._scans < _SCANS_BEFORE_INDEX:
            self._scans += 1
            yield from self._scan(needle, whole_start, whole_end, begin)
            return
        words = needle.split(" ")
        lo, hi = (0 if whole_start else 1), (len(words) if whole_end else len(words) - 1)
        keys = words[lo : min(hi, lo + _KEY_CANDIDATES)]
        best: list[int] | None = None
        best_offset = 0
        if keys and len(first := self._words.get(keys[0], _ABSENT)) == 1:  # the usual case
            best, best_offset = first, sum(map(len, words[:lo])) + lo
        elif keys:
            # the first of the rarest words, looking no further than a word found once
            counts = list(map(len, map(self._words.get, keys, repeat(_ABSENT))))
            if 1 in counts:
                del counts[counts.index(1) + 1 :]
            if 0 in counts:  # a word the needle needs whole is not in the article
                return
            k = counts.index(min(counts))
            best = self._words[keys[k]]
            best_offset = sum(map(len, words[: lo + k])) + lo + k
        if best is None or len(best) > _LOOKUP_MAX:
            yield from self._scan(needle, whole_start, whole_end, begin)
            return
        for pos in best[bisect_left(best, begin + best_offset) :]:
            at = pos - best_offset
            if (
                at >= 0
                and self._norm.startswith(needle, at)
                and self._whole(at, needle, whole_start, whole_end)
            ):
                yield at

    def _scan(self, needle: str, whole_start: bool, whole_end: bool, begin: int = 0) -> Iterator[int]:
        at = self._norm.find(needle, begin)
        while at >= 0:
            if self._whole(at, needle, whole_start, whole_end):
                yield at
            at = self._norm.find(needle, at + 1)

    def _whole(self, at: int, needle: str, whole_start: bool, whole_end: bool) -> bool:
        """Whether the needle found at ``at`` begins and ends where it must on article words."""
        norm = self._norm
        end = at + len(needle)
        return not (whole_start and at and norm[at - 1].isalnum()) and not (
            whole_end and end < len(norm) and norm[end].isalnum()
        )

    # Each candidate: raw start, raw end, on word boundaries, verbatim.

    def _folded_spans(
        self, core: str, verbatim: str, begin: int = 0
    ) -> Iterator[tuple[int, int, bool, bool]]:
        if ELLIPSIS in core:
            starts = self._ellipsis_spans(core)
        else:
            starts = ((at, at + len(core)) for at in self._occurrences(core, begin=begin))
        for _, (start, end) in zip(range(_MAX_OCCURRENCES), starts, strict=False):
            raw_start, raw_end = self._raw(start, end)
            yield raw_start, raw_end, self._norm_bounded(start, end), self.text[raw_start:raw_end] == verbatim

    def _ellipsis_spans(self, core: str) -> Iterator[tuple[int, int]]:
        """Chains of the parts around each ellipsis, in order, each close to the previous one."""
        parts = [p.strip(" ,;:.-") for p in core.split(ELLIPSIS)]
        parts = [p for p in parts if p]
        if not parts:
            return
        max_gap = 4 * len(core) + 400
        for at in self._occurrences(parts[0]):
            end = at + len(parts[0])
            for part in parts[1:]:
                nxt = self._norm.find(part, end, end + max_gap + len(part))
                if nxt < 0:
                    break
                end = nxt + len(part)
            else:
                yield at, end

    def _ranked(
        self,
        candidates: Iterator[tuple[int, int, bool, bool]],
        taken: Collection[tuple[int, int]],
        after: int,
        misfit: Callable[[int, int], int] | None = None,
    ) -> tuple[int, int, int, bool] | None:
        """The best ranked canonical span (see :meth:`locate`) with its rank, the first among equals."""
        best: tuple[int, int, int, bool] | None = None
        for start, end, bounded, exact in candidates:
            span = canonical_span(self.text, start, end)
            if span[0] == span[1]:
                continue
            fit = min(max(misfit(*span), 0), 7) if misfit is not None else 0
            rank = (span in taken) * 32 + fit * 4 + (span[0] < after) * 2 + (not bounded)
            if best is None or rank < best[0]:
                best = (rank, *span, exact)
                if rank == 0:
                    break
        return best

    # -- fuzzy --------------------------------------------------------------------------------

    def _fuzzy(self, core: str, taken: Collection[tuple[int, int]]) -> Grounded | None:
        """The best fuzzy candidate (:mod:`llmextract.grounding.fuzzy`) that reaches the threshold,
        one not in ``taken`` first."""
        words = [w for w in core.replace(ELLIPSIS, " ").split(" ") if w]
        if len(words) < FUZZY_MIN_WORDS:
            return None
        scored: list[Candidate] = []
        if ELLIPSIS in core:
            scored = elided_candidates(
                self._norm, self._occurrences, core, self.fuzzy_threshold, FUZZY_MIN_WORDS
            )
        if not scored or scored[0][0] < self.fuzzy_threshold:
            scored = window_candidates(self._norm, self._occurrences, " ".join(words), self.fuzzy_threshold)
        fallback: Grounded | None = None
        for score, start, end in scored:
            if score < self.fuzzy_threshold:
                break
            span = canonical_span(self.text, *self._raw(start, end))
            if span[0] == span[1]:
                continue
            grounded = Grounded(span[0], span[1], "fuzzy", round(score, 2))
            if span not in taken:
                return grounded
            fallback = fallback or grounded
        return fallback

    # -- offsets ------------------------------------------------------------------------------

    def _raw(self, start: int, end: int) -> tuple[int, int]:
        return self._index[start], self._index[end - 1] + 1

    def _norm_bounded(self, start: int, end: int) -> bool:
        norm = self._norm
        return not (
            (start > 0 and norm[start - 1].isalnum() and norm[start].isalnum())
            or (end < len(norm) and norm[end].isalnum() and norm[end - 1].isalnum())
        )
