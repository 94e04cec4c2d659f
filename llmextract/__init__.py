"""llmextract: quotes, stances and actors from news articles, grounded in the text.

>>> from llmextract import extract
>>> result = extract("The minister said: “We will not back down.”", model="baseline")
>>> result.quotes[0].text
'“We will not back down.”'
"""

from __future__ import annotations

from llmextract.__about__ import __version__
from llmextract.article import Article, load_article
from llmextract.batch.many import FailureRecord, aextract_many, extract_many
from llmextract.errors import (
    ConfigError,
    EngineError,
    ExtractionFailed,
    InputError,
    LLMExtractError,
    OutputError,
    PromptError,
    ProviderError,
    RunStopped,
)
from llmextract.pipeline import Extractor, aextract, extract
from llmextract.schema import (
    SCHEMA_VERSION,
    Actor,
    Extraction,
    Mention,
    Provenance,
    Quote,
    Span,
    Stance,
    Usage,
)

__all__ = [
    "SCHEMA_VERSION",
    "Actor",
    "Article",
    "ConfigError",
    "EngineError",
    "Extraction",
    "ExtractionFailed",
    "Extractor",
    "FailureRecord",
    "InputError",
    "LLMExtractError",
    "Mention",
    "OutputError",
    "PromptError",
    "Provenance",
    "ProviderError",
    "Quote",
    "RunStopped",
    "Span",
    "Stance",
    "Usage",
    "__version__",
    "aextract",
    "aextract_many",
    "extract",
    "extract_many",
    "load_article",
]
