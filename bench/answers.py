"""The blind answers set through the toolkit's real LLM path, offline: how much true survives, how
much invented leaves.

    python bench/answers.py [SET]      # SET: blind/answers (default), blind/answers2 or blind/answers3

``blind/answers`` holds 22 invented articles, their gold and, per style, the answer a capable model
would give (``blind/answers/make_answers.py``: faithful, canonical names, perturbed quote texts and
evidence, shuffled, invented persons and organisations). A fake OpenAI-compatible server on loopback
(``tests/fake_openai.py``) answers each article with the committed answer of the style, and
``llmextract.Extractor`` (model, base URL, ``extraction@v3``, no cache) extracts every article
through it: request, structured-output parsing, grounding, actor resolution, assembly.

Per style: invented persons (and organisations) that leave, as actor, alias, quote speaker, stance
holder or target (goal 0); true stances kept with their holder and target, polarity equal and
evidence on the gold sentence (goal >= 95%); evidence exactly the gold sentence, of those kept (goal
>= 90%); gold quote spans found exactly (goal >= 98%); gold actors kept under any of their names
(gold name, aliases, the canonical name); gold speakers kept on their quote (extra). For
``perturbed``, exact quote spans and evidence per kind of change. Last line: one JSON object.
``blind/answers2`` (11 English articles, written later, same layout and scripts) and
``blind/answers3`` (12 English articles, attributions after the quote in many shapes) are measured
the same way when their folder is given.

The set is for measuring, never for tuning: its first score is in ``blind/README.md``.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from typing import Any

from _common import ROOT
from fake_openai import FakeServer

from llmextract.article import Article
from llmextract.evaluation.gold import GoldArticle, load_gold
from llmextract.evaluation.matching import normalize_name
from llmextract.pipeline import Extractor
from llmextract.schema import Extraction

SET = (ROOT / sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "blind" / "answers"
STYLES = ("faithful", "canonical", "perturbed", "shuffled", "invented")
PROMPT = "extraction@v3"
MODEL = "blind-answers-model"
sys.path.insert(0, str(SET))
from spec import ARTICLES  # noqa: E402  (the canonical names live beside the gold)


def read_style(style: str) -> dict[str, dict[str, Any]]:
    lines = (SET / "answers" / f"{style}.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["id"]: row for row in map(json.loads, lines)}


def run_style(gold: list[GoldArticle], rows: dict[str, dict[str, Any]]) -> dict[str, Extraction]:
    """Every article extracted through a fake server answering the style's committed answers."""
    by_text = {a.text.strip(): rows[a.id]["answer"] for a in gold}

    def answer(text: str) -> dict[str, Any]:
        return by_text[text.strip()]

    with FakeServer(answer=answer) as server:
        extractor = Extractor(
            MODEL, base_url=server.base_url, api_key="placeholder-key-for-bench", prompt=PROMPT, cache=False
        )
        try:
            return {a.id: extractor.extract(Article(text=a.text, id=a.id)) for a in gold}
        finally:
            extractor.close()


class Identities:
    """Which gold actors a result actor is, by any of their names (gold name, aliases, canonical)."""

    def __init__(self, article: GoldArticle) -> None:
        canonical = {name: c for name, _, _, _, c in ARTICLES[article.id]["actors"] if c}
        self.names = {
            a.name: {normalize_name(n) for n in [a.name, *a.aliases, canonical.get(a.name, a.name)]}
            for a in article.actors
        }

    def of(self, names: list[str]) -> set[str]:
        wanted = {normalize_name(n) for n in names}
        return {gold for gold, forms in self.names.items() if forms & wanted}


def score_article(
    article: GoldArticle, result: Extraction, c: Counter[str], kinds: dict[str, Any] | None
) -> None:
    ids = Identities(article)
    actors = {a.id: ids.of([a.name, *a.aliases]) for a in result.actors}
    c["actors_gold"] += len(article.actors)
    kept = set().union(*actors.values()) if actors else set()
    c["actors_kept"] += sum(a.name in kept for a in article.actors)

    spans = {(q.start, q.end): q for q in result.quotes}
    quote_kinds = (kinds or {}).get("quotes") or [None] * len(article.quotes)
    for gq, kind in zip(article.quotes, quote_kinds, strict=True):
        c["quotes_gold"] += 1
        found = spans.get((gq.start, gq.end))
        c["quotes_exact"] += found is not None
        if kind:
            c[f"kind_n:{kind}"] += 1
            c[f"kind_exact:{kind}"] += found is not None
        if gq.speaker is not None:
            c["speakers_gold"] += 1
            near = found or next((q for q in result.quotes if q.start < gq.end and gq.start < q.end), None)
            c["speakers_kept"] += near is not None and gq.speaker in actors.get(near.speaker_id or "", set())

    stance_kinds = (kinds or {}).get("stances") or [None] * len(article.stances)
    for gs, kind in zip(article.stances, stance_kinds, strict=True):
        c["stances_gold"] += 1
        (g0, g1) = gs.evidence[0]
        match = None
        for s in result.stances:
            if s.polarity != gs.polarity or gs.holder not in actors.get(s.holder_id, set()):
                continue
            if gs.target in ids.names:
                if gs.target not in actors.get(s.target_id or "", set()):
                    continue
            elif normalize_name(s.target) != normalize_name(gs.target):
                continue
            if any(e.start < g1 and g0 < e.end for e in s.evidence):
                match = s
                exact = any((e.start, e.end) == (g0, g1) for e in s.evidence)
                if exact:
                    break
        c["stances_kept"] += match is not None
        c["evidence_exact"] += match is not None and exact
        if kind:
            c[f"ev_n:{kind}"] += 1
            c[f"ev_exact:{kind}"] += match is not None and exact


