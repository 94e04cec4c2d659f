"""The result schema is a public contract: it may only change with a new version and snapshot."""

from __future__ import annotations

import json

from llmextract.schema import SCHEMA_VERSION, Extraction
from llmextract.schema_export import current_schema, export_schema, snapshot_path


def test_models_match_the_newest_snapshot() -> None:
    snapshot = json.loads(snapshot_path(SCHEMA_VERSION).read_text(encoding="utf-8"))
    assert current_schema() == snapshot, (
        "the result models changed: bump SCHEMA_VERSION and add schemas/extraction/v<N>.json, "
        "or restore the models"
    )


def test_no_newer_snapshot_than_the_code() -> None:
    assert not snapshot_path(SCHEMA_VERSION + 1).exists()


def test_export_writes_the_current_schema(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = export_schema(tmp_path / "out")
    assert path.name == f"extraction.v{SCHEMA_VERSION}.json"
    assert json.loads(path.read_text()) == current_schema()


def test_contract_field_names() -> None:
    fields = Extraction.model_json_schema()["$defs"]
    assert {"id", "text", "start", "end", "kind", "speaker_id", "speaker", "cue", "alignment"} <= set(
        fields["Quote"]["properties"]
    )
    assert {"id", "holder_id", "target", "target_id", "polarity", "evidence", "quote_id"} <= set(
        fields["Stance"]["properties"]
    )
    assert {"id", "name", "type", "role", "aliases", "mentions"} <= set(fields["Actor"]["properties"])
    assert {
        "model",
        "endpoint",
        "prompt",
        "schema_version",
        "toolkit_version",
        "mode",
        "attempts",
        "usage",
        "seconds",
    } <= set(fields["Provenance"]["properties"])
