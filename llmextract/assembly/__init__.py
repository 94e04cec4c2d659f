"""From a model's answer to the public result.

assemble  grounding, actor resolution and ids for one answer -> ``Extraction``
chunking  long articles split into overlapping chunks, and their answers merged
"""
