// Renders an annotated Document into DOM nodes. User text only ever enters the page as text
// nodes (createTextNode / textContent), never as HTML.

/** Display names of the entity labels, in legend order (from the label table). */
export { LABELS } from './label-styles.js';
import { LABELS } from './label-styles.js';

const UNIT_NAMES = { Y: 'year', M: 'month', W: 'week', D: 'day', Q: 'quarter', H: 'hour', S: 'second', E: 'decade', C: 'century' };
const ORDINAL_HALVES = { 1: 'first', 2: 'second' };
const SEASONS = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };
const REFERENCES = { PAST_REF: 'the past', PRESENT_REF: 'the present', FUTURE_REF: 'the future' };

/** The first day of the period a TIMEX3 value names, as `YYYY-MM-DD`, or null when it names
 * no fixed period ("PAST_REF", "P3Y", "XXXX-WXX-1"). */
export function periodStart(value) {
  let m;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) return `${m[1]}-${m[2]}-${m[3]}`;
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${m[1]}-${m[2]}-01`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `${m[1]}-${String(m[2] * 3 - 2).padStart(2, '0')}-01`;
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return `${m[1]}-${m[2] === '1' ? '01' : '07'}-01`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${m[1]}-${{ SP: '03', SU: '06', FA: '09', WI: '12' }[m[2]]}-01`;
  if ((m = /^(\d{4})-W(\d{2})/.exec(value))) {
    // The Monday of ISO week w is 7(w-1) days after the Monday on or before January 4.
    const jan4 = Date.UTC(+m[1], 0, 4);
    const monday = jan4 - (((new Date(jan4).getUTCDay() + 6) % 7) * 86400000) + (m[2] - 1) * 7 * 86400000;
    return new Date(monday).toISOString().slice(0, 10);
  }
  if ((m = /^(\d{4})$/.exec(value))) return `${m[1]}-01-01`;
  if ((m = /^(\d{3})$/.exec(value))) return `${m[1]}0-01-01`;
  if ((m = /^(\d{2})$/.exec(value))) return `${m[1]}00-01-01`;
  return null;
}

/** A reader's wording of a normalised value: "Thursday, 12 December 2024", "3 years",
 * "$1,200,000,000.00", "the past". */
