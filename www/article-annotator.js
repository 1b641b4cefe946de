// article-annotator for other sites: annotate text, highlight a host page's article in place,
// or embed the <article-annotator> element. Importing this module defines nothing and touches
// nothing; the WebAssembly is fetched (once, on first use) from beside this file.
import init, { annotate as wasmAnnotate, exportDocument as wasmExport, importDocument as wasmImport, version as wasmVersion } from './pkg/article_annotator.js';
import { collectText, highlightElement } from './highlight.js';
import { ArticleAnnotatorElement } from './element.js';

let ready = null;

/** Loads the WebAssembly module (idempotent); `moduleOrPath` overrides where it comes from. */
export function load(moduleOrPath) {
  ready ??= init(moduleOrPath ? { module_or_path: moduleOrPath } : undefined);
  return ready;
}

/** Annotates `text`; resolves to the Document (offsets in UTF-16 code units). */
export async function annotate(text, options = {}) {
  await load();
  // One model serves every call, whatever its options: nothing is kept per option set.
  return wasmAnnotate(text, options);
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
export async function exportDocument(document, format) {
  await load();
  return wasmExport(document, format);
}

/** Reads a Document exported as JSON; offsets come back as UTF-16 code units. */
export async function importDocument(json) {
  await load();
  return wasmImport(json);
}

/** The library version (from Cargo.toml, through the WebAssembly module). */
export async function version() {
  await load();
  return wasmVersion();
}

export { ArticleAnnotatorElement };
