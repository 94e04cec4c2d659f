"""Build ``gold.jsonl`` and ``metadata.csv`` from the hand-written annotations in ``spec.py``.

    python blind/news2/make_gold.py [FOLDER] [--show]     # FOLDER: a set with its own spec.py (news3)

Quotes are located in reading order (each after the previous one's start; a quote given as parts has
each part after the one before); a speaker mention or cue is the occurrence nearest its quote, outside
it (or the nearest before it, written "he<"); a stance's evidence must occur exactly once. Every name,
alias, speaker, holder and topic target is checked against the article, and the result is read back
with the toolkit's strict gold loader. ``--show`` prints each quote with its mention and cue.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from pathlib import Path
from typing import Any

from llmextract.article import load_article
from llmextract.evaluation.gold import GoldActor, GoldArticle, GoldQuote, GoldStance, dump_gold, load_gold

FOLDERS = [Path(arg).resolve() for arg in sys.argv[1:] if not arg.startswith("--")]
HERE = FOLDERS[0] if FOLDERS else Path(__file__).resolve().parent
GOLD = HERE / "gold.jsonl"


def load_spec(folder: Path) -> dict[str, dict[str, Any]]:
    """The hand-written ``ARTICLES`` of the set in ``folder`` (its ``spec.py``)."""
    module_spec = importlib.util.spec_from_file_location("spec", folder / "spec.py")
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    articles: dict[str, dict[str, Any]] = module.ARTICLES
    return articles


ARTICLES = load_spec(HERE)
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " "})


def occurrences(norm: str, needle: str) -> list[tuple[int, int]]:
    left = r"\b" if needle[:1].isalnum() else ""
    right = r"\b" if needle[-1:].isalnum() else ""
    return [(m.start(), m.end()) for m in re.finditer(left + re.escape(needle) + right, norm)]


def nearest(norm: str, needle: str, parts: list[tuple[int, int]], where: str) -> tuple[int, int]:
    """The occurrence of ``needle`` nearest the quote and outside its parts ("he<": nearest before it)."""
    before_only = needle.endswith("<")
    needle = needle.removesuffix("<")
    start, end = parts[0][0], parts[-1][1]

    def outside(o: tuple[int, int]) -> bool:
        return not any(s < o[1] and o[0] < e for s, e in parts) and (o[1] <= start or not before_only)

    found = [o for o in occurrences(norm, needle) if outside(o)]
    if not found:
        raise SystemExit(f"{where}: {needle!r} not found outside the quote")
    return min(found, key=lambda o: (start - o[1]) if o[1] <= start else max(0, o[0] - end) + 0.5)


def locate(norm: str, qtext: str | tuple[str, ...], pos: int, where: str) -> list[tuple[int, int]]:
    parts = []
    for piece in (qtext,) if isinstance(qtext, str) else qtext:
        start = norm.find(piece, pos)
        if start < 0:
            raise SystemExit(f"{where}: {piece[:50]!r} not found after offset {pos}")
        parts.append((start, start + len(piece)))
        pos = start + len(piece)
    return parts


def build(article_id: str, entry: dict[str, Any]) -> GoldArticle:
    text = load_article(HERE / f"{article_id}.txt").text
    norm = text.translate(_SPACES)
    names = {a[0] for a in entry["actors"]}
    for name, _, aliases in entry["actors"]:
        for form in (name, *aliases):
            if not occurrences(norm, form):
                raise SystemExit(f"{article_id}: actor form {form!r} is not in the article")
    quotes, pos = [], 0
    for i, (qtext, speaker, mention, cue, kind) in enumerate(entry["quotes"]):
        where = f"{article_id} quotes[{i}]"
        parts = locate(norm, qtext, pos, where)
        start, end = parts[0][0], parts[-1][1]
        pos = start + 1
        if speaker is not None and speaker not in names:
            raise SystemExit(f"{where}: speaker {speaker!r} is not an actor")
        quotes.append(
            GoldQuote(
                start=start,
                end=end,
                text=text[start:end],
                kind=kind,
                speaker=speaker,
                speaker_spans=[nearest(norm, mention, parts, where)] if mention else [],
                cue=cue,
                cue_span=nearest(norm, cue, parts, where) if cue else None,
                parts=parts if len(parts) > 1 else [],
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
    return GoldArticle(
        id=article_id,
        text=text,
        title=text.split("\n", 1)[0],
        lang=entry["lang"],
        tasks=["quotes", "actors", "stances"],
        quotes=quotes,
        actors=[GoldActor(name=n, aliases=list(al), type=t) for n, t, al in entry["actors"]],
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
    with (HERE / "metadata.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["id", "lang"])
        writer.writerows((a.id, a.lang) for a in articles)
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
