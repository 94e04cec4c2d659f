# ruff: noqa: E501  (article sentences are kept whole, one per line)
"""The hand-written annotations of the second blind answers set, one entry per article file ``<id>.txt``.

The layout is that of ``blind/answers/spec.py``: ``actors`` as (name, type, role, aliases, canonical);
``quotes`` in reading order as (text, speaker, speaker mention, cue, kind); ``stances`` as (holder,
target, polarity, evidence sentence). ``make_gold.py`` turns these into offsets (``gold.jsonl``);
``make_answers.py`` derives the answer styles from them.
"""

from __future__ import annotations

from typing import Any

ARTICLES: dict[str, dict[str, Any]] = {}

ARTICLES["en-council-homes-vote"] = {
    "lang": "en",
    "actors": [
        ("Labour", "organization", None, [], "Labour Party"),
        ("Commons", "organization", None, [], "House of Commons"),
        ("Priya Anand", "person", "Housing Secretary", [], None),
        ("Conservatives", "organization", None, ["Tories"], "Conservative Party"),
        ("Giles Fenwick", "person", "shadow housing secretary", ["Fenwick"], None),
        ("Liberal Democrats", "organization", None, [], None),
        ("Morag Tulloch", "person", "housing spokeswoman", [], None),
        ("Local Government Association", "organization", None, [], None),
        ("Derek Oyston", "person", "chair of the housing board", [], None),
        ("House of Lords", "organization", None, [], None),
    ],
    "quotes": [
        ("the bill was “the biggest council-building programme in a generation.”", "Priya Anand", "Priya Anand", "told", "indirect"),
        ("“We can’t keep promising homes and then building car parks,”", "Priya Anand", "she", "said", "direct"),
        ("“This time it’s different — the money is in the bill.”", "Priya Anand", "she<", None, "direct"),
        ("the plan would “bankrupt councils that are already on their knees”", "Giles Fenwick", "Giles Fenwick", "said", "indirect"),
        ("that Tories would repeal it if they won the next election", "Giles Fenwick", "Giles Fenwick", "added", "indirect"),
        ("“It’s a wish list dressed up as a law,”", "Giles Fenwick", "Fenwick", "told", "direct"),
        ("it was “late, but welcome.”", "Morag Tulloch", "Morag Tulloch", "said", "indirect"),
        ("that councils would need more planners to approve the homes in time", "Local Government Association", "Local Government Association", "warned", "indirect"),
        ("“Councils don’t lack ambition — they lack staff,”", "Derek Oyston", "Derek Oyston", "said", "direct"),
    ],
    "stances": [
        ("Priya Anand", "bill", "support", "Housing Secretary Priya Anand told MPs the bill was “the biggest council-building programme in a generation.”"),
        ("Conservatives", "bill", "oppose", "The Conservatives voted against the bill."),
        ("Giles Fenwick", "plan", "oppose", "Shadow housing secretary Giles Fenwick said the plan would “bankrupt councils that are already on their knees” and added that Tories would repeal it if they won the next election."),
        ("Liberal Democrats", "bill", "support", "The Liberal Democrats backed the bill."),
    ],
}

