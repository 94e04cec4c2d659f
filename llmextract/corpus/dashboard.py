"""The corpus dashboard: one self-contained page of charts (inline SVG) and per-person quote lists.

Everything is computed from the tables, so the page shows what the Parquet files hold. The page is
bounded whatever the corpus size: the top speakers, the busiest stance edges, a capped quote list
per person; the tables hold the rest. Read from files (:meth:`DashboardData.of_files`) it needs only
a few columns of the quotes and stances, and the whole rows of the top people's quotes.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote as url_quote

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from llmextract.corpus.merge_review import merge_groups
from llmextract.corpus.tables import SCHEMAS, CorpusTables
from llmextract.html.templating import asset, environment

__all__ = ["DashboardData", "dashboard_context", "render_dashboard"]

TOP_PEOPLE = 15
TOP_TIMELINE = 5
TOP_SOURCES = 12
QUOTES_PER_PERSON = 40
MAX_EDGES = 40
KIND_LABELS = {"direct": "direct", "indirect": "reported"}
_W, _H = 640, 220  # the time chart's plot area


_QUOTE_COLUMNS = ["speaker_id", "kind", "source", "date"]
_STANCE_COLUMNS = ["holder_id", "target_id", "polarity"]


@dataclass(frozen=True)
class DashboardData:
    """What the page is made of: the actors, some columns of the quotes and stances, and how to
    fetch the whole quotes of some speakers and the pages of some articles."""

    actors: pa.Table
    quotes: pa.Table  # speaker_id, kind, source, date
    stances: pa.Table  # holder_id, target_id, polarity
    articles: int
    errors: int
    quotes_of: Callable[[pa.Array], pa.Table]  # every column, the quotes of these speakers
    pages_of: Callable[[pa.Array], pa.Table]  # article_id, page, title of these articles
    merges: pa.Table = field(default_factory=lambda: SCHEMAS["merges"].empty_table())  # the audit, for review

    @classmethod
    def of_tables(cls, tables: CorpusTables) -> DashboardData:
        q, a = tables.quotes, tables.articles.select(["article_id", "page", "title"])
        return cls(
            tables.actors, q.select(_QUOTE_COLUMNS), tables.stances.select(_STANCE_COLUMNS), a.num_rows,
            tables.errors, lambda ids: q.filter(pc.is_in(q["speaker_id"], ids)),
            lambda ids: a.filter(pc.is_in(a["article_id"], ids)), tables.merges,
        )  # fmt: skip

    @classmethod
    def of_files(
        cls, rows: dict[str, Path], actors: pa.Table, errors: int, merges: pa.Table | None = None
    ) -> DashboardData:
        """From the row tables' Parquet files (``rows``: table -> file); text columns are read
        dictionary-encoded (a few distinct ids, kinds and outlets over millions of quotes)."""
        quotes, articles = str(rows["quotes"]), str(rows["articles"])
        return cls(
            actors, _encoded(quotes, _QUOTE_COLUMNS, _QUOTE_COLUMNS[:3]),
            _encoded(str(rows["stances"]), _STANCE_COLUMNS, _STANCE_COLUMNS),
            pq.ParquetFile(articles).metadata.num_rows, errors,
            lambda ids: _matching(quotes, "speaker_id", ids),
            lambda ids: _matching(articles, "article_id", ids, ["article_id", "page", "title"]),
            SCHEMAS["merges"].empty_table() if merges is None else merges,
        )  # fmt: skip


def _encoded(path: str, columns: list[str], encoded: list[str]) -> pa.Table:
    """Some columns of a Parquet file, the ``encoded`` ones as dictionaries (one for all row groups)."""
    return pq.read_table(path, columns=columns, read_dictionary=encoded).unify_dictionaries()


def _matching(path: str, column: str, values: pa.Array, columns: list[str] | None = None) -> pa.Table:
    """The rows of a Parquet file whose ``column`` is one of ``values``, read a row group at a time."""
    parquet = pq.ParquetFile(path)
    parts = [
        t.filter(pc.is_in(t[column], value_set=values))
        for g in range(parquet.num_row_groups)
        for t in [parquet.read_row_group(g, columns=columns)]
    ]
    if parts:
        return pa.concat_tables(parts)
    empty = parquet.schema_arrow.empty_table()
    return empty.select(columns) if columns else empty


def _counts(table: pa.Table, keys: list[str]) -> list[dict[str, Any]]:
    if table.num_rows == 0:
        return []
    grouped = table.group_by(keys).aggregate([([], "count_all")])
    rows: list[dict[str, Any]] = grouped.to_pylist()
    return rows


def _people(tables: DashboardData) -> list[dict[str, Any]]:
    actors = tables.actors
    # a person by the model's label and by the linker's reading of the name ("p" ids): a model may
    # label "Republicans" or "PolitiFact" a person, the linker keys them as organisations
    person = pc.and_(pc.equal(actors["type"], "person"), pc.starts_with(actors["actor_id"], pattern="p"))
    persons = actors.filter(pc.and_(person, pc.greater(actors["quotes"], 0)))
    top: list[dict[str, Any]] = persons.slice(0, TOP_PEOPLE).to_pylist()
    ids = [p["actor_id"] for p in top]
    quotes = tables.quotes.filter(pc.is_in(tables.quotes["speaker_id"], pa.array(ids, pa.string())))
    kinds: dict[str, dict[str, int]] = defaultdict(dict)
    for row in _counts(quotes.select(["speaker_id", "kind"]), ["speaker_id", "kind"]):
        kinds[row["speaker_id"]][row["kind"]] = row["count_all"]
    most = max((p["quotes"] for p in top), default=1)
    for p in top:
        p["direct"] = kinds[p["actor_id"]].get("direct", 0)
        p["indirect"] = kinds[p["actor_id"]].get("indirect", 0)
        p["width"] = round(100 * p["quotes"] / most, 2)
        p["direct_width"] = round(100 * p["direct"] / most, 2)
    return top


def _timeline(tables: DashboardData, people: list[dict[str, Any]]) -> dict[str, Any] | None:
    ids = [p["actor_id"] for p in people[:TOP_TIMELINE]]
    q = tables.quotes
    dated = q.filter(pc.and_(pc.is_valid(q["date"]), pc.is_in(q["speaker_id"], pa.array(ids, pa.string()))))
    if dated.num_rows == 0:
        return None
    months = pc.strftime(dated["date"], format="%Y-%m")
    counts = _counts(pa.table({"speaker_id": dated["speaker_id"], "month": months}), ["speaker_id", "month"])
    first, last = min(r["month"] for r in counts), max(r["month"] for r in counts)
    axis = [first]
    while axis[-1] < last:
        y, m = map(int, axis[-1].split("-"))
        axis.append(f"{y + m // 12}-{m % 12 + 1:02d}")
    top = max(r["count_all"] for r in counts)
    step = _W / max(len(axis) - 1, 1)
    names = {p["actor_id"]: p["name"] for p in people}
    lines = []
    for n, cid in enumerate(ids):
        by_month = {r["month"]: r["count_all"] for r in counts if r["speaker_id"] == cid}
        values = [by_month.get(m, 0) for m in axis]
        points = [(round(i * step, 1), round(_H - _H * v / top, 1)) for i, v in enumerate(values)]
        lines.append({"id": cid, "name": names[cid], "n": n, "points": points, "total": sum(values)})
    ticks = [
        (round(i * step, 1), m)
        for i, m in enumerate(axis)
        if len(axis) <= 12 or i % math.ceil(len(axis) / 12) == 0
    ]
    return {"lines": lines, "ticks": ticks, "top": top, "width": _W, "height": _H, "months": axis}


def _sources(tables: DashboardData) -> list[dict[str, Any]]:
    rows = _counts(tables.quotes.select(["source"]), ["source"])
    rows.sort(key=lambda r: (-r["count_all"], r["source"] or ""))
    most = max((r["count_all"] for r in rows), default=1)
    return [
        {
            "source": r["source"] or "(no source)",
            "quotes": r["count_all"],
            "width": round(100 * r["count_all"] / most, 2),
        }
        for r in rows[:TOP_SOURCES]
    ]


def _network(tables: DashboardData, names: dict[str, str]) -> dict[str, Any]:
    s = tables.stances
    linked = s.filter(pc.and_(pc.is_valid(s["holder_id"]), pc.is_valid(s["target_id"])))
    keys = ["holder_id", "target_id", "polarity"]
    grouped = linked.select(keys).group_by(keys).aggregate([([], "count_all")])  # one row per edge
    grouped = pa.table({**{k: grouped[k].cast(pa.string()) for k in keys}, "count_all": grouped["count_all"]})
    order = [("count_all", "descending"), *((k, "ascending") for k in keys)]
    rows: list[dict[str, Any]] = grouped.sort_by(order).slice(0, MAX_EDGES).to_pylist()
    nodes = sorted(
        {r["holder_id"] for r in rows} | {r["target_id"] for r in rows}, key=lambda i: (names.get(i, i), i)
    )
    radius, centre = 150.0, 230.0
    where = {
        cid: (round(centre + radius * math.cos(2 * math.pi * k / len(nodes) - math.pi / 2), 1),
              round(centre + radius * math.sin(2 * math.pi * k / len(nodes) - math.pi / 2), 1))
        for k, cid in enumerate(nodes)
    }  # fmt: skip
    edges = [
        {"holder": names.get(r["holder_id"], "?"), "target": names.get(r["target_id"], "?"),
         "polarity": r["polarity"], "count": r["count_all"], "self": r["holder_id"] == r["target_id"],
         "from": where[r["holder_id"]], "to": where[r["target_id"]]}
        for r in rows
    ]  # fmt: skip
    placed = [
        {"id": cid, "name": names.get(cid, cid), "x": x, "y": y, "anchor": "start" if x >= centre else "end"}
        for cid, (x, y) in where.items()
    ]
    return {"nodes": placed, "edges": edges, "size": 2 * centre}


def _person_quotes(tables: DashboardData, people: list[dict[str, Any]], views: str) -> list[dict[str, Any]]:
    ids = pa.array([p["actor_id"] for p in people], pa.string())
    chosen = tables.quotes_of(ids)
    wanted = set(chosen["article_id"].to_pylist())
    arts = tables.pages_of(pa.array(sorted(wanted), pa.string()))
    pages = {r["article_id"]: (r["page"], r["title"]) for r in arts.to_pylist()}
    sections = []
    for p in people:
        mine = chosen.filter(pc.equal(chosen["speaker_id"], p["actor_id"]))
        mine = mine.sort_by([("date", "ascending"), ("article_id", "ascending"), ("start", "ascending")])
        shown = mine.slice(0, QUOTES_PER_PERSON).to_pylist()
        for row in shown:
            page, title = pages[row["article_id"]]
            row["href"] = f"{views}{url_quote(page)}#quote-{url_quote(row['quote_id'])}"
            row["title"] = title or row["article_id"]
            row["kind_label"] = KIND_LABELS.get(row["kind"], row["kind"])
        sections.append({"person": p, "quotes": shown, "more": mine.num_rows - len(shown)})
    return sections


def dashboard_context(tables: DashboardData | CorpusTables, *, views: str = "views/") -> dict[str, Any]:
    if isinstance(tables, CorpusTables):
        tables = DashboardData.of_tables(tables)
    people = _people(tables)
    names = dict(zip(tables.actors["actor_id"].to_pylist(), tables.actors["name"].to_pylist(), strict=True))
    kinds = {r["kind"]: r["count_all"] for r in _counts(tables.quotes.select(["kind"]), ["kind"])}
    total = tables.quotes.num_rows
    return {
        "totals": {
            "articles": tables.articles, "quotes": total, "actors": tables.actors.num_rows,
            "stances": tables.stances.num_rows, "errors": tables.errors,
            "attributed": total - tables.quotes["speaker_id"].null_count,
        },
        "people": people,
        "timeline": _timeline(tables, people),
        "sources": _sources(tables),
        "kinds": [
            {"label": KIND_LABELS[k], "kind": k, "quotes": kinds.get(k, 0),
             "share": round(100 * kinds.get(k, 0) / total, 1) if total else 0.0}
            for k in ("direct", "indirect")
        ],
        "network": _network(tables, names),
        "sections": _person_quotes(tables, people, views),
        "merges": merge_groups(tables.merges, tables.actors),
        "merges_js": asset("merges.js"),
        "css": asset("corpus.css"),
    }  # fmt: skip


def render_dashboard(tables: DashboardData | CorpusTables, *, views: str = "views/") -> str:
    """The dashboard page; ``views`` is the folder of article pages, relative to the page."""
    return environment().get_template("corpus.html.j2").render(**dashboard_context(tables, views=views))
