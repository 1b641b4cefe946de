// Generates long, realistic-looking news text for benchmarks (deterministic for a seed).

const PEOPLE = ['Antonia Ruiz', 'Kemal Arslan', 'Grace Okafor', 'Lars Eriksen', 'Mei Tanaka', 'Omar Haddad', 'Sofia Marino', 'David Cohen'];
const PLACES = ['Ankara', 'Lisbon', 'Nairobi', 'Seoul', 'Lima', 'Oslo', 'Cairo', 'Warsaw', 'Jakarta', 'Quebec'];
const ORGS = ['the World Bank', 'NATO', 'the European Commission', 'Siemens', 'the Red Cross', 'Reuters', 'the IMF', 'Toyota'];
const GROUPS = ['Turkish', 'Brazilian', 'Kenyan', 'Korean', 'Norwegian', 'Egyptian', 'Polish', 'Indonesian'];
const TEMPLATES = [
  (p, l, o, g) => `${g} officials met ${p} in ${l} on Tuesday to discuss a new trade agreement with ${o}.`,
  (p, l, o) => `"We expect progress within weeks," ${p} told reporters after the meeting in ${l}.`,
  (p, l, o, g) => `${o} said on Wednesday that exports from ${l} rose 4.5% in the third quarter, helped by ${g} demand.`,
  (p, l, o) => `Mr. ${p.split(' ')[1]} has led the talks since 2021, when ${o} opened an office in ${l}.`,
  (p, l) => `Analysts in ${l} said the U.S. decision could delay the plan until next year, ${p} added.`,
];

function random(seed) {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13; state ^= state >>> 17; state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
}

/** An article of about `bytes` UTF-8 bytes: a header line, then paragraphs of news sentences. */
export function generateArticle(bytes, seed = 42) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const parts = ['date 2025-01-15 (WIRE- Generated News)\n\nA Long Generated Report\n'];
  let size = parts[0].length;
  while (size < bytes) {
    const sentences = [];
    for (let i = 0; i < 4; i++) sentences.push(pick(TEMPLATES)(pick(PEOPLE), pick(PLACES), pick(ORGS), pick(GROUPS)));
    const paragraph = `\n${sentences.join(' ')}\n`;
    parts.push(paragraph);
    size += new TextEncoder().encode(paragraph).length;
  }
  return parts.join('');
}
