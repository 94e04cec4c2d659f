# ruff: noqa: E501  (article sentences are kept whole, one per line)
"""Gold annotations of the other eight English articles, written by hand (see spec.py for the layout)."""

from __future__ import annotations

from typing import Any

ARTICLES: dict[str, dict[str, Any]] = {}

ARTICLES["en-fed-rates"] = {
    "lang": "en",
    "actors": [
        ("Federal Reserve", "organization", None, ["Fed"], "Federal Reserve System"),
        ("Treasury", "organization", None, [], "United States Department of the Treasury"),
        ("Lorraine Abernathy", "person", "Fed Chair", [], None),
        ("Victor Osei-Mensah", "person", "Treasury Secretary", [], None),
        ("Meridian Business Television", "organization", None, [], None),
        ("Richmond Fed", "organization", None, [], "Federal Reserve Bank of Richmond"),
        ("Samuel Achterberg", "person", "Richmond Fed President", [], None),
        ("Mirela Constantin", "person", "chief economist at Halvard Capital", [], None),
        ("Halvard Capital", "organization", None, [], None),
        ("Peter Lindqvist", "person", None, [], None),
        ("Brookfield Institute", "organization", None, [], None),
        ("Federal Open Market Committee", "organization", None, [], "FOMC"),
    ],
    "quotes": [
        (
            "“The committee is not yet confident that inflation is on a sustainable path to two percent, but we "
            "are closer than we were,”",
            "Lorraine Abernathy",
            "Fed Chair Lorraine Abernathy",
            "said",
            "direct",
        ),
        ("“Hindsight is a luxury we don’t have.”", "Lorraine Abernathy", "she", "said", "direct"),
        (
            "the Fed was “fighting the last war.”",
            "Victor Osei-Mensah",
            "Treasury Secretary Victor Osei-Mensah",
            "said",
            "indirect",
        ),
        (
            "that households “can’t eat a forecast,” and that each month of delay cost families with mortgages "
            "“real money — hundreds of dollars.”",
            "Victor Osei-Mensah",
            "he",
            "said",
            "indirect",
        ),
        (
            "that “the balance of risks has shifted” and that keeping rates high “risks a downturn we could have "
            "avoided.”",
            "Samuel Achterberg",
            "Richmond Fed President Samuel Achterberg",
            "said in a statement",
            "indirect",
        ),
        (
            "“The Fed is telling you it wants to cut, it just doesn’t want to be seen cutting under pressure,”",
            "Mirela Constantin",
            "Mirela Constantin",
            "said",
            "direct",
        ),
        ("the central bank risked moving too soon", None, "Others", "warned", "indirect"),
        (
            "“If they blink now, they will be back here in a year with inflation at four percent,”",
            "Peter Lindqvist",
            "Peter Lindqvist",
            "said",
            "direct",
        ),
    ],
    "stances": [
        (
            "Victor Osei-Mensah",
            "Federal Reserve",
            "oppose",
            "Treasury Secretary Victor Osei-Mensah, who has pressed for lower rates for months, said the Fed was "
            "“fighting the last war.”",
        ),
        (
            "Victor Osei-Mensah",
            "lower rates",
            "support",
            "Treasury Secretary Victor Osei-Mensah, who has pressed for lower rates for months, said the Fed was "
            "“fighting the last war.”",
        ),
        (
            "Samuel Achterberg",
            "keeping rates high",
            "oppose",
            "One of them, Richmond Fed President Samuel Achterberg, said in a statement that “the balance of risks "
            "has shifted” and that keeping rates high “risks a downturn we could have avoided.”",
        ),
    ],
}

