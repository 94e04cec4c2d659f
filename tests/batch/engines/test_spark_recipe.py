"""The README's Spark recipe (an iterator pandas UDF over ExtractBatch) on a local Spark, when pyspark
is installed (the ``spark`` extra); skipped otherwise."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.filterwarnings("ignore::FutureWarning", "ignore::DeprecationWarning")
pyspark_sql = pytest.importorskip("pyspark.sql")
pd = pytest.importorskip("pandas")

from llmextract.ray import ExtractBatch, ExtractorConfig  # noqa: E402

ROOT = Path(__file__).resolve().parents[3]


def test_the_spark_recipe_extracts_each_row(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYSPARK_PYTHON", sys.executable)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]))
    spark = (
        pyspark_sql.SparkSession.builder.master("local[2]")
        .appName("llmextract-recipe")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .getOrCreate()
    )
    try:
        articles_df = spark.createDataFrame(
            [
                ("a", "“The bridge opens in May,” said Mara Jensen at the quay."),
                ("b", "Senator Ida Holm said the budget would pass."),
                ("c", "   "),
            ],
            "id string, text string",
        )
        config = ExtractorConfig(model="baseline", cache=False, concurrency=16)

        def extract_partition(frames: Iterator[object]) -> Iterator[object]:
            with ExtractBatch(config) as worker:  # one per partition, built on the executor
                for frame in frames:
                    out = worker({"id": frame["id"].to_numpy(), "text": frame["text"].to_numpy()})  # type: ignore[index]
                    yield pd.DataFrame(out)

        schema = "id string, result string, failed boolean, cached boolean, tokens long"
        rows = articles_df.select("id", "text").mapInPandas(extract_partition, schema=schema).collect()
    finally:
        spark.stop()
    got = {row["id"]: (row["failed"], json.loads(row["result"])) for row in rows}
    assert set(got) == {"a", "b", "c"}
    assert got["a"][1]["quotes"][0]["speaker"] == "Mara Jensen" and not got["a"][0]
    assert got["c"][0] and got["c"][1]["error"]["type"] == "InputError"
