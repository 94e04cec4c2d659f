"""A linking set of our own: 44 invented short articles and the person each local actor is.

Written before the linking rules were tuned, as results a model (or the offline rules, with their
noisy names) might give: a family of one surname (the Trumps), a couple (the Okafors), a political
family (Bill, Hillary and Chelsea Clinton), two men named John Smith, a father and son (Harold
Vance Sr. and Jr.), a company named after its founder (Calloway Foods), organisations named with a
person's surname (the Trump campaign), names with titles, party labels, possessives and headline
words glued on. Every sentence is invented. ``python tests/corpus/linking_set.py`` prints the
pairwise precision and recall of the corpus linker's merges on it.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

from llmextract.article import text_sha256
from llmextract.corpus import build
from llmextract.schema import Extraction


class A(NamedTuple):
    """One local actor: its gold person, its name, type, aliases and role as a model gave them."""

    gold: str
    name: str
    type: str = "person"
    aliases: Sequence[str] = ()
    role: str | None = None


ARTICLES: list[tuple[str, str, list[A]]] = [
    ("t01", "Donald Trump said on Monday that the rally would go ahead. Trump spoke in Ohio.",
     [A("donald-trump", "Donald Trump", aliases=["Trump"])]),
    ("t02", "Republican nominee Donald Trump attacked the press. Mr. Trump said reporters were unfair.",
     [A("donald-trump", "Republican nominee Donald Trump", aliases=["Mr. Trump"])]),
    ("t03", "Struggling Donald Trump Seeks Reset\n\nThe campaign of Donald J. Trump hired a manager. "
     "The Trump campaign said the hire was overdue.",
     [A("donald-trump", "Struggling Donald Trump"), A("donald-trump", "Donald J. Trump"),
      A("trump-campaign", "Trump campaign")]),
    ("t04", "Donald Trump Claims Victory\n\nDonald Trump Jr. told supporters his father had won. "
     "Trump Jr. spoke at a diner.",
     [A("donald-trump", "Donald Trump Claims"),
      A("donald-trump-jr", "Donald Trump Jr.", aliases=["Trump Jr."])]),
    ("t05", "Trump Jr. Opens Hunting Lodge\n\nTrump Jr said the lodge would open in May.",
     [A("donald-trump-jr", "Trump Jr.", aliases=["Trump Jr"])]),
    ("t06", "Ivanka Trump visited a factory. Ms. Trump praised the workers.",
     [A("ivanka-trump", "Ivanka Trump", aliases=["Ms. Trump"])]),
    ("t07", "Eric Trump and Ivanka Trump toured the site. Eric Trump said the tower would be finished.",
     [A("eric-trump", "Eric Trump"), A("ivanka-trump", "Ivanka Trump")]),
    ("t08", "President Trump signed the order. Trump said it was overdue.",
     [A("donald-trump", "President Trump", aliases=["Trump"])]),
    ("t09", "President Donald Trump met the governors on Tuesday.",
     [A("donald-trump", "Donald Trump", role="President")]),
    ("t10", "Mr. Trump's lawyers filed a motion. Mr. Trump was not in court.",
     [A("donald-trump", "Mr. Trump's", aliases=["Mr. Trump"])]),
    ("t11", "Trump Organization Posts Profit\n\nThe Trump Organization said revenue rose.",
     [A("trump-org", "Trump Organization", "organization")]),
    ("t12", "Hillary Clinton said the plan would lower costs. Clinton spoke in Iowa.",
     [A("hillary-clinton", "Hillary Clinton", aliases=["Clinton"])]),
    ("t13", "Democrat Hillary Clinton won the primary. Mrs. Clinton thanked volunteers.",
     [A("hillary-clinton", "Democrat Hillary Clinton", aliases=["Mrs. Clinton"])]),
    ("t14", "Hammering Hillary Clinton Over Emails\n\nSen. Ted Cruz criticised Hillary Rodham Clinton.",
     [A("hillary-clinton", "Hammering Hillary Clinton"), A("hillary-clinton", "Hillary Rodham Clinton"),
      A("ted-cruz", "Ted Cruz", role="Sen.")]),
    ("t15", "Hillary Clinton Said to Weigh Visit\n\nFormer Secretary of State Hillary Clinton may "
     "go to Asia.",
     [A("hillary-clinton", "Hillary Clinton Said"),
      A("hillary-clinton", "Former Secretary of State Hillary Clinton")]),
    ("t16", "Former President Bill Clinton said the Clinton Foundation would grow.",
     [A("bill-clinton", "Bill Clinton", role="Former President"),
      A("clinton-foundation", "Clinton Foundation", "organization")]),
    ("t17", "President Clinton recalled his first term at the dinner.",
     [A("bill-clinton", "President Clinton")]),
    ("t18", "Mrs. Clinton told reporters she would campaign in Ohio.",
     [A("hillary-clinton", "Mrs. Clinton")]),
    ("t19", "Chelsea Clinton read to children at the library.",
     [A("chelsea-clinton", "Chelsea Clinton")]),
    ("t20", "Clinton Foundation Expands\n\nThe Clinton Foundation opened an office in Nairobi.",
     [A("clinton-foundation", "Clinton Foundation", "organization")]),
    ("t21", "Clinton said on Friday that the talks had failed.",
     [A("hillary-clinton", "Clinton")]),
    ("t22", "Coach John Smith said the Harbor City Hawks would win on Saturday.",
     [A("john-smith-coach", "John Smith", role="Coach"),
      A("hawks", "Harbor City Hawks", "organization", aliases=["Hawks"])]),
    ("t23", "Mayor John Smith of Millbrook opened the bridge.",
     [A("john-smith-mayor", "John Smith", role="Mayor")]),
    ("t24", "Mayor John Smith shook hands with the Hawks coach, also named John Smith, at the gala.",
     [A("john-smith-mayor", "John Smith", role="Mayor"), A("john-smith-coach", "John Smith", role="coach"),
      A("hawks", "Hawks", "organization")]),
    ("t25", "John Smith, the Hawks coach, praised his defenders.",
     [A("john-smith-coach", "John Smith", role="the Hawks coach"), A("hawks", "Hawks", "organization")]),
    ("t26", "Millbrook mayor John Smith proposed a new budget.",
     [A("john-smith-mayor", "John Smith", role="Millbrook mayor")]),
    ("t27", "Harold Vance Sr., the former governor, endorsed his son. Harold Vance Jr. thanked him.",
     [A("vance-sr", "Harold Vance Sr.", role="former governor"), A("vance-jr", "Harold Vance Jr.")]),
    ("t28", "Former Gov. Harold Vance said the state budget was a mess.",
     [A("vance-sr", "Harold Vance", role="Former Gov.")]),
    ("t29", "Sen. Harold Vance, Jr. filed a bill on water rights.",
     [A("vance-jr", "Harold Vance, Jr.", role="Sen.")]),
    ("t30", "Vance Jr. Wins Primary\n\nHarold R. Vance Jr. won the Senate primary.",
     [A("vance-jr", "Harold R. Vance Jr.", aliases=["Vance Jr."])]),
    ("t31", "Gov. Vance recalled the flood of 1998.",
     [A("vance-sr", "Vance", role="Gov.")]),
    ("t32", "Senator Vance voted against the bill.",
     [A("vance-jr", "Vance", role="Senator")]),
    ("t33", "Harold Vance Sr. spoke at a church supper.",
     [A("vance-sr", "Harold Vance Sr.")]),
    ("t34", "Ruth Calloway founded Calloway Foods in 1985. Calloway Foods now employs 900 people.",
     [A("ruth-calloway", "Ruth Calloway", role="founder"),
      A("calloway-foods", "Calloway Foods", "organization")]),
    ("t35", "Calloway Shares Slide\n\nCalloway said quarterly sales fell.",
     [A("calloway-foods", "Calloway", "organization")]),
    ("t36", "Calloway Foods named a new chief executive. Ruth Calloway, its founder, will stay on the board.",
     [A("calloway-foods", "Calloway Foods", "organization"),
      A("ruth-calloway", "Ruth Calloway", role="founder")]),
    ("t37", "Ms. Calloway said she had no plans to retire.",
     [A("ruth-calloway", "Calloway")]),
    ("t38", "Sen. Nina Okafor and her husband, Mayor Tunde Okafor, voted early.",
     [A("nina-okafor", "Nina Okafor", role="Sen."), A("tunde-okafor", "Tunde Okafor", role="Mayor")]),
    ("t39", "Mayor Okafor said the library would reopen.",
     [A("tunde-okafor", "Okafor", role="Mayor")]),
    ("t40", "Ms. Okafor said the Senate would vote next week.",
     [A("nina-okafor", "Okafor")]),
    ("t41", "Nina Okafor spoke at the rally. Ms. Okafor promised lower fares.",
     [A("nina-okafor", "Nina Okafor", aliases=["Ms. Okafor"])]),
    ("t42", "Okafor Campaign Buys Airtime\n\nThe Okafor campaign bought airtime in the capital.",
     [A("okafor-campaign", "Okafor campaign", "organization")]),
    ("t43", "Tunde Okafor's office said the roads would be repaved. Mr. Okafor spoke briefly.",
     [A("tunde-okafor", "Tunde Okafor's", aliases=["Mr. Okafor"])]),
    ("t44", "Democrat Nina Okafor Says Fares Will Fall\n\nThe senator said so in a letter.",
     [A("nina-okafor", "Democrat Nina Okafor Says")]),
]  # fmt: skip


def _mentions(text: str, names: Sequence[str], nth: int | None = None) -> list[dict[str, int]]:
    """Where the names are in the text; ``nth``: only that occurrence of the name (namesakes)."""
    spans: list[tuple[int, int]] = []
    for name in names:
        start = text.find(name)
        while start >= 0:
            spans.append((start, start + len(name)))
            start = text.find(name, start + 1)
    if nth is not None:
        spans = [sorted(spans)[nth]]
    return [{"start": a, "end": b} for a, b in sorted(set(spans))]


def extraction(article_id: str, text: str, actors: Sequence[A]) -> Extraction:
    """The article as a result: its actors, their mentions where their names are in the text (the
    k-th of two actors with one name gets its k-th occurrence)."""
    same = Counter(a.name for a in actors)
    seen: Counter[str] = Counter()
    nth: list[int | None] = []
    for a in actors:
        nth.append(seen[a.name] if same[a.name] > 1 else None)
        seen[a.name] += 1
    return Extraction.model_validate(
        {
            "article": {"id": article_id, "title": text.split("\n")[0][:60], "sha256": text_sha256(text),
                        "chars": len(text), "text": text, "metadata": {"date": "2024-05-01"}},
            "actors": [
                {"id": f"a{n}", "name": a.name, "type": a.type, "aliases": list(a.aliases), "role": a.role,
                 "mentions": _mentions(text, [a.name, *a.aliases], nth[n - 1])}
                for n, a in enumerate(actors, 1)
            ],
            "quotes": [],
            "stances": [],
            "provenance": {"model": "hand-written", "toolkit_version": "0.1.0"},
        }
    )  # fmt: skip


def write_set(path: Path, articles: Sequence[tuple[str, str, list[A]]] = ARTICLES) -> Path:
    lines = [extraction(*article).model_dump_json() for article in articles]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def gold_and_linked(results: Path) -> list[tuple[str, str]]:
    """(gold person, corpus id) for every local actor of the set."""
    tables = build([results])
    corpus = {(r["article_id"], r["local_id"]): r["actor_id"] for r in tables.article_actors.to_pylist()}
    return [(a.gold, corpus[(aid, f"a{n}")]) for aid, _, actors in ARTICLES for n, a in enumerate(actors, 1)]


def _pairs(counts: Counter[Any]) -> int:
    return sum(n * (n - 1) // 2 for n in counts.values())


def pairwise(pairs: list[tuple[str, str]]) -> tuple[float, float]:
    """Precision and recall of the merges over all pairs of local actors."""
    both = _pairs(Counter(pairs))
    linked, gold = _pairs(Counter(c for _, c in pairs)), _pairs(Counter(g for g, _ in pairs))
    return both / linked if linked else 1.0, both / gold if gold else 1.0


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        pairs = gold_and_linked(write_set(Path(tmp) / "set.jsonl"))
    precision, recall = pairwise(pairs)
    actors = len({c for _, c in pairs})
    print(f"{len(ARTICLES)} articles, {len(pairs)} local actors, {len({g for g, _ in pairs})} gold actors, "
          f"{actors} corpus actors")  # fmt: skip
    print(json.dumps({"precision": round(precision, 4), "recall": round(recall, 4), "corpus_actors": actors}))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    main()