ARTICLES["en-india-repoll"] = {
    "lang": "en",
    "actors": [
        ("Election Commission", "organization", None, [], "Election Commission of India"),
        ("BJP", "organization", None, [], "Bharatiya Janata Party"),
        ("Congress", "organization", None, [], "Indian National Congress"),
        ("Ravindra Kulkarni", "person", "Chief Election Commissioner", [], None),
        ("Meenakshi Rathore", "person", "Congress leader", [], None),
        ("Harsh Vardhan Mehta", "person", "BJP spokesperson", [], None),
        (
            "Citizens’ Forum for Clean Elections",
            "organization",
            None,
            [],
            "Citizens' Forum for Clean Elections",
        ),
        ("Anjali Iyer", "person", "co-founder", [], "Dr. Anjali Iyer"),
    ],
    "quotes": [
        (
            "that the commission had found “procedural lapses, not proof of fraud,” but that voters deserved "
            "“complete confidence in every single vote.”",
            "Ravindra Kulkarni",
            "Chief Election Commissioner Ravindra Kulkarni",
            "said",
            "indirect",
        ),
        (
            "“a small victory for democracy”",
            "Meenakshi Rathore",
            "Congress leader Meenakshi Rathore",
            "called",
            "direct",
        ),
        ("“Forty-six booths is the tip of the iceberg,”", "Meenakshi Rathore", "she", "told", "direct"),
        ("“We have evidence from at least two hundred more.”", "Meenakshi Rathore", "she", None, "direct"),
        (
            "“Congress is blaming the machines because it cannot blame its own leadership,”",
            "Harsh Vardhan Mehta",
            "Harsh Vardhan Mehta",
            "said",
            "direct",
        ),
        (
            "the repoll would “expose the lies” being spread about the process",
            "Harsh Vardhan Mehta",
            "He",
            "said",
            "indirect",
        ),
        (
            "transparency was “the only cure for suspicion.”",
            "Anjali Iyer",
            "Dr. Anjali Iyer",
            "said",
            "indirect",
        ),
        (
            "Voting at the 46 stations will take place on Tuesday under the supervision of central observers",
            "Election Commission",
            "the commission",
            "said",
            "indirect",
        ),
    ],
    "stances": [
        (
            "Meenakshi Rathore",
            "the order",
            "support",
            "Congress leader Meenakshi Rathore, whose party had filed most of the complaints, called the order “a "
            "small victory for democracy” and demanded a wider inquiry.",
        ),
        (
            "BJP",
            "the allegations",
            "oppose",
            "The BJP dismissed the allegations as the excuses of a party that knew it was losing.",
        ),
        (
            "Harsh Vardhan Mehta",
            "Congress",
            "oppose",
            "“Congress is blaming the machines because it cannot blame its own leadership,” said Harsh Vardhan "
            "Mehta, a BJP spokesperson.",
        ),
        (
            "Anjali Iyer",
            "transparency",
            "support",
            "Its co-founder, Dr. Anjali Iyer, said transparency was “the only cure for suspicion.”",
        ),
    ],
}

