// The annotator page: paste or type, and the article re-renders highlighted. Annotation runs
// in a Web Worker; rendering uses text nodes only.
import { WorkerAnnotator } from './annotator.js';
import { applyCorrections, correction, importedCorrections, isCorrection, isSpeakerCorrection, offsetOf, speakerCorrection } from './corrections.js';
import { loadDraft, newId, recentDrafts, saveDraft as keepDraft } from './drafts.js';
import { EXAMPLE_ARTICLE } from './example.js';
import { Tip } from './tip.js';
import { wholeWords, wordAfter, wordBefore } from './words.js';
import { articleTooLong, deflateToFragment, inflateFragment, LimitError, MAX_IMPORT_BYTES, MAX_LINK, MAX_LINK_TEXT } from './limits.js';
import { pageLabelCss } from './label-styles.js';
import { EXPORT_FORMATS } from './labels.js';
import { describeReferenceSource, LABELS, rangeOf, renderArticle, renderEntityPanel, renderLegend, renderMeta, renderQuotes, renderTimeline } from './render.js';

const input = document.querySelector('#input');
const article = document.querySelector('#article');
const legend = document.querySelector('#legend');
const meta = document.querySelector('#meta');
const timeline = document.querySelector('#timeline');
const quotesPanel = document.querySelector('#quotes');
const entityPanel = document.querySelector('#entities');
const status = document.querySelector('#status');
const annotator = new WorkerAnnotator();
const hidden = new Set();
let latest = 0;
let lastDocument = null;
/** The model's own document; `lastDocument` is it with the person's corrections applied. */
let modelDocument = null;
/** The person's corrections. */
let corrections = [];
/** The undo and redo stacks: earlier states of the corrections (`{ corrections }`) and, for an
 * article replaced by New article, Load example, Import or a recent draft, of the text too
 * (`{ corrections, text }`). Kept with the draft, so a reload keeps them. */
let history = [];
let undone = [];
/** Most states kept to undo, and most characters of replaced articles among them. */
const HISTORY_KEPT = 50;
const HISTORY_TEXT_KEPT = 4_000_000;
/** Whether the person typed since the article was last replaced (until then, Ctrl+Z in the
 * text box takes the replacement back). */
let typedSinceReplaced = true;
/** This article's id on the recent list (a new one for each article put in place). */
let articleId = newId();
/** The article date the person set (`YYYY-MM-DD`), or null to use the article's own. */
let chosenDate = null;
const articleDate = document.querySelector('#article-date');
const articleDateSource = document.querySelector('#article-date-source');
const articleDateReset = document.querySelector('#article-date-reset');
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
// previous one (hidden labels are skipped); ← / → select the previous or next word, and with
// Shift take in one more word on that side, for labelling what the model missed.
article.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
    if (selectWord(event.key === 'ArrowRight' ? 1 : -1, event.shiftKey)) event.preventDefault();
    return;
  }
  const step = { n: 1, j: 1, p: -1, k: -1 }[event.key];
  if (!step) return;
  const marks = [...article.querySelectorAll('mark.entity')].filter((m) => !hidden.has(m.dataset.label));
  if (marks.length === 0) return;
  const at = marks.indexOf(document.activeElement);
  const next = at < 0 ? (step > 0 ? 0 : marks.length - 1) : Math.min(marks.length - 1, Math.max(0, at + step));
  marks[next].focus();
  marks[next].scrollIntoView({ block: 'nearest' });
  event.preventDefault();
});

/** Selects the next (`step` 1) or previous (-1) word after what is selected or focused; with
 * `extend`, adds that word to the selection instead. Returns whether a word was found. */
function selectWord(step, extend) {
  if (!modelDocument) return false;
  const text = modelDocument.text;
  const current = target();
  const word = step > 0 ? wordAfter(text, current ? current.end : 0) : wordBefore(text, current ? current.start : text.length);
  if (!word) return false;
  const span = extend && current ? { start: Math.min(current.start, word.start), end: Math.max(current.end, word.end) } : word;
  const range = rangeOf(article, span.start, span.end);
  if (!range) return false;
  if (document.activeElement !== article) article.focus({ preventScroll: true });
  getSelection().removeAllRanges();
  getSelection().addRange(range);
  (range.startContainer.parentElement ?? article).scrollIntoView({ block: 'nearest' });
  showToolbar();
  return true;
}

