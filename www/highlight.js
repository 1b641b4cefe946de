// In-place highlighting of a host page's own article: the text is read from the element's
// text nodes (across paragraphs, links and emphasis), annotated, and shown with the CSS Custom
// Highlight API — no node of the host page is added, moved or changed. Where that API is
// missing, boxes are drawn in an overlay above the text instead (the documented fallback).

const BLOCK_TAGS = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL']);
import { LABELS, describeValue } from './render.js';

const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SVG', 'MATH']);

/** Colours of the highlights (background, text) per label, from the label table; hosts may
 * override them with options. */
export { DEFAULT_COLOURS } from './label-styles.js';
import { DEFAULT_COLOURS } from './label-styles.js';

function blockOf(node, root) {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (BLOCK_TAGS.has(el.tagName)) return el;
  }
  return root;
}

/**
 * The element's visible text as one string, with a blank line between blocks, and the text
 * node each piece of it comes from (`start`/`end` in UTF-16 units of the string).
 */
export function collectText(root) {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== root.parentElement; el = el.parentElement) {
        if (SKIPPED_TAGS.has(el.tagName) || el.hidden) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  const parts = [];
  const pieces = [];
  let length = 0;
  let previousBlock = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const block = blockOf(node, root);
    if (previousBlock && block !== previousBlock && length > 0) {
      parts.push('\n\n');
      length += 2;
    }
    previousBlock = block;
    const value = node.data;
    pieces.push({ node, start: length, end: length + value.length });
    parts.push(value);
    length += value.length;
  }
  return { text: parts.join(''), pieces };
}

/** The text node and offset of a UTF-16 position in the collected text (binary search). */
function locate(pieces, offset, preferEnd) {
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    const piece = pieces[middle];
    if (preferEnd ? piece.end < offset : piece.end <= offset) low = middle + 1;
    else high = middle;
  }
  const piece = pieces[low];
  return { node: piece.node, offset: Math.max(0, Math.min(offset - piece.start, piece.node.data.length)) };
}

/** DOM ranges over the host's text nodes, one per entity. */
export function entityRanges(doc, pieces, labels) {
  const ranges = [];
  if (pieces.length === 0) return ranges;
  const ownerDocument = pieces[0].node.ownerDocument;
  for (const entity of doc.entities) {
    if (labels && !labels.includes(entity.label)) continue;
    const start = locate(pieces, entity.start, false);
    const end = locate(pieces, entity.end, true);
    const range = ownerDocument.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    ranges.push({ entity, range });
  }
  return ranges;
}

