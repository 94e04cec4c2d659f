"""``extract --dry-run`` and ``eval --dry-run``: counted, priced, nothing sent; the price flags."""

from __future__ import annotations

import json
from pathlib import Path

from counting_server import CountingServer
from typer.testing import CliRunner

from llmextract.article import Article
from llmextract.cli.app import app
from llmextract.config import ExtractorConfig
from llmextract.cost.dry_run import dry_run
from llmextract.cost.prices import PriceSource, price_for
from llmextract.cost.tokens import counter_for

runner = CliRunner()
ROW = "“Pier {i} reopens in spring,” said Lena Holm, the harbour chief."
GOLD = Path(__file__).resolve().parents[2] / "examples" / "gold" / "news.jsonl"


def inputs(tmp_path: Path, n: int = 3) -> Path:
    path = tmp_path / "in.jsonl"
    rows = [
        {"id": f"a{i}", "text": f"“Pier {i} reopens in spring,” said Lena Holm, the harbour chief."}
        for i in range(n)
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_extract_dry_run_prints_counts_and_prices_and_sends_nothing(tmp_path: Path) -> None:
    with CountingServer(counter_for("gpt-4o-mini")) as server:
        args = ["extract", str(inputs(tmp_path)), "-m", "gpt-4o-mini", "--base-url", server.base_url]
        result = runner.invoke(app, [*args, "--dry-run", "-o", str(tmp_path / "out.jsonl")])
        assert server.tokens == []
    assert result.exit_code == 0, result.output
    assert "0 requests sent" in result.stdout and "articles 3; requests 3" in result.stdout
    assert "(o200k_base, exact)" in result.stdout and "Batch API $" in result.stdout
    assert not (tmp_path / "out.jsonl").exists()  # nothing written either


def test_dry_run_of_an_unpriced_model_shows_tokens_and_says_so(tmp_path: Path) -> None:
    args = ["extract", str(inputs(tmp_path)), "-m", "my-local-model", "--dry-run"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0 and "no known price for 'my-local-model'" in result.stdout
    assert "input tokens" in result.stdout and "(o200k_base, estimate)" in result.stdout
    priced = runner.invoke(app, [*args, "--price-in", "1", "--price-out", "4"])
    assert priced.exit_code == 0 and "(--price-in/--price-out)" in priced.stdout
    half = runner.invoke(app, [*args, "--price-in", "1"])
    assert half.exit_code == 2 and "give both --price-in and --price-out" in half.stderr


def test_a_price_file_is_read_and_a_bad_one_refused(tmp_path: Path) -> None:
    prices = tmp_path / "prices.json"
    prices.write_text(json.dumps({"models": {"my-local-model": {"input": 0.5, "output": 1.5}}}))
    args = ["extract", str(inputs(tmp_path)), "-m", "my-local-model", "--dry-run", "--price-file"]
    result = runner.invoke(app, [*args, str(prices)])
    assert result.exit_code == 0 and f"(--price-file {prices})" in result.stdout
    prices.write_text("{")
    broken = runner.invoke(app, [*args, str(prices)])
    assert broken.exit_code == 2 and "invalid JSON" in broken.stderr


def test_eval_dry_run_counts_every_model_and_prompt_and_scores_nothing(tmp_path: Path) -> None:
    report = tmp_path / "r.md"
    args = ["eval", str(GOLD), "-m", "gpt-4o-mini", "-m", "gpt-4.1", "--dry-run", "--limit", "2"]
    result = runner.invoke(app, [*args, "--report", str(report)])
    assert result.exit_code == 0, result.output
    assert result.stdout.count("0 requests sent") == 2 and result.stdout.count("articles 2;") == 2
    assert "gpt-4.1 / extraction@" in result.stdout and not report.exists()


def test_max_cost_stops_keeps_the_finished_and_resume_continues(tmp_path: Path) -> None:
    source, out = inputs(tmp_path, n=6), tmp_path / "out.jsonl"
    with CountingServer(counter_for("local-model")) as server:
        base = ["extract", str(source), "-m", "local-model", "--base-url", server.base_url, "--no-cache"]
        prices = ["--price-in", "1000", "--price-out", "0", "--concurrency", "1"]
        per_token = PriceSource(price_in=1000.0, price_out=0.0)
        planned = dry_run(
            [Article(text=ROW.format(i=0), id="a0")], ExtractorConfig(model="local-model", cache=False)
        )
        each = planned.input_tokens * 1000.0 / 1e6  # every row has as many tokens; answers priced 0
        assert price_for("local-model", per_token) is not None
        limited = runner.invoke(app, [*base, *prices, "-o", str(out), "--max-cost", f"{2.5 * each:.6f}"])
        assert limited.exit_code == 1 and "cost budget reached" in limited.stderr
        assert len(out.read_text().splitlines()) == 2 == len(server.tokens)
        rest = runner.invoke(app, [*base, *prices, "-o", str(out), "--resume", "--max-cost", "100"])
        assert rest.exit_code == 0, rest.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == 6 and all(
        line["provenance"]["cost"]["prices"] == "--price-in/--price-out" for line in lines
    )


def test_max_cost_needs_a_price_and_a_local_run(tmp_path: Path) -> None:
    source = inputs(tmp_path)
    unpriced = runner.invoke(
        app,
        [
            "extract",
            str(source),
            "-m",
            "local-model",
            "--base-url",
            "http://127.0.0.1:9/v1",
            "-o",
            str(tmp_path / "o.jsonl"),
            "--max-cost",
            "1",
        ],
    )
    assert unpriced.exit_code == 2 and "--max-cost needs a price for model 'local-model'" in unpriced.stderr
    batch = runner.invoke(app, ["extract", str(source), "-o", "o.jsonl", "--batch-api", "--max-cost", "1"])
    assert batch.exit_code == 2 and "--max-cost does not combine" in batch.stderr


def test_a_dry_run_with_resume_counts_only_what_the_output_lacks(tmp_path: Path) -> None:
    source, out = inputs(tmp_path, n=4), tmp_path / "out.jsonl"
    done = runner.invoke(app, ["extract", str(source), "-m", "baseline", "-o", str(out), "-q"])
    assert done.exit_code == 0
    lines = out.read_text().splitlines()
    out.write_text(lines[0] + "\n" + json.dumps({"id": "a1", "error": {"type": "X", "message": "m"}}) + "\n")
    before = out.read_text()
    args = ["extract", str(source), "-m", "gpt-4o-mini", "-o", str(out), "--dry-run"]
    resumed = runner.invoke(app, [*args, "--resume"])
    retried = runner.invoke(app, [*args, "--retry-failed"])
    fresh = runner.invoke(app, args)
    assert (
        "articles 2;" in resumed.stdout and "articles 3;" in retried.stdout and "articles 4;" in fresh.stdout
    )
    assert out.read_text() == before  # read, never changed


def test_score_prices_the_predictions_with_the_flags(tmp_path: Path) -> None:
    predictions = tmp_path / "p.jsonl"
    with CountingServer(counter_for("local-model")) as server:
        args = ["eval", str(GOLD), "-m", "local-model", "--base-url", server.base_url, "--no-cache"]
        ran = runner.invoke(
            app, [*args, "--limit", "2", "--predictions-dir", str(tmp_path / "p"), "--resamples", "0"]
        )
        assert ran.exit_code == 0, ran.output
    [path] = (tmp_path / "p").glob("*.jsonl")
    predictions.write_text(path.read_text())
    unpriced = runner.invoke(app, ["score", str(GOLD), str(predictions), "--resamples", "0"])
    assert "no known price" in unpriced.stdout
    priced = runner.invoke(
        app, ["score", str(GOLD), str(predictions), "--resamples", "0", "--price-in", "1", "--price-out", "1"]
    )
    assert (
        priced.exit_code == 0
        and "--price-in/--price-out" in priced.stdout
        and "per 1,000 articles" in priced.stdout
    )
