# ruff: noqa: E501  (article sentences are kept whole, one per line)
"""The hand-written annotations of the third blind answers set, one entry per article file ``<id>.txt``.

The layout is that of ``blind/answers/spec.py``: ``actors`` as (name, type, role, aliases, canonical);
``quotes`` in reading order as (text, speaker, speaker mention, cue, kind); ``stances`` as (holder,
target, polarity, evidence sentence). Written for attributions that come after the quotation, in many
shapes, and for organisations a model names canonically.
"""

from __future__ import annotations

from typing import Any

ARTICLES: dict[str, dict[str, Any]] = {}

ARTICLES["en-harbour-levy"] = {
    "lang": "en",
    "actors": [
        ("Odile Trevanion", "person", "chair of the harbour committee", [], None),
        ("Independents", "organization", None, [], "Independent Group"),
        ("Fergus Lanyon", "person", "leader", [], None),
        ("Atlantic Cruise Lines Association", "organization", None, [], None),
        ("Mairead Pengelly", "person", "café owner", [], None),
        ("Liberal Democrats", "organization", None, [], None),
        ("Ivo Carne", "person", "spokesman", [], None),
    ],
    "quotes": [
        ("“Every ship that docks here uses our roads, our toilets and our lifeboats, and it’s time they paid their share,”", "Odile Trevanion", "Odile Trevanion", "said", "direct"),
        ("the money would be ring-fenced for the harbour wall", "Fergus Lanyon", "Fergus Lanyon", "said", "indirect"),
        ("“We’re not anti-tourist,”", "Fergus Lanyon", "he", "said", "direct"),
        ("“We’re anti-potholes.”", "Fergus Lanyon", "he<", None, "direct"),
        ("the levy “sends exactly the wrong message to an industry that brings millions into the town.”", "Atlantic Cruise Lines Association", "Atlantic Cruise Lines Association", "said", "indirect"),
        ("“Nobody asked us,”", "Mairead Pengelly", "Mairead Pengelly", "said", "direct"),
        ("“If the ships stop coming, so do my customers.”", "Mairead Pengelly", "Mairead Pengelly", None, "direct"),
        ("The Liberal Democrats voted against the levy because the council had not published an impact study", "Ivo Carne", "Ivo Carne", "said", "indirect"),
    ],
    "stances": [
        ("Independents", "measure", "support", "The Independents, who hold the balance on the council, backed the measure."),
        ("Liberal Democrats", "levy", "oppose", "The Liberal Democrats voted against the levy because the council had not published an impact study, the group’s spokesman, Ivo Carne, said."),
        ("Atlantic Cruise Lines Association", "levy", "oppose", "The Atlantic Cruise Lines Association said in a statement that the levy “sends exactly the wrong message to an industry that brings millions into the town.”"),
    ],
}

ARTICLES["en-interior-minister"] = {
    "lang": "en",
    "actors": [
        ("Veldoria", "state", None, [], "Republic of Veldoria"),
        ("Anselm Drukker", "person", "interior minister", ["Drukker"], None),
        ("Interior Ministry", "organization", None, [], "Ministry of the Interior of Veldoria"),
        ("Lidwina Osterhout", "person", "Prime Minister", [], None),
        ("Social Democrats", "organization", None, ["Social Democrat"], "Social Democratic Party"),
        ("Christian Union", "organization", None, [], None),
        ("Cornelis Vanderwal", "person", "leader", [], None),
        ("Assembly", "organization", None, [], "National Assembly of Veldoria"),
        ("Hanne Stoelmaker", "person", "chair of the home affairs committee", [], None),
    ],
    "quotes": [
        ("“I take full responsibility for what has happened in my department,”", "Anselm Drukker", "Drukker", "said", "direct"),
        ("“The people who waited months for their documents deserve better – and they deserve an apology.”", "Anselm Drukker", "Drukker<", None, "direct"),
        ("the backlog would be cleared by the end of March", "Interior Ministry", "Interior Ministry", "said", "indirect"),
        ("that 200 temporary staff had been hired", "Interior Ministry", "Interior Ministry", "adding", "indirect"),
        ("“Anselm has done the honourable thing,”", "Lidwina Osterhout", "she", "told", "direct"),
        ("“Now we have to fix it.”", "Lidwina Osterhout", "she<", None, "direct"),
        ("“This wasn’t one man’s failure – it was a failure of the whole government,”", "Cornelis Vanderwal", "Cornelis Vanderwal", "said", "direct"),
        ("the resignation had come “a week too late,”", None, "One senior member", "said", "indirect"),
        ("The Assembly’s home affairs committee will question officials on Thursday", "Hanne Stoelmaker", "Hanne Stoelmaker", "according to", "indirect"),
    ],
    "stances": [
        ("Christian Union", "inquiry", "support", "The opposition Christian Union called for a full inquiry."),
        ("Lidwina Osterhout", "Anselm Drukker", "support", "Prime Minister Lidwina Osterhout, a Social Democrat, thanked him for his service."),
    ],
}

