// The annotator page: paste or type, and the article re-renders highlighted. Annotation runs
// in a Web Worker; rendering uses text nodes only.
import { createAnnotator } from './annotator-client.js';
import { EXAMPLE_ARTICLE } from './example.js';
import { LABELS, rangeOf, renderArticle, renderEntityPanel, renderLegend, renderMeta, renderQuotes, renderTimeline } from './render.js';

const input = document.querySelector('#input');
const article = document.querySelector('#article');
const legend = document.querySelector('#legend');
const meta = document.querySelector('#meta');
const timeline = document.querySelector('#timeline');
const quotesPanel = document.querySelector('#quotes');
const entityPanel = document.querySelector('#entities');
const status = document.querySelector('#status');
const annotator = createAnnotator();
const hidden = new Set();
let latest = 0;
let lastDocument = null;
let timer = 0;

function applyHidden() {
  for (const label of Object.keys(LABELS)) article.classList.toggle(`hide-${label}`, hidden.has(label));
  for (const button of legend.querySelectorAll('button')) button.setAttribute('aria-pressed', String(!hidden.has(button.dataset.label)));
}

function toggle(label) {
  if (hidden.has(label)) hidden.delete(label);
  else hidden.add(label);
  applyHidden();
}

/** Scrolls to an entity's highlight and focuses it. */
function focusEntity(index) {
  const mark = article.querySelector(`mark[data-index="${index}"]`);
  if (!mark) return;
  mark.scrollIntoView({ block: 'center' });
  mark.focus();
}

/** Marks every mention of a cluster (or none, for null) as linked. */
function linkCluster(id) {
  for (const mark of article.querySelectorAll('mark.linked')) mark.classList.remove('linked');
  if (id === null || id === undefined) return;
  for (const mark of article.querySelectorAll(`mark[data-cluster="${id}"]`)) mark.classList.add('linked');
}

/** Scrolls to a quote and highlights it (CSS Custom Highlight API, else the selection). */
function showQuote(quote) {
  const range = rangeOf(article, quote.start, quote.end);
  if (!range) return;
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  if (globalThis.CSS?.highlights && globalThis.Highlight) {
    CSS.highlights.set('quote', new Highlight(range));
  } else {
    const selection = getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
}

// Keyboard review: with the article focused, n / j go to the next annotation, p / k to the
// previous one (hidden labels are skipped).
article.addEventListener('keydown', (event) => {
  const step = { n: 1, j: 1, p: -1, k: -1 }[event.key];
  if (!step || event.ctrlKey || event.metaKey || event.altKey) return;
  const marks = [...article.querySelectorAll('mark.entity')].filter((m) => !hidden.has(m.dataset.label));
  if (marks.length === 0) return;
  const at = marks.indexOf(document.activeElement);
  const next = at < 0 ? (step > 0 ? 0 : marks.length - 1) : Math.min(marks.length - 1, Math.max(0, at + step));
  marks[next].focus();
  marks[next].scrollIntoView({ block: 'nearest' });
  event.preventDefault();
});

// Hovering or focusing a mention links every mention of its cluster.
for (const type of ['mouseover', 'focusin']) {
  article.addEventListener(type, (event) => linkCluster(event.target.closest?.('mark[data-cluster]')?.dataset.cluster ?? null));
}
article.addEventListener('mouseleave', () => linkCluster(null));

/** Renders a document: the article, its details, legend, timeline, quotes and entities. */
function show(doc) {
  lastDocument = doc;
  renderArticle(article, doc);
  renderMeta(meta, doc.meta);
  renderLegend(legend, doc, hidden, toggle);
  renderTimeline(timeline, doc, focusEntity);
  renderQuotes(quotesPanel, doc, showQuote);
  renderEntityPanel(entityPanel, doc, linkCluster, (id) => focusEntity(doc.clusters[id].mentions[0]));
  applyHidden();
}

async function update() {
  const request = ++latest;
  const text = input.value;
  status.textContent = 'Annotating…';
  try {
    const { document: doc, milliseconds } = await annotator.annotate(text);
    if (request !== latest) return;
    show(doc);
    const chars = text.length.toLocaleString('en');
    status.textContent = `${doc.entities.length} entities in ${doc.sentences.length} sentences · ${chars} characters annotated in ${milliseconds.toFixed(1)} ms`;
  } catch (error) {
    if (request === latest) status.textContent = `Could not annotate: ${error.message}`;
  }
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(update, 150);
}

// The draft is kept in this browser only (localStorage), saved as you type and when the page
// is hidden or closed, and restored on the next visit.
const DRAFT_KEY = 'article-annotator:draft';
let saveTimer = 0;

function saveDraft() {
  clearTimeout(saveTimer);
  try {
    localStorage.setItem(DRAFT_KEY, JSON.stringify({ text: input.value, saved: new Date().toISOString() }));
  } catch (error) {
    status.textContent = `Could not save a copy of your text in this browser: ${error.message}`;
  }
}

function loadDraft() {
  try {
    const draft = JSON.parse(localStorage.getItem(DRAFT_KEY) ?? 'null');
    return typeof draft?.text === 'string' ? draft : null;
  } catch {
    return null;
  }
}

input.addEventListener('input', () => {
  schedule();
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveDraft, 250);
});
addEventListener('pagehide', saveDraft);
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') saveDraft(); });
document.querySelector('#example').addEventListener('click', () => {
  input.value = EXAMPLE_ARTICLE;
  saveDraft();
  update();
});
document.querySelector('#clear').addEventListener('click', () => {
  input.value = '';
  saveDraft();
  update();
  input.focus();
});