def leaks(result: Extraction, names: list[str]) -> int:
    """How many of ``names`` the result still carries anywhere a name goes."""
    said = [a.name for a in result.actors] + [x for a in result.actors for x in a.aliases]
    said += [q.speaker or "" for q in result.quotes]
    said += [s.holder for s in result.stances] + [s.target for s in result.stances]
    found = {normalize_name(x) for x in said}
    return sum(normalize_name(n) in found for n in names)


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def figures_of(c: Counter[str]) -> dict[str, Any]:
    return {
        "true_stances_kept": ratio(c["stances_kept"], c["stances_gold"]),
        "stance_evidence_exact": ratio(c["evidence_exact"], c["stances_kept"]),
        "quote_spans_exact": ratio(c["quotes_exact"], c["quotes_gold"]),
        "true_actors_kept": ratio(c["actors_kept"], c["actors_gold"]),
        "true_speakers_kept": ratio(c["speakers_kept"], c["speakers_gold"]),
    }


def main() -> int:
    gold = load_gold(SET / "gold.jsonl")
    out: dict[str, Any] = {"set": SET.name, "articles": len(gold), "prompt": PROMPT}
    by_kind: dict[str, dict[str, float | None]] = {}
    print(
        f"{len(gold)} articles, {sum(len(a.quotes) for a in gold)} gold quotes, "
        f"{sum(len(a.stances) for a in gold)} gold stances, {sum(len(a.actors) for a in gold)} gold actors"
    )
    print(
        f"{'style':10} {'inv. persons left':>17} {'stances kept':>12} {'evidence exact':>14}"
        f" {'quotes exact':>12} {'actors kept':>11} {'speakers':>9}"
    )
    for style in STYLES:
        rows = read_style(style)
        results = run_style(gold, rows)
        c: Counter[str] = Counter()
        dropped: Counter[str] = Counter()
        for article in gold:
            result, row = results[article.id], rows[article.id]
            assert result.provenance.prompt is not None and result.provenance.prompt.version == 3
            score_article(article, result, c, row.get("changes"))
            invented = row.get("invented")
            if invented:
                c["invented_persons"] += len(invented["persons"])
                c["invented_persons_left"] += leaks(result, invented["persons"])
                c["invented_organizations"] += len(invented["organizations"])
                c["invented_organizations_left"] += leaks(result, invented["organizations"])
            dropped.update(re.sub(r"\d+", "N", re.split("['\"]", w)[0]).strip() for w in result.warnings)
        figures = figures_of(c)
        has_invented = c["invented_persons"] > 0
        figures["invented_persons"] = c["invented_persons"] if has_invented else None
        figures["invented_persons_left"] = c["invented_persons_left"] if has_invented else None
        figures["invented_organizations"] = c["invented_organizations"] if has_invented else None
        figures["invented_organizations_left"] = c["invented_organizations_left"] if has_invented else None
        out[style] = figures
        left = f"{c['invented_persons_left']} of {c['invented_persons']}" if has_invented else "-"

        def pct(x: float | None) -> str:
            return "-" if x is None else f"{x:.1%}"

        print(
            f"{style:10} {left:>17} {pct(figures['true_stances_kept']):>12}"
            f" {pct(figures['stance_evidence_exact']):>14} {pct(figures['quote_spans_exact']):>12}"
            f" {pct(figures['true_actors_kept']):>11} {pct(figures['true_speakers_kept']):>9}"
        )
        if has_invented:
            print(
                f"{'':10} invented organisations left: {c['invented_organizations_left']}"
                f" of {c['invented_organizations']}"
            )
        print(f"{'':10} warnings: " + ", ".join(f"{k} x{n}" for k, n in dropped.most_common(4)))
        if style == "perturbed":
            for prefix, label in (("kind", "quote"), ("ev", "evidence")):
                kinds = sorted(k.split(":", 1)[1] for k in c if k.startswith(f"{prefix}_n:"))
                for kind in kinds:
                    n, exact = c[f"{prefix}_n:{kind}"], c[f"{prefix}_exact:{kind}"]
                    by_kind[kind] = {"n": n, "exact": ratio(exact, n)}
                    print(f"{'':10} {label} {kind:22} {exact:3d} of {n:3d} exact")
    out["perturbed_by_kind"] = by_kind
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