ARTICLES["en-sprinter-ban"] = {
    "lang": "en",
    "actors": [
        ("Tobiah Strandquist-Mele", "person", "sprinter", ["Strandquist-Mele"], None),
        ("Athletics Integrity Unit", "organization", None, ["AIU"], None),
        ("Court of Arbitration for Sport", "organization", None, [], None),
        ("Renata Albescu", "person", "coach", [], None),
        ("World Anti-Doping Agency", "organization", None, ["WADA"], None),
        ("Idris Nakashima-Boyle", "person", "director general", [], None),
        ("Athletics Caldria", "organization", None, [], None),
    ],
    "quotes": [
        ("The sprinter Tobiah Strandquist-Mele has been banned for four years after testing positive for a banned steroid", "Athletics Integrity Unit", "Athletics Integrity Unit", "announced", "indirect"),
        ("the sample, taken at a meeting in Kessingford in June, contained “unambiguous evidence” of the drug", "Athletics Integrity Unit", "AIU", "said", "indirect"),
        ("“I have never knowingly taken anything,”", "Tobiah Strandquist-Mele", "sprinter", "said", "direct"),
        ("“I will fight this with everything I have.”", "Tobiah Strandquist-Mele", "sprinter<", None, "direct"),
        ("she was “shocked and heartbroken,” and that the athlete had passed eleven tests this year", "Renata Albescu", "Renata Albescu", "said", "indirect"),
        ("“Clean athletes need to know the system works,”", "Idris Nakashima-Boyle", "Idris Nakashima-Boyle", "said", "direct"),
        ("it would not select Strandquist-Mele while the appeal was pending", "Athletics Caldria", "Athletics Caldria", "said", "indirect"),
        ("“We support the process,”", "Athletics Caldria", "spokeswoman", "said", "direct"),
        ("“and we will respect its outcome.”", "Athletics Caldria", "spokeswoman<", None, "direct"),
    ],
    "stances": [
        ("World Anti-Doping Agency", "ban", "support", "The World Anti-Doping Agency welcomed the ban."),
    ],
}

