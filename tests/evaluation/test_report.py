from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from llmextract.errors import InputError
from llmextract.evaluation import report as report_module
from llmextract.evaluation.report import RunScores, build_report, render_markdown, write_report
from llmextract.evaluation.scorer import score_article

from .factories import actor, extraction, gold, quote

QUOTE_KEYS = {"exact", "overlap_0.8", "overlap_0.3", "dice_0.5"}
PRF = {"precision", "recall", "f1"}


def run(
    model: str, hits: list[bool], *, n_articles: int = 12, prompt: str | None = "extraction@v1"
) -> RunScores:
    """Articles with two gold quotes each; ``hits[i]`` says whether article i's first is found."""
    counts = []
    for i in range(n_articles):
        g = gold(
            [{"span": (0, 10)}, {"span": (20, 30)}],
            tasks=("quotes", "actors"),
            article_id=f"art{i:02d}",
            actors=[{"name": "Ortiz"}],
        )
        found = hits[i % len(hits)]
        p = extraction([quote(0, 10)] if found else [quote(100, 110)], actors=[actor(1, "Ortiz")])
        counts.append(score_article(g, p))
    return RunScores(
        model=model,
        prompt=prompt,
        article_ids=[f"art{i:02d}" for i in range(n_articles)],
        counts=counts,
        errors={"art03": ["ProviderError: boom"]},
        failed_articles=1,
    )


def is_figure(node: Any) -> bool:
    return isinstance(node, dict) and set(node) == {"value", "ci95", "macro"}


def test_report_has_the_documented_keys() -> None:
    rep = build_report([run("m1", [True]), run("m2", [False, True])], gold="g.jsonl", resamples=50)
    assert set(rep) == {"format", "gold", "gold_articles", "bootstrap", "runs", "cost_choice"}
    r = rep["runs"][1]
    assert set(r) == {
        "model",
        "prompt",
        "predictions",
        "failed_articles",
        "missing_articles",
        "quotes",
        "actors",
        "stances",
        "delta_to_first",
        "articles",
        "worst",
        "by_language",
        "cost",
    }
    assert set(r["quotes"]) == QUOTE_KEYS | {
        "speaker_mention_accuracy",
        "speaker_entity_accuracy",
        "joint_f1",
    }
    assert all(
        set(r["quotes"][k]) == PRF and all(is_figure(v) for v in r["quotes"][k].values()) for k in QUOTE_KEYS
    )
    assert set(r["actors"]) == PRF
    assert r["by_language"] == {}  # no languages given
    assert set(r["stances"]) == {"triples", "pairs", "polarity_accuracy"}
    assert is_figure(r["stances"]["polarity_accuracy"])
    assert set(r["delta_to_first"]) == {"quotes", "actors", "stances"}
    assert rep["runs"][0]["delta_to_first"] is None
    assert set(r["articles"][0]) == {"id", "quotes_f1", "joint_f1", "actors_f1", "stances_f1", "errors"}
    assert r["articles"][3]["errors"] == ["ProviderError: boom"]
    json.dumps(rep)  # JSON-ready


def test_figures_are_fractions_with_intervals_around_them() -> None:
    rep = build_report([run("m", [True, False])], gold="g", resamples=200)
    fig = rep["runs"][0]["quotes"]["exact"]["recall"]
    assert fig["value"] == 0.25  # 6 of 24 gold quotes
    lo, hi = fig["ci95"]
    assert 0.0 <= lo <= fig["value"] <= hi <= 1.0 and lo < hi
    assert fig["macro"] == 0.25
    assert rep["runs"][0]["stances"]["triples"]["f1"] == {"value": None, "ci95": None, "macro": None}


def test_macro_differs_from_micro_when_articles_differ() -> None:
    big = gold([{"span": (i * 10, i * 10 + 5)} for i in range(9)], tasks=("quotes",), article_id="big")
    small = gold([{"span": (0, 5)}], tasks=("quotes",), article_id="small")
    counts = [score_article(big, extraction()), score_article(small, extraction([quote(0, 5)]))]
    rep = build_report([RunScores("m", None, ["big", "small"], counts)], gold="g", resamples=10)
    recall = rep["runs"][0]["quotes"]["exact"]["recall"]
    assert recall["value"] == 0.1 and recall["macro"] == 0.5


