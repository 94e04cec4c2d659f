"""Build ``gold.jsonl`` from the hand-written annotations in ``spec.py`` and the article files.

    python blind/answers/make_gold.py [SET] [--show]

Quotes are located in reading order (each after the previous one's start); a speaker mention or cue
is the occurrence nearest its quote, outside it (or the nearest before it, written "he<"); a stance's
evidence must occur exactly once. Every name, alias, speaker, holder and topic target is checked
against the article, and the result is read back with the toolkit's strict gold loader. ``--show``
prints each quote with its mention and cue in context, for review.
"""

from __future__ import annotations

import re
import sys

from set_folder import chosen

from llmextract.article import load_article
from llmextract.evaluation.gold import GoldActor, GoldArticle, GoldQuote, GoldStance, dump_gold, load_gold

HERE = chosen()

from spec import ARTICLES  # noqa: E402  (the chosen set's annotations)

GOLD = HERE / "gold.jsonl"
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


def searchable(text: str) -> str:
    """The text with no-break spaces as plain ones: one character for one, so offsets do not move."""
    return text.translate(_SPACES)


def occurrences(norm: str, needle: str) -> list[tuple[int, int]]:
    left = r"\b" if needle[:1].isalnum() else ""
    right = r"\b" if needle[-1:].isalnum() else ""
    return [(m.start(), m.end()) for m in re.finditer(left + re.escape(needle) + right, norm)]


def nearest(norm: str, needle: str, span: tuple[int, int], where: str) -> tuple[int, int]:
    """The occurrence of ``needle`` nearest the quote, outside it ("he<": the nearest before it)."""
    before_only = needle.endswith("<")
    needle = needle.removesuffix("<")
    found = [o for o in occurrences(norm, needle) if o[1] <= span[0] or (o[0] >= span[1] and not before_only)]
    if not found:
        raise SystemExit(f"{where}: {needle!r} not found outside the quote")
    return min(found, key=lambda o: (span[0] - o[1]) if o[1] <= span[0] else (o[0] - span[1]) + 0.5)


def build(article_id: str, entry: dict) -> GoldArticle:
    text = load_article(HERE / f"{article_id}.txt").text
    norm = searchable(text)
    names = {a[0] for a in entry["actors"]}
    for name, _, _, aliases, _ in entry["actors"]:
        for form in (name, *aliases):
            if not occurrences(norm, form):
                raise SystemExit(f"{article_id}: actor form {form!r} is not in the article")
    quotes, pos = [], 0
    for i, (qtext, speaker, mention, cue, kind) in enumerate(entry["quotes"]):
        where = f"{article_id} quotes[{i}]"
        start = norm.find(qtext, pos)
        if start < 0:
            raise SystemExit(f"{where}: {qtext[:50]!r} not found after offset {pos}")
        end, pos = start + len(qtext), start + 1
        if speaker is not None and speaker not in names:
            raise SystemExit(f"{where}: speaker {speaker!r} is not an actor")
        quotes.append(
            GoldQuote(
                start=start,
                end=end,
                text=text[start:end],
                kind=kind,
                speaker=speaker,
                speaker_spans=[nearest(norm, mention, (start, end), where)] if mention else [],
                cue=cue,
                cue_span=nearest(norm, cue, (start, end), where) if cue else None,
            )
        )
    stances = []
    for i, (holder, target, polarity, evidence) in enumerate(entry["stances"]):
        where = f"{article_id} stances[{i}]"
        if holder not in names:
            raise SystemExit(f"{where}: holder {holder!r} is not an actor")
        if target not in names and target not in norm:
            raise SystemExit(f"{where}: topic {target!r} is not in the article")
        if norm.count(evidence) != 1:
            raise SystemExit(f"{where}: evidence found {norm.count(evidence)} times: {evidence[:50]!r}")
        start = norm.find(evidence)
        stances.append(
            GoldStance(
                holder=holder, target=target, polarity=polarity, evidence=[(start, start + len(evidence))]
            )
        )
    actors = [GoldActor(name=n, aliases=list(al), type=t) for n, t, _, al, _ in entry["actors"]]
    return GoldArticle(
        id=article_id,
        text=text,
        lang=entry["lang"],
        tasks=["quotes", "actors", "stances"],
        quotes=quotes,
        actors=actors,
        stances=stances,
    )


def show(article: GoldArticle) -> None:
    t = article.text
    for q in article.quotes:
        m = q.speaker_spans[0] if q.speaker_spans else None
        c = q.cue_span
        print(
            f"{article.id}: {q.text[:40]!r} <- {q.speaker!r}"
            f" mention {t[m[0] : m[1]] if m else None!r}@{m[0] - q.start if m else ''}"
            f" cue {t[c[0] : c[1]] if c else None!r}@{c[0] - q.start if c else ''}"
        )


def main() -> int:
    articles = [build(article_id, entry) for article_id, entry in sorted(ARTICLES.items())]
    missing = {p.stem for p in HERE.glob("*.txt")} - set(ARTICLES)
    if missing:
        raise SystemExit(f"articles without annotations: {sorted(missing)}")
    dump_gold(articles, GOLD)
    loaded = load_gold(GOLD)
    if "--show" in sys.argv:
        for article in loaded:
            show(article)
    print(
        f"{len(loaded)} articles, {sum(len(a.quotes) for a in loaded)} quotes, "
        f"{sum(len(a.actors) for a in loaded)} actors, {sum(len(a.stances) for a in loaded)} stances"
        f" -> {GOLD.name}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