ARTICLES["en-bakery-profits"] = {
    "lang": "en",
    "actors": [
        ("Hollinsgate Bakeries", "organization", None, ["Hollinsgate"], "Hollinsgate Bakeries plc"),
        ("Margit Sallowby", "person", "chief executive", [], None),
        ("Allied Bakery Workers’ Union", "organization", None, [], "Allied Bakery Workers' Union"),
        ("Tamsin Fairlie-Odu", "person", "regional officer", [], None),
        ("Corrigan Whitby", "organization", None, [], None),
        ("Basil Entwhistle", "person", "chairman", [], None),
    ],
    "quotes": [
        ("rising flour and energy costs would wipe out its profits this year", "Hollinsgate Bakeries", "chain", "warned", "indirect"),
        ("“We’ve absorbed as much as we can, but we can’t absorb it forever,”", "Margit Sallowby", "Margit Sallowby", "told", "direct"),
        ("“Prices will have to go up.”", "Margit Sallowby", "Margit Sallowby<", None, "direct"),
        ("it would close 38 of its 610 shops by the summer and cut about 400 jobs, mostly in head office", "Hollinsgate Bakeries", "company", "said", "indirect"),
        ("“These are people who kept the ovens on through two winters of crisis,”", "Tamsin Fairlie-Odu", "Tamsin Fairlie-Odu", "said", "direct"),
        ("“They deserve better than a press release.”", "Tamsin Fairlie-Odu", "Tamsin Fairlie-Odu<", None, "direct"),
        ("the warning was “worse than feared” but that the brand remained strong", "Corrigan Whitby", "Corrigan Whitby", "said", "indirect"),
        ("The chairman, Sir Basil Entwhistle, will step down at the annual meeting in May", "Hollinsgate Bakeries", "Hollinsgate", "said", "indirect"),
    ],
    "stances": [
        ("Allied Bakery Workers’ Union", "cuts", "oppose", "The Allied Bakery Workers’ Union condemned the cuts."),
    ],
}

ARTICLES["en-measles-outbreak"] = {
    "lang": "en",
    "actors": [
        ("county health department", "organization", None, ["health department"], "Carrowmere County Health Department"),
        ("Ezinne Callaghan-Roe", "person", "chief medical officer", [], None),
        ("Department of Health", "organization", None, [], "State Department of Health"),
        ("Lorcan Meaghey", "person", None, [], None),
        ("Republicans", "organization", None, ["Republican"], "Republican Party"),
        ("Wendell Prusakowski", "person", "State Senator", [], None),
    ],
    "quotes": [
        ("most of the cases were in children under five who had not been vaccinated", "county health department", "county health department", "said", "indirect"),
        ("“Measles is not a mild illness, and it is entirely preventable,”", "Ezinne Callaghan-Roe", "Ezinne Callaghan-Roe", "said", "direct"),
        ("“If your child has missed a dose, please come in this week.”", "Ezinne Callaghan-Roe", "Ezinne Callaghan-Roe<", None, "direct"),
        ("it was sending extra nurses to run walk-in clinics at schools", "Department of Health", "Department of Health", "said", "indirect"),
        ("they had not been warned", None, "Parents", "said", "indirect"),
        ("“We found out from a Facebook group,”", "Lorcan Meaghey", "Lorcan Meaghey", "said", "direct"),
        ("“That isn’t good enough.”", "Lorcan Meaghey", "Lorcan Meaghey<", None, "direct"),
        ("parents “should make medical decisions for their own families, not bureaucrats.”", "Wendell Prusakowski", "Wendell Prusakowski", "said", "indirect"),
        ("The outbreak is expected to grow before it slows", "county health department", "health department", "warned", "indirect"),
    ],
    "stances": [
        ("Republicans", "calls to tighten vaccine exemptions", "oppose", "Republicans in the state legislature have resisted calls to tighten vaccine exemptions."),
    ],
}

ARTICLES["en-border-talks"] = {
    "lang": "en",
    "actors": [
        ("Ostravia", "state", None, [], "Republic of Ostravia"),
        ("Kelmaris", "state", None, [], "Kingdom of Kelmaris"),
        ("Radu Peltekian", "person", "foreign minister", [], None),
        ("Kelmaris foreign ministry", "organization", None, ["ministry"], "Ministry of Foreign Affairs of Kelmaris"),
        ("United Nations", "organization", None, [], None),
        ("Solveig Amundrud-Koh", "person", "envoy", [], None),
        ("European Union", "organization", None, [], None),
        ("Freedom Front", "organization", None, [], None),
        ("Nadia Vorontseva-Hale", "person", "leader", [], None),
    ],
    "quotes": [
        ("“We came here to sign, and they came here to stall,”", "Radu Peltekian", "Radu Peltekian", "told", "direct"),
        ("The delegation had “negotiated in good faith until the last minute,”", "Kelmaris foreign ministry", "ministry", "said", "indirect"),
        ("that Ostravia had introduced “new conditions nobody had seen before.”", "Kelmaris foreign ministry", "ministry", "adding", "indirect"),
        ("both sides had agreed to keep a ceasefire along the river in place", "Solveig Amundrud-Koh", "Solveig Amundrud-Koh", "said", "indirect"),
        ("“The door is not closed,”", "Solveig Amundrud-Koh", "she", "said", "direct"),
        ("“It is only stuck.”", "Solveig Amundrud-Koh", "she<", None, "direct"),
        ("the party would hold protests in the capital on Sunday", "Nadia Vorontseva-Hale", "Nadia Vorontseva-Hale", "said", "indirect"),
    ],
    "stances": [
        ("European Union", "talks", "support", "The European Union urged the two governments to return to talks within a month."),
        ("Freedom Front", "government", "oppose", "In Kelmaris, the opposition Freedom Front accused the government of “surrendering the river.”"),
    ],
}

