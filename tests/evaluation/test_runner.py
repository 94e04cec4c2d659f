from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fake_openai import FakeServer, Faults

from llmextract.article import Article
from llmextract.config import ExtractorConfig
from llmextract.errors import ConfigError, InputError, ProviderError
from llmextract.evaluation import runner
from llmextract.evaluation.gold import GoldArticle, gold_to_extraction, load_gold
from llmextract.evaluation.runner import (
    load_predictions,
    predictions_path,
    run_eval,
    score_predictions,
)
from llmextract.llm.prompts import DEFAULT_PROMPT
from llmextract.pipeline import Extractor
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


class GoldExtractor(Extractor):
    """Answers with the gold; the 'flaky' model fails on rail-fund-doubles, 'buggy' on every article."""

    def __init__(self, model: str, golds: dict[str, GoldArticle]) -> None:
        super().__init__("baseline")
        self.name, self.golds, self.closed = model, golds, False

    async def aextract(self, article: Article | str, *, budget: Any = None) -> Extraction:
        assert isinstance(article, Article)
        if self.name == "buggy":
            raise KeyError("a bug")
        if self.name == "flaky" and article.id == "rail-fund-doubles":
            raise ProviderError("server said 503", host="llm.example")
        return gold_to_extraction(self.golds[article.id], model=self.name)

    async def aclose(self) -> None:
        self.closed = True


def gold_factory(built: list[tuple[str, str, GoldExtractor]]) -> runner.ExtractorFactory:
    golds = {a.id: a for a in load_gold(EXAMPLES)}

    def factory(model: str, prompt: str) -> Extractor:
        built.append((model, prompt, GoldExtractor(model, golds)))
        return built[-1][2]

    return factory


def test_run_eval_runs_every_pair_and_keeps_predictions(tmp_path: Path) -> None:
    built: list[tuple[str, str, GoldExtractor]] = []
    golds = load_gold(EXAMPLES)
    runs = run_eval(
        golds,
        ["good", "flaky"],
        ["extraction@v1", "extraction@v2"],
        out_dir=tmp_path,
        extractor_factory=gold_factory(built),
    )
    pairs = [("good", "extraction@v1"), ("good", "extraction@v2"), ("flaky", "extraction@v1")]
    pairs.append(("flaky", "extraction@v2"))
    assert [(r.model, r.prompt) for r in runs] == pairs
    assert [(model, prompt, extractor.closed) for model, prompt, extractor in built] == [
        (*pair, True) for pair in pairs
    ]
    kept = predictions_path(tmp_path, "flaky", "extraction@v1")
    assert runs[2].predictions == str(kept)
    lines = [json.loads(x) for x in kept.read_text(encoding="utf-8").splitlines()]
    [failure] = [line for line in lines if "error" in line]
    assert (failure["id"], failure["error"]["type"]) == ("rail-fund-doubles", "ProviderError")
    assert failure["error"]["message"] == "server said 503 (endpoint llm.example)"
    assert set(failure) == {"id", "error", "usage"} and "attempts" in failure["error"]
    assert runs[2].failed_articles == 1 and runs[0].failed_articles == 0
    assert runs[2].errors == {"rail-fund-doubles": ["ProviderError: server said 503 (endpoint llm.example)"]}
    assert all(c["quotes.exact.tp"] == c["quotes.gold"] for c in runs[0].counts)


def test_run_eval_limit_and_articles_that_raise_anything(tmp_path: Path) -> None:
    golds = load_gold(EXAMPLES)
    runs = run_eval(golds, ["good"], out_dir=tmp_path, limit=2, extractor_factory=gold_factory([]))
    assert runs[0].article_ids == [golds[0].id, golds[1].id]
    # as in a batch, any exception of one article is that article's error record, not the end of the run
    [buggy] = run_eval(golds, ["buggy"], out_dir=tmp_path, extractor_factory=gold_factory([]))
    assert buggy.failed_articles == len(golds)
    assert all(errors == ["KeyError: 'a bug'"] for errors in buggy.errors.values())