ARTICLES["en-coal-senate"] = {
    "lang": "en",
    "actors": [
        ("Labor", "organization", None, [], "Australian Labor Party"),
        ("House of Representatives", "organization", None, [], "Australian House of Representatives"),
        ("Senate", "organization", None, [], "Australian Senate"),
        ("Greens", "organization", None, [], "Australian Greens"),
        ("Bronwyn Tate", "person", "Climate Change Minister", ["Ms Tate"], None),
        ("Parliament", "organization", None, [], "Parliament of Australia"),
        ("Coalition", "organization", None, [], "Liberal–National Coalition"),
        ("Craig Pemberton", "person", "Opposition energy spokesman", [], None),
        ("Maya Okonjo", "person", "leader of the Greens", ["Okonjo"], None),
        ("Lachlan Burke", "person", "Independent senator", ["Burke"], None),
        ("Minerals Council", "organization", None, [], "Minerals Council of Australia"),
        ("Australia", "state", None, [], None),
    ],
    "quotes": [
        ("“a turning point”", "Bronwyn Tate", "Climate Change Minister Bronwyn Tate", "called", "direct"),
        (
            "“Every year we wait, the bill for doing nothing gets bigger,”",
            "Bronwyn Tate",
            "Ms Tate",
            "told",
            "direct",
        ),
        (
            "it would “drive up power prices and drive out investment,” and that regional towns that depended on "
            "mining had been “left out of the conversation entirely.”",
            "Craig Pemberton",
            "Opposition energy spokesman Craig Pemberton",
            "said",
            "indirect",
        ),
        (
            "the party was “not going to wave through a plan that lets the coal industry keep going for another "
            "decade”",
            "Maya Okonjo",
            "Senator Maya Okonjo",
            "said",
            "indirect",
        ),
        (
            "the Greens would move amendments when the bill reaches the upper house",
            "Maya Okonjo",
            "Okonjo",
            "said",
            "indirect",
        ),
        (
            "he had not made up his mind",
            "Lachlan Burke",
            "Independent senator Lachlan Burke",
            "said",
            "indirect",
        ),
        ("“I want to see the modelling,”", "Lachlan Burke", "Burke", "said", "direct"),
        (
            "“Show me the numbers for the Hunter Valley and I’ll tell you how I vote.”",
            "Lachlan Burke",
            "Burke",
            None,
            "direct",
        ),
        (
            "that the bill “sends a signal to every investor that Australia is closed for business.”",
            "Minerals Council",
            "The Minerals Council",
            "said in a submission",
            "indirect",
        ),
    ],
    "stances": [
        (
            "Greens",
            "the target",
            "oppose",
            "CANBERRA — Labor’s plan to phase out new coal-fired power approvals by 2030 passed the House of "
            "Representatives on Thursday, but its fate in the Senate rests with the Greens, who say the target is "
            "too timid.",
        ),
        (
            "Bronwyn Tate",
            "the bill",
            "support",
            "Climate Change Minister Bronwyn Tate called the vote “a turning point” and urged senators to pass the "
            "bill before the winter recess.",
        ),
        ("Coalition", "the legislation", "oppose", "The Coalition voted against the legislation."),
        (
            "Craig Pemberton",
            "the legislation",
            "oppose",
            "Opposition energy spokesman Craig Pemberton said it would “drive up power prices and drive out "
            "investment,” and that regional towns that depended on mining had been “left out of the conversation "
            "entirely.”",
        ),
        (
            "Lachlan Burke",
            "the bill",
            "neutral",
            "Independent senator Lachlan Burke, whose vote could also decide the outcome, said he had not made up "
            "his mind.",
        ),
        (
            "Minerals Council",
            "the bill",
            "oppose",
            "The Minerals Council said in a submission to the inquiry that the bill “sends a signal to every "
            "investor that Australia is closed for business.”",
        ),
    ],
}

ARTICLES["en-pipeline-approval"] = {
    "lang": "en",
    "actors": [
        ("Liberals", "organization", None, [], "Liberal Party of Canada"),
        ("House of Commons", "organization", None, [], "House of Commons of Canada"),
        ("Conservatives", "organization", None, [], "Conservative Party of Canada"),
        ("New Democrats", "organization", None, ["NDP"], "New Democratic Party"),
        ("Élise Gagnon", "person", "Natural Resources Minister", [], "Elise Gagnon"),
        ("Ottawa", "state", None, [], "Government of Canada"),
        ("Skeena River Nations Council", "organization", None, [], None),
        ("Winona Blackwater", "person", "chair of the Skeena River Nations Council", [], None),
        ("Federal Court", "organization", None, [], "Federal Court of Canada"),
        ("Brent Kowalchuk", "person", "Conservative Leader", ["Kowalchuk"], None),
        ("Sunita Rai", "person", "NDP MP", [], None),
        ("Cedar Coast Energy Ltd.", "organization", None, [], "Cedar Coast Energy"),
        ("Graham Voss", "person", "chief executive", [], None),
    ],
    "quotes": [
        (
            "the approval came with “the strictest environmental conditions ever attached to a project of this "
            "kind.”",
            "Élise Gagnon",
            "Natural Resources Minister Élise Gagnon",
            "said",
            "indirect",
        ),
        (
            "Ottawa had consulted “every community along the route, some of them a dozen times.”",
            "Élise Gagnon",
            "She",
            "said",
            "indirect",
        ),
        (
            "it had not consented",
            "Skeena River Nations Council",
            "The Skeena River Nations Council",
            "said",
            "indirect",
        ),
        (
            "“Consultation is not consent. We said no in 2022, we said no last year, and we are saying no today,”",
            "Winona Blackwater",
            "Winona Blackwater",
            "said",
            "direct",
        ),
        (
            "it would challenge the approval in the Federal Court",
            "Skeena River Nations Council",
            "The council",
            "said",
            "indirect",
        ),
        (
            "the Liberals had wasted six years on reviews",
            "Brent Kowalchuk",
            "Conservative Leader Brent Kowalchuk",
            "said",
            "indirect",
        ),
        (
            "“Every year of delay was a year of jobs sent to Texas,”",
            "Brent Kowalchuk",
            "Kowalchuk",
            "told",
            "direct",
        ),
        ("“climate denial with a press release,”", "Sunita Rai", "NDP MP Sunita Rai", "called", "direct"),
        (
            "her party would force a vote on the project",
            "Sunita Rai",
            "NDP MP Sunita Rai",
            "said",
            "indirect",
        ),
        (
            "construction could begin next spring",
            "Cedar Coast Energy Ltd.",
            "Cedar Coast Energy Ltd.",
            "said",
            "indirect",
        ),
        (
            "that the firm would “honour every condition, to the letter.”",
            "Graham Voss",
            "Graham Voss",
            "said in a statement",
            "indirect",
        ),
    ],
    "stances": [
        (
            "New Democrats",
            "the Cedar Coast gas pipeline",
            "oppose",
            "OTTAWA — The Liberal government’s decision to approve the Cedar Coast gas pipeline drew fire from both "
            "sides of the House of Commons on Tuesday, with Conservatives calling it too slow and the New Democrats "
            "calling it a betrayal of climate promises.",
        ),
        (
            "Élise Gagnon",
            "the approval",
            "support",
            "Natural Resources Minister Élise Gagnon said the approval came with “the strictest environmental "
            "conditions ever attached to a project of this kind.”",
        ),
        (
            "Skeena River Nations Council",
            "the pipeline",
            "oppose",
            "The Skeena River Nations Council, which represents seven First Nations whose territory the pipeline "
            "would cross, said it had not consented.",
        ),
        (
            "Brent Kowalchuk",
            "Liberals",
            "oppose",
            "Conservative Leader Brent Kowalchuk said the Liberals had wasted six years on reviews.",
        ),
        (
            "Sunita Rai",
            "the decision",
            "oppose",
            "NDP MP Sunita Rai called the decision “climate denial with a press release,” and said her party would "
            "force a vote on the project.",
        ),
    ],
}

