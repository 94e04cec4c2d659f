"""Grounding: every text a model returns is placed at character offsets of the article, or dropped.

aligner      ``Grounder``: exact, then folded, then anchored fuzzy matches of a snippet
span_policy  where a found span starts and ends (quotation marks, final punctuation), and the
             sentence around it (stance evidence)
sentences    one sentence segmentation of a whole text, shared by evidence and gold importers
folding      text folded for matching, with a map back to raw offsets
"""
