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

ANSWERS_V2: dict[str, dict[str, Any]] = {
    "kelby-wind-farm": {
        "actors": [
            {
                "name": "Marta Lind",
                "type": "person",
                "role": "chair of the port authority",
                "aliases": ["Lind"],
            },
            {
                "name": "Port authority of Kelby",
                "type": "organization",
                "role": None,
                "aliases": ["the authority"],
            },
            {"name": "Fishermen’s Union", "type": "organization", "role": None, "aliases": ["union"]},
            {"name": "Joe Brand", "type": "person", "role": "union secretary", "aliases": []},
        ],
        "quotes": [
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
        "stances": [
            {
                "holder": "Port authority of Kelby",
                "target": "floating wind farm",
                "polarity": "support",
                "evidence": "The port authority of Kelby approved a floating wind farm on Tuesday, ending a "
                "two-year dispute.",
            },
            {
                "holder": "Fishermen’s Union",
                "target": "the plan",
                "polarity": "oppose",
                "evidence": "The Fishermen’s Union opposed the plan, arguing that the cables "
                "would cut through its best grounds.",
            },
        ],
    },
    "rail-fund-doubles": {
        "actors": [
            {"name": "Ines Moreau", "type": "person", "role": "Finance minister", "aliases": ["Moreau"]},
            {"name": "Paul Okafor", "type": "person", "role": "Opposition leader", "aliases": []},
            {"name": "the treasury", "type": "organization", "role": None, "aliases": []},
        ],
        "quotes": [
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
        "stances": [
            {
                "holder": "Paul Okafor",
                "target": "rail fund",
                "polarity": "oppose",
                "evidence": "Opposition leader Paul Okafor called the plan “a pre-election gift” "
                "and said the money should go to hospitals.",
            },
            {
                "holder": "Ines Moreau",
                "target": "rail fund",
                "polarity": "support",
                "evidence": "Finance minister Ines Moreau said on Friday that the rail fund would "
                "double to four billion euros.",
            },
        ],
    },
    "pella-water-treaty": {
        "actors": [
            {"name": "Valdoria", "type": "state", "role": None, "aliases": []},
            {"name": "Estmark", "type": "state", "role": None, "aliases": []},
            {"name": "Rosa Kell", "type": "person", "role": "Valdorian president", "aliases": []},
            {"name": "Estmark’s foreign ministry", "type": "organization", "role": None, "aliases": []},
            {"name": "Farmers’ groups", "type": "group", "role": None, "aliases": []},
        ],
        "quotes": [
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
        "stances": [
            {
                "holder": "Rosa Kell",
                "target": "Estmark",
                "polarity": "support",
                "evidence": "Valdorian president Rosa Kell praised Estmark for “keeping its word”.",
            },
        ],
    },
    "norberg-storm-schools": {
        "actors": [{"name": "Officials", "type": "group", "role": None, "aliases": []}],
        "quotes": [
            {
                "text": "the roads to reopen by Friday morning",
                "speaker": "Officials",
                "speaker_mention": "Officials",
                "cue": "expect",
                "kind": "indirect",
            },
        ],
        "stances": [],
    },
}
