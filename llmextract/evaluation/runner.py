"""Eval runs: every (model, prompt) pair over the gold articles, predictions kept, then scored.

Each pair's articles go through the same run as ``llmextract extract`` on a batch
(:func:`llmextract.batch.run.run_extractor`: bounded concurrency, the response cache, a
``{"id", "error": {"type", "message", "attempts"}, "usage"}`` record for an article that fails,
the Extractor closed at the end). Each prediction is written to its run's JSONL the moment it
exists, and the file is read back for scoring, so the kept file is exactly what was scored and
``llmextract score`` on it gives the same figures.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from llmextract.article import Article, text_sha256
from llmextract.batch.many import BatchResult
from llmextract.batch.output import JsonlSink
from llmextract.batch.run import run_extractor
from llmextract.config import ExtractorConfig
from llmextract.cost.prices import PriceSource, price_for
from llmextract.cost.run_cost import run_cost
from llmextract.errors import EvalInterrupted, InputError
from llmextract.evaluation.gold import GoldArticle
from llmextract.evaluation.report import RunScores
from llmextract.evaluation.scorer import score_article
from llmextract.llm.prompts import DEFAULT_PROMPT
from llmextract.pipeline import Extractor
from llmextract.reading.language import detect_language, normalise_language
from llmextract.schema import Extraction, Usage
from llmextract.utils.jsonl import read_jsonl

__all__ = [
    "ExtractorFactory",
    "PredictionSet",
    "gold_article",
    "load_predictions",
    "predictions_path",
    "run_eval",
    "score_predictions",
]

ExtractorFactory = Callable[[str, str], Extractor]
"""Builds a fresh Extractor for a (model, prompt) pair; the run closes it."""
Progress = Callable[[str, int, int], None]  # run ("model / prompt"), articles done, total


@dataclass
class PredictionSet:
    """Extractions by article id, and the error messages of articles that failed."""

    extractions: dict[str, Extraction] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)
    #: tokens spent per article id, over every line of it (failed attempts included)
    usage: dict[str, Usage] = field(default_factory=dict)
    #: the model the extractions name (their provenance), for pricing
    model: str | None = None


def _error_message(error: Any) -> str:
    if isinstance(error, dict) and "message" in error:
        kind = error.get("type")
        return f"{kind}: {error['message']}" if kind else str(error["message"])
    return error if isinstance(error, str) else json.dumps(error, ensure_ascii=False)


def load_predictions(path: str | Path) -> PredictionSet:
    """Read Extraction JSONL; ``{"id", "error"}`` lines are failures (scored as empty).

    A later extraction for the same id replaces an earlier one (resumed batches append), and
    an error line never replaces an extraction.
    """
    p = Path(path)
    if not p.is_file():
        raise InputError(f"{p}: no such predictions file")
    out = PredictionSet()
    for record in read_jsonl(p):
        where, data = record.where, record.value
        if isinstance(data, dict) and "error" in data and "article" not in data:
            article_id = str(data.get("id") or "")
            if not article_id:
                raise InputError(f"{where}: error line without an article id")
            out.errors.setdefault(article_id, []).append(_error_message(data["error"]))
            spent = data.get("usage")
            if isinstance(spent, dict):
                with contextlib.suppress(ValidationError):
                    out.usage[article_id] = out.usage.get(article_id, Usage()) + Usage.model_validate(spent)
            continue
        try:
            extraction = Extraction.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(x) for x in first["loc"])
            raise InputError(f"{where}: not an Extraction ({loc}: {first['msg']})") from exc
        out.extractions[extraction.article.id] = extraction
        article_id = extraction.article.id
        out.usage[article_id] = out.usage.get(article_id, Usage()) + extraction.provenance.usage
        out.model = out.model or extraction.provenance.model
    for article_id in out.extractions:
        out.errors.pop(article_id, None)
    return out


def score_predictions(
    gold: Sequence[GoldArticle],
    predictions: PredictionSet,
    *,
    model: str,
    prompt: str | None = None,
    predictions_file: str | None = None,
    prices: PriceSource | None = None,
) -> RunScores:
    """Count every gold article; a failed or missing article counts as an empty prediction.

    A prediction made on a different text than the gold one is refused: its offsets would
    be compared with the wrong characters. The run's cost is priced for the model the
    extractions name (else ``model``) with ``prices`` over the shipped table.
    """
    counts = []
    failed = missing = 0
    for article in gold:
        extraction = predictions.extractions.get(article.id)
        if extraction is not None and extraction.article.sha256 != text_sha256(article.text):
            raise InputError(
                f"prediction for article {article.id!r} was made on a different text than the gold one"
            )
        if extraction is None:
            if article.id in predictions.errors:
                failed += 1
            else:
                missing += 1
        counts.append(score_article(article, extraction))
    return RunScores(
        model=model,
        prompt=prompt,
        article_ids=[a.id for a in gold],
        counts=counts,
        languages=[normalise_language(a.lang) or detect_language(a.text) for a in gold],
        errors={a.id: predictions.errors[a.id] for a in gold if a.id in predictions.errors},
        failed_articles=failed,
        missing_articles=missing,
        predictions=predictions_file,
        cost=run_cost(
            [predictions.usage.get(a.id, Usage()) for a in gold],
            price_for(predictions.model or model, prices),
        ),
    )


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-") or "run"


def predictions_path(folder: str | Path, model: str, prompt: str) -> Path:
    """Where a run's predictions are kept: ``<folder>/<model>__<prompt>.jsonl``."""
    return Path(folder) / f"{_slug(model)}__{_slug(prompt)}.jsonl"


