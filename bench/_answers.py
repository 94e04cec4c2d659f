"""Whole answers for ``bench/grounding.py``: PolNeAR attributions as an LLM would return them, run
through ``assemble``, in reading order, shuffled, and with an invented person added.

Each training article's attributions (Source, Cue, Content, linked by an event line) become one
answer: a quote per Content (its text changed as ``variants`` changes it, one change drawn per
quote), spoken by the Source as written; an actor per Source that is a name (capitalised, not a
pronoun); a neutral stance per named Source with the Content as evidence. Variants:

* ``reading``: the answer in reading order;
* ``shuffled``: the same answer with its quotes, actors and stances shuffled;
* ``invented``: a person the article never names is listed as an actor, given one real quote and
  made the holder of a stance on it (as LLM answers were seen to do).

Figures: leaks (results in which the invented person appears as an actor, speaker, stance holder or
target; goal 0), actors without a mention (goal 0), and gold Content spans found exactly, in
reading order and shuffled (goal >= 98% in both), with how many quotes got the same span and
speaker in both orders.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from llmextract.article import Article
from llmextract.assembly.assemble import assemble
from llmextract.core.answer import LLMExtraction
from llmextract.schema import Extraction, Provenance

INVENTED = ("Karl Brenner", "Ilse Vandermolen", "Tobias Quarrington", "Marta Oyelaran", "Felix Duchesne")
_PRONOUNS = frozenset(
    [
        "i",
        "we",
        "you",
        "he",
        "she",
        "it",
        "they",
        "me",
        "us",
        "him",
        "her",
        "them",
        "who",
        "this",
        "that",
        "one",
    ]
)

Attribution = tuple[tuple[int, int], str | None, str | None]  # content span, source text, cue text


def read_attributions(split_dir: Path) -> list[tuple[str, str, list[Attribution]]]:
    """(article id, text, attributions) for each article with an annotation file (the first one)."""
    out = []
    for text_path in sorted((split_dir / "text").glob("*.txt")):
        stem = text_path.stem
        anns = sorted(
            p
            for p in (split_dir / "attributions").glob(f"{stem}_*.ann")
            if "_" not in p.stem[len(stem) + 1 :]
        )
        if not anns:
            continue
        text = text_path.read_text(encoding="utf-8")
        spans: dict[str, tuple[str, int, int]] = {}
        events: list[dict[str, str]] = []
        for line in anns[0].read_text(encoding="utf-8").splitlines():
            fields = line.split("\t")
            if fields[0].startswith("T") and len(fields) >= 2:
                label, _, ranges = fields[1].partition(" ")
                pairs = [tuple(int(x) for x in r.split()) for r in ranges.split(";")]
                spans[fields[0]] = (label, pairs[0][0], pairs[-1][1])
            elif fields[0].startswith("E") and len(fields) >= 2:
                events.append(dict(part.split(":", 1) for part in fields[1].split() if ":" in part))
        attributions: list[Attribution] = []
        for event in events:
            content = spans.get(event.get("Content", ""))
            if content is None or content[2] <= content[1]:
                continue
            source, cue = spans.get(event.get("Source", "")), spans.get(event.get("Cue", ""))
            attributions.append(
                (
                    (content[1], content[2]),
                    " ".join(text[source[1] : source[2]].split()) if source else None,
                    " ".join(text[cue[1] : cue[2]].split()) if cue else None,
                )
            )
        out.append((stem, text, sorted(attributions, key=lambda a: a[0])))
    return out


def _is_name(source: str | None) -> bool:
    words = (source or "").split()
    return bool(words) and words[0][:1].isupper() and words[0].casefold() not in _PRONOUNS


def build_answer(
    text: str,
    attributions: list[Attribution],
    rng: random.Random,
    change: Callable[[str, random.Random], list[tuple[str, str]]],
) -> dict[str, list[dict[str, Any]]]:
    quotes, actors, stances = [], [], []
    for (start, end), source, cue in attributions:
        snippet = rng.choice(change(text[start:end], rng))[1]
        kind = "direct" if text[start] in "\"“'‘" else "indirect"
        quotes.append({"text": snippet, "speaker": source, "cue": cue, "kind": kind})
        if _is_name(source):
            actors.append({"name": source, "type": "person"})
            stances.append(
                {"holder": source, "target": "the matter", "polarity": "neutral", "evidence": text[start:end]}
            )
    unique = list({a["name"]: a for a in actors}.values())
    return {"actors": unique, "quotes": quotes, "stances": stances}


def _invent(text: str, answer: dict[str, list[dict[str, Any]]], rng: random.Random) -> str | None:
    """Add an invented person to ``answer`` (actor, one real quote, a stance); their name."""
    folded = text.casefold()
    names = [n for n in INVENTED if not any(w.casefold() in folded for w in n.split())]
    if not names or not answer["quotes"]:
        return None
    name = rng.choice(names)
    quote = rng.choice(answer["quotes"])
    quote["speaker"] = name
    answer["actors"].append({"name": name, "type": "person", "role": "adviser"})
    answer["stances"].append(
        {"holder": name, "target": "the plan", "polarity": "support", "evidence": quote["text"]}
    )
    return name


def _shuffle(answer: dict[str, list[dict[str, Any]]], rng: random.Random) -> dict[str, list[dict[str, Any]]]:
    out = {k: list(v) for k, v in answer.items()}
    for items in out.values():
        rng.shuffle(items)
    return out


def _leaks(result: Extraction, name: str) -> bool:
    surname = name.split()[-1].casefold()
    said = [a.name for a in result.actors] + [x for a in result.actors for x in a.aliases]
    said += [q.speaker or "" for q in result.quotes]
    said += [s.holder for s in result.stances] + [s.target for s in result.stances]
    return any(surname in x.casefold() for x in said)


def run_answers(
    articles: list[tuple[str, str, list[Attribution]]],
    change: Callable[[str, random.Random], list[tuple[str, str]]],
    seed: int,
) -> dict[str, float]:
    rng = random.Random(seed)
    provenance = Provenance(model="bench", toolkit_version="0")
    c: Counter[str] = Counter()
    for article_id, text, attributions in articles:
        if not attributions:
            continue
        article = Article(text=text, id=article_id)
        answer = build_answer(text, attributions, rng, change)
        gold = {span for span, _, _ in attributions}
        reading = assemble(article, LLMExtraction.model_validate(answer), provenance)
        shuffled = assemble(article, LLMExtraction.model_validate(_shuffle(answer, rng)), provenance)
        invented_answer = {k: [dict(x) for x in v] for k, v in answer.items()}
        name = _invent(text, invented_answer, rng)
        c["gold"] += len(gold)
        for label, result in (("reading", reading), ("shuffled", shuffled)):
            c[f"exact_{label}"] += len(gold & {(q.start, q.end) for q in result.quotes})
        same = {(q.start, q.end, q.speaker, q.speaker_id) for q in reading.quotes}
        c["quotes_reading"] += len(reading.quotes)
        c["same_in_both"] += sum((q.start, q.end, q.speaker, q.speaker_id) in same for q in shuffled.quotes)
        results = [reading, shuffled]
        if name is not None:
            invented = assemble(
                article, LLMExtraction.model_validate(_shuffle(invented_answer, rng)), provenance
            )
            c["invented_articles"] += 1
            c["leaks"] += _leaks(invented, name)
            results.append(invented)
        for result in results:
            c["actors"] += len(result.actors)
            c["actors_without_mention"] += sum(not a.mentions for a in result.actors)
    gold_n = max(c["gold"], 1)
    figures = {
        "answers_gold_spans": c["gold"],
        "exact_reading_order": round(c["exact_reading"] / gold_n, 5),
        "exact_shuffled": round(c["exact_shuffled"] / gold_n, 5),
        "same_span_and_speaker_both_orders": round(c["same_in_both"] / max(c["quotes_reading"], 1), 4),
        "invented_articles": c["invented_articles"],
        "leaks": c["leaks"],
        "actors": c["actors"],
        "actors_without_mention": c["actors_without_mention"],
    }
    print(
        f"answers: {c['gold']} gold spans; exact in reading order {figures['exact_reading_order']:.3%},"
        f" shuffled {figures['exact_shuffled']:.3%} (goal >= 98%); same span and speaker in both orders:"
        f" {figures['same_span_and_speaker_both_orders']:.2%}"
    )
    print(
        f"invented persons: {c['invented_articles']} articles, leaks {c['leaks']} (goal 0);"
        f" actors without a mention: {c['actors_without_mention']} of {c['actors']} (goal 0)"
    )
    return figures