def test_predictions_path_is_a_safe_file_name(tmp_path: Path) -> None:
    assert (
        predictions_path(tmp_path, "org/model:7b", "extraction@v1").name
        == "org-model-7b__extraction-v1.jsonl"
    )


def test_run_eval_in_parallel_writes_every_article_once(tmp_path: Path) -> None:
    golds = load_gold(EXAMPLES)
    seen: list[tuple[str, int, int]] = []
    runs = run_eval(
        golds,
        ["flaky"],
        out_dir=tmp_path,
        extractor_factory=gold_factory([]),
        progress=lambda run, done, total: seen.append((run, done, total)),
        config=ExtractorConfig(concurrency=3),
    )
    lines = [json.loads(x) for x in Path(runs[0].predictions or "").read_text(encoding="utf-8").splitlines()]
    ids = [line["id"] if "id" in line else line["article"]["id"] for line in lines]
    assert sorted(ids) == sorted(g.id for g in golds)
    assert runs[0].failed_articles == 1
    assert seen == [(f"flaky / {DEFAULT_PROMPT}", i, len(golds)) for i in range(1, len(golds) + 1)]
    with pytest.raises(ConfigError, match="concurrency"):
        ExtractorConfig(concurrency=0)


def test_a_second_run_starts_its_file_again(tmp_path: Path) -> None:
    golds = load_gold(EXAMPLES)
    run_eval(golds, ["flaky"], out_dir=tmp_path, extractor_factory=gold_factory([]))
    [again] = run_eval(golds, ["flaky"], out_dir=tmp_path, extractor_factory=gold_factory([]))
    assert len(Path(again.predictions or "").read_text(encoding="utf-8").splitlines()) == len(golds)


def mini_gold(tmp_path: Path, *texts: str) -> list[GoldArticle]:
    rows = [{"id": f"g{i}", "text": text, "tasks": ["quotes"], "quotes": []} for i, text in enumerate(texts)]
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return load_gold(path)


def test_eval_runs_use_the_response_cache_unless_told_not_to(tmp_path: Path) -> None:
    golds = mini_gold(tmp_path, "[id:g0] “The tunnel opens in May,” said Rosa Lindqvist at the depot.")
    with FakeServer() as server:
        config = ExtractorConfig(base_url=server.base_url)
        first = run_eval(golds, ["m"], out_dir=tmp_path / "a", config=config)
        again = run_eval(golds, ["m"], out_dir=tmp_path / "b", config=config)
        assert server.requests["g0"] == 1
        run_eval(golds, ["m"], out_dir=tmp_path / "c", config=replace(config, cache=False))
        assert server.requests["g0"] == 2
    assert first[0].counts == again[0].counts
    kept = load_predictions(again[0].predictions or "")
    assert kept.extractions["g0"].provenance.cached


def test_failed_articles_keep_their_attempts_and_usage(tmp_path: Path) -> None:
    golds = mini_gold(tmp_path, "[id:g0] “Yes,” said Ana Cruz.", "[id:g1] “No,” said Ana Cruz.")
    with FakeServer(faults=Faults(invalid=1.0)) as server:
        config = ExtractorConfig(base_url=server.base_url, max_reasks=1, cache=False, concurrency=2)
        [run] = run_eval(golds, ["m"], out_dir=tmp_path, config=config)
        assert server.total_requests == 4
    records = [json.loads(x) for x in Path(run.predictions or "").read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == ["g0", "g1"]
    for record in records:
        assert record["error"]["type"] == "ExtractionFailed" and record["error"]["attempts"] == 2
        # two answers from the server, each reporting 100 prompt and 20 completion tokens
        assert record["usage"] == {"prompt_tokens": 200, "completion_tokens": 40, "cached_tokens": 0}
    assert run.failed_articles == 2
