"""Know the cost before paying: token counts, prices, dry runs and money budgets.

- :mod:`~llmextract.cost.prices`: the dated price table, a user's price file, ``--price-in/--price-out``;
- :mod:`~llmextract.cost.tokens`: input tokens of a request, exact for OpenAI models with ``bpe-openai``;
- :mod:`~llmextract.cost.output_estimate`: the answer tokens expected, calibrated on the cassettes;
- :mod:`~llmextract.cost.article_cost` and :mod:`~llmextract.cost.dry_run`: a run counted, none sent.
"""
