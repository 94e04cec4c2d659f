"""The eval report page: figures as percentages with intervals, bar charts, sortable articles."""

from __future__ import annotations

import random
import re
from pathlib import Path

from pagetree import Element, parse
from reportdata import HOSTILE_ID, fig, report

from llmextract.evaluation.report import RunScores, build_report, write_report
from llmextract.evaluation.scorer import COUNT_KEYS
from llmextract.html.report import CHART_W, Figure, figure, render_report_html


def _row(root: Element, label: str) -> list[Element]:
    for tr in root.find_all("tr"):
        cells = [c for c in tr.children if isinstance(c, Element)]
        if cells and cells[0].text == label:
            return cells[1:]
    raise AssertionError(f"no row {label!r}")


def test_figure_reads_every_known_shape() -> None:
    assert figure(fig(0.5, 0.4, 0.6)) == Figure(0.5, 0.4, 0.6)
    assert figure(0.25) == Figure(0.25)
    assert figure([0.5, 0.4, 0.6]) == Figure(0.5, 0.4, 0.6)
    assert figure({"value": 0.5, "ci95": {"lo": 0.4, "hi": 0.6}}) == Figure(0.5, 0.4, 0.6)
    assert figure({"value": None, "ci95": None}) is None
    assert figure(None) is None and figure(True) is None and figure("0.5") is None


def test_runs_table_shows_percentages_intervals_and_deltas() -> None:
    root, _ = parse(render_report_html(report()))
    head = [th.text for th in root.find_all("table")[0].find_all("th")[:4]]
    assert head[1:] == [
        "gpt-4o-mini / extract v1",
        '<img src=x onerror="alert(2)"> / extract v2',
        'Δ <img src=x onerror="alert(2)"> / extract v2',
    ]
    first, second, delta = _row(root, "quotes exact F1")
    assert first.text == "55.0%50.0 – 60.0"
    assert second.text == "65.0%60.0 – 70.0"
    assert delta.text == "+10.0+2.0 – +18.0" and "sig-up" in delta.classes()
    assert "flat" in _row(root, "quotes exact precision")[2].classes()
    assert "sig-down" in _row(root, "actors F1")[2].classes()
    # A figure nobody defined gets no row; one missing from the delta shows a dash.
    assert not any(tr.text.startswith("speaker accuracy (entity)") for tr in root.find_all("tr"))
    assert _row(root, "stances pairs F1")[2].text == "–"


def test_bar_charts_draw_values_and_interval_whiskers() -> None:
    data = report()
    root, _ = parse(render_report_html(data))
    charts = root.find_all("figure")
    captions = [c.find_all("figcaption")[0].text for c in charts]
    assert captions[0] == "Quotes F1, exact" and "Stances F1, pairs" in captions and len(captions) == 8
    bars = charts[0].find_all("rect")
    assert [float(b.attrs["width"]) for b in bars] == [round(0.55 * CHART_W, 1), round(0.65 * CHART_W, 1)]
    whisker = charts[0].find_all("path")[0].attrs["d"]
    lo, hi = (float(x) for x in re.findall(r"M([\d.]+),", whisker)[:1] + re.findall(r"H([\d.]+)", whisker))
    assert (lo, hi) == (round(0.5 * CHART_W, 1), round(0.6 * CHART_W, 1))
    assert "55.0% [50.0–60.0]" in charts[0].text


def test_article_table_is_sortable_data_and_lists_every_article() -> None:
    data = report()
    root, _ = parse(render_report_html(data))
    tables = [t for t in root.find_all("table") if "sortable" in t.classes()]
    assert len(tables) == 2
    rows = tables[0].find_all("tbody")[0].find_all("tr")
    assert len(rows) == len(data["runs"][0]["articles"])
    first = [c for c in rows[0].children if isinstance(c, Element)]
    assert first[0].attrs["data-sort"] == "art-00"
    assert first[1].attrs["data-sort"] == "0.600000" and first[1].text == "60.0%"
    assert first[2].attrs["data-sort"] == "" and first[2].text == "–"  # undefined sorts last


def test_worst_articles_are_listed_in_order_with_scores() -> None:
    data = report()
    root, _ = parse(render_report_html(data))
    worst = root.find_all("ol", **{"class": "worst"})[0].find_all("li")
    assert [li.find_all("code")[0].text for li in worst] == data["runs"][0]["worst"][:10]
    assert len(worst) == 10 and "quotes F1" in worst[0].text


def test_hostile_ids_and_names_stay_text() -> None:
    html = render_report_html(report())
    root, attrs = parse(html)
    assert [s.attrs for s in root.find_all("script")] == [{}]
    assert not root.find_all("img")
    assert not any(name.startswith("on") for _, name, _ in attrs)
    assert HOSTILE_ID in [c.text for c in root.find_all("code")]


def test_partial_and_empty_reports_still_render() -> None:
    partial = {"runs": [{"model": "m", "quotes": {"exact": {"f1": 0.5}}, "articles": "oops"}]}
    root, _ = parse(render_report_html(partial))
    assert _row(root, "quotes exact F1")[0].text == "50.0%"
    assert len(root.find_all("figure")) == 1
    empty, _ = parse(render_report_html({}))
    assert "no runs" in empty.text


def test_renders_the_report_the_evaluation_package_builds(tmp_path: Path) -> None:
    rng = random.Random(7)

    def counts() -> dict[str, int]:
        gold = rng.randint(2, 9)
        c = {key: rng.randint(0, gold) for key in COUNT_KEYS}
        c.update({"quotes.gold": gold, "quotes.pred": gold + 1})
        return c

    ids = [f"a{i}" for i in range(12)]
    runs = [
        RunScores("baseline", None, ids, [counts() for _ in ids], errors={"a3": ["timeout"]}),
        RunScores("gpt-4o-mini", "extraction@v1", ids, [counts() for _ in ids]),
    ]
    built = build_report(runs, gold="gold.jsonl", resamples=30)
    path = write_report(built, tmp_path / "report.html")
    root, _ = parse(path.read_text(encoding="utf-8"))
    exact = built["runs"][1]["quotes"]["exact"]["f1"]
    cell = _row(root, "quotes exact F1")[1]
    assert cell.text.startswith(f"{100 * exact['value']:.1f}%")
    lo, hi = exact["ci95"]
    assert f"{100 * lo:.1f} – {100 * hi:.1f}" in cell.text
    assert "Δ gpt-4o-mini / extraction@v1" in [th.text for th in root.find_all("th")]
    assert len(root.find_all("figure")) >= 6
    tables = [t for t in root.find_all("table") if "sortable" in t.classes()]
    assert [len(t.find_all("tbody")[0].find_all("tr")) for t in tables] == [12, 12]
    assert "timeout" in tables[0].text