// What a highlight is, in a popover: on keyboard focus and on a tap (a `title` shows on hover
// only, and never on a touch screen). Escape hides it.
const tip = new Tip(document.querySelector('main'));
article.addEventListener('focusin', (event) => {
  const mark = event.target.closest?.('mark.entity');
  if (mark) tip.show(mark, mark.title);
  else tip.hide();
});
article.addEventListener('focusout', () => tip.hide());
article.addEventListener('click', (event) => {
  const mark = event.target.closest?.('mark.entity');
  if (mark) tip.show(mark, mark.title);
});
document.addEventListener('keydown', (event) => { if (event.key === 'Escape') tip.hide(); });

// Corrections. Select words (or focus a highlight) and press 1–9 for a label as in the legend,
// 0 or Delete to remove; or use the toolbar that appears. Ctrl+Z / Ctrl+Shift+Z undo and redo.
const SHORTCUT_LABELS = Object.keys(LABELS);
const toolbar = document.querySelector('#correct');

/** The state an undo goes back to: the corrections, and the text when `withText`. */
function snapshot(withText) {
  return withText ? { corrections, text: input.value, chosenDate } : { corrections };
}

/** Records the state before a change, for undo; a new change forgets what was undone. */
function remember(withText) {
  history.push(snapshot(withText));
  if (history.length > HISTORY_KEPT) history.splice(0, history.length - HISTORY_KEPT);
  // Old replaced articles go first when they grow too large to keep with the draft.
  let characters = history.reduce((sum, state) => sum + (state.text?.length ?? 0), 0);
  while (characters > HISTORY_TEXT_KEPT) {
    const oldest = history.findIndex((state) => state.text !== undefined);
    characters -= history[oldest].text.length;
    history.splice(oldest, 1);
  }
  undone = [];
}

function correct(start, end, label) {
  // Only a real span of the shown text: a toolbar without a selection does nothing.
  if (!modelDocument || !Number.isInteger(start) || !Number.isInteger(end) || start >= end) return;
  remember(false);
  const kept = corrections.filter((fix) => isSpeakerCorrection(fix) || fix.end <= start || fix.start >= end);
  corrections = [...kept, correction(modelDocument.text, start, end, label)];
  afterCorrection({ start, end });
}

/** Gives `quote` to the speaker named `name` (null: unknown) as a correction, kept, exported
 * and re-anchored like the entity ones; focus returns to the quote's "Change speaker" button. */
function reassignSpeaker(quote, name) {
  if (!modelDocument) return;
  remember(false);
  const other = (fix) => !(isSpeakerCorrection(fix) && fix.start === quote.start && fix.end === quote.end);
  corrections = [...corrections.filter(other), speakerCorrection(modelDocument.text, quote.start, quote.end, name)];
  saveDraft();
  show(modelDocument).then(() => quotesPanel.querySelector(`button.quote-reassign[data-quote-start="${quote.start}"]`)?.focus());
}

/** Saves and shows the corrections; with `span`, focus then stays there: on the corrected
 * highlight, or after a removal on the next one (else the article), so that the next key
 * (n, p, a digit) goes on from where the person was. */
function afterCorrection(span) {
  saveDraft();
  const shown = show(modelDocument);
  toolbar.hidden = true;
  if (span) shown.then(() => focusAt(span));
}

/** Focuses the highlight of `start`–`end`, else the next one after it, else the article. */
function focusAt({ start, end }) {
  const index = lastDocument.entities.findIndex((e) => e.start === start && e.end === end);
  const at = index >= 0 ? article.querySelector(`mark[data-index="${index}"]`) : null;
  const next = at ?? [...article.querySelectorAll('mark.entity')].find((m) => lastDocument.entities[Number(m.dataset.index)]?.start >= end);
  getSelection().removeAllRanges();
  (next ?? article).focus();
}

/** Puts `state` in place: its corrections, and its text when it has one (re-annotated). */
function restore(state) {
  corrections = state.corrections;
  const replaced = state.text !== undefined && (state.text !== input.value || (state.chosenDate ?? null) !== chosenDate);
  if (replaced) {
    chosenDate = state.chosenDate ?? null;
    input.value = state.text;
    saveDraft();
    update();
    toolbar.hidden = true;
  } else {
    afterCorrection();
  }
}

function undo() {
  const state = history.pop();
  if (!state) return;
  undone.push(snapshot(state.text !== undefined));
  restore(state);
}

function redo() {
  const state = undone.pop();
  if (!state) return;
  history.push(snapshot(state.text !== undefined));
  restore(state);
}

/** Replaces the article (New article, Load example, Import, a recent draft) in a way undo takes
 * back: the old text and corrections go on the undo stack, and stay on the recent list. */
function replaceArticle(text, fixes, id = newId(), date = null) {
  remember(true);
  typedSinceReplaced = false;
  ++latest;
  input.value = text;
  corrections = fixes;
  articleId = id;
  chosenDate = date;
  toolbar.hidden = true;
  saveDraft();
}