def gold_article(gold: GoldArticle) -> Article:
    """The article a run sends for a gold article: its text, id, title and language."""
    return Article(
        text=gold.text, id=gold.id, title=gold.title, metadata={"lang": gold.lang} if gold.lang else {}
    )


def run_eval(
    gold: Sequence[GoldArticle],
    models: Sequence[str],
    prompts: Sequence[str] = (DEFAULT_PROMPT,),
    *,
    out_dir: str | Path,
    limit: int | None = None,
    config: ExtractorConfig | None = None,
    extractor_factory: ExtractorFactory | None = None,
    progress: Progress | None = None,
) -> list[RunScores]:
    """Run each (model, prompt) pair over the first ``limit`` gold articles and score it.

    Each pair gets its own :class:`~llmextract.pipeline.Extractor`: ``config`` (endpoint, mode,
    timeout, cache, concurrency, ...) with the pair's model and prompt, or one built by
    ``extractor_factory``. An article that fails, for whatever reason, is an error record scored as
    empty; the run goes on. Raises :class:`EvalInterrupted` when stopped by a signal.
    """
    if not models:
        raise InputError("give at least one model")
    base = config if config is not None else ExtractorConfig()
    concurrency = base.concurrency

    def build(model: str, prompt: str) -> Extractor:
        return Extractor(config=replace(base, model=model, prompt=prompt))

    factory = extractor_factory or build
    chosen = list(gold[:limit] if limit is not None else gold)
    articles = [gold_article(g) for g in chosen]
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    runs: list[RunScores] = []
    for model in models:
        for prompt in prompts:
            path = predictions_path(folder, model, prompt)
            _run_pair(articles, factory(model, prompt), path, f"{model} / {prompt}", progress, concurrency)
            runs.append(
                score_predictions(
                    chosen,
                    load_predictions(path),
                    model=model,
                    prompt=prompt,
                    predictions_file=str(path),
                    prices=base.prices,
                )
            )
    return runs


def _run_pair(
    articles: list[Article],
    extractor: Extractor,
    path: Path,
    name: str,
    progress: Progress | None,
    concurrency: int,
) -> None:
    """One (model, prompt) run into a fresh ``path``; the extractor is closed whatever happens."""
    try:
        sink = JsonlSink(path)  # locked: a second eval into this folder stops here
        try:
            sink.prepare(resume=False, retry_failed=False, overwrite=True)
        except BaseException:
            sink.close()
            raise
    except BaseException:
        extractor.close()
        raise
    done = 0

    def keep(result: BatchResult) -> None:
        nonlocal done
        sink.write(result)
        done += 1
        if progress:
            progress(name, done, len(articles))

    with sink:
        interrupted = run_extractor(articles, extractor, keep, concurrency=concurrency)
    if interrupted:
        raise EvalInterrupted(path)