ARTICLES["en-ceasefire-veto"] = {
    "lang": "en",
    "actors": [
        ("Security Council", "organization", None, [], "United Nations Security Council"),
        ("Russia", "state", None, [], "Russian Federation"),
        ("China", "state", None, [], None),
        ("Dmitri Volkonsky", "person", "Russia’s ambassador", ["Volkonsky"], None),
        ("U.S.", "state", None, ["Washington"], "United States"),
        ("Joanna Whitlock", "person", "U.S. ambassador", [], None),
        ("State Department", "organization", None, [], "United States Department of State"),
        ("General Assembly", "organization", None, [], "United Nations General Assembly"),
        ("UN", "organization", None, [], "United Nations"),
        ("Tomás Echeverría", "person", "UN Secretary-General", [], "Tomas Echeverria"),
        ("Farid Haddad", "person", "spokesman", [], None),
        ("International Committee of the Red Cross", "organization", None, ["ICRC"], None),
        ("Ilse Marquardt", "person", "head of the ICRC’s delegation", [], None),
        ("France", "state", None, [], None),
        ("Ireland", "state", None, [], None),
    ],
    "quotes": [
        (
            "the text was “one-sided” and ignored attacks on civilians by the other side",
            "Dmitri Volkonsky",
            "Dmitri Volkonsky",
            "said",
            "indirect",
        ),
        (
            "“We cannot support a document that rewards aggression and calls it peace,”",
            "Dmitri Volkonsky",
            "Volkonsky",
            "told",
            "direct",
        ),
        (
            "the veto was “a shameful act” that would “cost lives, not save them.”",
            "Joanna Whitlock",
            "Joanna Whitlock",
            "said",
            "indirect",
        ),
        (
            "that Washington would pursue the matter in the General Assembly",
            "State Department",
            "The State Department",
            "saying",
            "indirect",
        ),
        (
            "he was “deeply disappointed.”",
            "Tomás Echeverría",
            "UN Secretary-General Tomás Echeverría",
            "said",
            "indirect",
        ),
        (
            "that the secretary-general would continue to press both parties “publicly and privately” for a halt "
            "to the fighting",
            "Farid Haddad",
            "Farid Haddad",
            "told",
            "indirect",
        ),
        ("that time was running out", None, "Aid agencies", "warned", "indirect"),
        (
            "that more than 200,000 people had fled their homes since March",
            "International Committee of the Red Cross",
            "The International Committee of the Red Cross",
            "said",
            "indirect",
        ),
        (
            "“The world keeps voting and people keep dying,”",
            "Ilse Marquardt",
            "Ilse Marquardt",
            "said",
            "direct",
        ),
        ("it would table a revised version within days", "France", "France", "said", "indirect"),
    ],
    "stances": [
        (
            "Russia",
            "the resolution",
            "oppose",
            "UNITED NATIONS — A resolution demanding a ceasefire in the disputed Korvath region failed in the "
            "Security Council on Monday after Russia cast a veto, the third time this year that the council has "
            "been deadlocked on the conflict.",
        ),
        ("China", "the resolution", "neutral", "Thirteen members voted in favour and China abstained."),
        (
            "Dmitri Volkonsky",
            "the text",
            "oppose",
            "Russia’s ambassador, Dmitri Volkonsky, said the text was “one-sided” and ignored attacks on civilians "
            "by the other side.",
        ),
        (
            "Joanna Whitlock",
            "the veto",
            "oppose",
            "The U.S. ambassador, Joanna Whitlock, said the veto was “a shameful act” that would “cost lives, not "
            "save them.”",
        ),
        (
            "France",
            "the resolution",
            "support",
            "France, which drafted the resolution with Ireland, said it would table a revised version within days.",
        ),
        (
            "Ireland",
            "the resolution",
            "support",
            "France, which drafted the resolution with Ireland, said it would table a revised version within days.",
        ),
    ],
}