/** The text span the person points at: the selection inside the article, else the focused
 * highlight. */
function target() {
  const selection = getSelection();
  if (selection.rangeCount && !selection.isCollapsed && article.contains(selection.anchorNode)) {
    const range = selection.getRangeAt(0);
    const start = offsetOf(article, range.startContainer, range.startOffset);
    const end = offsetOf(article, range.endContainer, range.endOffset);
    const span = start !== null && end !== null && start < end ? wholeWords(modelDocument.text, start, end) : null;
    if (span) return span;
  }
  const mark = document.activeElement?.closest?.('#article mark.entity');
  const entity = mark && lastDocument.entities[Number(mark.dataset.index)];
  return entity ? { start: entity.start, end: entity.end } : null;
}

function showToolbar() {
  const span = target();
  if (!span) {
    toolbar.hidden = true;
    delete toolbar.dataset.start;
    delete toolbar.dataset.end;
    return;
  }
  toolbar.dataset.start = String(span.start);
  toolbar.dataset.end = String(span.end);
  toolbar.querySelector('.correct-what').textContent = `“${modelDocument.text.slice(span.start, span.end)}”`;
  toolbar.hidden = false;
}

toolbar.replaceChildren(
  Object.assign(document.createElement('span'), { className: 'correct-what' }),
  ...SHORTCUT_LABELS.map((label, i) => {
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: `${i < 9 ? `${i + 1} ` : ''}${label}` });
    button.dataset.label = label;
    button.title = `Mark as ${LABELS[label]}`;
    button.addEventListener('click', () => correct(Number(toolbar.dataset.start), Number(toolbar.dataset.end), label));
    return button;
  }),
  Object.assign(document.createElement('button'), { type: 'button', textContent: '0 Remove', className: 'correct-remove', title: 'Not an entity' }),
);
toolbar.querySelector('.correct-remove').addEventListener('click', () => correct(Number(toolbar.dataset.start), Number(toolbar.dataset.end), null));
document.querySelector('#undo').addEventListener('click', undo);
document.querySelector('#redo').addEventListener('click', redo);
article.addEventListener('mouseup', () => setTimeout(showToolbar));
article.addEventListener('click', (event) => { if (event.target.closest('mark.entity')) setTimeout(showToolbar); });
article.addEventListener('focusin', () => setTimeout(showToolbar));
document.addEventListener('keydown', (event) => {
  const key = event.key.toLowerCase();
  // In the text box, Ctrl+Z is the box's own undo, except right after the article was replaced.
  const replacedJustNow = event.target === input && !typedSinceReplaced && history.at(-1)?.text !== undefined;
  if ((event.ctrlKey || event.metaKey) && key === 'z' && !event.shiftKey && replacedJustNow) {
    undo();
    event.preventDefault();
    return;
  }
  if (event.target === input || event.target.matches?.('input, select')) return;
  if ((event.ctrlKey || event.metaKey) && key === 'z') {
    if (event.shiftKey) redo(); else undo();
    event.preventDefault();
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey || !article.contains(document.activeElement) && !toolbarOpen()) return;
  const span = target();
  if (!span) return;
  if (/^[1-9]$/.test(event.key) && SHORTCUT_LABELS[Number(event.key) - 1]) {
    correct(span.start, span.end, SHORTCUT_LABELS[Number(event.key) - 1]);
  } else if (event.key === '0' || event.key === 'Delete' || event.key === 'Backspace') {
    correct(span.start, span.end, null);
  } else {
    return;
  }
  event.preventDefault();
});

function toolbarOpen() {
  return !toolbar.hidden;
}

// Hovering or focusing a mention links every mention of its cluster.
for (const type of ['mouseover', 'focusin']) {
  article.addEventListener(type, (event) => linkCluster(event.target.closest?.('mark[data-cluster]')?.dataset.cluster ?? null));
}
article.addEventListener('mouseleave', () => linkCluster(null));

/** A pause that lets the browser paint and handle input between pieces of work. */
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Renders a document: the article (in slices), its details, legend, timeline, quotes and
 * entities, each in a task of its own so that a long article never freezes the page. */
async function show(model) {
  modelDocument = model;
  const { document: doc, live } = applyCorrections(model, corrections);
  corrections = live;
  lastDocument = doc;
  showArticleDate(doc.meta.reference_date);
  const rendering = renderArticle(article, doc);
  renderMeta(meta, doc.meta);
  renderLegend(legend, doc, hidden, toggle);
  applyHidden();
  for (const render of [
    () => renderTimeline(timeline, doc, focusEntity),
    () => renderQuotes(quotesPanel, doc, showQuote, reassignSpeaker),
    () => renderEntityPanel(entityPanel, doc, linkCluster, (id) => focusEntity(doc.clusters[id].mentions[0])),
  ]) {
    await pause();
    if (lastDocument !== doc) return;
    render();
  }
  await rendering;
}

