"""Actor resolution: which names are one actor, where each is mentioned, who a speaker is.

resolve  ``resolve_actors``: groups -> actors with ids and mentions, found in the text
merge    the merge rules that decide which of the model's names are one actor
index    ``ActorIndex``: look-ups from names and speakers to actors, built by ``resolve``
names    name keys, when two names can be one person, accent folding
"""