def test_bootstrap_is_seeded_and_deltas_are_paired() -> None:
    a = build_report([run("m1", [True, False]), run("m2", [True, False])], gold="g", resamples=100, seed=7)
    b = build_report([run("m1", [True, False]), run("m2", [True, False])], gold="g", resamples=100, seed=7)
    assert a == b
    delta = a["runs"][1]["delta_to_first"]["quotes"]["exact"]["f1"]
    assert delta == {"value": 0.0, "ci95": [0.0, 0.0], "macro": 0.0}  # identical runs: no spread at all


def test_delta_to_first_is_this_run_minus_the_first() -> None:
    rep = build_report([run("m1", [False]), run("m2", [True])], gold="g", resamples=20)
    delta = rep["runs"][1]["delta_to_first"]["quotes"]["exact"]["recall"]
    assert delta["value"] == 0.5 and delta["ci95"] == [0.5, 0.5]


def test_worst_lists_imperfect_articles_lowest_first() -> None:
    rep = build_report([run("m", [True, False, True])], gold="g", resamples=0)
    r = rep["runs"][0]
    assert r["worst"] == [
        "art01",
        "art04",
        "art07",
        "art10",
        "art00",
        "art02",
        "art03",
        "art05",
        "art06",
        "art08",
    ]
    assert r["quotes"]["exact"]["f1"]["ci95"] is None  # no resamples, no interval


def test_runs_over_different_articles_are_refused() -> None:
    with pytest.raises(InputError, match="different numbers of articles"):
        build_report([run("a", [True], n_articles=3), run("b", [True], n_articles=4)], gold="g")
    with pytest.raises(InputError, match="no runs"):
        build_report([], gold="g")


def test_markdown_shows_percentages_and_hides_unannotated_tasks() -> None:
    rep = build_report([run("m1", [True, False]), run("m2", [True])], gold="g.jsonl", resamples=50)
    md = render_markdown(rep)
    assert "| quotes exact R | 25.0 (" in md
    assert "Δ m2 / extraction@v1" in md and "+25.0" in md
    assert "stances triples" not in md  # nothing annotated
    assert "Failed articles: 1" in md
    assert "| art01 |" in md


def test_write_report_by_suffix(tmp_path: Path) -> None:
    rep = build_report([run("m", [True])], gold="g", resamples=10)
    assert json.loads(write_report(rep, tmp_path / "r.json").read_text(encoding="utf-8")) == rep
    assert write_report(rep, tmp_path / "sub" / "r.md").read_text(encoding="utf-8").startswith("# Evaluation")
    with pytest.raises(InputError, match=r"unknown report format '\.txt'"):
        write_report(rep, tmp_path / "r.txt")


def test_html_report_uses_the_html_renderer(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[dict[str, Any]] = []

    class FakeModule:
        @staticmethod
        def render_report_html(report: dict[str, Any]) -> str:
            seen.append(report)
            return "<html>ok</html>"

    monkeypatch.setattr(report_module.importlib, "import_module", lambda name: FakeModule)
    rep = build_report([run("m", [True])], gold="g", resamples=10)
    assert write_report(rep, tmp_path / "r.html").read_text(encoding="utf-8") == "<html>ok</html>"
    assert seen == [rep]


def test_html_report_without_the_renderer_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing(name: str) -> object:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    monkeypatch.setattr(report_module.importlib, "import_module", missing)
    rep = build_report([run("m", [True])], gold="g", resamples=10)
    with pytest.raises(InputError, match=r"HTML reports need llmextract\.html\.report"):
        write_report(rep, tmp_path / "r.html")
    assert not (tmp_path / "r.html").exists()


def test_html_report_with_the_real_renderer(tmp_path: Path) -> None:
    rep = build_report([run("model-a", [True]), run("model-b", [False])], gold="g", resamples=10)
    html = write_report(rep, tmp_path / "r.html").read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html")
    assert "model-b / extraction@v1" in html


def test_report_splits_the_figures_by_language() -> None:
    scored = run("m", [True, False, True], n_articles=3)
    scored.languages = ["fr", "de", "fr"]
    [r] = build_report([scored], gold="g.jsonl", resamples=10)["runs"]
    assert set(r["by_language"]) == {"de", "fr"}
    assert r["by_language"]["fr"]["articles"] == 2
    assert r["by_language"]["fr"]["quotes"]["exact"]["recall"] == 0.5  # one of two gold quotes each
    assert r["by_language"]["de"]["quotes"]["exact"]["recall"] == 0.0
