// The text the page shows on a first visit: a made-up wire story that exercises the parser
// (header line, title, byline, dateline, quotes, boilerplate), every entity label, dates and
// amounts.
export const EXAMPLE_ARTICLE = `date 2025-03-06 (WIRE- Harbour Daily)

Lisbon Hosts Talks on Atlantic Fishing Quotas

By Marta Quintela

LISBON, March 5 (Harbour Daily) - Portuguese Prime Minister Luís Montenegro opened two days of talks with Norwegian and Icelandic fisheries ministers in Lisbon on Wednesday, hoping to settle a dispute over mackerel quotas that has simmered since 2019.

"We cannot keep fishing as if the ocean had no limits," Montenegro told reporters outside the Belém Palace. He said the European Union was ready to cut its own catch by 15 percent if Norway and Iceland did the same, and had set aside €40 million to help crews through the next three years.

Norway's fisheries minister, Marianne Sivertsen Næss, said her government wanted an agreement based on the latest advice from the International Council for the Exploration of the Sea (ICES). Iceland's delegation, led by Hanna Katrín Friðriksson, stressed that coastal communities in Reykjavík and the Westfjords depend on the catch.

Greenpeace and the WWF urged all three governments to follow the scientific advice. The talks continue on Thursday at the Ministry of the Sea.

Share Facebook Twitter WhatsApp Email Print
© 2025 Harbour Daily. All rights reserved.
`;