ARTICLES["en-asylum-appeal"] = {
    "lang": "en",
    "actors": [
        ("Department of Homeland Security", "organization", None, ["Homeland Security"], "United States Department of Homeland Security"),
        ("Harriet Olufemi", "person", "Judge", [], None),
        ("Ninth Circuit", "organization", None, [], "United States Court of Appeals for the Ninth Circuit"),
        ("Conrad Vilnius", "person", "Judge", [], None),
        ("Justice Department", "organization", None, [], "United States Department of Justice"),
        ("Supreme Court", "organization", None, [], "Supreme Court of the United States"),
        ("Western Refugee Law Center", "organization", None, [], None),
        ("Tomasz Reyna", "person", "litigation director", [], None),
        ("Everett Lyle", "person", "spokesman", [], None),
    ],
    "quotes": [
        ("that the government had ignored its own procedures", "Ninth Circuit", "federal appeals court", "ruling", "indirect"),
        ("“The government can’t skip the hearing because the hearing is inconvenient,”", "Harriet Olufemi", "Judge Harriet Olufemi", "wrote", "direct"),
        ("“Due process isn’t optional — not even at the border.”", "Harriet Olufemi", "Judge Harriet Olufemi", None, "direct"),
        ("the majority had “rewritten immigration law from the bench.”", "Conrad Vilnius", "Judge Conrad Vilnius", "said", "indirect"),
        ("it was reviewing the ruling and would decide “in the coming days” whether to ask the Supreme Court to intervene", "Justice Department", "Justice Department", "said", "indirect"),
        ("“Our clients have waited two years for someone to read their files,”", "Tomasz Reyna", "Tomasz Reyna", "said", "direct"),
        ("“Today, a court finally did.”", "Tomasz Reyna", "Tomasz Reyna", None, "direct"),
        ("it “ties the hands of officers who are trying to enforce the law.”", "Everett Lyle", "Everett Lyle", "saying", "indirect"),
    ],
    "stances": [
        ("Conrad Vilnius", "majority", "oppose", "In a dissent, Judge Conrad Vilnius said the majority had “rewritten immigration law from the bench.”"),
        ("Western Refugee Law Center", "decision", "support", "Lawyers for the asylum seekers, from the Western Refugee Law Center, praised the decision."),
        ("Everett Lyle", "ruling", "oppose", "Homeland Security spokesman Everett Lyle criticised the ruling, saying it “ties the hands of officers who are trying to enforce the law.”"),
    ],
}

ARTICLES["en-snack-takeover"] = {
    "lang": "en",
    "actors": [
        ("Pemberton Foods", "organization", None, ["Pemberton"], "Pemberton Foods Inc."),
        ("Calloway Brands", "organization", None, ["Calloway"], "Calloway Brands Inc."),
        ("Alana Voss", "person", "chief executive", [], None),
        ("Rufus Adeyemi", "person", "chairman", [], None),
        ("Federal Trade Commission", "organization", None, ["FTC"], None),
        ("Lorna Baptiste", "person", "chair", [], None),
        ("Teamsters", "organization", None, [], "International Brotherhood of Teamsters"),
        ("Dwayne Kosinski", "person", "union organiser", [], None),
    ],
    "quotes": [
        ("“This isn’t about getting bigger for the sake of it,”", "Alana Voss", "Alana Voss", "said", "direct"),
        ("“It’s about getting our products onto shelves we couldn’t reach before.”", "Alana Voss", "Alana Voss", None, "direct"),
        ("shareholders were getting “a fair price for a great business.”", "Rufus Adeyemi", "Rufus Adeyemi", "said", "indirect"),
        ("she’s “deeply sceptical” of consolidation in the grocery aisle", "Lorna Baptiste", "Lorna Baptiste", "has said", "indirect"),
        ("“Every merger like this ends the same way — with a plant closing in a town that can’t afford to lose it,”", "Dwayne Kosinski", "Dwayne Kosinski", "said", "direct"),
    ],
    "stances": [
        ("Calloway Brands", "offer", "support", "Calloway’s board unanimously backed the offer, which values the company at a 31% premium to Friday’s closing price."),
        ("Lorna Baptiste", "consolidation", "oppose", "The FTC sued last year to block a smaller merger in the same market, and its chair, Lorna Baptiste, has said she’s “deeply sceptical” of consolidation in the grocery aisle."),
        ("Teamsters", "takeover", "oppose", "The Teamsters, who represent about 3,000 workers at Calloway’s plants, opposed the takeover."),
    ],
}

