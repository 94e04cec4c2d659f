"""Hand-written model answers for the articles of examples/gold/news.jsonl.

They stand in for a capable but imperfect model (they were written by hand, not recorded), so
the eval figures on the example gold set can be checked by hand. Per article, what they get
wrong on purpose:

- kelby-wind-farm: misses the union's "arguing" quote; drops the quotation marks of Brand's
  quote (grounding has to find it); names the union's stance target "the plan" (no match
  with "floating wind farm").
- rail-fund-doubles: misses Okafor's second quote; gives "pre-election gift" without its
  quotation marks.
- pella-water-treaty: misses the farmers' groups and their stance; adds a place as an actor.
- norberg-storm-schools: right.

``tests/evaluation/write_eval_cassette.py`` turns them into cassettes/synthetic/test_eval_examples_gold.yaml.
"""

from __future__ import annotations

from typing import Any

MODEL = "synthetic-capable-model"
BASE_URL = "http://synthetic.invalid/v1"

ANSWERS: dict[str, dict[str, Any]] = {
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
                "cue": "said",
                "kind": "direct",
            },
            {
                "text": "the turbines would be towed out next spring",
                "speaker": "Lind",
                "cue": "said",
                "kind": "indirect",
            },
            {"text": "Nobody asked us,", "speaker": "Joe Brand", "cue": "told reporters", "kind": "direct"},
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
                "text": "the rail fund would double to four billion euros",
                "speaker": "Ines Moreau",
                "cue": "said",
                "kind": "indirect",
            },
            {"text": "a pre-election gift", "speaker": "Paul Okafor", "cue": "called", "kind": "direct"},
            {
                "text": "“We will publish every contract,”",
                "speaker": "Moreau",
                "cue": "said",
                "kind": "direct",
            },
            {
                "text": "the first lines will open in 2027",
                "speaker": "the treasury",
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
            {"name": "Pella", "type": "other", "role": None, "aliases": []},
        ],
        "quotes": [
            {"text": "“keeping its word”", "speaker": "Rosa Kell", "cue": "praised", "kind": "direct"},
            {
                "text": "the deal would be reviewed in five years",
                "speaker": "Estmark’s foreign ministry",
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
                "cue": "expect",
                "kind": "indirect",
            },
        ],
        "stances": [],
    },
}