/** True when the CSS Custom Highlight API can be used. */
export function supportsHighlights() {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

let nextHandle = 1;

/** Shows highlights with the CSS Custom Highlight API; returns a function that removes them. */
function paintWithHighlights(ranges, colours, doc) {
  const id = nextHandle++;
  const names = [];
  const rules = [];
  for (const label of Object.keys(colours)) {
    const selected = ranges.filter((r) => r.entity.label === label).map((r) => r.range);
    if (selected.length === 0) continue;
    const name = `article-annotator-${id}-${label.toLowerCase()}`;
    CSS.highlights.set(name, new Highlight(...selected));
    names.push(name);
    const [background, color] = colours[label];
    rules.push(`::highlight(${name}) { background-color: ${background}; color: ${color}; }`);
  }
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return () => {
    for (const name of names) CSS.highlights.delete(name);
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/** Fallback: boxes in an overlay above each range, redrawn on scroll and resize. */
function paintWithOverlay(ranges, colours, doc) {
  const host = doc.createElement('article-annotator-overlay');
  host.style.setProperty('position', 'absolute');
  host.style.setProperty('inset', '0 auto auto 0');
  host.style.setProperty('pointer-events', 'none');
  host.style.setProperty('z-index', '2147483646');
  const shadow = host.attachShadow({ mode: 'open' });
  const draw = () => {
    const boxes = [];
    for (const { entity, range } of ranges) {
      const [background] = colours[entity.label] ?? DEFAULT_COLOURS.MISC;
      for (const rect of range.getClientRects()) {
        const box = doc.createElement('div');
        box.style.setProperty('position', 'absolute');
        box.style.setProperty('left', `${rect.left + window.scrollX}px`);
        box.style.setProperty('top', `${rect.top + window.scrollY}px`);
        box.style.setProperty('width', `${rect.width}px`);
        box.style.setProperty('height', `${rect.height}px`);
        box.style.setProperty('background', background);
        box.style.setProperty('mix-blend-mode', 'multiply');
        box.style.setProperty('border-radius', '3px');
        box.dataset.label = entity.label;
        boxes.push(box);
      }
    }
    shadow.replaceChildren(...boxes);
  };
  doc.body.append(host);
  draw();
  const observer = new ResizeObserver(draw);
  observer.observe(doc.documentElement);
  window.addEventListener('resize', draw);
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', draw);
    host.remove();
  };
}

/** The entity under a point of the page, if any. */
function entityAt(x, y, pieces, doc, ranges) {
  const caret = doc.caretPositionFromPoint?.(x, y) ?? doc.caretRangeFromPoint?.(x, y);
  if (!caret) return null;
  const node = caret.offsetNode ?? caret.startContainer;
  const offset = caret.offset ?? caret.startOffset;
  const piece = pieces.find((p) => p.node === node);
  if (!piece) return null;
  const position = piece.start + offset;
  const hit = ranges.find(({ entity }) => entity.start <= position && position < entity.end);
  if (!hit) return null;
  // The caret snaps to the nearest character; require the point to be inside the words.
  const inside = [...hit.range.getClientRects()].some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
  return inside ? hit.entity : null;
}

/** A tooltip naming the label of the entity under the pointer; created on first hover only. */
function attachTooltip(root, pieces, ranges, doc) {
  let tooltip = null;
  let label = null;
  const hide = () => {
    tooltip?.remove();
    tooltip = null;
  };
  const move = (event) => {
    const entity = entityAt(event.clientX, event.clientY, pieces, doc, ranges);
    if (!entity) return hide();
    if (!tooltip) {
      tooltip = doc.createElement('article-annotator-tooltip');
      tooltip.style.setProperty('position', 'fixed');
      tooltip.style.setProperty('z-index', '2147483647');
      tooltip.style.setProperty('pointer-events', 'none');
      const shadow = tooltip.attachShadow({ mode: 'open' });
      label = doc.createElement('span');
      label.setAttribute('role', 'tooltip');
      for (const [property, value] of [['font', '13px/1.3 system-ui, sans-serif'], ['background', '#1d1f21'],
        ['color', '#fff'], ['padding', '3px 8px'], ['border-radius', '4px'], ['display', 'inline-block']]) {
        label.style.setProperty(property, value);
      }
      shadow.append(label);
      doc.documentElement.append(tooltip);
    }
    label.textContent = `${LABELS[entity.label] ?? entity.label} (${entity.label})${entity.value ? ` · ${describeValue(entity)}` : ''}`;
    tooltip.style.setProperty('left', `${event.clientX + 12}px`);
    tooltip.style.setProperty('top', `${event.clientY + 16}px`);
  };
  root.addEventListener('pointermove', move);
  root.addEventListener('pointerleave', hide);
  return () => {
    root.removeEventListener('pointermove', move);
    root.removeEventListener('pointerleave', hide);
    hide();
  };
}

/**
 * Highlights `element`'s article in place. `annotate(text)` returns the Document (UTF-16 offsets).
 * Options: `labels` (array to show; all by default), `colours` ({ LABEL: [background, text] }).
 */
export function highlightElement(element, doc, { labels, colours = DEFAULT_COLOURS } = {}, pieces) {
  const ranges = entityRanges(doc, pieces, labels);
  const ownerDocument = element.ownerDocument;
  const palette = { ...DEFAULT_COLOURS, ...colours };
  const unpaint = supportsHighlights() ? paintWithHighlights(ranges, palette, ownerDocument) : paintWithOverlay(ranges, palette, ownerDocument);
  const untooltip = attachTooltip(element, pieces, ranges, ownerDocument);
  let cleared = false;
  return {
    document: doc,
    entities: ranges.map((r) => r.entity),
    mode: supportsHighlights() ? 'highlight-api' : 'overlay',
    clear() {
      if (cleared) return;
      cleared = true;
      unpaint();
      untooltip();
    },
  };
}