ARTICLES["en-striker-ban"] = {
    "lang": "en",
    "actors": [
        ("Northfield United", "organization", None, ["Northfield"], "Northfield United F.C."),
        ("Kwame Asante-Boateng", "person", "striker", ["Asante-Boateng"], None),
        ("Football Association", "organization", None, ["FA"], "The Football Association"),
        ("Ravensbury City", "organization", None, ["Ravensbury"], "Ravensbury City F.C."),
        ("Ines Carvalho", "person", "manager", [], None),
        ("Professional Footballers’ Association", "organization", None, [], "Professional Footballers' Association"),
        ("Referees’ Association", "organization", None, [], "Referees' Association"),
        ("Gareth Pryce", "person", "general secretary", [], None),
    ],
    "quotes": [
        ("he had pushed a referee during last month’s derby against Ravensbury City", "Football Association", "Football Association", "found", "indirect"),
        ("the push was “deliberate and aggressive”", "Football Association", "FA", "said", "indirect"),
        ("that a longer ban had been considered", "Football Association", "FA", None, "indirect"),
        ("“I’m gutted, but I accept it,”", "Kwame Asante-Boateng", "Asante-Boateng", "said", "direct"),
        ("“What I did was wrong — there’s no excuse for it.”", "Kwame Asante-Boateng", "Asante-Boateng<", None, "direct"),
        ("the club would not appeal", "Ines Carvalho", "Ines Carvalho", "said", "indirect"),
        ("“He’s made a mistake, he’s owned it, and we’ll support him,”", "Ines Carvalho", "she", "told", "direct"),
        ("“But nobody’s bigger than the game.”", "Ines Carvalho", "she<", None, "direct"),
        ("“Officials need to know they’re protected,”", "Gareth Pryce", "Gareth Pryce", "said", "direct"),
    ],
    "stances": [
        ("Professional Footballers’ Association", "ban", "oppose", "The Professional Footballers’ Association criticised the length of the ban, calling it “out of step with previous cases.”"),
        ("Referees’ Association", "decision", "support", "The Referees’ Association welcomed the decision."),
    ],
}

ARTICLES["en-bin-collections"] = {
    "lang": "en",
    "actors": [
        ("Green Party", "organization", None, [], "Green Party of England and Wales"),
        ("Beatrix Holloway", "person", "council leader", [], None),
        ("Conservatives", "organization", None, [], "Conservative Party"),
        ("Nigel Ashdown", "person", "group leader", [], None),
        ("Defra", "organization", None, [], "Department for Environment, Food and Rural Affairs"),
        ("Marlow Vale Matters", "organization", None, [], None),
        ("Shona Whitlock", "person", "founder", [], None),
    ],
    "quotes": [
        ("the change would save £1.4 million a year and push households to recycle more", "Green Party", "Green Party", "said", "indirect"),
        ("“Nobody’s pretending this is popular,”", "Beatrix Holloway", "Beatrix Holloway", "said", "direct"),
        ("“But we’ve got a £6 million hole in the budget, and it’s this or the libraries.”", "Beatrix Holloway", "Beatrix Holloway", None, "direct"),
        ("residents hadn’t been consulted properly and that his party would “fight it every step of the way.”", "Nigel Ashdown", "Nigel Ashdown", "said", "indirect"),
        ("councils were free to set their own collection schedules", "Defra", "Defra", "said", "indirect"),
        ("that new national recycling targets would apply from 2028", "Defra", "Defra", "added", "indirect"),
        ("it was considering a legal challenge", "Marlow Vale Matters", "Marlow Vale Matters", "said", "indirect"),
        ("“They’ve ignored 9,000 people — that’s not a consultation, that’s a formality,”", "Shona Whitlock", "Shona Whitlock", "said", "direct"),
    ],
    "stances": [
        ("Green Party", "change", "support", "The Green Party group, which runs the council in coalition with independents, said the change would save £1.4 million a year and push households to recycle more."),
        ("Conservatives", "plan", "oppose", "Opposition Conservatives called the plan “a tax on families with nappies to throw away.”"),
    ],
}

