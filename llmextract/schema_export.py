"""JSON Schema snapshots of the result model, one file per released schema version.

``schemas/extraction/v<N>.json`` is generated from :class:`llmextract.schema.Extraction`; a test
fails when the models drift from the newest snapshot without a new ``SCHEMA_VERSION``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from llmextract.schema import SCHEMA_VERSION, Extraction
from llmextract.utils.outputs import write_text
from llmextract.utils.resources import resource_dir

__all__ = ["current_schema", "dumps", "export_schema", "snapshot_path"]


def current_schema() -> dict[str, Any]:
    schema = Extraction.model_json_schema()
    schema["$id"] = f"https://llmextract.invalid/schemas/extraction/v{SCHEMA_VERSION}.json"
    schema["title"] = f"llmextract Extraction (schema version {SCHEMA_VERSION})"
    return schema


def dumps(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def snapshot_path(version: int = SCHEMA_VERSION) -> Path:
    return resource_dir("schemas") / "extraction" / f"v{version}.json"


def export_schema(directory: Path) -> Path:
    """Write the current result schema to ``directory/extraction.v<N>.json``."""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"extraction.v{SCHEMA_VERSION}.json"
    write_text(path, dumps(current_schema()))
    return path
