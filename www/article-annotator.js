// article-annotator for other sites: annotate text, highlight a host page's article in place,
// or embed the <article-annotator> element. Importing this module defines nothing and touches
// nothing; on first use a worker starts and fetches the WebAssembly from beside this file.
import { createAnnotator, LocalAnnotator, WorkerAnnotator } from './annotator.js';
import { collectText, highlightElement } from './highlight.js';
import { ArticleAnnotatorElement } from './element.js';

let shared = null;

/** The annotator the functions of this module use: a Web Worker running `worker.js` beside this
 * module (annotation never blocks the page), or the main thread where no worker can start. */
export function annotator() {
  shared ??= createAnnotator();
  return shared;
}

/** Loads the WebAssembly module (idempotent). With `moduleOrPath`, the module comes from there
 * and annotation runs on the main thread. */
export function load(moduleOrPath) {
  if (moduleOrPath) shared = new LocalAnnotator(moduleOrPath);
  return annotator().version();
}

/** Annotates `text`; resolves to the Document (offsets in UTF-16 code units). */
export function annotate(text, options = {}) {
  return annotator().annotate(text, options);
}

/**
 * Highlights the article inside `element` in place, across paragraphs, links and emphasis,
 * without changing the host DOM (CSS Custom Highlight API; an overlay where it is missing).
 * Options: `date`, `labels` (e.g. ['PER', 'LOC']), `colours` ({ PER: ['#fff3b0', '#3d2e00'] }).
 * Resolves to a handle `{ document, entities, mode, clear() }`.
 */
export async function annotateElement(element, { date, labels, colours } = {}) {
  const { text, pieces } = collectText(element);
  const doc = await annotate(text, date ? { date } : {});
  return highlightElement(element, doc, { labels, colours }, pieces);
}

/** Registers the custom element under `tag` (default `article-annotator`) in `registry`. */
export function defineArticleAnnotator(tag = 'article-annotator', registry = customElements) {
  if (!registry.get(tag)) registry.define(tag, class extends ArticleAnnotatorElement {});
  return registry.get(tag);
}

/** A Document in another format: "json", "webanno" (W3C Web Annotation), "brat", "conll",
 * "spacy" or "csv"; offsets in code points, as those tools count. */
export function exportDocument(document, format) {
  return annotator().export(document, format);
}

/** Reads a Document exported as JSON; offsets come back as UTF-16 code units. */
export function importDocument(json) {
  return annotator().import(json);
}

/** The library version (from Cargo.toml, through the WebAssembly module). */
export function version() {
  return annotator().version();
}

export { ArticleAnnotatorElement, createAnnotator, LocalAnnotator, WorkerAnnotator };