ARTICLES["en-chip-subsidies"] = {
    "lang": "en",
    "actors": [
        ("Senate", "organization", None, [], "United States Senate"),
        ("House", "organization", None, [], "United States House of Representatives"),
        ("Democrats", "organization", None, [], "Democratic Party"),
        ("Republicans", "organization", None, [], "Republican Party"),
        ("Lucille Brandt", "person", "Senator", [], None),
        ("Roy Haverkamp", "person", "Senator", [], None),
        ("Commerce Department", "organization", None, [], "United States Department of Commerce"),
        ("Anita Raghunathan", "person", "Commerce Secretary", [], None),
        ("Owen Calder", "person", "Speaker", ["Calder"], None),
        ("Semiconductor Industry Association", "organization", None, [], None),
    ],
    "quotes": [
        ("“This is how you bring jobs home — not with speeches, with factories,”", "Lucille Brandt", "Senator Lucille Brandt", "said", "direct"),
        ("the Commerce Department couldn’t be trusted to pick winners", "Roy Haverkamp", "Senator Roy Haverkamp", "said", "indirect"),
        ("it was ready to start within 90 days", "Commerce Department", "Commerce Department", "said", "indirect"),
        ("the money would be “tied to real jobs, and we’ll claw it back if they don’t show up.”", "Anita Raghunathan", "Anita Raghunathan", "said", "indirect"),
        ("he hadn’t decided when to bring the bill to the floor", "Owen Calder", "Owen Calder", "said", "indirect"),
        ("“We’ll look at it, but I’m not going to rush a bill this size,”", "Owen Calder", "Calder", "told", "direct"),
    ],
    "stances": [
        ("Democrats", "measure", "support", "Democrats and 14 Republicans voted for the measure."),
        ("Roy Haverkamp", "Commerce Department", "oppose", "Senator Roy Haverkamp, a Texas Republican, called it “corporate welfare with a flag on it” and said the Commerce Department couldn’t be trusted to pick winners."),
        ("Semiconductor Industry Association", "Senate vote", "support", "The Semiconductor Industry Association praised the Senate vote."),
    ],
}

ARTICLES["en-rail-fares"] = {
    "lang": "en",
    "actors": [
        ("Department for Transport", "organization", None, [], None),
        ("Callum Rhys", "person", "Transport Secretary", [], None),
        ("Treasury", "organization", None, [], "HM Treasury"),
        ("RMT", "organization", None, [], "National Union of Rail, Maritime and Transport Workers"),
        ("Bernadette Quigley", "person", "general secretary", [], None),
        ("Transport Focus", "organization", None, [], None),
        ("Anton Mirek", "person", "chief executive", [], None),
        ("Labour", "organization", None, [], "Labour Party"),
        ("Idris Fairweather", "person", "transport spokesman", [], None),
    ],
    "quotes": [
        ("Rail fares in England will rise by 4.6% in March", "Department for Transport", "Department for Transport", "announced", "indirect"),
        ("the rise had been “capped as tightly as we responsibly could” and that money from fares would go straight into new trains", "Callum Rhys", "Callum Rhys", "said", "indirect"),
        ("“Passengers are fed up, and I don’t blame them,”", "Callum Rhys", "he", "said", "direct"),
        ("“They’re paying more for trains that don’t turn up.”", "Callum Rhys", "he<", None, "direct"),
        ("the Treasury had pushed for a bigger rise to reduce the subsidy the government pays to train operators", None, "Two officials", "said", "indirect"),
        ("the increase was “daylight robbery”", "RMT", "RMT", "said", "indirect"),
        ("members would not accept job cuts at ticket offices", "Bernadette Quigley", "Bernadette Quigley", "said", "indirect"),
        ("punctuality had to improve", "Transport Focus", "Transport Focus", "said", "indirect"),
        ("“A fare rise without a better service is a hard sell,”", "Anton Mirek", "Anton Mirek", "said", "direct"),
        ("fares should have been frozen", "Idris Fairweather", "Idris Fairweather", "said", "indirect"),
    ],
    "stances": [
        ("Treasury", "bigger rise", "support", "Two officials said the Treasury had pushed for a bigger rise to reduce the subsidy the government pays to train operators."),
        ("RMT", "increase", "oppose", "The RMT union said the increase was “daylight robbery” and accused the government of “punishing people for going to work.”"),
        ("Transport Focus", "cap", "support", "Passenger watchdog Transport Focus welcomed the cap but said punctuality had to improve."),
    ],
}

