# ruff: noqa: E501  (article sentences are kept whole, one per line)
"""Gold annotations of the first eight English articles, written by hand (see spec.py for the layout)."""

from __future__ import annotations

from typing import Any

ARTICLES: dict[str, dict[str, Any]] = {}

ARTICLES["en-senate-stopgap"] = {
    "lang": "en",
    "actors": [
        ("Senate", "organization", None, [], "United States Senate"),
        ("Republicans", "organization", None, ["Senate Republicans"], "Republican Party"),
        ("Democrats", "organization", None, [], "Democratic Party"),
        ("House", "organization", None, [], "United States House of Representatives"),
        ("Dale Whitcombe", "person", "Republican whip", ["Whitcombe"], None),
        ("Rosa Inglehart", "person", "Senator", ["Inglehart"], None),
        ("Appropriations Committee", "organization", None, [], "Senate Appropriations Committee"),
        ("White House", "organization", None, [], None),
        ("Keisha Arnott", "person", "White House spokeswoman", [], None),
        ("Gil Matheson", "person", "Senator", [], None),
    ],
    "quotes": [
        (
            "“We are not going to write a blank check for another three months of the same spending, "
            "and the American people did not send us here to do that,”",
            "Dale Whitcombe",
            "Senator Dale Whitcombe",
            "said",
            "direct",
        ),
        (
            "“Bring us a bill with real cuts and we will talk.”",
            "Dale Whitcombe",
            "Senator Dale Whitcombe",
            None,
            "direct",
        ),
        (
            "that the Republican demands would gut food inspection and air traffic control",
            "Rosa Inglehart",
            "Senator Rosa Inglehart",
            "said",
            "indirect",
        ),
        (
            "“They keep saying ‘real cuts,’ but they never say where,”",
            "Rosa Inglehart",
            "Inglehart",
            "told",
            "direct",
        ),
        ("“Name one program. Just one.”", "Rosa Inglehart", "Inglehart", None, "direct"),
        (
            "the president would veto any bill that cut veterans’ benefits",
            "Keisha Arnott",
            "Keisha Arnott",
            "said",
            "indirect",
        ),
        (
            "the standoff was “a self-inflicted wound … that helps nobody.”",
            "Gil Matheson",
            "Senator Gil Matheson",
            "said",
            "indirect",
        ),
        (
            "“I’ve been here long enough to know how these things end.”",
            "Gil Matheson",
            "He",
            "added",
            "direct",
        ),
        (
            "his party was “open to a short extension, a very short one,” but would not accept the House version",
            "Dale Whitcombe",
            "Whitcombe",
            "said",
            "indirect",
        ),
    ],
    "stances": [
        (
            "Republicans",
            "a stopgap spending bill",
            "oppose",
            "WASHINGTON — Senate Republicans blocked a stopgap spending bill on Thursday, leaving the government "
            "eleven days from a partial shutdown and both parties trading blame for the impasse.",
        ),
        (
            "Democrats",
            "Republicans",
            "oppose",
            "Democrats accused their rivals of playing with the paychecks of federal workers.",
        ),
        (
            "Rosa Inglehart",
            "the Republican demands",
            "oppose",
            "Senator Rosa Inglehart, who chairs the Appropriations Committee, said that the Republican demands "
            "would gut food inspection and air traffic control.",
        ),
        (
            "Gil Matheson",
            "the standoff",
            "oppose",
            "Senator Gil Matheson of Maine, one of four Republicans who voted with Democrats, said the standoff "
            "was “a self-inflicted wound … that helps nobody.”",
        ),
        (
            "Dale Whitcombe",
            "the House version",
            "oppose",
            "Whitcombe said his party was “open to a short extension, a very short one,” but would not accept "
            "the House version.",
        ),
    ],
}

