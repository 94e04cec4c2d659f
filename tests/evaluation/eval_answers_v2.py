"""Hand-written answers of the same imperfect model as eval_answers.py, under prompt extraction@v2.

They answer in LLM schema v2 (``kind``, ``type`` and ``speaker_mention`` on every item) and follow
what v2's definitions change; the misses v2 does nothing about are kept. Written by hand, not
recorded: the figures they give measure these answers, not a model. Per article, what differs
from the v1 answers:

- kelby-wind-farm: the union's "arguing" quote is no longer missed, but is given from "that"
  (v2's indirect-quote rule; the example gold starts at "the cables"); Lind's indirect quote
  has speaker "Marta Lind" (the actors' name) and mention "Lind"; Brand's quote keeps its
  quotation marks. The union's stance target is still "the plan" (it is the article's words).
- rail-fund-doubles: Moreau's indirect quote is given from "that"; "“a pre-election gift”" keeps
  its marks; Moreau's direct quote has speaker "Ines Moreau", mention "Moreau". Okafor's second
  quote is still missed.
- pella-water-treaty: the town of Pella is not listed (v2 lists people, organizations, states and
  groups); the farmers' groups are listed as a group, but their stance is still missed.
- norberg-storm-schools: right, as under v1.

``tests/evaluation/write_eval_cassette.py`` turns them into cassettes/synthetic/eval_examples_gold_v2.yaml.
"""

from __future__ import annotations

from typing import Any

from eval_answers import ANSWERS

# what v2 changes: the quotes of every article, and the actors of one (the docstring says how)
QUOTES_V2: dict[str, list[dict[str, Any]]] = {
    "kelby-wind-farm": [
        {
            "text": "“This is the cheapest power we can build,”",
            "speaker": "Marta Lind",
            "speaker_mention": "Marta Lind",
            "cue": "said",
            "kind": "direct",
        },
        {
            "text": "the turbines would be towed out next spring",
            "speaker": "Marta Lind",
            "speaker_mention": "Lind",
            "cue": "said",
            "kind": "indirect",
        },
        {
            "text": "that the cables would cut through its best grounds",
            "speaker": "Fishermen’s Union",
            "speaker_mention": "The Fishermen’s Union",
            "cue": "arguing",
            "kind": "indirect",
        },
        {
            "text": "“Nobody asked us,”",
            "speaker": "Joe Brand",
            "speaker_mention": "union secretary Joe Brand",
            "cue": "told reporters",
            "kind": "direct",
        },
    ],
    "rail-fund-doubles": [
        {
            "text": "that the rail fund would double to four billion euros",
            "speaker": "Ines Moreau",
            "speaker_mention": "Finance minister Ines Moreau",
            "cue": "said on Friday",
            "kind": "indirect",
        },
        {
            "text": "“a pre-election gift”",
            "speaker": "Paul Okafor",
            "speaker_mention": "Opposition leader Paul Okafor",
            "cue": "called",
            "kind": "direct",
        },
        {
            "text": "“We will publish every contract,”",
            "speaker": "Ines Moreau",
            "speaker_mention": "Moreau",
            "cue": "said",
            "kind": "direct",
        },
        {
            "text": "the first lines will open in 2027",
            "speaker": "the treasury",
            "speaker_mention": "the treasury",
            "cue": "According to",
            "kind": "indirect",
        },
    ],
    "pella-water-treaty": [
        {
            "text": "“keeping its word”",
            "speaker": "Rosa Kell",
            "speaker_mention": "Valdorian president Rosa Kell",
            "cue": "praised",
            "kind": "direct",
        },
        {
            "text": "the deal would be reviewed in five years",
            "speaker": "Estmark’s foreign ministry",
            "speaker_mention": "Estmark’s foreign ministry",
            "cue": "said",
            "kind": "indirect",
        },
    ],
    "norberg-storm-schools": [
        {
            "text": "the roads to reopen by Friday morning",
            "speaker": "Officials",
            "speaker_mention": "Officials",
            "cue": "expect",
            "kind": "indirect",
        }
    ],
}

PELLA_ACTORS_V2: list[dict[str, Any]] = [
    {"name": "Valdoria", "type": "state", "role": None, "aliases": []},
    {"name": "Estmark", "type": "state", "role": None, "aliases": []},
    {"name": "Rosa Kell", "type": "person", "role": "Valdorian president", "aliases": []},
    {"name": "Estmark’s foreign ministry", "type": "organization", "role": None, "aliases": []},
    {"name": "Farmers’ groups", "type": "group", "role": None, "aliases": []},
]

ANSWERS_V2: dict[str, dict[str, Any]] = {
    article_id: {
        "actors": PELLA_ACTORS_V2 if article_id == "pella-water-treaty" else answer["actors"],
        "quotes": QUOTES_V2[article_id],
        "stances": answer["stances"],  # v2 changes no stance
    }
    for article_id, answer in ANSWERS.items()
}
