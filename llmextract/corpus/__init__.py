"""Corpus view: many results as tables (Parquet or CSV), one actor per person, and a dashboard."""

from llmextract.corpus.aliases import Aliases, load_aliases
from llmextract.corpus.tables import CorpusTables, build

__all__ = ["Aliases", "CorpusTables", "build", "load_aliases"]
