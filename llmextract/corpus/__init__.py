"""Corpus view: many results as tables (Parquet or CSV), one actor per person, and a dashboard."""

from llmextract.corpus.aliases import Aliases, load_aliases
from llmextract.corpus.build import BuildSummary, build, build_corpus
from llmextract.corpus.tables import CorpusTables

__all__ = ["Aliases", "BuildSummary", "CorpusTables", "build", "build_corpus", "load_aliases"]