/** Offers `content` as a file download named `name`. */
function download(name, content, type) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([content], { type }));
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

const EXPORTS = {
  json: ['article.json', 'application/json'],
  webanno: ['article.jsonld', 'application/ld+json'],
  conll: ['article.conll', 'text/plain'],
  spacy: ['article.jsonl', 'application/jsonl'],
  csv: ['article.csv', 'text/csv'],
};

document.querySelector('#export').addEventListener('click', async () => {
  if (!lastDocument) return;
  const format = document.querySelector('#export-format').value;
  try {
    const output = await annotator.export(lastDocument, format);
    if (format === 'brat') {
      download('article.txt', lastDocument.text, 'text/plain');
      download('article.ann', output, 'text/plain');
    } else {
      download(EXPORTS[format][0], output, EXPORTS[format][1]);
    }
  } catch (error) {
    status.textContent = `Could not export: ${error.message}`;
  }
});

document.querySelector('#import').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (!file) return;
  try {
    const doc = await annotator.import(await file.text());
    ++latest;
    input.value = doc.text;
    saveDraft();
    show(doc);
    status.textContent = `Imported ${file.name}: ${doc.entities.length} entities, ${doc.quotes.length} quotes`;
  } catch (error) {
    status.textContent = `Could not import ${file.name}: ${error.message}`;
  }
  event.target.value = '';
});

// Share: the text travels in the link's fragment (after #), deflated and base64url-encoded;
// the fragment is never sent to any server.
const MAX_LINK = 32_000;

async function deflate(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function inflate(encoded) {
  const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Response(stream).text();
}

document.querySelector('#share').addEventListener('click', async () => {
  const link = `${location.origin}${location.pathname}#a=${await deflate(input.value)}`;
  const output = document.querySelector('#share-link');
  if (link.length > MAX_LINK) {
    output.value = '';
    output.hidden = true;
    status.textContent = `This article is too long for a link (${Math.round(link.length / 1000)} KB once compressed; links stay under ${MAX_LINK / 1000} KB). Export it as JSON instead.`;
    return;
  }
  output.value = link;
  output.hidden = false;
  output.select();
  try {
    await navigator.clipboard.writeText(link);
    status.textContent = 'Link copied: it holds the whole text, and nothing is sent to any server.';
  } catch {
    status.textContent = 'Copy the link below: it holds the whole text, and nothing is sent to any server.';
  }
});

async function initialText() {
  if (location.hash.startsWith('#a=')) {
    try {
      return await inflate(location.hash.slice(3));
    } catch {
      status.textContent = 'This link is damaged: it does not hold an article.';
    }
  }
  const draft = loadDraft();
  return draft ? draft.text : EXAMPLE_ARTICLE;
}

input.value = await initialText();
update();

// For tests and the console: the last annotated document.
Object.defineProperty(window, 'articleAnnotatorDocument', { get: () => lastDocument });
