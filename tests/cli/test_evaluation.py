from __future__ import annotations

import asyncio
import json
import os
import signal
import unicodedata
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
import typer
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from llmextract.article import Article
from llmextract.cli.app import app as main_app
from llmextract.cli.evaluation import register
from llmextract.errors import ProviderError
from llmextract.evaluation.gold import gold_to_extraction, load_gold
from llmextract.llm.prompts import DEFAULT_PROMPT
from llmextract.pipeline import Extractor
from llmextract.schema import Extraction

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "gold" / "news.jsonl"
GOLD = {a.id: a for a in load_gold(EXAMPLES)}


V = DEFAULT_PROMPT  # the prompt eval uses when none is named
F = V.replace("@", "-")  # ... as it appears in a predictions file name


class GoldExtractor(Extractor):
    """'perfect' answers with the gold; 'half' drops every second quote; 'down' always fails."""

    def __init__(self, model: str) -> None:
        super().__init__("baseline")
        self.name = model
        self.closed = False

    async def aextract(self, article: Article | str, *, budget: Any = None) -> Extraction:
        assert isinstance(article, Article)
        if self.name == "down":
            raise ProviderError("connection refused", host="127.0.0.1")
        result = gold_to_extraction(GOLD[article.id], model=self.name)
        if self.name == "half":
            result = result.model_copy(update={"quotes": result.quotes[::2]})
        return result

    async def aclose(self) -> None:
        self.closed = True


@pytest.fixture
def built() -> list[GoldExtractor]:
    return []


@pytest.fixture
def app(built: list[GoldExtractor]) -> typer.Typer:
    def factory(model: str, prompt: str) -> Extractor:
        built.append(GoldExtractor(model))
        return built[-1]

    app = typer.Typer()
    register(app, extractor_factory=factory)
    return app


runner = CliRunner()


def test_help_lists_the_commands(app: typer.Typer) -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("gold", "score", "eval"):
        assert command in result.output
    result = runner.invoke(app, ["eval", "--help"])
    assert "--model" in result.output and "--prompt" in result.output and "--limit" in result.output


