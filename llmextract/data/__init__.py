"""The evaluation corpora: where they come from, under which terms, and fetching them as gold.

``llmextract data fetch polnear|seesaw`` downloads a corpus from its public source into the data
folder (:func:`~llmextract.data.fetch.default_data_dir`), converts it with the gold importers and
checks each converted article against the checksums this version knows (:mod:`llmextract.data.known`).
"""
