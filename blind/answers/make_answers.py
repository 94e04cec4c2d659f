"""Derive the LLM-style answers of every article from its gold, seeded, one JSONL file per style.

    python blind/answers/make_answers.py [SET]

Each line is ``{"id", "answer"}`` (plus ``changes`` or ``invented``), ``answer`` in the LLM schema
of ``extraction@v3`` (LLM schema v2: every field present, nullable where optional). Styles:

* ``faithful``: quote texts and evidence sentences exactly as the article has them, actors under the
  article's names; a speaker is given as the article names them there when that is one of the actor's
  names ("Castellanos"), else by the actor's name;
* ``canonical``: the same, but every actor, speaker, holder and actor target under the name models
  like to write (``spec.py``: "Republican Party" for "Republicans", "United States Department of
  Justice" for "the Justice Department", full names for surnames), with the article's other names kept
  as aliases for half of the actors (seeded) and none for the rest;
* ``perturbed``: faithful, with each quote text and each evidence sentence miscopied in one way
  (``perturb.py``; the least used applicable kind first, ties drawn); ``changes`` lists the kind of
  each gold quote and stance, in gold order;
* ``shuffled``: faithful, with actors, quotes and stances each in a seeded random order;
* ``invented``: faithful plus persons and an organisation the article never names: a namesake (a real
  person's surname with another first name, "Maria Whitcombe" beside "Dale Whitcombe", given the
  surname as ``speaker_mention``), a stranger, and an organisation. Each takes over one real quote as
  its speaker and holds a stance on a real target with a real evidence sentence; a real holder also
  takes a stance on the invented organisation. ``invented`` lists the names.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from typing import Any

from perturb import EVIDENCE_KINDS, QUOTE_KINDS
from set_folder import chosen

from llmextract.evaluation.gold import GoldArticle, load_gold

HERE = chosen()

from spec import ARTICLES  # noqa: E402  (the chosen set's annotations)

OUT = HERE / "answers"
SEED = 20261207
STYLES = ("faithful", "canonical", "perturbed", "shuffled", "invented")

FIRST_NAMES = {
    "en": ["Maria", "Daniel", "Ingrid", "Paul", "Sofia", "Victor"],
    "fr": ["Maria", "Pierre", "Sophie", "Antoine"],
    "de": ["Maria", "Stefan", "Heike", "Jürgen"],
    "es": ["Maria", "Pilar", "Javier", "Carmen"],
}
STRANGERS = {
    "en": ["Theodore Quilliam", "Marguerite Oyelowo", "Bastian Krogh", "Leontine Farrow"],
    "fr": ["Gaspard Lemercier", "Solène Abadie"],
    "de": ["Friedhelm Uhlig", "Annegret Wachtel"],
    "es": ["Eusebio Carranza", "Remedios Villalta"],
}
ORGANISATIONS = {
    "en": [
        "Department of Fisheries",
        "Harbour Pilots Association",
        "Institute for Civic Renewal",
        "Veterans Affairs Committee",
        "Consumer Shield Federation",
    ],
    "fr": ["ministère de la Pêche", "Fédération des pilotes portuaires", "Parti des travailleurs ruraux"],
    "de": ["Bundesministerium für Fischerei", "Verband der Hafenlotsen", "Bündnis Landgrün"],
    "es": ["Ministerio de Pesca", "Federación de Pilotos Portuarios", "Partido Verde Rural"],
}
GENERIC = frozenset(
    [
        "department",
        "of",
        "the",
        "for",
        "association",
        "institute",
        "committee",
        "federation",
        "ministry",
        "ministère",
        "de",
        "la",
        "des",
        "fédération",
        "parti",
        "bundesministerium",
        "für",
        "verband",
        "der",
        "ministerio",
        "federación",
        "partido",
    ]
)
_WORD = re.compile(r"\w+")


def words_of(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


class Article:
    """One article's gold and hand-written extras, and the faithful answer built from them."""

    def __init__(self, gold: GoldArticle, entry: dict[str, Any]) -> None:
        self.gold, self.id, self.lang, self.text = gold, gold.id, entry["lang"], gold.text
        self.entries = entry["actors"]
        self.canonical = {name: canonical or name for name, _, _, _, canonical in self.entries}
        self.names = {name: {name, *aliases} for name, _, _, aliases, _ in self.entries}
        self.mentions = [m.removesuffix("<") if m else None for _, _, m, _, _ in entry["quotes"]]

    def faithful(self) -> dict[str, list[dict[str, Any]]]:
        actors = [
            {"name": name, "type": kind, "role": role, "aliases": list(aliases)}
            for name, kind, role, aliases, _ in self.entries
        ]
        quotes = []
        for q, mention in zip(self.gold.quotes, self.mentions, strict=True):
            speaker = q.speaker
            if speaker is not None and mention in self.names[speaker]:
                speaker = mention
            quotes.append(
                {"text": q.text, "speaker": speaker, "speaker_mention": mention, "cue": q.cue, "kind": q.kind}
            )
        stances = [
            {
                "holder": s.holder,
                "target": s.target,
                "polarity": s.polarity,
                "evidence": self.text[s.evidence[0][0] : s.evidence[0][1]],
            }
            for s in self.gold.stances
        ]
        return {"actors": actors, "quotes": quotes, "stances": stances}

    def actor_of(self, name: str) -> str | None:
        return next((actor for actor, forms in self.names.items() if name in forms), None)


