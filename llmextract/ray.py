"""The library entry for Ray Data pipelines: ``llmextract.ray.extract_dataset(ds, model=..., **options)``.

Needs the ``ray`` extra (``pip install "llmextract[ray]"``).
"""

from __future__ import annotations

from llmextract.batch.engines.ray_engine import ExtractBatch, extract_dataset
from llmextract.config import ExtractorConfig

__all__ = ["ExtractBatch", "ExtractorConfig", "extract_dataset"]
