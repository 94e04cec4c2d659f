"""Grounding: every text a model returns is placed at character offsets of the article, or dropped.

aligner      ``Grounder``: exact, then folded, then anchored fuzzy matches of a snippet
span_policy  where a found span starts and ends (quotation marks, final punctuation)
folding      text folded for matching, with a map back to raw offsets
"""