def canonical(article: Article, rng: random.Random) -> dict[str, Any]:
    answer = article.faithful()
    for actor in answer["actors"]:
        name = actor["name"]
        actor["name"] = article.canonical[name]
        forms = sorted(article.names[name] - {actor["name"]})
        actor["aliases"] = forms if rng.random() < 0.5 else []
    for q in answer["quotes"]:
        if q["speaker"] is not None:
            q["speaker"] = article.canonical[article.actor_of(q["speaker"]) or q["speaker"]]
    for s in answer["stances"]:
        s["holder"] = article.canonical[s["holder"]]
        if s["target"] in article.canonical:
            s["target"] = article.canonical[s["target"]]
    return {"answer": answer}


def _pick(applicable: dict[str, str], used: Counter[str], rng: random.Random) -> str:
    least = min(used[k] for k in applicable)
    kind = rng.choice(sorted(k for k in applicable if used[k] == least))
    used[kind] += 1
    return kind


def perturbed(article: Article, rng: random.Random, used: Counter[str]) -> dict[str, Any]:
    answer = article.faithful()
    changes: dict[str, list[str | None]] = {"quotes": [], "stances": []}
    for q, gold in zip(answer["quotes"], article.gold.quotes, strict=True):
        span = (gold.start, gold.end)
        options = {k: f(q["text"], article.text, span, article.lang, rng) for k, f in QUOTE_KINDS.items()}
        applicable = {k: v for k, v in options.items() if v is not None and v != q["text"]}
        kind = _pick(applicable, used, rng) if applicable else None
        q["text"] = applicable[kind] if kind else q["text"]
        changes["quotes"].append(kind)
    texts = [q.text for q in article.gold.quotes]
    for s, gold in zip(answer["stances"], article.gold.stances, strict=True):
        options = {
            k: f(s["evidence"], article.text, gold.evidence[0], texts) for k, f in EVIDENCE_KINDS.items()
        }
        applicable = {k: v for k, v in options.items() if v is not None and v != s["evidence"]}
        kind = _pick(applicable, used, rng) if applicable else None
        s["evidence"] = applicable[kind] if kind else s["evidence"]
        changes["stances"].append(kind)
    return {"answer": answer, "changes": changes}


def shuffled(article: Article, rng: random.Random) -> dict[str, Any]:
    answer = article.faithful()
    for items in answer.values():
        rng.shuffle(items)
    return {"answer": answer}


def invented(article: Article, rng: random.Random) -> dict[str, Any]:
    answer = article.faithful()
    present = words_of(article.text)
    people = [a for a in answer["actors"] if a["type"] == "person" and len(a["name"].split()) >= 2]
    spoken = {q["speaker"] and article.actor_of(q["speaker"]) for q in answer["quotes"]}
    real = rng.choice([a for a in people if a["name"] in spoken] or people)
    first = rng.choice([f for f in FIRST_NAMES[article.lang] if f.casefold() not in present])
    surname = real["name"].split(" ", 1)[1]
    namesake = f"{first} {surname}"
    stranger = rng.choice([n for n in STRANGERS[article.lang] if not words_of(n) & present])
    organisation = rng.choice(
        [o for o in ORGANISATIONS[article.lang] if not (words_of(o) - GENERIC) & present]
    )
    taken: set[int] = set()

    def steal(who: str, mention: str | None, prefer: str | None = None) -> None:
        free = [i for i, q in enumerate(answer["quotes"]) if q["speaker"] is not None and i not in taken]
        own = [i for i in free if article.actor_of(answer["quotes"][i]["speaker"]) == prefer]
        i = rng.choice(own or free)
        taken.add(i)
        answer["quotes"][i].update(speaker=who, speaker_mention=mention)

    steal(namesake, surname.split()[-1], prefer=real["name"])
    steal(stranger, None)
    steal(organisation, None)
    new_actors = [
        {"name": namesake, "type": "person", "role": real["role"], "aliases": []},
        {"name": stranger, "type": "person", "role": "adviser", "aliases": []},
        {"name": organisation, "type": "organization", "role": None, "aliases": []},
    ]
    for actor in new_actors:
        answer["actors"].insert(rng.randrange(len(answer["actors"]) + 1), actor)
    real_stances = [s for s in answer["stances"] if s["holder"] != real["name"]] or answer["stances"]
    for holder in (namesake, stranger, organisation):
        model = rng.choice(real_stances)
        answer["stances"].append({**model, "holder": holder})
    model = rng.choice(answer["stances"][: len(article.gold.stances)])
    answer["stances"].append({**model, "target": organisation, "polarity": "oppose"})
    return {"answer": answer, "invented": {"persons": [namesake, stranger], "organizations": [organisation]}}


def build() -> dict[str, list[dict[str, Any]]]:
    articles = [Article(gold, ARTICLES[gold.id]) for gold in load_gold(HERE / "gold.jsonl")]
    used: Counter[str] = Counter()
    lines: dict[str, list[dict[str, Any]]] = {style: [] for style in STYLES}
    for article in articles:
        rng = {style: random.Random(f"{SEED}:{style}:{article.id}") for style in STYLES}
        lines["faithful"].append({"answer": article.faithful()})
        lines["canonical"].append(canonical(article, rng["canonical"]))
        lines["perturbed"].append(perturbed(article, rng["perturbed"], used))
        lines["shuffled"].append(shuffled(article, rng["shuffled"]))
        lines["invented"].append(invented(article, rng["invented"]))
        for style in STYLES:
            lines[style][-1] = {"id": article.id, **lines[style][-1]}
    return lines


def main() -> int:
    OUT.mkdir(exist_ok=True)
    for style, rows in build().items():
        with (OUT / f"{style}.jsonl").open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{style}: {len(rows)} answers -> answers/{style}.jsonl")
    return 0


if __name__ == "__main__":
    sys.exit(main())
