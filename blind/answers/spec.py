"""The hand-written annotations of the blind answers set, one entry per article file ``<id>.txt``.

Each entry: ``lang``; ``actors`` as (name, type, role, aliases, canonical), where name is the fullest
name the article uses, aliases the other names it uses, and canonical the name a model that prefers
official names would write (None: the name itself); ``quotes`` in reading order as (text, speaker,
speaker mention, cue, kind), text exactly as the article has it (span policy of the toolkit: enclosing
marks and the punctuation inside them belong to a direct quote, an indirect quote starts at
"that"/"que" when the article has it and stops before the sentence's final punctuation); ``stances`` as
(holder, target, polarity, evidence sentence), holder an actor name, target an actor name or a topic
in the article's words, the evidence the whole sentence with its end punctuation and closing marks.

``make_gold.py`` turns these into offsets (``gold.jsonl``); ``make_answers.py`` derives the answer
styles from them.
"""

from __future__ import annotations

from typing import Any

from spec_en1 import ARTICLES as EN1
from spec_en2 import ARTICLES as EN2
from spec_other import ARTICLES as OTHER

ARTICLES: dict[str, dict[str, Any]] = {**EN1, **EN2, **OTHER}