ARTICLES["en-frozen-merger"] = {
    "lang": "en",
    "actors": [
        ("Federal Trade Commission", "organization", None, ["FTC"], None),
        ("Brightwater Foods", "organization", None, ["Brightwater"], "Brightwater Foods Inc."),
        ("Kessel & Daughters", "organization", None, ["Kessel"], "Kessel and Daughters"),
        ("Yolanda Brightman", "person", "FTC Chair", [], None),
        ("Randall Okoro", "person", "chief executive", [], None),
        ("National Growers Alliance", "organization", None, [], None),
        ("Midwest Vegetable Cooperative", "organization", None, [], None),
        ("Harriet Lu", "person", "professor of antitrust law", [], None),
        ("Lakeshore University", "organization", None, [], None),
    ],
    "quotes": [
        (
            "that the deal would give one company control of nearly half the country’s frozen-vegetable market",
            "Federal Trade Commission",
            "The Federal Trade Commission",
            "arguing",
            "indirect",
        ),
        (
            "“Families should not have to pay more for a bag of peas because two giants decided to stop "
            "competing,”",
            "Yolanda Brightman",
            "FTC Chair Yolanda Brightman",
            "said",
            "direct",
        ),
        (
            "that prices in some regions could rise by as much as 12 percent",
            "Federal Trade Commission",
            "The agency",
            "said in its complaint",
            "indirect",
        ),
        ("“misguided”", "Brightwater Foods", "Brightwater", "called", "direct"),
        ("it would fight it in court", "Brightwater Foods", "Brightwater", "said", "indirect"),
        (
            "“This merger will lower costs, protect American farm jobs and bring more choice to shoppers, not less,”",
            "Randall Okoro",
            "chief executive Randall Okoro",
            "said",
            "direct",
        ),
        (
            "that it remained “fully committed” to the transaction",
            "Kessel & Daughters",
            "Kessel & Daughters",
            "said in a brief statement",
            "indirect",
        ),
        (
            "that consolidation had already squeezed what processors pay farmers",
            "National Growers Alliance",
            "The National Growers Alliance",
            "saying",
            "indirect",
        ),
        (
            "the merger would “keep our members’ plants open.”",
            "Midwest Vegetable Cooperative",
            "the Midwest Vegetable Cooperative",
            "said",
            "indirect",
        ),
        ("the agency faced an uphill battle", None, "Legal experts", "said", "indirect"),
        (
            "“Judges have not been kind to the FTC on vertical deals, and this one is partly vertical,”",
            "Harriet Lu",
            "Harriet Lu",
            "said",
            "direct",
        ),
    ],
    "stances": [
        (
            "Federal Trade Commission",
            "the deal",
            "oppose",
            "The Federal Trade Commission (FTC) sued on Thursday to block Brightwater Foods’ $9 billion purchase of "
            "Kessel & Daughters, arguing that the deal would give one company control of nearly half the country’s "
            "frozen-vegetable market.",
        ),
        (
            "Brightwater Foods",
            "the lawsuit",
            "oppose",
            "Brightwater, based in Minneapolis, called the lawsuit “misguided” and said it would fight it in court.",
        ),
        (
            "Randall Okoro",
            "the merger",
            "support",
            "“This merger will lower costs, protect American farm jobs and bring more choice to shoppers, not "
            "less,” said chief executive Randall Okoro.",
        ),
        (
            "Kessel & Daughters",
            "the transaction",
            "support",
            "Kessel & Daughters said in a brief statement that it remained “fully committed” to the transaction.",
        ),
        (
            "National Growers Alliance",
            "Federal Trade Commission",
            "support",
            "The National Growers Alliance backed the FTC, saying that consolidation had already squeezed what "
            "processors pay farmers.",
        ),
        (
            "Midwest Vegetable Cooperative",
            "the merger",
            "support",
            "But the Midwest Vegetable Cooperative, whose members sell much of their crop to Kessel, said the "
            "merger would “keep our members’ plants open.”",
        ),
    ],
}

