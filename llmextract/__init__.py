"""llmextract: quotes, stances and actors from news articles, grounded in the text."""

from __future__ import annotations

__version__ = "0.1.0"
