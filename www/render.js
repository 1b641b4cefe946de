// Renders an annotated Document into DOM nodes. User text only ever enters the page as text
// nodes (createTextNode / textContent), never as HTML.

/** Display names of the entity labels, in legend order. */
export const LABELS = {
  PER: 'Person',
  ORG: 'Organisation',
  LOC: 'Place',
  NORP: 'Group / nationality',
  MISC: 'Other name',
};

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
    const name = LABELS[entity.label] ?? entity.label;
    mark.title = `${name} (${entity.label}) · confidence ${Math.round(entity.score * 100)}%`;
    mark.setAttribute('aria-label', `${mark.textContent}, ${name}`);
    parent.append(mark);
    at = entity.end;
  }
  if (end > at) parent.append(document.createTextNode(text.slice(at, end)));
}

/** Replaces the children of `container` with the document's blocks, highlighted. */
export function renderArticle(container, doc) {
  const fragment = document.createDocumentFragment();
  const entities = doc.entities;
  let next = 0;
  for (const block of doc.blocks) {
    const node = element(BLOCK_ELEMENTS[block.kind] ?? 'p', `block ${block.kind}`);
    node.dataset.kind = block.kind;
    while (next < entities.length && entities[next].end <= block.start) next++;
    const inside = [];
    for (let k = next; k < entities.length && entities[k].start < block.end; k++) inside.push({ entity: entities[k], index: k });
    appendHighlighted(node, doc.text, block.start, block.end, inside);
    fragment.append(node);
  }
  container.replaceChildren(fragment);
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
