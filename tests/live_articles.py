"""Short invented news items for the tests against a real server (kept short: a small CPU model is slow)."""

from __future__ import annotations

ARTICLES: dict[str, str] = {
    "bridge": "“The bridge will open in June,” said Mayor Ines Duarte on Monday. Critics disagreed.",
    "harbour": "Port Carrow dockers went on strike. “We will not wait any longer,” said Maria Okafor.",
    "school": "Education Minister Tomas Lind said the new schools would open in September.",
    "budget": "“This budget protects families,” Finance Minister Ada Brandt told parliament on Tuesday.",
    "river": "Residents of Elmford oppose the dam. “It will flood our farms,” said farmer Jonas Weir.",
    "rail": "The rail union rejected the offer. Its leader, Petra Sousa, called it “an insult to drivers.”",
    "clinic": "Dr. Lena Hart said the clinic would stay open through the winter.",
    "ferry": "“The ferry is safe,” said Captain Olu Bakare after the inspection on Friday.",
    "market": "Market traders in Velden protested the new fees. “We cannot pay this,” said trader Rui Costa.",
    "stadium": "Club president Sara Nyberg said the stadium plan had the support of the city council.",
}