ARTICLES["en-rail-strike"] = {
    "lang": "en",
    "actors": [
        ("RMT", "organization", None, [], "National Union of Rail, Maritime and Transport Workers"),
        ("Network Rail", "organization", None, [], None),
        ("Declan Furlong", "person", "general secretary", ["Mr Furlong"], None),
        ("Siobhan Marr", "person", "chief operating officer", [], None),
        ("Rupert Haslam", "person", "Transport Secretary", [], None),
        ("BBC", "organization", None, [], "British Broadcasting Corporation"),
        ("Department for Transport", "organization", None, [], None),
        ("Labour", "organization", None, [], "Labour Party"),
        ("Gemma Akinola", "person", "transport spokeswoman", [], None),
    ],
    "quotes": [
        (
            "members had been left with “no choice” after managers refused to rule out compulsory redundancies",
            "Declan Furlong",
            "Declan Furlong",
            "said",
            "indirect",
        ),
        (
            "“We’ve been at the table for five months. They’ve moved the table, they’ve moved the chairs, but "
            "they haven’t moved an inch,”",
            "Declan Furlong",
            "Mr Furlong",
            "said",
            "direct",
        ),
        (
            "the plans would modernise “outdated, paper-based working practices” and that no job losses had been "
            "decided",
            "Network Rail",
            "Network Rail",
            "said",
            "indirect",
        ),
        ("the strikes were “completely unnecessary”", "Siobhan Marr", "Siobhan Marr", "said", "indirect"),
        ("he would not intervene directly", "Rupert Haslam", "Rupert Haslam", "said", "indirect"),
        (
            "“This is a dispute between an employer and a union, and it should be settled by them,”",
            "Rupert Haslam",
            "he",
            "told",
            "direct",
        ),
        (
            "it had “contingency plans” in place",
            "Department for Transport",
            "The Department for Transport",
            "said",
            "indirect",
        ),
        ("“washing their hands”", "Gemma Akinola", "Gemma Akinola", "accused", "direct"),
        ("commuters were being treated as “collateral damage”", None, "Passenger groups", "said", "indirect"),
        (
            "Services on the West Coast and East Coast main lines will be cut by up to 80 percent on strike days",
            "Network Rail",
            "Network Rail",
            "said",
            "indirect",
        ),
    ],
    "stances": [
        (
            "RMT",
            "Network Rail",
            "oppose",
            "Rail passengers face a week of disruption after the RMT announced three days of strikes on Network "
            "Rail, the latest escalation in a dispute over maintenance jobs that has dragged on since the autumn.",
        ),
        (
            "Declan Furlong",
            "compulsory redundancies",
            "oppose",
            "The union’s general secretary, Declan Furlong, said members had been left with “no choice” after "
            "managers refused to rule out compulsory redundancies.",
        ),
        (
            "Siobhan Marr",
            "the strikes",
            "oppose",
            "Its chief operating officer, Siobhan Marr, said the strikes were “completely unnecessary” and urged "
            "the union to put the latest offer to a vote.",
        ),
        (
            "Rupert Haslam",
            "the dispute",
            "neutral",
            "The Transport Secretary, Rupert Haslam, said he would not intervene directly.",
        ),
        (
            "Gemma Akinola",
            "ministers",
            "oppose",
            "Labour’s transport spokeswoman, Gemma Akinola, accused ministers of “washing their hands” of the "
            "dispute.",
        ),
    ],
}

