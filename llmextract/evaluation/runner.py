"""Eval runs: every (model, prompt) pair over the gold articles, predictions kept, then scored.

Each prediction is written to its run's JSONL the moment it exists, and the file is read back
for scoring, so the kept file is exactly what was scored and ``llmextract score`` on it gives
the same figures. The only tie to the pipeline is ``pipeline_extractor``; tests pass their own
factory instead.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from llmextract.article import Article
from llmextract.batch.inputs import iter_jsonl
from llmextract.errors import ConfigError, InputError, LLMExtractError
from llmextract.evaluation.gold import GoldArticle
from llmextract.evaluation.report import RunScores
from llmextract.evaluation.scorer import score_article
from llmextract.schema import Extraction

__all__ = [
    "DEFAULT_PROMPT",
    "ExtractFn",
    "ExtractorFactory",
    "PredictionSet",
    "load_predictions",
    "pipeline_extractor",
    "predictions_path",
    "run_eval",
    "score_predictions",
]

DEFAULT_PROMPT = "extraction@v1"
PIPELINE = "llmextract.pipeline"

ExtractFn = Callable[[Article], Extraction]
ExtractorFactory = Callable[[str, str, "str | None"], ExtractFn]
Progress = Callable[[str, int, int], None]  # run ("model / prompt"), articles done, total


@dataclass
class PredictionSet:
    """Extractions by article id, and the error messages of articles that failed."""

    extractions: dict[str, Extraction] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)


def pipeline_extractor(model: str, prompt: str, base_url: str | None) -> ExtractFn:
    """The real extractor: ``llmextract.pipeline.Extractor(...).extract``, imported on use."""
    try:
        module = importlib.import_module(PIPELINE)
    except ModuleNotFoundError as exc:
        if exc.name is None or not PIPELINE.startswith(exc.name):
            raise
        raise ConfigError(f"the extraction pipeline ({PIPELINE}) is not installed") from exc
    extractor = module.Extractor(model=model, prompt=prompt, base_url=base_url)

    def extract(article: Article) -> Extraction:
        result = extractor.extract(article)
        if not isinstance(result, Extraction):
            raise TypeError(f"Extractor.extract returned {type(result).__name__}, not Extraction")
        return result

    return extract


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
    for where, data in iter_jsonl(p):
        if isinstance(data, dict) and "error" in data and "article" not in data:
            article_id = str(data.get("id") or "")
            if not article_id:
                raise InputError(f"{where}: error line without an article id")
            out.errors.setdefault(article_id, []).append(_error_message(data["error"]))
            continue
        try:
            extraction = Extraction.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(x) for x in first["loc"])
            raise InputError(f"{where}: not an Extraction ({loc}: {first['msg']})") from exc
        out.extractions[extraction.article.id] = extraction
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
) -> RunScores:
    """Count every gold article; a failed or missing article counts as an empty prediction.

    A prediction made on a different text than the gold one is refused: its offsets would
    be compared with the wrong characters.
    """
    counts = []
    failed = missing = 0
    for article in gold:
        extraction = predictions.extractions.get(article.id)
        if extraction is not None and extraction.article.sha256 != _sha256(article.text):
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
        errors={a.id: predictions.errors[a.id] for a in gold if a.id in predictions.errors},
        failed_articles=failed,
        missing_articles=missing,
        predictions=predictions_file,
    )


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-") or "run"


def predictions_path(folder: str | Path, model: str, prompt: str) -> Path:
    """Where a run's predictions are kept: ``<folder>/<model>__<prompt>.jsonl``."""
    return Path(folder) / f"{_slug(model)}__{_slug(prompt)}.jsonl"


def run_eval(
    gold: Sequence[GoldArticle],
    models: Sequence[str],
    prompts: Sequence[str] = (DEFAULT_PROMPT,),
    *,
    out_dir: str | Path,
    base_url: str | None = None,
    limit: int | None = None,
    extractor_factory: ExtractorFactory = pipeline_extractor,
    progress: Progress | None = None,
    concurrency: int = 1,
) -> list[RunScores]:
    """Run each (model, prompt) pair over the first ``limit`` gold articles and score it.

    Articles that fail with a library error are recorded as ``{"id", "error"}`` lines and
    scored as empty; other exceptions are bugs and propagate. ``concurrency`` articles are in
    flight at once (an Extractor is thread-safe); lines are written as articles finish.
    """
    if concurrency < 1:
        raise InputError(f"concurrency must be at least 1, not {concurrency}")
    if not models:
        raise InputError("give at least one model")
    articles = list(gold[:limit] if limit is not None else gold)
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    runs: list[RunScores] = []
    for model in models:
        for prompt in prompts:
            path = predictions_path(folder, model, prompt)
            extract = extractor_factory(model, prompt, base_url)
            with path.open("w", encoding="utf-8") as fh, ThreadPoolExecutor(concurrency) as pool:
                pending = [pool.submit(_predict_line, extract, article) for article in articles]
                for i, done in enumerate(as_completed(pending), start=1):
                    fh.write(done.result() + "\n")
                    fh.flush()
                    if progress:
                        progress(f"{model} / {prompt}", i, len(articles))
            runs.append(
                score_predictions(
                    articles, load_predictions(path), model=model, prompt=prompt, predictions_file=str(path)
                )
            )
    return runs


def _predict_line(extract: ExtractFn, gold: GoldArticle) -> str:
    article = Article(text=gold.text, id=gold.id, title=gold.title)
    try:
        extraction = extract(article)
    except LLMExtractError as exc:
        error = {"type": type(exc).__name__, "message": str(exc)}
        return json.dumps({"id": gold.id, "error": error}, ensure_ascii=False)
    return extraction.model_dump_json()
