"""Quotation spans and sentence bounds in French, German and Spanish text.

Each language pairs its own marks (« », „ “, » «, “ ”, ‹ ›); a quotation opened with one mark
closes only with its partner, so a German „…“ is not cut at the “ that opens an English quote.
Spanish dialogue (a paragraph opening with a dash) is read as speech interrupted by incises:
"—No habrá cierre —dijo la alcaldesa—. Lo decidimos ayer." gives two speech segments and the
incise "dijo la alcaldesa" that attributes both.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from llmextract.baseline.languages import LanguageRules

Span = tuple[int, int]

DASHES = "—–―"
_BOUNDARY = re.compile(r"[.!?…]['\"»«“”„’]?\s+(?=[A-ZÀ-ÖØ-Þ¿¡«„»“—–])")
#: honorifics written with a full stop ("M. Lancelin", "Sra. Ruiz"): no sentence ends there
HONORIFIC_STOPS = "M|MM|Mme|Mmes|Mlle|Me|Dr|Dra|Pr|Prof|Sr|Sra|Srta|St|Ste"
_ABBREVIATION_END = re.compile(rf"(?<!\w)(?:{HONORIFIC_STOPS})$")
_AFTER_CLOSE = re.compile(r"\s+(?=[A-ZÀ-ÖØ-Þ¿¡«„»“—–])")
_INCISE = re.compile(r"\s?[—–―]\s?([^—–―\n]+?)(?:[—–―]|(?=\n)|$)")


@dataclass
class Dialogue:
    """One dialogue paragraph: its speech segments and the incises between them."""

    segments: list[Span]
    incises: list[Span]


def quotation_spans(text: str, rules: LanguageRules) -> list[Span]:
    """Quotations with their marks, outermost only; one left open runs to its paragraph's end."""
    openers = {o: c for o, c in rules.marks}
    spans: list[Span] = []
    pos = 0
    for para in text.split("\n"):
        p0, pos = pos, pos + len(para) + 1
        i = 0
        while i < len(para):
            closer = openers.get(para[i])
            if closer is None:
                i += 1
                continue
            j = _closing(para, i, para[i], closer)
            if j < 0:
                if len(para[i:].split()) > 2:
                    spans.append((p0 + i, p0 + len(para.rstrip())))
                break
            spans.append((p0 + i, p0 + j + 1))
            i = j + 1
    return spans


def _closing(para: str, i: int, opener: str, closer: str) -> int:
    """Index of the mark closing the quotation opened at ``para[i]``, nested ones skipped; -1 if none."""
    depth = 0
    for j in range(i + 1, len(para)):
        ch = para[j]
        if ch == closer and (opener != closer or _closes(para, j)):
            if depth == 0:
                return j
            depth -= 1
        elif ch == opener and opener != closer:
            depth += 1
    return -1


def _closes(para: str, j: int) -> bool:
    """A straight mark closes when no letter follows it directly."""
    return j + 1 >= len(para) or not para[j + 1].isalnum()


def dialogues(text: str, rules: LanguageRules) -> list[Dialogue]:
    """Paragraphs opening with a dialogue dash, split into speech and incises (Spanish style)."""
    if not rules.dialogue_dashes:
        return []
    found: list[Dialogue] = []
    pos = 0
    for para in text.split("\n"):
        p0, pos = pos, pos + len(para) + 1
        lead = len(para) - len(para.lstrip())
        if not para[lead : lead + 1] or para[lead] not in DASHES:
            continue
        body = lead + 1
        segments: list[Span] = []
        incises: list[Span] = []
        cursor = body
        for m in _INCISE.finditer(para, body):
            words = m.group(1).split()
            if not words or not _opens_incise(words[0].strip(",."), rules):
                continue
            segments.append((cursor, m.start()))
            incises.append((m.start(1), m.end(1)))
            cursor = m.end()
            while cursor < len(para) and para[cursor] in " .,;":
                cursor += 1
        segments.append((cursor, len(para)))
        spans = [_trim(para, a, b) for a, b in segments]
        found.append(
            Dialogue(
                segments=[(p0 + a, p0 + b) for a, b in spans if b > a],
                incises=[(p0 + a, p0 + b) for a, b in incises],
            )
        )
    return found


def _opens_incise(word: str, rules: LanguageRules) -> bool:
    """A dialogue incise opens on a cue verb, or on any lower-case verb ("—relató Aguirre—")."""
    return word.lower() in rules.cue_verbs or (word[:1].islower() and word.isalpha())


def _trim(para: str, a: int, b: int) -> Span:
    while a < b and para[a].isspace():
        a += 1
    while b > a and (para[b - 1].isspace() or para[b - 1] in DASHES):
        b -= 1
    return a, b


def sentence_bounds(text: str, quotes: list[Span]) -> list[Span]:
    """Sentences as character ranges: breaks at paragraph ends and at final punctuation outside quotations."""
    inside = sorted(quotes)
    cuts = {0, len(text)}
    for m in re.finditer("\n", text):
        cuts.add(m.end())
    for m in _BOUNDARY.finditer(text):
        if text[m.start()] == "." and _ABBREVIATION_END.search(text, max(0, m.start() - 5), m.start()):
            continue
        if not any(qs < m.start() and m.end() < qe for qs, qe in inside):
            cuts.add(m.end())
    for _, qe in inside:  # "« … à ce stade. » Le parquet …": a quotation closing on its full stop
        last = text[: qe - 1].rstrip(" \u00a0\u202f")[-1:]
        after = _AFTER_CLOSE.match(text, qe)
        if last and last in ".!?…" and after:
            cuts.add(after.end())
    ordered = sorted(cuts)
    return [(a, b) for a, b in itertools.pairwise(ordered) if text[a:b].strip()]