/** Shows the date relative dates were counted from, and where it came from. */
function showArticleDate(reference) {
  articleDate.value = reference?.date ?? '';
  articleDateSource.textContent = reference ? describeReferenceSource(reference) : 'none: dates stay unresolved';
  articleDateReset.hidden = reference?.source !== 'chosen';
}

// The article date: the person may set it (a story from 2016 pasted today); relative dates
// ("Wednesday", "last month") are then counted from it. Kept with the draft.
articleDate.addEventListener('change', () => {
  chosenDate = articleDate.value || null;
  saveDraft();
  update();
});
articleDateReset.addEventListener('click', () => {
  chosenDate = null;
  saveDraft();
  update();
});

// Said once, before the first annotation's figures (a share link that was refused).
let notice = '';

async function update() {
  const request = ++latest;
  const text = input.value;
  const tooLong = articleTooLong(text);
  if (tooLong) {
    status.textContent = tooLong;
    return;
  }
  status.textContent = `${notice}Annotating…`;
  try {
    const { document: doc, milliseconds } = await annotator.annotateTimed(text, chosenDate ? { reference_date: chosenDate } : {});
    if (request !== latest) return;
    show(doc);
    const chars = text.length.toLocaleString('en');
    status.textContent = `${notice}${doc.entities.length} entities in ${doc.sentences.length} sentences · ${chars} characters annotated in ${milliseconds.toFixed(1)} ms`;
    notice = '';
  } catch (error) {
    if (request === latest) status.textContent = `Could not annotate: ${error.message}`;
  }
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(update, 150);
}

// The draft is kept in this browser only (drafts.js: localStorage, or IndexedDB when it is too
// large), saved as you type and when the page is hidden or closed, and restored on the next visit.
let saveTimer = 0;

function saveDraft() {
  clearTimeout(saveTimer);
  const draft = { id: articleId, text: input.value, corrections, chosenDate, history, undone, saved: new Date().toISOString() };
  keepDraft(draft).catch((error) => {
    status.textContent = `This browser could not keep a copy of your article (${error?.message ?? 'storage is full'}): `
      + 'use Export (JSON) to keep your work.';
    document.querySelector('#export-format').value = 'json';
  });
}

input.addEventListener('input', () => {
  typedSinceReplaced = true;
  // Over the limit, the page says so at once and does no work on it.
  const tooLong = articleTooLong(input.value);
  if (tooLong) {
    clearTimeout(timer);
    ++latest;
    status.textContent = tooLong;
  } else {
    schedule();
  }
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveDraft, 250);
});
addEventListener('pagehide', saveDraft);
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') saveDraft(); });
const UNDO_NOTICE = 'Undo (Ctrl+Z) brings the previous article back. ';
document.querySelector('#example').addEventListener('click', () => {
  replaceArticle(EXAMPLE_ARTICLE, []);
  notice = UNDO_NOTICE;
  update();
});
document.querySelector('#clear').addEventListener('click', () => {
  replaceArticle('', []);
  notice = UNDO_NOTICE;
  update();
  input.focus();
});