ARTICLES["en-doj-halberd"] = {
    "lang": "en",
    "actors": [
        ("Justice Department", "organization", None, [], "United States Department of Justice"),
        (
            "Halberd Logistics Inc.",
            "organization",
            None,
            ["Halberd Logistics", "Halberd"],
            "Halberd Logistics, Inc.",
        ),
        ("Miriam Castellanos", "person", "Attorney General", ["Castellanos"], None),
        ("FBI", "organization", None, [], "Federal Bureau of Investigation"),
        ("Transportation Department", "organization", None, [], "United States Department of Transportation"),
        ("Warren Pell", "person", "chief executive", [], None),
        ("Naomi Szabo", "person", "lawyer", [], None),
        ("Leonard Okafor", "person", "Judge", [], None),
        ("Tom Brisco", "person", "Senator", [], None),
    ],
    "quotes": [
        (
            "The Justice Department opened a criminal investigation into Halberd Logistics, the Ohio freight "
            "company accused of falsifying safety records for hundreds of its trucks",
            None,
            "two people familiar with the matter",
            "said",
            "indirect",
        ),
        (
            "“When a company lies about the brakes on an eighty-thousand-pound truck, that is not paperwork,”",
            "Miriam Castellanos",
            "Castellanos",
            "said",
            "direct",
        ),
        (
            "“That is a danger to every family on the interstate.”",
            "Miriam Castellanos",
            "Castellanos",
            None,
            "direct",
        ),
        (
            "that it was “cooperating fully” and that the records in question had been “misread by investigators "
            "who do not understand how our maintenance system works.”",
            "Halberd Logistics Inc.",
            "Halberd Logistics Inc.",
            "said in a statement",
            "indirect",
        ),
        (
            "that the accusations were false and that the firm would “fight them in every courtroom it has to.”",
            "Warren Pell",
            "Warren Pell",
            "told",
            "indirect",
        ),
        (
            "“For two years my clients were told to drive trucks they knew were unsafe, and anyone who "
            "complained was fired…”",
            "Naomi Szabo",
            "Naomi Szabo",
            "said",
            "direct",
        ),
        ("“Now somebody in Washington is finally listening.”", "Naomi Szabo", "Naomi Szabo", None, "direct"),
        ("“incomplete at best.”", "Leonard Okafor", "he<", "called", "direct"),
        (
            "he backed the investigation but urged the Justice Department to move quickly so that the company’s "
            "2,000 employees were not left in limbo",
            "Tom Brisco",
            "Senator Tom Brisco",
            "said",
            "indirect",
        ),
    ],
    "stances": [
        (
            "Miriam Castellanos",
            "Halberd Logistics Inc.",
            "oppose",
            "“When a company lies about the brakes on an eighty-thousand-pound truck, that is not paperwork,” "
            "Castellanos said.",
        ),
        (
            "Warren Pell",
            "the accusations",
            "oppose",
            "The company’s chief executive, Warren Pell, told employees in a memo that the accusations were false "
            "and that the firm would “fight them in every courtroom it has to.”",
        ),
        (
            "Naomi Szabo",
            "Halberd Logistics Inc.",
            "oppose",
            "“For two years my clients were told to drive trucks they knew were unsafe, and anyone who complained "
            "was fired…” said Naomi Szabo, who represents eleven former drivers.",
        ),
        (
            "Leonard Okafor",
            "the company’s earlier document production",
            "oppose",
            "In a hearing last month he called the company’s earlier document production “incomplete at best.”",
        ),
        (
            "Tom Brisco",
            "the investigation",
            "support",
            "Senator Tom Brisco, an Ohio Republican, said he backed the investigation but urged the Justice "
            "Department to move quickly so that the company’s 2,000 employees were not left in limbo.",
        ),
    ],
}