ARTICLES["en-sentence-appeal"] = {
    "lang": "en",
    "actors": [
        ("Court of Appeal", "organization", None, [], "Court of Appeal of England and Wales"),
        ("Desmond Ruddlecombe", "person", "former hospital manager", ["Ruddlecombe"], None),
        ("Perpetua Okwuosa", "person", "Lady Justice", [], None),
        ("Crown Prosecution Service", "organization", None, ["CPS"], None),
        ("Fenella Quenby", "person", "barrister", [], None),
        ("Ambrose Kettleby", "person", "chief executive", [], None),
        ("Ministry of Justice", "organization", None, [], None),
    ],
    "quotes": [
        ("the trial judge had given too little weight to his guilty plea", "Court of Appeal", "Court of Appeal", "ruling", "indirect"),
        ("“The appellant admitted his guilt at the first opportunity, and he is entitled to credit for it,”", "Perpetua Okwuosa", "Perpetua Okwuosa", "said", "direct"),
        ("“That credit was not properly given.”", "Perpetua Okwuosa", "Perpetua Okwuosa<", None, "direct"),
        ("it respected the decision", "Crown Prosecution Service", "Crown Prosecution Service", "said", "indirect"),
        ("that the money had been “largely recovered.”", "Crown Prosecution Service", "CPS", "added", "indirect"),
        ("her client was “relieved and remorseful.”", "Fenella Quenby", "Fenella Quenby", "said", "indirect"),
        ("staff would be disappointed", "Ambrose Kettleby", "Ambrose Kettleby", "said", "indirect"),
        ("“He took money meant for patients,”", "Ambrose Kettleby", "he", "said", "direct"),
        ("“and people here haven’t forgotten that.”", "Ambrose Kettleby", "he<", None, "direct"),
    ],
    "stances": [
        ("Crown Prosecution Service", "decision", "support", "The Crown Prosecution Service said it respected the decision."),
    ],
}

ARTICLES["en-farm-payments"] = {
    "lang": "en",
    "actors": [
        ("European Parliament", "organization", None, [], None),
        ("European People’s Party", "organization", None, ["EPP"], "European People's Party"),
        ("Greens", "organization", None, [], "Greens/European Free Alliance"),
        ("Socialists", "organization", None, [], "Progressive Alliance of Socialists and Democrats"),
        ("Aurelio Bastianutti", "person", "MEP", [], None),
        ("Wiebke Sondergaard-Lutz", "person", "co-leader", [], None),
        ("European Commission", "organization", None, ["Commission"], None),
        ("Tadeusz Wroblewicz-Kane", "person", "Agriculture Commissioner", [], None),
        ("European Farmers’ Alliance", "organization", None, [], "European Farmers' Alliance"),
    ],
    "quotes": [
        ("“Farmers asked us to listen, and today we listened,”", "Aurelio Bastianutti", "Aurelio Bastianutti", "said", "direct"),
        ("“Nobody is abandoning the climate goals – we are making them possible.”", "Aurelio Bastianutti", "Aurelio Bastianutti<", None, "direct"),
        ("the delay would cost Europe “two years we do not have.”", "Wiebke Sondergaard-Lutz", "Wiebke Sondergaard-Lutz", "said", "indirect"),
        ("it would study the text", "European Commission", "European Commission", "said", "indirect"),
        ("the Commission had “always been open to simplification,” but that the conditions themselves were not up for negotiation", "Tadeusz Wroblewicz-Kane", "Tadeusz Wroblewicz-Kane", "told", "indirect"),
    ],
    "stances": [
        ("Greens", "vote", "oppose", "The Greens called the vote “a betrayal dressed up as pragmatism.”"),
        ("European Farmers’ Alliance", "result", "support", "The European Farmers’ Alliance, the main farm lobby, welcomed the result."),
    ],
}