// Recent drafts: every article of every tab (the newest 20), to go back to one.
const recent = document.querySelector('#recent');
async function listRecent() {
  const drafts = (await recentDrafts()).filter((draft) => draft.id !== articleId);
  recent.replaceChildren(new Option(drafts.length ? 'Recent drafts…' : 'No other recent drafts', ''),
    ...drafts.map((draft) => {
      const when = new Date(draft.saved).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
      const option = new Option(`${draft.title} — ${when}`, draft.id);
      option.dataset.draft = JSON.stringify(draft);
      return option;
    }));
}
recent.addEventListener('focus', listRecent);
recent.addEventListener('pointerdown', listRecent);
recent.addEventListener('change', () => {
  const draft = JSON.parse(recent.selectedOptions[0]?.dataset.draft ?? 'null');
  recent.value = '';
  if (!draft) return;
  replaceArticle(draft.text, (draft.corrections ?? []).filter(isCorrection), draft.id, typeof draft.chosenDate === 'string' ? draft.chosenDate : null);
  notice = `Opened “${draft.title}”. ${UNDO_NOTICE}`;
  update();
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

// The page's label colours and rules, built from the label table.
const labelSheet = new CSSStyleSheet();
labelSheet.replaceSync(pageLabelCss());
document.adoptedStyleSheets = [...document.adoptedStyleSheets, labelSheet];

// The export formats offered, from the one table of formats.
const exportFormat = document.querySelector('#export-format');
exportFormat.replaceChildren(...EXPORT_FORMATS.map(({ name, description }) => new Option(description, name)));
const EXPORTS = Object.fromEntries(EXPORT_FORMATS.map((format) => [format.name, format]));

document.querySelector('#export').addEventListener('click', async () => {
  if (!lastDocument) return;
  const format = document.querySelector('#export-format').value;
  try {
    let output = await annotator.export(lastDocument, format);
    // Our JSON carries the corrections themselves too (removals included), so that importing it
    // brings them back as corrections that outlive the next edit.
    if (format === 'json') output = JSON.stringify({ ...JSON.parse(output), corrections }, null, 2);
    // brat's standoff needs the text beside the annotations.
    if (format === 'brat') download('article.txt', lastDocument.text, 'text/plain');
    download(EXPORTS[format].file, output, EXPORTS[format].type);
  } catch (error) {
    status.textContent = `Could not export: ${error.message}`;
  }
});

document.querySelector('#import').addEventListener('change', async (event) => {
  const file = event.target.files?.[0];
  if (!file) return;
  try {
    if (file.size > MAX_IMPORT_BYTES) {
      throw new LimitError(`it is ${(file.size / 1e6).toFixed(0)} MB, and the page imports at most ${MAX_IMPORT_BYTES / 1e6} MB`);
    }
    const json = await file.text();
    const doc = await annotator.import(json);
    const tooLong = articleTooLong(doc.text);
    if (tooLong) throw new LimitError(tooLong);
    replaceArticle(doc.text, importedCorrections(JSON.parse(json), doc));
    show(doc);
    status.textContent = `Imported ${file.name}: ${doc.entities.length} entities, ${doc.quotes.length} quotes`;
  } catch (error) {
    status.textContent = `Could not import ${file.name}: ${error.message}`;
  }
  event.target.value = '';
});

// Share: the text and the corrections travel in the link's fragment (after #), as deflated,
// base64url-encoded JSON; the fragment is never sent to any server. The limits (limits.js) are
// the same for the links the page makes and the links it opens.
document.querySelector('#share').addEventListener('click', async () => {
  // A page opened from a file (the single-file build) has no address anyone else can open.
  if (location.protocol === 'file:') {
    status.textContent = 'This page is a file on your computer, so a link to it would open nowhere else. '
      + 'Export as JSON instead (chosen below): whoever has the page can import it.';
    document.querySelector('#export-format').value = 'json';
    return;
  }
  const shared = JSON.stringify({ text: input.value, corrections, ...(chosenDate ? { chosenDate } : {}) });
  const link = `${location.origin}${location.pathname}#a=${await deflateToFragment(shared)}`;
  const output = document.querySelector('#share-link');
  if (link.length > MAX_LINK || new TextEncoder().encode(shared).length > MAX_LINK_TEXT) {
    output.value = '';
    output.hidden = true;
    status.textContent = `This article is too long for a link (${Math.round(link.length / 1000)} KB once compressed; links stay under ${MAX_LINK / 1000} KB and ${MAX_LINK_TEXT / 1e6} MB unpacked). Export it as JSON instead.`;
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
      const shared = JSON.parse(await inflateFragment(location.hash.slice(3)));
      if (typeof shared?.text !== 'string') throw new Error('no text');
      corrections = Array.isArray(shared.corrections) ? shared.corrections.filter(isCorrection) : [];
      if (typeof shared.chosenDate === 'string') chosenDate = shared.chosenDate;
      return shared.text;
    } catch (error) {
      notice = error instanceof LimitError
        ? `This link was not opened: ${error.message}. `
        : 'This link is damaged: it does not hold an article. ';
      status.textContent = notice;
    }
  }
  const draft = await loadDraft();
  if (!draft) return EXAMPLE_ARTICLE;
  articleId = draft.id;
  chosenDate = typeof draft.chosenDate === 'string' ? draft.chosenDate : null;
  if (Array.isArray(draft.corrections)) corrections = draft.corrections.filter(isCorrection);
  const states = (list) => (Array.isArray(list) ? list.filter((state) => Array.isArray(state?.corrections)) : []);
  history = states(draft.history);
  undone = states(draft.undone);
  return draft.text;
}

// For tests and the console: the last annotated document (defined before the draft is read,
// which may wait on IndexedDB).
Object.defineProperty(window, 'articleAnnotatorDocument', { get: () => lastDocument });

input.value = await initialText();
update();