ARTICLES["en-greens-diesel"] = {
    "lang": "en",
    "actors": [
        ("Greens", "organization", None, [], "Alliance 90/The Greens"),
        ("Germany", "state", None, [], None),
        ("Social Democrats", "organization", None, [], "Social Democratic Party of Germany"),
        ("Annika Tessendorf", "person", "co-leader of the Greens’ parliamentary group", [], None),
        ("Matthias Gerlach", "person", "Chancellor", ["Gerlach"], None),
        ("Bundestag", "organization", None, [], "German Bundestag"),
        ("Free Democrats", "organization", None, ["FDP"], "Free Democratic Party"),
        ("Jonas Reimer", "person", "FDP general secretary", [], None),
        ("Christian Democrats", "organization", None, ["CDU"], "Christian Democratic Union of Germany"),
        ("Franziska Ohlendorf", "person", "CDU parliamentary leader", [], None),
        ("ZDF", "organization", None, [], "Zweites Deutsches Fernsehen"),
        ("finance ministry", "organization", None, [], "Federal Ministry of Finance"),
        ("Deutsche Umwelthilfe", "organization", None, [], None),
    ],
    "quotes": [
        (
            "“We did not enter this government to subsidise the past,”",
            "Annika Tessendorf",
            "Annika Tessendorf",
            "said",
            "direct",
        ),
        (
            "“If the diesel rebate stays, we will have to ask ourselves what we are still doing here.”",
            "Annika Tessendorf",
            "Annika Tessendorf",
            None,
            "direct",
        ),
        (
            "that coalitions “argue in public and agree in private” and that he expected a compromise before the "
            "budget vote in the Bundestag next month",
            "Matthias Gerlach",
            "Gerlach",
            "said",
            "indirect",
        ),
        (
            "“holding farmers and truckers hostage to an ideology.”",
            "Jonas Reimer",
            "Jonas Reimer",
            "accused",
            "direct",
        ),
        (
            "the party would not support any budget that raised fuel costs",
            "Jonas Reimer",
            "He",
            "said",
            "indirect",
        ),
        (
            "“This coalition cannot agree on the price of a litre of diesel, and it wants to lead Europe,”",
            "Franziska Ohlendorf",
            "Franziska Ohlendorf",
            "told",
            "direct",
        ),
        (
            "that ending the rebate would save 1.4 billion euros a year but would hit rural households hardest",
            "finance ministry",
            "The finance ministry",
            "said in a statement",
            "indirect",
        ),
        ("“a subsidy for dirty air.”", "Deutsche Umwelthilfe", "Deutsche Umwelthilfe", "called", "direct"),
    ],
    "stances": [
        (
            "Greens",
            "a tax break for diesel fuel",
            "oppose",
            "BERLIN — The Greens threatened on Wednesday to walk out of Germany’s governing coalition unless the "
            "Social Democrats drop their plan to extend a tax break for diesel fuel, the sharpest clash between "
            "the partners since they took office.",
        ),
        (
            "Annika Tessendorf",
            "the diesel rebate",
            "oppose",
            "“If the diesel rebate stays, we will have to ask ourselves what we are still doing here.”",
        ),
        (
            "Free Democrats",
            "the rebate",
            "support",
            "The Free Democrats (FDP), the coalition’s third partner, backed the rebate.",
        ),
        (
            "Jonas Reimer",
            "Greens",
            "oppose",
            "FDP general secretary Jonas Reimer accused the Greens of “holding farmers and truckers hostage to an "
            "ideology.”",
        ),
        (
            "Christian Democrats",
            "the quarrel",
            "oppose",
            "The opposition Christian Democrats mocked the quarrel.",
        ),
        (
            "Deutsche Umwelthilfe",
            "the rebate",
            "oppose",
            "Deutsche Umwelthilfe, which has sued several states over air pollution, called the rebate “a subsidy "
            "for dirty air.”",
        ),
    ],
}