export function describeValue(label, value) {
  if (!value) return '';
  if (REFERENCES[value]) return REFERENCES[value];
  let m;
  if (label === 'MONEY' && (m = /^([\d.]+) ([A-Z]{3})$/.exec(value))) {
    try {
      return new Intl.NumberFormat('en', { style: 'currency', currency: m[2] }).format(Number(m[1]));
    } catch {
      return value;
    }
  }
  if ((m = /^P(T?)(\d+(?:\.\d+)?|X)([A-Z]+)$/.exec(value))) {
    const unit = m[3] === 'M' && m[1] ? 'minute' : UNIT_NAMES[m[3][0]] ?? m[3];
    const length = m[2] === 'X' ? `some ${unit}s` : `${m[2]} ${unit}${m[2] === '1' ? '' : 's'}`;
    return label === 'SET' ? `every ${m[2] === '1' ? unit : length}` : length;
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(value))) {
    const day = new Date(Date.UTC(+m[1], m[2] - 1, +m[3]));
    const text = day.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    return m[4] ? `${text}, ${m[4]}:${m[5]}` : text;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    return new Date(Date.UTC(+m[1], m[2] - 1, 1)).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) return `${m[3] ? 'weekend of ' : ''}week ${+m[2]} of ${m[1]}`;
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return `Q${m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-H([12])$/.exec(value))) return `${ORDINAL_HALVES[m[2]]} half of ${m[1]}`;
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) return `${SEASONS[m[2]]} ${m[1]}`;
  if ((m = /^(\d{3})$/.exec(value))) return `the ${m[1]}0s`;
  if ((m = /^(\d{2})$/.exec(value))) return `the ${m[1]}00s`;
  return value;
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
    const described = describeValue(entity.label, entity.value);
    const confidence = entity.corrected ? 'corrected by you' : `confidence ${Math.round(entity.score * 100)}%`;
    const detail = entity.value ? `${entity.value}${described !== entity.value ? ` · ${described}` : ''}` : confidence;
    if (entity.corrected) mark.classList.add('corrected');
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
  header: 'from the header',
  dateline: 'from the dateline',
  option: 'as given',
  today: 'today: the article names no date',
};

/** Fills `container` with the article's dates in time order, the article's own date marked;
 * choosing one calls `onSelect(index)` with the entity's index. Hidden when there are none. */
export function renderTimeline(container, doc, onSelect) {
  const items = [];
  doc.entities.forEach((entity, index) => {
    if (entity.label !== 'DATE' && entity.label !== 'TIME') return;
    const start = periodStart(entity.value ?? '');
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
      row.append(element('span', 'timeline-when', describeValue('DATE', item.reference.date)),
        element('span', 'timeline-what', `article date (${REFERENCE_SOURCES[item.reference.source] ?? item.reference.source})`));
    } else {
      const button = element('button', 'timeline-link');
      button.type = 'button';
      button.append(element('span', 'timeline-when', describeValue(item.entity.label, item.entity.value)),
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

/** Lists who said what: each quote with its speaker; choosing one calls `onSelect(quote)`. */
export function renderQuotes(container, doc, onSelect) {
  const list = element('ol', 'quote-list');
  const { shown, note } = capped(doc.quotes, 200, 'quotes');
  for (const quote of shown) {
    const speaker = quote.speaker === null || quote.speaker === undefined ? null : doc.clusters[quote.speaker];
    const mention = quote.speaker_mention ? doc.text.slice(quote.speaker_mention.start, quote.speaker_mention.end) : '';
    const button = element('button', 'quote-link');
    button.type = 'button';
    // Without a known person or organisation, an unnamed speaker's own words ("a source close
    // to the talks") still say who; a lone pronoun does not.
    const unnamed = !speaker && mention && !PRONOUNS.has(mention.toLowerCase()) ? mention : null;
    const who = element('span', speaker ? 'quote-speaker' : 'quote-speaker unknown', speaker ? speaker.name : unnamed ?? 'Unknown speaker');
    if (mention && (!speaker || mention !== speaker.name)) who.title = `Attributed through “${mention}”`;
    const cue = quote.cue ? doc.text.slice(quote.cue.start, quote.cue.end) : '';
    const content = doc.text.slice(quote.start, quote.end);
    // "According to" and "In" read before their source ("According to the ministry", "In a
    // Courier poll"); verbs read after it ("Ines Lund said").
    const leading = /^(according to|in)$/i.test(cue.replace(/\s+/g, ' '));
    const cueText = leading ? `${cue[0].toUpperCase()}${cue.slice(1)} ` : cue === ':' ? ':' : cue ? ` ${cue}` : '';
    const heading = leading ? [element('span', 'quote-cue', cueText), who] : [who, element('span', 'quote-cue', cueText)];
    button.append(...heading, element('span', `quote-kind ${quote.kind}`, quote.kind),
      element('span', 'quote-text', content.length > 220 ? `${content.slice(0, 220)}…` : content));
    button.addEventListener('click', () => onSelect(quote));
    const item = element('li', 'quote-item');
    item.append(button);
    list.append(item);
  }
  container.replaceChildren(element('h2', 'panel-title', `Who said what (${doc.quotes.length})`), list, ...(note ? [note] : []));
  container.hidden = doc.quotes.length === 0;
}

/** Lists the article's entities grouped by label, one row per cluster with its mention count,
 * most salient first. `onLink(id)` is called when a row is hovered or focused (null when left),
 * `onSelect(id)` when it is chosen. */
export function renderEntityPanel(container, doc, onLink, onSelect) {
  const sections = [];
  for (const [label, name] of Object.entries(LABELS)) {
    const clusters = doc.clusters.filter((c) => c.label === label).sort((a, b) => b.salience - a.salience);
    if (clusters.length === 0) continue;
    const group = element('section', 'entity-group');
    group.dataset.label = label;
    const list = element('ul', 'entity-list');
    const { shown, note } = capped(clusters, 100, 'names');
    for (const cluster of shown) {
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
      item.dataset.label = label;
      item.append(button);
      list.append(item);
    }
    group.append(element('h3', 'entity-group-title', `${name} (${clusters.length})`), list, ...(note ? [note] : []));
    sections.push(group);
  }
  const search = element('input', 'entity-search');
  search.type = 'search';
  search.placeholder = 'Filter entities…';
  search.setAttribute('aria-label', 'Filter the entity list');
  search.addEventListener('input', () => filterEntities(container, search.value));
  container.replaceChildren(element('h2', 'panel-title', 'Entities'), search, ...sections);
  container.hidden = sections.length === 0;
}

/** Lower case without accents, for matching "erdogan" to "Erdoğan". */
function folded(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Shows only the entity rows whose name contains `query`, and only groups with a row left. */
function filterEntities(container, query) {
  const wanted = folded(query.trim());
  for (const group of container.querySelectorAll('.entity-group')) {
    let shown = 0;
    for (const item of group.querySelectorAll('.entity-item')) {
      const visible = !wanted || folded(item.textContent).includes(wanted);
      item.hidden = !visible;
      shown += Number(visible);
    }
    group.hidden = shown === 0;
  }
}
