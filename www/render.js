// Renders an annotated Document into DOM nodes. User text only ever enters the page as text
// nodes (createTextNode / textContent), never as HTML.

/** Display names of the entity labels, in legend order (from the label table). */
export { LABELS } from './label-styles.js';
import { LABELS } from './label-styles.js';

const HALVES = { 1: 'first', 2: 'second' };
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** The first day (`YYYY-MM-DD`) of the period a date or time names, from the parts Rust gives
 * its TIMEX3 value (`entity.timex`), or null when it names no fixed period ("PAST_REF", "P3Y"). */
export function periodStart(entity) {
  return entity.timex?.kind === 'period' ? entity.timex.start ?? null : null;
}

/** "Thursday, 12 December 2024" for an ISO date. */
function longDate(year, month, day) {
  return new Date(Date.UTC(year, month - 1, day))
    .toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A reader's wording of a calendar period's parts, or null when they say too little. */
function describePeriod(t) {
  if (t.year !== undefined && t.month && t.day) {
    const date = longDate(t.year, t.month, t.day);
    return t.time ? `${date}, ${t.time}` : t.part_of_day ? `${date}, ${t.part_of_day}` : date;
  }
  if (t.year !== undefined && t.month) {
    return new Date(Date.UTC(t.year, t.month - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }
  if (t.weekday) return `${WEEKDAY_NAMES[t.weekday - 1]}s`;
  if (t.year === undefined) {
    if (t.decade !== undefined) return `the ${t.decade}s`;
    if (t.century !== undefined) return `the ${t.century}s`;
    return null;
  }
  if (t.week) return `${t.weekend ? 'weekend of ' : ''}week ${t.week} of ${t.year}`;
  if (t.quarter) return `Q${t.quarter} ${t.year}`;
  if (t.half) return `${HALVES[t.half]} half of ${t.year}`;
  if (t.season) return `${t.season} ${t.year}`;
  return null;
}

/** A reader's wording of a length of time: "3 years", "2 years and 6 months", "some weeks". */
function describeLength(parts) {
  return parts
    .map(({ amount, unit }) => (amount === undefined ? `some ${unit}s` : `${amount} ${unit}${amount === 1 ? '' : 's'}`))
    .join(' and ');
}

/** A reader's wording of an entity's normalised value: "Thursday, 12 December 2024", "3 years",
 * "every week", "$1,200,000,000.00", "the past"; dates and times read the parts of their TIMEX3
 * value (`entity.timex`), never the string. */
export function describeValue({ label, value, timex }) {
  if (!value) return '';
  if (label === 'MONEY') {
    // "1200000000.00 USD": an amount and an ISO 4217 code.
    const [amount, currency] = value.split(' ');
    try {
      return new Intl.NumberFormat('en', { style: 'currency', currency }).format(Number(amount));
    } catch {
      return value;
    }
  }
  switch (timex?.kind) {
    case 'reference':
      return `the ${timex.reference}`;
    case 'length': {
      const [only] = timex.parts;
      if (label !== 'SET') return describeLength(timex.parts);
      return `every ${timex.parts.length === 1 && only.amount === 1 ? only.unit : describeLength(timex.parts)}`;
    }
    case 'period':
      return describePeriod(timex) ?? value;
    default:
      return value;
  }
}

/** "Thursday, 12 December 2024" for the article's own date (`YYYY-MM-DD`). */
function describeDay(iso) {
  const [year, month, day] = iso.split('-').map(Number);
  return longDate(year, month, day);
}

const BLOCK_ELEMENTS = { header: 'p', title: 'h2', byline: 'p', paragraph: 'p', boilerplate: 'p' };

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Appends `text[start:end]` to `parent`, wrapping each entity inside the range in a <mark>
 * (`data-index` is the entity's index in the document). */
function appendHighlighted(parent, text, start, end, entities) {
  let at = start;
  for (const { entity, index } of entities) {
    if (entity.start < at || entity.end > end) continue;
    if (entity.start > at) parent.append(document.createTextNode(text.slice(at, entity.start)));
    const mark = element('mark', 'entity', text.slice(entity.start, entity.end));
    mark.dataset.label = entity.label;
    mark.dataset.index = String(index);
    if (entity.cluster !== undefined && entity.cluster !== null) mark.dataset.cluster = String(entity.cluster);
    mark.tabIndex = -1;
    const name = LABELS[entity.label] ?? entity.label;
    const described = describeValue(entity);
    const confidence = entity.origin === 'human' ? 'corrected by you' : `confidence ${Math.round(entity.score * 100)}%`;
    const detail = entity.value ? `${entity.value}${described !== entity.value ? ` · ${described}` : ''}` : confidence;
    if (entity.origin === 'human') mark.classList.add('corrected');
    mark.title = `${name} (${entity.label}) · ${detail}`;
    mark.setAttribute('aria-label', `${mark.textContent}, ${name}${entity.value ? `, ${described}` : ''}`);
    parent.append(mark);
    at = entity.end;
  }
  if (end > at) parent.append(document.createTextNode(text.slice(at, end)));
}

/** How long one slice of rendering may keep the main thread, in milliseconds. */
const SLICE_MS = 12;

/** Replaces the children of `container` with the document's blocks, highlighted. A long
 * article is rendered in slices of about 12 ms, yielding in between, so the page stays
 * responsive; a newer call abandons an older one. Resolves when the last block is shown. */
export async function renderArticle(container, doc) {
  const generation = String(Number(container.dataset.generation ?? 0) + 1);
  container.dataset.generation = generation;
  const entities = doc.entities;
  let next = 0;
  let fragment = document.createDocumentFragment();
  let sliceStarted = performance.now();
  let first = true;
  const flush = () => {
    if (first) container.replaceChildren(fragment);
    else container.append(fragment);
    first = false;
    fragment = document.createDocumentFragment();
  };
  for (const block of doc.blocks) {
    const node = element(BLOCK_ELEMENTS[block.kind] ?? 'p', `block ${block.kind}`);
    node.dataset.kind = block.kind;
    node.dataset.start = String(block.start);
    while (next < entities.length && entities[next].end <= block.start) next++;
    const inside = [];
    for (let k = next; k < entities.length && entities[k].start < block.end; k++) inside.push({ entity: entities[k], index: k });
    appendHighlighted(node, doc.text, block.start, block.end, inside);
    fragment.append(node);
    if (performance.now() - sliceStarted > SLICE_MS) {
      flush();
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (container.dataset.generation !== generation) return;
      sliceStarted = performance.now();
    }
  }
  flush();
}

/** At most `limit` items of a list, and a note of how many more there are. */
function capped(items, limit, noun) {
  const shown = items.slice(0, limit);
  const more = items.length - shown.length;
  return { shown, note: more > 0 ? element('p', 'more', `… and ${more.toLocaleString('en')} more ${noun}`) : null };
}

/** Fills the meta card: date, wire, publisher, title, byline, dateline. */
export function renderMeta(card, meta) {
  const rows = [
    ['Date', meta.date],
    ['Wire', meta.source],
    ['Publisher', meta.publisher],
    ['Title', meta.title],
    ['Byline', meta.byline],
    ['Dateline', meta.dateline && [meta.dateline.place, meta.dateline.date, meta.dateline.source].filter(Boolean).join(' · ')],
  ].filter(([, value]) => value);
  const list = element('dl');
  for (const [name, value] of rows) {
    const row = element('div', 'meta-row');
    row.dataset.field = name.toLowerCase();
    row.append(element('dt', '', name), element('dd', '', value));
    list.append(row);
  }
  card.replaceChildren(list);
  card.hidden = rows.length === 0;
}

/** Builds the legend: one toggle button per label with its count. */
export function renderLegend(legend, doc, hidden, onToggle) {
  const counts = {};
  for (const entity of doc.entities) counts[entity.label] = (counts[entity.label] ?? 0) + 1;
  const items = Object.entries(LABELS).map(([label, name]) => {
    const button = element('button', 'legend-item');
    button.type = 'button';
    button.dataset.label = label;
    button.setAttribute('aria-pressed', String(!hidden.has(label)));
    button.append(element('span', 'swatch'), element('span', 'legend-name', name), element('span', 'legend-count', String(counts[label] ?? 0)));
    button.title = `Show or hide ${name.toLowerCase()} highlights`;
    button.addEventListener('click', () => onToggle(label));
    return button;
  });
  legend.replaceChildren(...items);
}

/** Where the article date comes from, in words (`meta.reference_date.source`). */
const REFERENCE_SOURCES = {
  chosen: 'set by you',
  header: 'from the header',
  dateline: 'from the dateline',
  option: 'as given',
  today: 'today: the article names no date',
};

/** Where the article date comes from, in words: "from the dateline", "set by you". */
export function describeReferenceSource(reference) {
  return REFERENCE_SOURCES[reference.source] ?? reference.source;
}

/** Fills `container` with the article's dates in time order, the article's own date marked;
 * choosing one calls `onSelect(index)` with the entity's index. Hidden when there are none. */
export function renderTimeline(container, doc, onSelect) {
  const items = [];
  doc.entities.forEach((entity, index) => {
    if (entity.label !== 'DATE' && entity.label !== 'TIME') return;
    const start = periodStart(entity);
    if (start) items.push({ start, entity, index });
  });
  const reference = doc.meta.reference_date;
  if (reference) items.push({ start: reference.date, reference });
  items.sort((a, b) => a.start.localeCompare(b.start) || (a.reference ? -1 : 0));
  const list = element('ol', 'timeline-list');
  const { shown, note } = capped(items, 150, 'dates');
  for (const item of shown) {
    const row = element('li', item.reference ? 'timeline-item reference' : 'timeline-item');
    if (item.reference) {
      row.append(element('span', 'timeline-when', describeDay(item.reference.date)),
        element('span', 'timeline-what', `article date (${describeReferenceSource(item.reference)})`));
    } else {
      const button = element('button', 'timeline-link');
      button.type = 'button';
      button.append(element('span', 'timeline-when', describeValue(item.entity)),
        element('span', 'timeline-what', item.entity.text));
      button.addEventListener('click', () => onSelect(item.index));
      row.append(button);
    }
    list.append(row);
  }
  container.replaceChildren(element('h2', 'panel-title', 'Timeline'), list, ...(note ? [note] : []));
  container.hidden = items.every((item) => item.reference);
}

/** The DOM position of a text offset inside a container rendered by `renderArticle`. */
function domPosition(container, offset) {
  const blocks = [...container.querySelectorAll('[data-start]')];
  const block = blocks.filter((b) => Number(b.dataset.start) <= offset).pop();
  if (!block) return null;
  let remaining = offset - Number(block.dataset.start);
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  let last = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (remaining <= node.length) return { node, offset: remaining };
    remaining -= node.length;
    last = node;
  }
  return last && { node: last, offset: last.length };
}

/** A DOM Range over `start`–`end` of the document shown in `container`. */
export function rangeOf(container, start, end) {
  const from = domPosition(container, start);
  const to = domPosition(container, end);
  if (!from || !to) return null;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/** Pronouns that name no one by themselves. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Lower case without accents, for matching "erdogan" to "Erdoğan". */
function folded(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Fills a panel with a title, a filter field and what `draw(wanted)` makes of the filter's
 * folded text (the elements to show, or none). The filter searches the whole document's items,
 * not only those shown; its text survives re-rendering (a new annotation after an edit), and
 * "no match" is said when nothing matches.
 */
function renderFilterable(container, { title, noun, draw }) {
  const previous = container.querySelector('.panel-search')?.value ?? '';
  const search = element('input', 'panel-search');
  search.type = 'search';
  search.placeholder = `Filter ${noun}…`;
  search.setAttribute('aria-label', `Filter the ${noun}`);
  search.value = previous;
  const results = element('div', 'panel-results');
  const update = () => {
    const query = search.value.trim();
    const shown = draw(folded(query));
    results.replaceChildren(...(shown.length || !query ? shown : [element('p', 'no-match', `No ${noun} match “${query}”.`)]));
  };
  search.addEventListener('input', update);
  update();
  container.replaceChildren(element('h2', 'panel-title', title), search, results);
}

/** Who a quote's row names: the speaker's cluster, else an unnamed speaker's own words, else
 * null; and the words of the mention it was found through. */
function quoteSpeaker(doc, quote) {
  const speaker = quote.speaker === null || quote.speaker === undefined ? null : doc.clusters[quote.speaker];
  const mention = quote.speaker_mention ? doc.text.slice(quote.speaker_mention.start, quote.speaker_mention.end) : '';
  return { speaker, mention };
}

/** Labels of entities that can speak. */
const SPEAKING_LABELS = new Set(['PER', 'ORG']);

/** Whether a speaker's mention is a place, a group or another entity that cannot speak ("Wall
 * Street", "the Czech"): past a leading article, one such entity covers all of it. `doc.entities`
 * are sorted by start, so the search is a binary one. */
function namesNoSpeaker(doc, mention) {
  const words = doc.text.slice(mention.start, mention.end);
  const article = /^(the|a|an)\s+/i.exec(words)?.[0].length ?? 0;
  const start = mention.start + article;
  const end = mention.start + words.trimEnd().length;
  let low = 0;
  let high = doc.entities.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (doc.entities[middle].start <= start) low = middle + 1;
    else high = middle;
  }
  // The entities that start at or before the mention; the few last ones are those around it.
  return doc.entities.slice(Math.max(0, low - 4), low).some((e) => e.end >= end && !SPEAKING_LABELS.has(e.label));
}

/** The folded words a quote filter looks in: who said it and what. */
function quoteWords(doc, quote) {
  const { speaker, mention } = quoteSpeaker(doc, quote);
  return folded(`${speaker?.name ?? ''} ${mention} ${doc.text.slice(quote.start, quote.end)}`);
}

/** How a quote's speaker was found, for its row: given by the person, or through a pronoun
 * ("he" → the person it stands for) or a role noun ("the spokeswoman" → who holds the role);
 * null when the speaker is named in the quote's own sentence, or unknown. */
function speakerFoundBy(quote, speaker, mention) {
  if (quote.origin === 'human') return { kind: 'person', text: 'set by you', title: 'Speaker chosen by you' };
  if (!speaker || !mention || mention === speaker.name) return null;
  if (PRONOUNS.has(mention.toLowerCase())) {
    return { kind: 'pronoun', text: `“${mention}” →`, title: `Found through the pronoun “${mention}”` };
  }
  if (/^\p{Ll}/u.test(mention)) {
    return { kind: 'role', text: `“${mention}” →`, title: `Found through the role “${mention}”` };
  }
  return null;
}

/** A quote's row: who (and how they were found), the cue, the kind and the quoted text, and a
 * control to give the quote to another speaker (`speakers`: the article's people and
 * organisations). */
function quoteItem(doc, quote, onSelect, speakers, onReassign) {
  const { speaker, mention } = quoteSpeaker(doc, quote);
  const button = element('button', 'quote-link');
  button.type = 'button';
  // Without a known person or organisation, an unnamed speaker's own words ("a source close
  // to the talks") still say who; a lone pronoun does not, nor a place or a group.
  // A person who chose "Unknown speaker" has said so.
  const unnamed = !speaker && mention && quote.origin !== 'human' && !PRONOUNS.has(mention.toLowerCase())
    && !namesNoSpeaker(doc, quote.speaker_mention) ? mention : null;
  const who = element('span', speaker ? 'quote-speaker' : 'quote-speaker unknown', speaker ? speaker.name : unnamed ?? 'Unknown speaker');
  if (mention && (!speaker || mention !== speaker.name)) who.title = `Attributed through “${mention}”`;
  const foundBy = speakerFoundBy(quote, speaker, mention);
  const via = foundBy ? [Object.assign(element('span', `quote-via ${foundBy.kind}`, foundBy.text), { title: foundBy.title })] : [];
  const cue = quote.cue ? doc.text.slice(quote.cue.start, quote.cue.end) : '';
  const content = doc.text.slice(quote.start, quote.end);
  // "According to" and "In" read before their source ("According to the ministry", "In a
  // Courier poll"); verbs read after it ("Ines Lund said").
  const leading = /^(according to|in)$/i.test(cue.replace(/\s+/g, ' '));
  const cueText = leading ? `${cue[0].toUpperCase()}${cue.slice(1)} ` : cue === ':' ? ':' : cue ? ` ${cue}` : '';
  const heading = leading ? [element('span', 'quote-cue', cueText), ...via, who] : [...via, who, element('span', 'quote-cue', cueText)];
  button.append(...heading, element('span', `quote-kind ${quote.kind}`, quote.kind),
    element('span', 'quote-text', content.length > 220 ? `${content.slice(0, 220)}…` : content));
  button.addEventListener('click', () => onSelect(quote));
  const item = element('li', 'quote-item');
  item.append(button, speakerChooser(quote, speaker, speakers, onReassign));
  return item;
}

/** A "Change speaker" button that becomes a list of the article's people and organisations
 * (and "Unknown speaker") when pressed; choosing one calls `onReassign(quote, name or null)`.
 * The list is made only when asked for, so a long article's hundreds of rows stay light. */
function speakerChooser(quote, speaker, speakers, onReassign) {
  const change = element('button', 'quote-reassign', 'Change speaker');
  change.type = 'button';
  change.dataset.quoteStart = String(quote.start);
  change.addEventListener('click', () => {
    const select = element('select', 'quote-reassign');
    select.dataset.quoteStart = String(quote.start);
    select.setAttribute('aria-label', 'Speaker of this quote');
    const option = (value, text) => Object.assign(element('option', '', text), { value });
    select.append(option('', 'Unknown speaker'), ...speakers.map((name) => option(name, name)));
    select.value = speaker && speakers.includes(speaker.name) ? speaker.name : '';
    select.addEventListener('change', () => onReassign(quote, select.value || null));
    select.addEventListener('blur', () => { if (select.isConnected) select.replaceWith(change); });
    change.replaceWith(select);
    select.focus();
  });
  return change;
}

/** The names a quote can be given to: the article's people, then its organisations, each most
 * salient first, each name once. */
function speakerNames(doc) {
  const able = doc.clusters.filter((c) => c.mentions.length > 0 && SPEAKING_LABELS.has(c.label))
    .sort((a, b) => (a.label === b.label ? b.salience - a.salience : a.label === 'PER' ? -1 : 1));
  return [...new Set(able.map((c) => c.name))];
}

/** Lists who said what: each quote with its speaker and how it was found; choosing one calls
 * `onSelect(quote)`, giving it another speaker `onReassign(quote, name or null)`. The filter
 * searches every quote's speaker and words. */
export function renderQuotes(container, doc, onSelect, onReassign) {
  let words = null;
  const speakers = speakerNames(doc);
  renderFilterable(container, {
    title: `Who said what (${doc.quotes.length})`,
    noun: 'quotes',
    draw: (wanted) => {
      if (wanted) words ??= doc.quotes.map((quote) => quoteWords(doc, quote));
      const matching = wanted ? doc.quotes.filter((_, i) => words[i].includes(wanted)) : doc.quotes;
      if (matching.length === 0) return [];
      const list = element('ol', 'quote-list');
      const { shown, note } = capped(matching, 200, 'quotes');
      list.append(...shown.map((quote) => quoteItem(doc, quote, onSelect, speakers, onReassign)));
      return note ? [list, note] : [list];
    },
  });
  container.hidden = doc.quotes.length === 0;
}

/** One entity row: the cluster's name and mention count. */
function entityRow(cluster, name, onLink, onSelect) {
  const button = element('button', 'entity-link');
  button.type = 'button';
  button.dataset.cluster = String(cluster.id);
  button.append(element('span', 'swatch'), element('span', 'entity-name', cluster.name),
    element('span', 'entity-count', `×${cluster.mentions.length}`));
  button.title = `${name}: ${cluster.mentions.length} mention${cluster.mentions.length === 1 ? '' : 's'}, salience ${cluster.salience.toFixed(2)}`;
  for (const type of ['mouseenter', 'focus']) button.addEventListener(type, () => onLink(cluster.id));
  for (const type of ['mouseleave', 'blur']) button.addEventListener(type, () => onLink(null));
  button.addEventListener('click', () => onSelect(cluster.id));
  const item = element('li', 'entity-item');
  item.dataset.label = cluster.label;
  item.append(button);
  return item;
}

/** Lists the article's entities grouped by label, one row per cluster with its mention count,
 * most salient first (a person's corrections included; a cluster left without mentions is not
 * listed). `onLink(id)` is called when a row is hovered or focused (null when left),
 * `onSelect(id)` when it is chosen. The filter searches every cluster's names. */
export function renderEntityPanel(container, doc, onLink, onSelect) {
  const clusters = doc.clusters.filter((c) => c.mentions.length > 0).sort((a, b) => b.salience - a.salience);
  let names = null;
  const matches = (cluster, wanted) => {
    names ??= new Map(clusters.map((c) => [c, folded([c.name, ...c.mentions.map((m) => doc.entities[m].text)].join(' '))]));
    return names.get(cluster).includes(wanted);
  };
  renderFilterable(container, {
    title: 'Entities',
    noun: 'entities',
    draw: (wanted) => Object.entries(LABELS).flatMap(([label, name]) => {
      const matching = clusters.filter((c) => c.label === label && (!wanted || matches(c, wanted)));
      if (matching.length === 0) return [];
      const group = element('section', 'entity-group');
      group.dataset.label = label;
      const list = element('ul', 'entity-list');
      const { shown, note } = capped(matching, 100, 'names');
      list.append(...shown.map((cluster) => entityRow(cluster, name, onLink, onSelect)));
      group.append(element('h3', 'entity-group-title', `${name} (${matching.length})`), list, ...(note ? [note] : []));
      return [group];
    }),
  });
  container.hidden = clusters.length === 0;
}