ARTICLES["en-nhs-waiting"] = {
    "lang": "en",
    "actors": [
        ("Labour", "organization", None, [], "Labour Party"),
        ("NHS", "organization", None, [], "National Health Service"),
        ("Owen Pritchard", "person", "shadow health secretary", [], None),
        ("Tories", "organization", None, [], "Conservative Party"),
        ("Department of Health", "organization", None, [], "Department of Health and Social Care"),
        ("Priya Lomax", "person", "Health Secretary", ["Ms Lomax"], None),
        ("Royal College of Surgeons", "organization", None, [], "Royal College of Surgeons of England"),
        ("Hugh Ainsworth", "person", "president of the Royal College of Surgeons", [], None),
        ("Liberal Democrats", "organization", None, [], None),
        ("Catriona Bell", "person", "health spokeswoman", [], None),
        ("Unison", "organization", None, [], None),
    ],
    "quotes": [
        ("‘quietly rationing’", "Labour", "Labour", "accused", "direct"),
        (
            "the Tories had ‘lost control’ of the health service",
            "Owen Pritchard",
            "Owen Pritchard",
            "said",
            "indirect",
        ),
        (
            "‘Patients are being told to wait eighteen months for an operation that would change their lives. "
            "That isn’t a waiting list, it’s a queue to nowhere,’",
            "Owen Pritchard",
            "he",
            "said",
            "direct",
        ),
        (
            "that the figures reflected ‘record demand, not rationing’ and that an extra 40,000 surgical slots "
            "would open by the spring",
            "Department of Health",
            "A spokesman",
            "said",
            "indirect",
        ),
        (
            "the government was ‘throwing everything’ at the backlog",
            "Priya Lomax",
            "Health Secretary Priya Lomax",
            "said",
            "indirect",
        ),
        (
            "‘I won’t pretend it’s good enough. It isn’t. But when people say we have “given up” on the "
            "north-east, they are simply wrong,’",
            "Priya Lomax",
            "Ms Lomax",
            "told",
            "direct",
        ),
        (
            "delays were forcing some patients into private clinics they could not afford",
            "Royal College of Surgeons",
            "The Royal College of Surgeons",
            "said",
            "indirect",
        ),
        ("‘a two-tier system by stealth’", "Hugh Ainsworth", "Professor Hugh Ainsworth", "called", "direct"),
        (
            "‘Nobody in Gateshead should wait twice as long as somebody in Guildford for the same operation.’",
            "Catriona Bell",
            "Catriona Bell",
            "said",
            "direct",
        ),
        ("ministers had ignored its warnings for years", "Unison", "Unison", "said", "indirect"),
    ],
    "stances": [
        (
            "Labour",
            "the government",
            "oppose",
            "LONDON — Labour accused the government on Monday of ‘quietly rationing’ hip and knee operations after "
            "figures showed NHS waiting lists in the north-east had grown for a ninth month in a row.",
        ),
        (
            "Owen Pritchard",
            "Tories",
            "oppose",
            "Owen Pritchard, the shadow health secretary, said the Tories had ‘lost control’ of the health service.",
        ),
        ("Department of Health", "the charge", "oppose", "The Department of Health rejected the charge."),
        (
            "Hugh Ainsworth",
            "the situation",
            "oppose",
            "Its president, Professor Hugh Ainsworth, called the situation ‘a two-tier system by stealth’.",
        ),
        (
            "Liberal Democrats",
            "an independent review",
            "support",
            "The Liberal Democrats called for an independent review of how surgical slots are allocated between "
            "regions.",
        ),
        (
            "Unison",
            "ministers",
            "oppose",
            "Unison, which represents many hospital porters and cleaners, said ministers had ignored its warnings "
            "for years.",
        ),
    ],
}