ARTICLES["en-school-merger"] = {
    "lang": "en",
    "actors": [
        ("Hallowdene County Council", "organization", None, ["council"], None),
        ("Juno Tremayne-Ashe", "person", "cabinet member for children", [], None),
        ("Ruth Gorringe-Pask", "person", None, [], None),
        ("National Education Union", "organization", None, [], None),
        ("Colm Derrigan", "person", "district secretary", [], None),
        ("Hester Quarrington", "person", "MP", [], None),
    ],
    "quotes": [
        ("Two primary schools in Fennick Cross will merge next year", "Hallowdene County Council", "Hallowdene County Council", "confirmed", "indirect"),
        ("falling birth rates had left both schools with empty classrooms and shrinking budgets", "Hallowdene County Council", "council", "said", "indirect"),
        ("“Nobody goes into education to close schools,”", "Juno Tremayne-Ashe", "Juno Tremayne-Ashe", "said", "direct"),
        ("“But two half-empty schools can’t give children what one full school can.”", "Juno Tremayne-Ashe", "Juno Tremayne-Ashe<", None, "direct"),
        ("“They’ve made up their minds and now they’re pretending to consult us,”", "Ruth Gorringe-Pask", "Ruth Gorringe-Pask", "said", "direct"),
        ("it would seek assurances that no teachers would lose their jobs", "National Education Union", "National Education Union", "said", "indirect"),
        ("staff were “anxious, and rightly so.”", "Colm Derrigan", "Colm Derrigan", "said", "indirect"),
        ("The merged school will open on the Millbrook Lane site in September", "Hallowdene County Council", "spokesperson", "said", "indirect"),
    ],
    "stances": [
        ("Hester Quarrington", "merger", "oppose", "Local MP Hester Quarrington opposed the merger."),
    ],
}

ARTICLES["en-airport-runway"] = {
    "lang": "en",
    "actors": [
        ("Thornbury Fields Airport", "organization", None, [], "Thornbury Fields Airport Ltd"),
        ("Department for Transport", "organization", None, [], None),
        ("Ottoline Baskerville-Reyes", "person", "Transport Minister", [], None),
        ("Kasimir Tolleshunt", "person", "chief executive", [], None),
        ("Quiet Skies Thornbury", "organization", None, [], None),
        ("Aoife Rendlesham", "person", "chair", [], None),
        ("Climate Change Committee", "organization", None, [], "Committee on Climate Change"),
    ],
    "quotes": [
        ("the decision followed “the most thorough environmental assessment ever carried out for a UK airport.”", "Department for Transport", "Department for Transport", "said", "indirect"),
        ("“This is a vote of confidence in the north,”", "Ottoline Baskerville-Reyes", "Ottoline Baskerville-Reyes", "said", "direct"),
        ("“It means jobs, it means trade, and it means families won’t have to fly from the capital for a holiday.”", "Ottoline Baskerville-Reyes", "Ottoline Baskerville-Reyes<", None, "direct"),
        ("the company would begin work next spring", "Kasimir Tolleshunt", "Kasimir Tolleshunt", "said", "indirect"),
        ("“We’ve waited a long time,”", "Kasimir Tolleshunt", "he", "added", "direct"),
        ("“and we’re ready.”", "Kasimir Tolleshunt", "he<", None, "direct"),
        ("it would apply for a judicial review", "Quiet Skies Thornbury", "Quiet Skies Thornbury", "said", "indirect"),
        ("“The government’s own climate advisers told them not to do this,”", "Aoife Rendlesham", "Aoife Rendlesham", "said", "direct"),
        ("“They did it anyway.”", "Aoife Rendlesham", "Aoife Rendlesham<", None, "direct"),
        ("airport expansion should not go ahead without a plan to cap emissions from flying", "Climate Change Committee", "Climate Change Committee", "has said", "indirect"),
    ],
    "stances": [
        ("Climate Change Committee", "airport expansion", "oppose", "The Climate Change Committee, which advises the government, has said airport expansion should not go ahead without a plan to cap emissions from flying."),
    ],
}

