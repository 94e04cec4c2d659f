"""Metrics: compare one article's Extraction with its gold annotation, as integer counts.

Every figure is a ratio of sums of per-article counts (true positives, predicted, gold, matched,
correct). Keeping counts rather than ratios per article makes micro averages exact, macro
averages a mean of per-article ratios, and a bootstrap resample a plain sum over articles.

Rules (the docstrings of ``matching`` give the span and name definitions):

- Quotes: one-to-one greedy matching at four levels: ``exact`` span, ``overlap_0.8`` and
  ``overlap_0.3`` (shared / gold characters), ``dice_0.5``. A discontinuous gold span is scored
  as its covering ``start``–``end``.
- Speakers, over the quotes matched at ``overlap_0.3``: mention accuracy (predicted
  ``speaker_span`` shares a character with a gold speaker span, or both are absent) and entity
  accuracy (a normalised name of the predicted speaker's actor, its aliases or the quote's
  ``speaker`` equals the gold speaker or an alias of the gold actor so named; or both absent).
  Joint: a quote counts when matched at ``overlap_0.3`` and right at either level.
- Actors: one-to-one maximum matching on any shared normalised name or alias. A gold person
  also goes by their bare surname when no other gold person of the article ends in it (SEESAW
  writes "Donald Trump" for an article that only ever says "Mr. Trump"; see ``surname_forms``).
  A gold organisation, state or group also matches a prediction one of whose names is, as a
  whole, a form of a gold name under the name guard's rule (``actors.forms``: "Republicans" for
  the Republican Party, "FBI", "the Justice Department"), and the other way round (predicted
  "Russian Federation", gold "Russia"); never a person, nor a state with an organisation (see
  ``entity_forms``; a gold "person" every name of which reads as an organisation's, as SEESAW's
  annotators type parties, is an organisation). Gold writes canonical names where articles, and
  predictions copying them, do not.
- Stances: holder and target match through names and aliases, the surname rule and the form
  rule included (a gold end's type is its gold actor's; an end naming no gold actor has no
  forms; targets also by topic text);
  triples need equal polarity, pairs do not; polarity accuracy is over matched pairs.
- A task the gold line does not list in ``tasks`` is not scored for that article.
- Undefined ratios (nothing predicted, nothing in gold) are ``None``, never a silent 0.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Final

from llmextract.evaluation.entity_forms import Side, gold_type, names_of, same_by_form
from llmextract.evaluation.gold import GoldArticle, GoldQuote, GoldStance
from llmextract.evaluation.matching import (
    dice,
    greedy_match,
    max_bipartite_match,
    normalize_name,
    overlap,
    overlapping_pairs,
    shared_chars,
)
from llmextract.schema import Actor, Extraction, Quote, Stance

__all__ = [
    "COUNT_KEYS",
    "FIGURES",
    "QUOTE_LEVELS",
    "Counts",
    "FigurePath",
    "accuracy",
    "compute_figures",
    "f1",
    "precision",
    "recall",
    "score_article",
    "sum_counts",
    "surname_forms",
]

Counts = dict[str, int]
FigurePath = tuple[str, ...]

QUOTE_LEVELS: Final[dict[str, tuple[str, float]]] = {
    "exact": ("exact", 1.0),
    "overlap_0.8": ("overlap", 0.8),
    "overlap_0.3": ("overlap", 0.3),
    "dice_0.5": ("dice", 0.5),
}
SPEAKER_LEVEL: Final = "overlap_0.3"
_NAME_SUFFIXES: Final = frozenset({"jr", "sr", "ii", "iii", "iv"})

COUNT_KEYS: Final[tuple[str, ...]] = (
    *(f"quotes.{level}.tp" for level in QUOTE_LEVELS),
    "quotes.pred",
    "quotes.gold",
    "quotes.matched",
    "quotes.mention_ok",
    "quotes.entity_ok",
    "quotes.joint_tp",
    "actors.tp",
    "actors.pred",
    "actors.gold",
    "stances.triples_tp",
    "stances.pairs_tp",
    "stances.polarity_ok",
    "stances.pred",
    "stances.gold",
)


Metric = Callable[[Mapping[str, int]], "float | None"]


def precision(tp: int, pred: int) -> float | None:
    return tp / pred if pred else None


def recall(tp: int, gold: int) -> float | None:
    return tp / gold if gold else None


def f1(tp: int, pred: int, gold: int) -> float | None:
    """2·tp / (pred + gold): the harmonic mean of P and R, and 0 when only one side is empty."""
    return 2 * tp / (pred + gold) if pred + gold else None


def accuracy(correct: int, total: int) -> float | None:
    return correct / total if total else None


def _prf(prefix: str, tp_key: str, pred_key: str, gold_key: str) -> list[tuple[FigurePath, Metric]]:
    path = tuple(prefix.split("/"))
    return [
        ((*path, "precision"), lambda c: precision(c[tp_key], c[pred_key])),
        ((*path, "recall"), lambda c: recall(c[tp_key], c[gold_key])),
        ((*path, "f1"), lambda c: f1(c[tp_key], c[pred_key], c[gold_key])),
    ]


FIGURES: Final[list[tuple[FigurePath, Metric]]] = [
    *(
        fig
        for level in QUOTE_LEVELS
        for fig in _prf(f"quotes/{level}", f"quotes.{level}.tp", "quotes.pred", "quotes.gold")
    ),
    (("quotes", "speaker_mention_accuracy"), lambda c: accuracy(c["quotes.mention_ok"], c["quotes.matched"])),
    (("quotes", "speaker_entity_accuracy"), lambda c: accuracy(c["quotes.entity_ok"], c["quotes.matched"])),
    (("quotes", "joint_f1"), lambda c: f1(c["quotes.joint_tp"], c["quotes.pred"], c["quotes.gold"])),
    *_prf("actors", "actors.tp", "actors.pred", "actors.gold"),
    *_prf("stances/triples", "stances.triples_tp", "stances.pred", "stances.gold"),
    *_prf("stances/pairs", "stances.pairs_tp", "stances.pred", "stances.gold"),
    (("stances", "polarity_accuracy"), lambda c: accuracy(c["stances.polarity_ok"], c["stances.pairs_tp"])),
]
"""Every reported figure: its path in the report and how it follows from summed counts."""


def sum_counts(counts: Iterable[Mapping[str, int]]) -> Counts:
    total = dict.fromkeys(COUNT_KEYS, 0)
    for c in counts:
        for key in COUNT_KEYS:
            total[key] += c[key]
    return total


def compute_figures(counts: Mapping[str, int]) -> dict[FigurePath, float | None]:
    return {path: metric(counts) for path, metric in FIGURES}


def score_article(gold: GoldArticle, pred: Extraction | None) -> Counts:
    """Counts for one article; ``pred=None`` (failed or missing) scores as an empty extraction."""
    counts = dict.fromkeys(COUNT_KEYS, 0)
    quotes = pred.quotes if pred else []
    actors = pred.actors if pred else []
    stances = pred.stances if pred else []
    by_id = {a.id: a for a in actors}
    if "quotes" in gold.tasks:
        _score_quotes(gold, quotes, by_id, counts)
    if "actors" in gold.tasks:
        _score_actors(gold, actors, counts)
    if "stances" in gold.tasks:
        _score_stances(gold, stances, by_id, counts)
    return counts


def _score_quotes(gold: GoldArticle, quotes: list[Quote], by_id: dict[str, Actor], counts: Counts) -> None:
    gspans = [(q.start, q.end) for q in gold.quotes]
    pspans = [(q.start, q.end) for q in quotes]
    counts["quotes.gold"] = len(gspans)
    counts["quotes.pred"] = len(pspans)
    touching = overlapping_pairs(gspans, pspans)
    exact = [(1.0, g, p) for g, p in touching if gspans[g] == pspans[p]]
    for level, (kind, threshold) in QUOTE_LEVELS.items():
        if kind == "exact":
            candidates = exact
        else:
            measure = overlap if kind == "overlap" else dice
            candidates = [(measure(gspans[g], pspans[p]), g, p) for g, p in touching]
        pairs = greedy_match(candidates, threshold)
        counts[f"quotes.{level}.tp"] = len(pairs)
        if level != SPEAKER_LEVEL:
            continue
        for g, p in pairs:
            mention = _mention_ok(gold.quotes[g], quotes[p])
            entity = _entity_ok(gold, gold.quotes[g], quotes[p], by_id)
            counts["quotes.matched"] += 1
            counts["quotes.mention_ok"] += mention
            counts["quotes.entity_ok"] += entity
            counts["quotes.joint_tp"] += mention or entity


def _mention_ok(gq: GoldQuote, pq: Quote) -> bool:
    if pq.speaker_span is None:
        return not gq.speaker_spans and gq.speaker is None
    span = (pq.speaker_span.start, pq.speaker_span.end)
    return any(shared_chars(span, g) > 0 for g in gq.speaker_spans)


def _entity_ok(gold: GoldArticle, gq: GoldQuote, pq: Quote, by_id: dict[str, Actor]) -> bool:
    predicted = _pred_names(pq.speaker_id, pq.speaker, by_id)
    if gq.speaker is None:
        return not predicted
    return bool(predicted & _gold_names(gold, gq.speaker))


def _pred_names(actor_id: str | None, name: str | None, by_id: dict[str, Actor]) -> set[str]:
    names: list[str] = [name] if name else []
    actor = by_id.get(actor_id) if actor_id else None
    if actor is not None:
        names += [actor.name, *actor.aliases]
    return {n for n in map(normalize_name, names) if n}


def _gold_names(gold: GoldArticle, name: str, actor_sets: list[set[str]] | None = None) -> set[str]:
    """The name itself, plus every name of the gold actor that goes by it.

    ``actor_sets`` are the names each gold actor goes by (default: its name and aliases).
    """
    wanted = normalize_name(name)
    names = {wanted} if wanted else set()
    if actor_sets is None:
        actor_sets = [{normalize_name(n) for n in [a.name, *a.aliases]} for a in gold.actors]
    for actor_names in actor_sets:
        if wanted in actor_names:
            names |= actor_names
    names.discard("")
    return names


def surname_forms(gold: GoldArticle) -> list[set[str]]:
    """Each gold actor's normalised names, a person's bare surname added when it is unambiguous.

    An annotator who links "Trump" to the entity "Donald Trump" means that any "Trump" of the
    article is that person, so a prediction named "Trump" names him. The surname is the last
    word of a person's name or alias that has at least two words ("Jr", "Sr", "III" are not
    surnames); it is added only when no other gold person of the article has the same surname
    ("Trump" stays unmatched beside "Donald Trump" and "Ivanka Trump").
    """
    plain = [{normalize_name(n) for n in [a.name, *a.aliases]} - {""} for a in gold.actors]
    surnames: list[set[str]] = []
    for actor, names in zip(gold.actors, plain, strict=True):
        words = [n.split() for n in names] if actor.type == "person" else []
        surnames.append({w[-1] for w in words if len(w) > 1 and w[-1] not in _NAME_SUFFIXES})
    owners: dict[str, int] = {}
    for found in surnames:
        for surname in found:
            owners[surname] = owners.get(surname, 0) + 1
    pairs = zip(plain, surnames, strict=True)
    return [names | {s for s in found if owners[s] == 1} for names, found in pairs]


def _score_actors(gold: GoldArticle, actors: list[Actor], counts: Counts) -> None:
    gold_sets = surname_forms(gold)
    pred_sets = [{normalize_name(n) for n in [a.name, *a.aliases]} - {""} for a in actors]
    gold_sides = [
        Side(names := names_of([a.name, *a.aliases]), gold_type(a.type, names)) for a in gold.actors
    ]
    pred_sides = [_actor_side(a) for a in actors]
    edges = [
        [p for p, ps in enumerate(pred_sets) if gs & ps or same_by_form(gold_sides[g], pred_sides[p])]
        for g, gs in enumerate(gold_sets)
    ]
    counts["actors.gold"] = len(gold_sets)
    counts["actors.pred"] = len(pred_sets)
    counts["actors.tp"] = len(max_bipartite_match(edges, len(pred_sets)))


def _score_stances(gold: GoldArticle, stances: list[Stance], by_id: dict[str, Actor], counts: Counts) -> None:
    pred = [
        (_pred_names(s.holder_id, s.holder, by_id), _pred_names(s.target_id, s.target, by_id), s.polarity)
        for s in stances
    ]
    pred_sides = [
        (_end_side(s.holder_id, s.holder, by_id), _end_side(s.target_id, s.target, by_id)) for s in stances
    ]
    actor_sets = surname_forms(gold)
    golds = [_gold_stance_names(gold, s, actor_sets) for s in gold.stances]
    gold_sides = [(_gold_side(gold, s.holder), _gold_side(gold, s.target)) for s in gold.stances]

    gold_ends = [(holder, target) for holder, target, _ in golds]
    pred_ends = [(holder, target) for holder, target, _ in pred]

    def same(g: int, p: int, end: int) -> bool:
        """Whether gold stance ``g`` and prediction ``p`` name one entity at ``end`` (0 holder, 1 target)."""
        if gold_ends[g][end] & pred_ends[p][end]:
            return True
        return same_by_form(gold_sides[g][end], pred_sides[p][end])

    pair_edges = [[p for p in range(len(pred)) if same(g, p, 0) and same(g, p, 1)] for g in range(len(golds))]
    triple_edges = [[p for p in pair_edges[g] if pred[p][2] == golds[g][2]] for g in range(len(golds))]
    triples = max_bipartite_match(triple_edges, len(pred))
    pairs = max_bipartite_match(pair_edges, len(pred), fixed=triples)
    counts["stances.gold"] = len(golds)
    counts["stances.pred"] = len(pred)
    counts["stances.triples_tp"] = len(triples)
    counts["stances.pairs_tp"] = len(pairs)
    counts["stances.polarity_ok"] = sum(pred[p][2] == golds[g][2] for g, p in pairs.items())


def _actor_side(actor: Actor) -> Side:
    return Side(names_of([actor.name, *actor.aliases]), actor.type)


def _end_side(actor_id: str | None, name: str | None, by_id: dict[str, Actor]) -> Side:
    """A predicted stance end: its actor's names and type, or its free text with no type."""
    actor = by_id.get(actor_id) if actor_id else None
    if actor is None:
        return Side(names_of([name]), None)
    return Side(names_of([name, actor.name, *actor.aliases]), actor.type)


def _gold_side(gold: GoldArticle, name: str) -> Side:
    """A gold stance end: the gold actors it names (their names, and their type when they agree
    on one), or the bare name with no type when it names none."""
    wanted = normalize_name(name)
    owners = [a for a in gold.actors if wanted in {normalize_name(n) for n in [a.name, *a.aliases]}]
    types = {gold_type(a.type, [a.name, *a.aliases]) for a in owners}
    kind = types.pop() if len(types) == 1 else None
    return Side(names_of([name, *(n for a in owners for n in [a.name, *a.aliases])]), kind)


def _gold_stance_names(
    gold: GoldArticle, stance: GoldStance, actor_sets: list[set[str]]
) -> tuple[set[str], set[str], str]:
    holder = _gold_names(gold, stance.holder, actor_sets)
    return holder, _gold_names(gold, stance.target, actor_sets), stance.polarity