ARTICLES["en-court-drones"] = {
    "lang": "en",
    "actors": [
        ("Supreme Court", "organization", None, [], "Supreme Court of the United States"),
        ("Federal Aviation Administration", "organization", None, ["FAA"], None),
        ("Harold Brennick", "person", "Justice", [], None),
        ("Congress", "organization", None, [], "United States Congress"),
        ("Amara Oduya", "person", "Justice", [], None),
        ("Skylane Couriers", "organization", None, ["Skylane"], None),
        ("Coalition for Unmanned Commerce", "organization", None, ["CUC"], None),
        ("Dev Raman", "person", "founder of Skylane Couriers", [], None),
        ("Lucille Fenwick", "person", None, [], None),
        ("Marcus Delacroix-Hale", "person", "Transportation Secretary", [], None),
    ],
    "quotes": [
        (
            "Congress had never given the FAA “a roving mandate to decide how many packages may cross a suburb "
            "at noon.”",
            "Harold Brennick",
            "Justice Harold Brennick",
            "said",
            "indirect",
        ),
        ("“may protect the skies. It may not ration them.”", "Harold Brennick", "he", "wrote", "direct"),
        (
            "“The majority treats a safety rule as if it were a trade barrier,”",
            "Amara Oduya",
            "she",
            "wrote",
            "direct",
        ),
        (
            "that the ruling would leave “every cul-de-sac in America … a landing strip.”",
            "Amara Oduya",
            "she",
            "warning",
            "indirect",
        ),
        (
            "“a win for every small business that wants to compete with the giants.”",
            "Dev Raman",
            "Dev Raman",
            "called",
            "direct",
        ),
        (
            "“We asked for a little quiet, and the court gave the sky to whoever can afford the most drones,”",
            "Lucille Fenwick",
            "Lucille Fenwick",
            "said",
            "direct",
        ),
        (
            "that it would work with the agency on “sensible, evidence-based” rules",
            "Coalition for Unmanned Commerce",
            "The CUC",
            "said in a statement",
            "indirect",
        ),
        (
            "his department was studying the opinion and would “respect the court’s judgment, as we always do.”",
            "Marcus Delacroix-Hale",
            "Marcus Delacroix-Hale",
            "said",
            "indirect",
        ),
    ],
    "stances": [
        (
            "Supreme Court",
            "Federal Aviation Administration",
            "oppose",
            "The Supreme Court ruled 5-4 on Friday that the Federal Aviation Administration exceeded its authority "
            "when it capped the number of delivery drones that may fly over residential streets, a decision that "
            "could reshape how the agency regulates the fast-growing industry.",
        ),
        (
            "Harold Brennick",
            "Federal Aviation Administration",
            "oppose",
            "Writing for the majority, Justice Harold Brennick said Congress had never given the FAA “a roving "
            "mandate to decide how many packages may cross a suburb at noon.”",
        ),
        (
            "Amara Oduya",
            "the ruling",
            "oppose",
            "“The majority treats a safety rule as if it were a trade barrier,” she wrote, warning that the ruling "
            "would leave “every cul-de-sac in America … a landing strip.”",
        ),
        (
            "Coalition for Unmanned Commerce",
            "The case",
            "support",
            "The case was brought by Skylane Couriers, a Denver start-up, and backed by a trade group, the "
            "Coalition for Unmanned Commerce (CUC).",
        ),
        (
            "Dev Raman",
            "the ruling",
            "support",
            "Skylane’s founder, Dev Raman, called the ruling “a win for every small business that wants to compete "
            "with the giants.”",
        ),
        (
            "Lucille Fenwick",
            "Supreme Court",
            "oppose",
            "“We asked for a little quiet, and the court gave the sky to whoever can afford the most drones,” said "
            "Lucille Fenwick, who organised a petition in Aurora, Colorado, that drew 14,000 signatures.",
        ),
    ],
}

ARTICLES["en-eu-steel"] = {
    "lang": "en",
    "actors": [
        ("European Commission", "organization", None, [], None),
        ("Lotte Verhaegen", "person", "Trade Commissioner", ["Verhaegen"], None),
        ("European Parliament", "organization", None, [], None),
        ("EU", "organization", None, [], "European Union"),
        ("China", "state", None, ["Beijing"], "People's Republic of China"),
        (
            "Commerce Ministry",
            "organization",
            None,
            [],
            "Ministry of Commerce of the People's Republic of China",
        ),
        ("Gao Wenli", "person", "ministry spokesman", [], None),
        ("Eurofer", "organization", None, [], "European Steel Association"),
        ("Sabine Kroll", "person", "director general of Eurofer", [], None),
        ("Sweden", "state", None, [], None),
        ("Erik Lindahl", "person", "trade minister", ["Lindahl"], None),
    ],
    "quotes": [
        (
            "state subsidies had let producers flood the European market at prices local mills could not match",
            "European Commission",
            "The European Commission",
            "saying",
            "indirect",
        ),
        (
            "the measures were “targeted, temporary and fully in line with our international obligations.”",
            "Lotte Verhaegen",
            "Trade Commissioner Lotte Verhaegen",
            "said",
            "indirect",
        ),
        (
            "that the EU would “not be naive” about subsidies",
            "Lotte Verhaegen",
            "Verhaegen",
            "told",
            "indirect",
        ),
        (
            "Beijing “firmly opposes” the duties and would take “all necessary measures” to protect Chinese "
            "companies",
            "Gao Wenli",
            "Gao Wenli",
            "said",
            "indirect",
        ),
        (
            "the tariffs came “at the last possible moment” for plants in Italy and Poland that had already cut "
            "shifts",
            "Eurofer",
            "Eurofer",
            "said",
            "indirect",
        ),
        (
            "“Another year like this one and there would be nothing left to protect,”",
            "Sabine Kroll",
            "Sabine Kroll",
            "said",
            "direct",
        ),
        (
            "that a tit-for-tat dispute could hurt European exporters of machinery",
            "Erik Lindahl",
            "Erik Lindahl",
            "warned",
            "indirect",
        ),
        (
            "“We understand the steel industry’s pain, but tariffs are a tax on our own manufacturers too,”",
            "Erik Lindahl",
            "Lindahl",
            "said",
            "direct",
        ),
        ("a vote was likely in March", None, "Diplomats", "said", "indirect"),
    ],
    "stances": [
        (
            "European Commission",
            "tariffs of up to 38 percent on Chinese steel wire",
            "support",
            "BRUSSELS — The European Commission proposed tariffs of up to 38 percent on Chinese steel wire on "
            "Wednesday, saying state subsidies had let producers flood the European market at prices local mills "
            "could not match.",
        ),
        (
            "Lotte Verhaegen",
            "the measures",
            "support",
            "Trade Commissioner Lotte Verhaegen said the measures were “targeted, temporary and fully in line with "
            "our international obligations.”",
        ),
        (
            "China",
            "the duties",
            "oppose",
            "A ministry spokesman, Gao Wenli, said Beijing “firmly opposes” the duties and would take “all "
            "necessary measures” to protect Chinese companies.",
        ),
        (
            "Eurofer",
            "the tariffs",
            "support",
            "Eurofer, the industry’s lobby group, said the tariffs came “at the last possible moment” for plants in "
            "Italy and Poland that had already cut shifts.",
        ),
        (
            "Erik Lindahl",
            "tariffs",
            "oppose",
            "“We understand the steel industry’s pain, but tariffs are a tax on our own manufacturers too,” "
            "Lindahl said in Stockholm.",
        ),
    ],
}