def test_score_gold_against_itself_is_perfect(app: typer.Typer, tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    pred.write_text(
        "".join(gold_to_extraction(a).model_dump_json() + "\n" for a in GOLD.values()), encoding="utf-8"
    )
    report = tmp_path / "report.json"
    result = runner.invoke(
        app, ["score", str(EXAMPLES), str(pred), "--report", str(report), "--resamples", "50"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    run = data["runs"][0]
    figures = [run["quotes"][k][m] for k in ("exact", "dice_0.5") for m in ("precision", "recall", "f1")]
    figures += [run["quotes"]["joint_f1"], run["actors"]["f1"], run["stances"]["triples"]["f1"]]
    assert all(f["value"] == 1.0 and f["ci95"] == [1.0, 1.0] for f in figures)
    assert "| quotes exact F1 | 100.0 (100.0 – 100.0) |" in result.output


def test_score_warns_about_predictions_for_unknown_articles(app: typer.Typer, tmp_path: Path) -> None:
    pred = tmp_path / "pred.jsonl"
    extra = gold_to_extraction(GOLD["kelby-wind-farm"]).model_copy(deep=True)
    extra.article.id = "not-in-gold"
    pred.write_text(extra.model_dump_json() + "\n", encoding="utf-8")
    result = runner.invoke(app, ["score", str(EXAMPLES), str(pred), "--resamples", "0"])
    assert result.exit_code == 0, result.output
    assert "Warning: 1 predictions for articles not in" in result.output
    assert "missing: 4" in result.output


def test_score_input_errors_exit_2(app: typer.Typer, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    result = runner.invoke(app, ["score", str(bad), str(bad)])
    assert result.exit_code == 2
    assert "bad.jsonl:1" in result.output
    result = runner.invoke(app, ["score", str(EXAMPLES), str(tmp_path / "none.jsonl")])
    assert result.exit_code == 2 and "no such predictions file" in result.output


def test_eval_compares_runs_and_keeps_predictions(
    app: typer.Typer, built: list[GoldExtractor], tmp_path: Path
) -> None:
    report = tmp_path / "out" / "eval.md"
    result = runner.invoke(
        app,
        [
            "eval",
            str(EXAMPLES),
            "-m",
            "perfect",
            "-m",
            "half",
            "-m",
            "down",
            "--report",
            str(report),
            "--resamples",
            "50",
        ],
    )
    assert result.exit_code == 0, result.output
    md = report.read_text(encoding="utf-8")
    assert f"| figure | perfect / {V} | half / {V} | Δ half / {V} |" in md
    assert "Failed articles: 4" in md  # every article of the 'down' run
    kept = sorted(p.name for p in (tmp_path / "out" / "eval.md.predictions").iterdir())
    assert kept == [f"down__{F}.jsonl", f"half__{F}.jsonl", f"perfect__{F}.jsonl"]
    assert [(e.name, e.closed) for e in built] == [("perfect", True), ("half", True), ("down", True)]
    down = tmp_path / "out" / "eval.md.predictions" / f"down__{F}.jsonl"
    record = json.loads(down.read_text(encoding="utf-8").splitlines()[0])
    assert record["error"]["type"] == "ProviderError" and set(record) == {"id", "error", "usage"}


def test_eval_json_report_deltas_and_limit(app: typer.Typer, tmp_path: Path) -> None:
    report = tmp_path / "eval.json"
    result = runner.invoke(
        app,
        [
            "eval",
            str(EXAMPLES),
            "-m",
            "perfect",
            "-m",
            "half",
            "--limit",
            "2",
            "--report",
            str(report),
            "--predictions-dir",
            str(tmp_path / "preds"),
            "--resamples",
            "20",
        ],
    )
    assert result.exit_code == 0, result.output
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["gold_articles"] == 2
    half = data["runs"][1]
    # 'half' keeps quotes 1 and 3 of 4 and 1, 3, 5 of 5: recall 5/9
    assert half["quotes"]["exact"]["recall"]["value"] == pytest.approx(5 / 9, abs=1e-6)
    assert half["delta_to_first"]["quotes"]["exact"]["recall"]["value"] == pytest.approx(5 / 9 - 1, abs=1e-6)
    assert half["predictions"] == str(tmp_path / "preds" / f"half__{F}.jsonl")
    assert half["worst"][0] in {"kelby-wind-farm", "rail-fund-doubles"}


def test_eval_without_models_is_a_usage_error(app: typer.Typer) -> None:
    result = runner.invoke(app, ["eval", str(EXAMPLES)])
    assert result.exit_code == 2


def test_eval_html_report_without_renderer_exits_2(
    app: typer.Typer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from llmextract.evaluation import report as report_module

    def missing(name: str) -> object:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    monkeypatch.setattr(report_module.importlib, "import_module", missing)
    result = runner.invoke(
        app,
        [
            "eval",
            str(EXAMPLES),
            "-m",
            "perfect",
            "--report",
            str(tmp_path / "r.html"),
            "--predictions-dir",
            str(tmp_path / "p"),
            "--resamples",
            "5",
        ],
    )
    assert result.exit_code == 2
    assert "HTML reports need" in result.output


class InterruptedExtractor(GoldExtractor):
    """Sends the process a Ctrl-C from inside its first call, then waits to be cancelled."""

    async def aextract(self, article: Article | str, *, budget: Any = None) -> Extraction:
        os.kill(os.getpid(), signal.SIGINT)
        await asyncio.wait_for(asyncio.Event().wait(), timeout=10)
        raise AssertionError("the interrupt did not cancel the call")


def test_ctrl_c_stops_eval_with_exit_130(tmp_path: Path) -> None:
    built: list[GoldExtractor] = []

    def factory(model: str, prompt: str) -> Extractor:
        built.append(InterruptedExtractor(model))
        return built[-1]

    app = typer.Typer()
    register(app, extractor_factory=factory)
    preds = tmp_path / "p"
    result = runner.invoke(
        app,
        ["eval", str(EXAMPLES), "-m", "a", "-m", "b", "--predictions-dir", str(preds), "--concurrency", "1"],
    )
    assert result.exit_code == 130, result.output
    assert "interrupted; the predictions written so far are in" in result.output
    assert [(e.name, e.closed) for e in built] == [("a", True)], "the run stops, its extractor closed"
    assert (preds / f"a__{F}.jsonl").read_text(encoding="utf-8") == ""


HOSTILE_IDS = [
    "<script>alert(1)</script>",
    "a|b\nc | d",
    "<img src=x onerror=alert(2)>",
    "`code` *em* _x_ [l](javascript:alert(3)) \\| &amp; \x1b[2J",
]
HOSTILE_MODEL = "<script>alert('m')</script>|evil\n| injected | row |"


class Tags(HTMLParser):
    """The tags of a page and, per table row, how many cells it has."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.rows: list[int] = []
        self.cells: list[str] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "tr":
            self.rows.append(0)
        elif tag in ("td", "th"):
            self.rows[-1] += 1
            self._cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._cell is not None:
            self.cells.append("".join(self._cell))
            self._cell = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def hostile_score(tmp_path: Path, report: str) -> tuple[Path, str]:
    gold = tmp_path / "gold.jsonl"
    pred = tmp_path / "pred.jsonl"
    articles = list(GOLD.values())
    with gold.open("w", encoding="utf-8") as g, pred.open("w", encoding="utf-8") as p:
        for article, article_id in zip(articles, HOSTILE_IDS, strict=True):
            hostile = article.model_copy(update={"id": article_id})
            g.write(hostile.model_dump_json() + "\n")
            p.write(gold_to_extraction(hostile).model_copy(update={"quotes": []}).model_dump_json() + "\n")
    out = tmp_path / report
    result = CliRunner().invoke(
        main_app, ["score", str(gold), str(pred), "--name", HOSTILE_MODEL, "-r", str(out), "--resamples", "0"]
    )
    assert result.exit_code == 0, result.output
    return out, result.stdout


def test_markdown_report_keeps_hostile_ids_and_names_as_text_in_their_cells(tmp_path: Path) -> None:
    report, printed = hostile_score(tmp_path, "report.md")
    for markdown in (report.read_text(encoding="utf-8"), printed):
        assert {c for c in markdown if unicodedata.category(c) == "Cc"} <= {"\n"}
        page = Tags()
        page.feed(MarkdownIt("commonmark").enable("table").render(markdown))
        assert {tag for tag, _ in page.tags} <= {"h1", "h2", "p", "table", "thead", "tbody", "tr", "th", "td"}
        assert not any(attrs for _, attrs in page.tags)
        assert page.rows and all(n == 2 for n in page.rows[: page.rows.index(5)])  # figure | the run
        worst = page.rows[page.rows.index(5) :]
        assert worst == [5] * (1 + len(HOSTILE_IDS))
        shown = {" ".join(i.replace("\x1b", "␛").split()) for i in HOSTILE_IDS}
        assert shown <= {" ".join(c.split()) for c in page.cells}
        assert " ".join(HOSTILE_MODEL.split()) in {" ".join(c.split()) for c in page.cells}


def test_html_report_keeps_hostile_ids_and_names_as_text(tmp_path: Path) -> None:
    report, _ = hostile_score(tmp_path, "report.html")
    page = Tags()
    page.feed(report.read_text(encoding="utf-8"))
    scripts = [attrs for tag, attrs in page.tags if tag == "script"]
    assert scripts == [{}]  # the page's own
    assert not [tag for tag, _ in page.tags if tag == "img"]
    assert not [name for _, attrs in page.tags for name in attrs if name.startswith("on")]
