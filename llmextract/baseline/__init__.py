"""The offline rules model, no LLM. Read top-down; each module uses only those below it.

model        ``baseline_extract``: the steps over one article (sentences, colon lines, orphan quotes)
attribution  who said what in one sentence: the cue rules (``SentenceReader``)
phrases      rules reading one phrase at a cue: a speaker's name, a listener, an adjunct
name_spans   speaker names and capitalised runs -> actors, titles split off as roles
tokens       tokens, quotation spans and sentence breaks
word_tables  the word lists every rule looks words up in
"""