ARTICLES["en-transit-strike"] = {
    "lang": "en",
    "actors": [
        (
            "Metropolitan Transit Authority",
            "organization",
            None,
            ["MTA"],
            "Riverton Metropolitan Transit Authority",
        ),
        ("Amalgamated Transit Union Local 1207", "organization", None, [], "ATU Local 1207"),
        ("Carla Moynihan", "person", "president of the local", [], None),
        ("Bernard Quist", "person", "chief executive of the MTA", ["Quist"], None),
        ("Denise Carrow", "person", "Mayor", [], None),
        ("City Council", "organization", None, [], "Riverton City Council"),
        ("Andre Whitfield", "person", "City Council member", [], None),
        ("Imani Cole", "person", "nurse", [], None),
    ],
    "quotes": [
        (
            "its members had worked without a contract since January",
            "Amalgamated Transit Union Local 1207",
            "The Amalgamated Transit Union Local 1207",
            "said",
            "indirect",
        ),
        (
            "“Our drivers have been spat on, assaulted and asked to work double shifts, and the authority’s answer "
            "is a raise that doesn’t cover the rent,”",
            "Carla Moynihan",
            "Carla Moynihan",
            "said",
            "direct",
        ),
        ("the agency would seek an injunction", "Bernard Quist", "Bernard Quist", "said", "indirect"),
        (
            "“We have a deal on the table that is fair to workers and fair to taxpayers,”",
            "Bernard Quist",
            "Quist",
            "said",
            "direct",
        ),
        ("“It is the best offer in the region. Period.”", "Bernard Quist", "Quist", None, "direct"),
        ("“I’m not going to pick a side today,”", "Denise Carrow", "she", "said", "direct"),
        ("“I’m going to pick the riders.”", "Denise Carrow", "she", None, "direct"),
        ("the mayor should do more", "Andre Whitfield", "Andre Whitfield", "said", "indirect"),
        ("the council would hold a hearing on Thursday", "Andre Whitfield", "He", "said", "indirect"),
        (
            "“tone-deaf … and out of touch with the people who actually run this system.”",
            "Andre Whitfield",
            "He",
            "called",
            "direct",
        ),
        (
            "she had walked forty minutes to reach a bus that never came",
            "Imani Cole",
            "Imani Cole",
            "said",
            "indirect",
        ),
        ("“I support the drivers,”", "Imani Cole", "she", "said", "direct"),
        ("“but I also have patients waiting.”", "Imani Cole", "she", None, "direct"),
        (
            "picket lines would remain in place until a new offer was made",
            "Amalgamated Transit Union Local 1207",
            "The union",
            "said",
            "indirect",
        ),
    ],
    "stances": [
        (
            "Carla Moynihan",
            "Metropolitan Transit Authority",
            "oppose",
            "“Our drivers have been spat on, assaulted and asked to work double shifts, and the authority’s answer "
            "is a raise that doesn’t cover the rent,” said Carla Moynihan, the local’s president.",
        ),
        (
            "Bernard Quist",
            "the walkout",
            "oppose",
            "The MTA’s chief executive, Bernard Quist, called the walkout illegal and said the agency would seek "
            "an injunction.",
        ),
        (
            "Denise Carrow",
            "both sides",
            "neutral",
            "Mayor Denise Carrow, who has no direct authority over the transit agency but appoints four of its "
            "nine board members, urged both sides back to the table.",
        ),
        (
            "Andre Whitfield",
            "Denise Carrow",
            "oppose",
            "City Council member Andre Whitfield said the mayor should do more.",
        ),
        (
            "Andre Whitfield",
            "the authority’s leadership",
            "oppose",
            "He said the council would hold a hearing on Thursday and called the authority’s leadership “tone-deaf "
            "… and out of touch with the people who actually run this system.”",
        ),
        (
            "Imani Cole",
            "the drivers",
            "support",
            "“I support the drivers,” she said, “but I also have patients waiting.”",
        ),
    ],
}

