"""The cost section's geometry: log or linear axis, the band, labels kept inside, unplaced runs."""

from __future__ import annotations

from costdata import costed_report

from llmextract.html.cost_plot import WIDTH, cost_section
from llmextract.html.report import render_report_html


def name(run: dict[str, object], i: int) -> str:
    return f"{run['model']} / {run['prompt']}"


def test_costs_ten_times_apart_go_on_a_log_axis_and_the_cheapest_is_marked() -> None:
    section = cost_section(costed_report(), name)
    assert section is not None
    plot = section["plot"]
    assert plot["log"] and [t["label"] for t in plot["ticks"]] == ["$0.1", "$1", "$10"]
    assert [p["cheapest"] for p in plot["points"]] == [False, True, False]
    assert plot["unplaced"] == ['<b onclick="alert(3)">local</b> / extraction@v3']
    band = plot["band"]
    mini = plot["points"][1]
    assert band["y"] <= mini["y"] <= band["y"] + band["height"]
    assert section["summary"]["cheapest"] == "gpt-4o-mini / extraction@v3"
    right_most = plot["points"][0]
    assert right_most["anchor"] == "end" and right_most["x"] > WIDTH / 2  # its label turns left


def test_close_costs_use_a_linear_axis_and_no_cost_means_no_section() -> None:
    report = costed_report()
    for run, per in zip(report["runs"], (2.0, 1.5, 1.0, None), strict=True):
        if run["cost"]["per_1000"]:
            run["cost"]["per_1000"]["online"] = per
    section = cost_section(report, name)
    assert section is not None and not section["plot"]["log"]
    for run in report["runs"]:
        run["cost"] = None
    assert cost_section(report, name) is None
    assert "Cost beside quality" not in render_report_html(report)


def test_run_names_are_escaped_in_the_page() -> None:
    page = render_report_html(costed_report())
    assert '<b onclick="alert(3)">' not in page and "&lt;b onclick=" in page
