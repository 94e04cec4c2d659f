"""Evaluation against gold annotations: gold format, importers, scorer, eval runs and reports.

gold      GoldArticle and its strict JSONL loader (``load_gold``)
polnear   PolNeAR brat standoff -> gold          seesaw   SEESAW JSON -> gold
matching  span overlap, one-to-one matchings, name normalisation
scorer    per-article counts and the figures computed from them
report    report dict (bootstrap intervals, deltas, worst articles) -> .md / .json / .html
runner    predictions JSONL, eval runs over (model, prompt) pairs
progress  an eval run's progress on stderr
"""