ARTICLES["en-rent-cap"] = {
    "lang": "en",
    "actors": [
        ("Assembly", "organization", None, [], "California State Assembly"),
        ("Democrats", "organization", None, ["Assembly Democrats"], "Democratic Party"),
        ("Senate", "organization", None, [], "California State Senate"),
        ("Teresa Villaseñor", "person", "Assemblywoman", [], "Teresa Villasenor"),
        ("Republicans", "organization", None, [], "Republican Party"),
        ("James Holloway", "person", "Assembly Republican Leader", [], None),
        ("Ellen Marchetti", "person", "Gov.", [], "Governor Ellen Marchetti"),
        ("Neil Aubrey", "person", "spokesman", [], None),
        ("California Apartment Owners Association", "organization", None, [], None),
        ("Rosario Delgado", "person", None, [], None),
        ("Fresno Tenants Union", "organization", None, [], None),
        ("Howard Lin", "person", "Senate President pro Tem", [], None),
    ],
    "quotes": [
        (
            "it would keep “teachers, nurses and bus drivers in the communities they serve.”",
            "Teresa Villaseñor",
            "Assemblywoman Teresa Villaseñor",
            "said",
            "indirect",
        ),
        (
            "“Rent is not a luxury. It is the first bill every family pays,”",
            "Teresa Villaseñor",
            "she",
            "said",
            "direct",
        ),
        (
            "“Every city that has tried this has ended up with fewer apartments and higher rents for the next "
            "person in line,”",
            "James Holloway",
            "Assembly Republican Leader James Holloway",
            "said",
            "direct",
        ),
        (
            "the governor “shares the goal” but wanted to see “how the Senate shapes it.”",
            "Neil Aubrey",
            "Neil Aubrey",
            "said",
            "indirect",
        ),
        (
            "the cap would “freeze investment in the very buildings that need it most.”",
            "California Apartment Owners Association",
            "The California Apartment Owners Association",
            "said",
            "indirect",
        ),
        (
            "“Every month we wait, another few hundred families get priced out,”",
            "Rosario Delgado",
            "Rosario Delgado",
            "said",
            "direct",
        ),
        (
            "the upper house would “take a careful look” at the bill after the summer recess",
            "Howard Lin",
            "Senate President pro Tem Howard Lin",
            "said",
            "indirect",
        ),
    ],
    "stances": [
        (
            "Democrats",
            "a bill",
            "support",
            "SACRAMENTO — Assembly Democrats pushed through a bill on Monday that would cap rent increases on older "
            "apartment buildings at 5 percent a year, setting up a fight with the state Senate, where moderates "
            "from both parties have balked.",
        ),
        (
            "Teresa Villaseñor",
            "the bill",
            "support",
            "Assemblywoman Teresa Villaseñor, D-Fresno, who wrote the bill, said it would keep “teachers, nurses "
            "and bus drivers in the communities they serve.”",
        ),
        ("Republicans", "the cap", "oppose", "Republicans called the cap a disguised form of rent control."),
        (
            "James Holloway",
            "the cap",
            "oppose",
            "“Every city that has tried this has ended up with fewer apartments and higher rents for the next "
            "person in line,” said Assembly Republican Leader James Holloway of Bakersfield.",
        ),
        (
            "California Apartment Owners Association",
            "the measure",
            "oppose",
            "The California Apartment Owners Association, which spent more than $2 million lobbying against the "
            "measure this year, said the cap would “freeze investment in the very buildings that need it most.”",
        ),
    ],
}
