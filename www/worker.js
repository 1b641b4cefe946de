// The annotation worker: loads the WebAssembly module once and answers
// { id, text, options } messages with { id, document, milliseconds } or { id, error }.
import init, { Annotator } from './pkg/article_annotator.js';

const ready = init().then(() => new Map());

self.onmessage = async (event) => {
  const { id, text, options } = event.data;
  try {
    const annotators = await ready;
    const key = JSON.stringify(options ?? {});
    if (!annotators.has(key)) annotators.set(key, new Annotator(options ?? {}));
    const started = performance.now();
    const document = annotators.get(key).annotate(text);
    self.postMessage({ id, document, milliseconds: performance.now() - started });
  } catch (error) {
    self.postMessage({ id, error: String(error?.message ?? error) });
  }
};