ARTICLES["en-police-chief-libel"] = {
    "lang": "en",
    "actors": [
        ("Northern Ledger", "organization", None, ["Ledger"], "The Northern Ledger"),
        ("Alaric Penhallow", "person", "High Court judge", [], None),
        ("Graham Tuttle", "person", "former police chief", ["Tuttle"], None),
        ("Westmoor Police", "organization", None, [], None),
        ("Philippa Dunmore", "person", "editor", [], None),
        ("National Union of Journalists", "organization", None, [], None),
        ("Independent Press Standards Organisation", "organization", None, [], None),
    ],
    "quotes": [
        ("that the Northern Ledger newspaper libelled a former police chief by reporting that he had taken bribes from a nightclub owner", "Alaric Penhallow", "High Court judge", "ruled", "indirect"),
        ("the paper’s reporting was “careless to the point of recklessness”", "Alaric Penhallow", "Mr Justice Alaric Penhallow", "said", "indirect"),
        ("“I’ve waited four years to hear a judge say what I’ve always known — that it wasn’t true,”", "Graham Tuttle", "Tuttle", "said", "direct"),
        ("“My family’s been through hell.”", "Graham Tuttle", "Tuttle<", None, "direct"),
        ("the newspaper was “disappointed” and would consider an appeal", "Philippa Dunmore", "Philippa Dunmore", "said", "indirect"),
        ("“We stand by our journalists, and we’ll be reading the judgment carefully,”", "Philippa Dunmore", "she", "said", "direct"),
        ("that large damages awards could deter investigative reporting", "National Union of Journalists", "National Union of Journalists", "warned", "indirect"),
        ("it would review how it handled the case", "Independent Press Standards Organisation", "Independent Press Standards Organisation", "said", "indirect"),
    ],
    "stances": [
        ("Alaric Penhallow", "Northern Ledger", "oppose", "Mr Justice Alaric Penhallow said the paper’s reporting was “careless to the point of recklessness” and ordered it to pay £180,000 in damages to Graham Tuttle, who led Westmoor Police until 2023."),
        ("Philippa Dunmore", "journalists", "support", "“We stand by our journalists, and we’ll be reading the judgment carefully,” she said."),
    ],
}

ARTICLES["en-teacher-budget"] = {
    "lang": "en",
    "actors": [
        ("Marisol Ybarra", "person", "Governor", ["Ybarra"], None),
        ("House", "organization", None, [], "Oregon House of Representatives"),
        ("Senate", "organization", None, [], "Oregon State Senate"),
        ("Republicans", "organization", None, [], "Republican Party"),
        ("Curtis Vandermolen", "person", "House Republican leader", [], None),
        ("Oregon Education Association", "organization", None, [], None),
        ("Rochelle Amadi", "person", "president", [], None),
        ("Department of Forestry", "organization", None, [], "Oregon Department of Forestry"),
    ],
    "quotes": [
        ("“Nobody got everything they wanted — that’s what a compromise is,”", "Marisol Ybarra", "Ybarra", "said", "direct"),
        ("“But our teachers did, and that matters most.”", "Marisol Ybarra", "Ybarra<", None, "direct"),
        ("the deal spent too much and left the state’s rainy-day fund “dangerously thin.”", "Republicans", "Republicans", "said", "indirect"),
        ("“We’re borrowing from next year to pay for this year, and everybody in this building knows it,”", "Curtis Vandermolen", "Curtis Vandermolen", "said", "direct"),
        ("teachers had “waited long enough to be paid like professionals.”", "Rochelle Amadi", "Rochelle Amadi", "said", "indirect"),
        ("it couldn’t staff its summer stations", "Department of Forestry", "Department of Forestry", "said", "indirect"),
    ],
    "stances": [
        ("Republicans", "deal", "oppose", "Republicans said the deal spent too much and left the state’s rainy-day fund “dangerously thin.”"),
        ("Oregon Education Association", "raise", "support", "The Oregon Education Association, the largest teachers’ union in the state, welcomed the raise."),
    ],
}