ARTICLES["en-nurses-strike"] = {
    "lang": "en",
    "actors": [
        ("Royal College of Nursing", "organization", None, [], None),
        ("Bronagh McIlvenna", "person", "director for the region", [], None),
        ("Health Department", "organization", None, [], "Calderwick Department of Health"),
        ("Crispin Hawthornthwaite", "person", "Health Minister", [], None),
        ("Labour", "organization", None, [], "Labour Party"),
        ("Yusra Belhaj-Moore", "person", "health spokesperson", [], None),
    ],
    "quotes": [
        ("Nurses in Calderwick will strike for 48 hours next week after rejecting a 3.5% pay offer", "Royal College of Nursing", "Royal College of Nursing", "said", "indirect"),
        ("“Our members have been patient for years and patience has not paid the rent,”", "Bronagh McIlvenna", "Bronagh McIlvenna", "said", "direct"),
        ("“This is the last thing any nurse wants.”", "Bronagh McIlvenna", "Bronagh McIlvenna<", None, "direct"),
        ("Emergency and cancer care will be staffed as normal", "Royal College of Nursing", "union", "said", "indirect"),
        ("The offer was “fair, affordable and final,”", "Crispin Hawthornthwaite", "Crispin Hawthornthwaite", "said", "indirect"),
        ("that a further rise would mean cuts to services", "Crispin Hawthornthwaite", "Crispin Hawthornthwaite", "adding", "indirect"),
        ("“If the minister can find money for consultants, he can find it for nurses,”", "Yusra Belhaj-Moore", "Yusra Belhaj-Moore", "said", "direct"),
    ],
    "stances": [
        ("Health Department", "strike", "oppose", "The Health Department called the strike “disappointing and unnecessary.”"),
        ("Labour", "nurses", "support", "The opposition Labour group on the assembly backed the nurses."),
    ],
}

ARTICLES["en-stadium-refused"] = {
    "lang": "en",
    "actors": [
        ("Dunlow Athletic", "organization", None, ["Athletic"], "Dunlow Athletic F.C."),
        ("Dunlow City Council", "organization", None, [], None),
        ("Evander Pocklington", "person", "chairman", [], None),
        ("Thaddeus Crumm-Ellery", "person", "owner", [], None),
        ("Dunlow Forever", "organization", None, [], None),
        ("Gwenllian Pryde-Oakes", "person", "secretary", [], None),
        ("Natural England", "organization", None, [], None),
    ],
    "quotes": [
        ("“The design is handsome, but the roads around it simply cannot cope,”", "Evander Pocklington", "Evander Pocklington", "said", "direct"),
        ("it was “deeply disappointed” and would consider an appeal to the planning inspectorate", "Dunlow Athletic", "club", "said", "indirect"),
        ("“If Dunlow doesn’t want us, other towns will,”", "Thaddeus Crumm-Ellery", "he", "wrote", "direct"),
        ("fans were “sick with worry” about the club leaving the town", "Dunlow Forever", "Dunlow Forever", "said", "indirect"),
        ("“We’ll fight to keep Athletic here, with or without this stadium.”", "Gwenllian Pryde-Oakes", "Gwenllian Pryde-Oakes", "said", "direct"),
    ],
    "stances": [
        ("Natural England", "scheme", "oppose", "Natural England had objected to the scheme."),
    ],
}