ARTICLES["en-pentagon-drones"] = {
    "lang": "en",
    "actors": [
        ("Defense Department", "organization", None, ["Pentagon"], "United States Department of Defense"),
        ("Norrland Aerospace", "organization", None, ["Norrland"], "Norrland Aerospace Corporation"),
        ("Lorna Achebe", "person", "Deputy Defense Secretary", ["Achebe"], None),
        ("Tomasz Wierzbicki", "person", "Rep.", [], "Representative Tomasz Wierzbicki"),
        (
            "House Armed Services Committee",
            "organization",
            None,
            [],
            "United States House Committee on Armed Services",
        ),
        ("Judith Carraway", "person", "Sen.", [], "Senator Judith Carraway"),
        ("Government Accountability Office", "organization", None, ["GAO"], None),
    ],
    "quotes": [
        (
            "The Pentagon has paused a $3.2 billion contract with Norrland Aerospace for a new family of "
            "surveillance drones after an internal audit found that test results had been reported selectively",
            None,
            "Defense Department officials",
            "said",
            "indirect",
        ),
        (
            "that the pause was “a precaution, not a verdict” and that no decision had been made to cancel the "
            "program",
            "Lorna Achebe",
            "Deputy Defense Secretary Lorna Achebe",
            "said",
            "indirect",
        ),
        (
            "“We owe the taxpayer and the warfighter the same thing: the truth about what we are buying,”",
            "Lorna Achebe",
            "Achebe",
            "wrote",
            "direct",
        ),
        ("it stood by its data", "Norrland Aerospace", "Norrland", "said", "indirect"),
        (
            "it had “provided every test result requested by the government, in full and on time.”",
            "Norrland Aerospace",
            "the company",
            "said",
            "indirect",
        ),
        (
            "the committee would call Norrland executives to testify",
            "Tomasz Wierzbicki",
            "Rep. Tomasz Wierzbicki",
            "said",
            "indirect",
        ),
        (
            "“If the audit is right, somebody cooked the books on a weapons program, and that is not a paperwork "
            "problem,”",
            "Tomasz Wierzbicki",
            "he",
            "said",
            "direct",
        ),
        ("the drones were “exactly what our troops need”", "Judith Carraway", "She", "said", "indirect"),
        (
            "that a long delay would hand an advantage to rivals",
            "Judith Carraway",
            "She",
            "warned",
            "indirect",
        ),
        ("“Fix it, don’t kill it,”", "Judith Carraway", "she", "said", "direct"),
        (
            "the office had not been asked to review the new audit",
            "Government Accountability Office",
            "A GAO spokesman",
            "said",
            "indirect",
        ),
    ],
    "stances": [
        (
            "Norrland Aerospace",
            "its data",
            "support",
            "Norrland, based in Wichita, Kan., said it stood by its data.",
        ),
        (
            "Judith Carraway",
            "the drones",
            "support",
            "She said the drones were “exactly what our troops need” and warned that a long delay would hand an "
            "advantage to rivals.",
        ),
        (
            "Government Accountability Office",
            "the program’s testing schedule",
            "oppose",
            "The Government Accountability Office flagged problems with the program’s testing schedule in a report "
            "last year.",
        ),
    ],
}