ARTICLES["en-pilot-strike"] = {
    "lang": "en",
    "actors": [
        ("Skyvale Airways", "organization", None, ["Skyvale"], "Skyvale Airways Ltd"),
        ("British Airline Pilots’ Association", "organization", None, [], "British Airline Pilots' Association"),
        ("Henrik Solberg", "person", "chief operating officer", [], None),
        ("Civil Aviation Authority", "organization", None, [], "UK Civil Aviation Authority"),
        ("Priyanka Lall", "person", None, [], None),
        ("Felicity Grange", "person", "Transport minister", [], None),
    ],
    "quotes": [
        ("its members had been “left with no choice” after the airline refused to improve an offer it described as “an insult to every pilot who flew through the pandemic.”", "British Airline Pilots’ Association", "British Airline Pilots’ Association", "said", "indirect"),
        ("the strike was “completely unjustified” and that the company had offered a 9% rise over two years", "Henrik Solberg", "Henrik Solberg", "said", "indirect"),
        ("“We’ve put a fair deal on the table — it’s there tonight if they want it,”", "Henrik Solberg", "he", "said", "direct"),
        ("that airlines must offer refunds or rebooking for cancelled flights", "Civil Aviation Authority", "Civil Aviation Authority", "reminded", "indirect"),
        ("“I’ve booked a wedding in Lisbon — what am I supposed to do?”", "Priyanka Lall", "Priyanka Lall", "said", "direct"),
        ("a strike “helps no one, least of all the passengers.”", "Felicity Grange", "Felicity Grange", "saying", "indirect"),
    ],
    "stances": [
        ("Henrik Solberg", "strike", "oppose", "Skyvale’s chief operating officer, Henrik Solberg, said the strike was “completely unjustified” and that the company had offered a 9% rise over two years."),
        ("Felicity Grange", "strike", "oppose", "Transport minister Felicity Grange urged both sides to return to talks, saying a strike “helps no one, least of all the passengers.”"),
    ],
}

ARTICLES["en-fishing-quotas"] = {
    "lang": "en",
    "actors": [
        ("Britain", "state", None, [], "United Kingdom"),
        ("European Union", "organization", None, [], None),
        ("Rhiannon Pugh", "person", "Environment Secretary", [], None),
        ("European Commission", "organization", None, [], None),
        ("Jurgen Maalouf", "person", "Fisheries commissioner", [], None),
        ("Scottish Fishermen’s Federation", "organization", None, [], "Scottish Fishermen's Federation"),
        ("Eilidh Mackintosh", "person", "chief executive", [], None),
        ("France", "state", None, [], None),
    ],
    "quotes": [
        ("the agreement was “a good deal for our coastal communities”", "Rhiannon Pugh", "Rhiannon Pugh", "said", "indirect"),
        ("that British catches of cod would rise by 8%", "Rhiannon Pugh", "Rhiannon Pugh", "promised", "indirect"),
        ("the quotas were “based on the best available science.”", "European Commission", "European Commission", "said", "indirect"),
        ("“Nobody’s walking away with everything — but nobody’s walking away empty-handed either.”", "Jurgen Maalouf", "Jurgen Maalouf", "added", "direct"),
        ("the deal was “a missed opportunity, again”", "Eilidh Mackintosh", "Eilidh Mackintosh", "said", "indirect"),
        ("it would give French crews “certainty for the whole year.”", "France", "France", "saying", "indirect"),
    ],
    "stances": [
        ("Rhiannon Pugh", "agreement", "support", "The Environment Secretary, Rhiannon Pugh, said the agreement was “a good deal for our coastal communities” and promised that British catches of cod would rise by 8%."),
        ("Eilidh Mackintosh", "deal", "oppose", "Its chief executive, Eilidh Mackintosh, said the deal was “a missed opportunity, again” and accused ministers of trading away mackerel for headlines."),
        ("France", "agreement", "support", "France’s fisheries ministry welcomed the agreement, saying it would give French crews “certainty for the whole year.”"),
    ],
}
