// A promise-based client for the annotation worker: annotation never blocks the page.
import { startWorker } from './start-worker.js';

/** Talks to an annotation worker (by default a new one) and returns `{ annotate(text, options) → Promise<{document, milliseconds}>,
 * export(document, format) → Promise<string>, import(json) → Promise<Document> }`. */
export function createAnnotator(worker = startWorker()) {
  const pending = new Map();
  let nextId = 1;
  worker.onmessage = (event) => {
    const { id, error, documentJson, ...result } = event.data;
    const request = pending.get(id);
    if (!request) return;
    pending.delete(id);
    if (error) request.reject(new Error(error));
    else request.resolve(documentJson === undefined ? result : { ...result, document: JSON.parse(documentJson) });
  };
  worker.onerror = (event) => {
    for (const request of pending.values()) request.reject(new Error(event.message || 'the annotation worker failed'));
    pending.clear();
  };
  const request = (message) => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...message });
    });
  };
  return {
    annotate(text, options = {}) {
      return request({ text, options });
    },
    /** The document in "json", "webanno", "brat", "conll", "spacy" or "csv" → Promise<string>. */
    async export(document, format) {
      return (await request({ exportDocument: document, format })).output;
    },
    /** A document read back from our JSON → Promise<Document>. */
    async import(json) {
      return (await request({ importJson: json })).document;
    },
    terminate() {
      worker.terminate();
    },
  };
}
