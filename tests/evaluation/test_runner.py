from __future__ import annotations

import json
from pathlib import Path

import pytest

from llmextract.article import Article
from llmextract.errors import ConfigError, InputError, ProviderError
from llmextract.evaluation import runner
from llmextract.evaluation.gold import gold_to_extraction, load_gold
from llmextract.evaluation.runner import (
    ExtractFn,
    load_predictions,
    predictions_path,
    run_eval,
    score_predictions,
)
from llmextract.schema import Extraction

from .factories import extraction, gold, quote

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "gold" / "news.jsonl"


def write_lines(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_load_predictions_reads_extractions_and_error_lines(tmp_path: Path) -> None:
    ok = extraction([quote(0, 10)], article_id="a1").model_dump_json()
    err = json.dumps({"id": "a2", "error": {"type": "ProviderError", "message": "503 from host"}})
    preds = load_predictions(write_lines(tmp_path / "p.jsonl", ok, "", err))
    assert list(preds.extractions) == ["a1"]
    assert preds.errors == {"a2": ["ProviderError: 503 from host"]}


def test_a_later_extraction_replaces_an_earlier_error(tmp_path: Path) -> None:
    err = json.dumps({"id": "a1", "error": "timeout"})
    ok = extraction(article_id="a1").model_dump_json()
    preds = load_predictions(write_lines(tmp_path / "p.jsonl", err, ok))
    assert "a1" in preds.extractions and preds.errors == {}


def test_bad_prediction_lines_name_the_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"p\.jsonl:2: invalid JSON"):
        load_predictions(write_lines(tmp_path / "p.jsonl", extraction().model_dump_json(), "{oops"))
    with pytest.raises(InputError, match=r"p\.jsonl:1: not an Extraction \(article"):
        load_predictions(write_lines(tmp_path / "p.jsonl", json.dumps({"quotes": []})))
    with pytest.raises(InputError, match="no such predictions file"):
        load_predictions(tmp_path / "missing.jsonl")


def test_failed_and_missing_articles_score_as_empty() -> None:
    golds = [gold([{"span": (0, 10)}], article_id=i) for i in ("a1", "a2", "a3")]
    preds = runner.PredictionSet(
        extractions={"a1": extraction([quote(0, 10)], article_id="a1")}, errors={"a2": ["boom"]}
    )
    run = score_predictions(golds, preds, model="m")
    assert (run.failed_articles, run.missing_articles) == (1, 1)
    assert run.errors == {"a2": ["boom"]}
    assert [c["quotes.exact.tp"] for c in run.counts] == [1, 0, 0]


def test_prediction_on_another_text_is_refused() -> None:
    g = gold([{"span": (0, 10)}], article_id="a1")
    preds = runner.PredictionSet(extractions={"a1": extraction(text="y" * 200, article_id="a1")})
    with pytest.raises(InputError, match="different text"):
        score_predictions([g], preds, model="m")


def perfect_factory(calls: list[tuple[str, str, str | None]]) -> runner.ExtractorFactory:
    golds = {a.id: a for a in load_gold(EXAMPLES)}

    def factory(model: str, prompt: str, base_url: str | None) -> ExtractFn:
        calls.append((model, prompt, base_url))

        def extract(article: Article) -> Extraction:
            if model == "flaky" and article.id == "rail-fund-doubles":
                raise ProviderError("server said 503", host="llm.example")
            return gold_to_extraction(golds[article.id], model=model)

        return extract

    return factory


def test_run_eval_runs_every_pair_and_keeps_predictions(tmp_path: Path) -> None:
    calls: list[tuple[str, str, str | None]] = []
    golds = load_gold(EXAMPLES)
    runs = run_eval(
        golds,
        ["good", "flaky"],
        ["extraction@v1", "extraction@v2"],
        out_dir=tmp_path,
        base_url="http://127.0.0.1:9",
        extractor_factory=perfect_factory(calls),
    )
    assert [(r.model, r.prompt) for r in runs] == [
        ("good", "extraction@v1"),
        ("good", "extraction@v2"),
        ("flaky", "extraction@v1"),
        ("flaky", "extraction@v2"),
    ]
    assert calls[0] == ("good", "extraction@v1", "http://127.0.0.1:9")
    kept = predictions_path(tmp_path, "flaky", "extraction@v1")
    assert runs[2].predictions == str(kept)
    lines = [json.loads(x) for x in kept.read_text(encoding="utf-8").splitlines()]
    assert lines[1] == {
        "id": "rail-fund-doubles",
        "error": {"type": "ProviderError", "message": "server said 503 (endpoint llm.example)"},
    }
    assert runs[2].failed_articles == 1 and runs[0].failed_articles == 0
    assert all(c["quotes.exact.tp"] == c["quotes.gold"] for c in runs[0].counts)


def test_run_eval_limit_and_unexpected_errors(tmp_path: Path) -> None:
    golds = load_gold(EXAMPLES)
    runs = run_eval(golds, ["good"], out_dir=tmp_path, limit=2, extractor_factory=perfect_factory([]))
    assert runs[0].article_ids == [golds[0].id, golds[1].id]

    def broken(model: str, prompt: str, base_url: str | None) -> ExtractFn:
        def extract(article: Article) -> Extraction:
            raise KeyError("a bug, not a failed article")

        return extract

    with pytest.raises(KeyError):
        run_eval(golds, ["m"], out_dir=tmp_path, extractor_factory=broken)


def test_predictions_path_is_a_safe_file_name(tmp_path: Path) -> None:
    assert (
        predictions_path(tmp_path, "org/model:7b", "extraction@v1").name
        == "org-model-7b__extraction-v1.jsonl"
    )


def test_pipeline_extractor_reports_a_missing_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> object:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)

    monkeypatch.setattr(runner.importlib, "import_module", missing)
    with pytest.raises(ConfigError, match="pipeline"):
        runner.pipeline_extractor("baseline", "extraction@v1", None)


def test_run_eval_in_parallel_writes_every_article_once(tmp_path: Path) -> None:
    golds = load_gold(EXAMPLES)
    seen: list[tuple[str, int, int]] = []
    runs = run_eval(
        golds,
        ["flaky"],
        out_dir=tmp_path,
        extractor_factory=perfect_factory([]),
        progress=lambda run, done, total: seen.append((run, done, total)),
        concurrency=3,
    )
    lines = [json.loads(x) for x in Path(runs[0].predictions or "").read_text(encoding="utf-8").splitlines()]
    ids = [line["id"] if "id" in line else line["article"]["id"] for line in lines]
    assert sorted(ids) == sorted(g.id for g in golds)
    assert runs[0].failed_articles == 1
    assert seen == [("flaky / extraction@v1", i, len(golds)) for i in range(1, len(golds) + 1)]
    with pytest.raises(InputError, match="concurrency"):
        run_eval(golds, ["m"], out_dir=tmp_path, extractor_factory=perfect_factory([]), concurrency=0)
