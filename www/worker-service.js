// What the annotation worker does, whichever way its WebAssembly arrives: answers
// { id, text, options } with { id, documentJson, milliseconds },
// { id, exportDocument, format } with { id, output }, and { id, importJson } with { id, documentJson };
// failures come back as { id, error }.
import { annotate, exportDocument, importDocument } from './pkg/article_annotator.js';

/** Answers the page's messages once `initialised` (the module's `init(…)` promise) settles. */
export function serveAnnotations(initialised) {
  self.onmessage = async (event) => {
    const { id, text, options, exportDocument: document, format, importJson } = event.data;
    try {
      await initialised;
      if (document !== undefined) {
        self.postMessage({ id, output: exportDocument(document, format) });
        return;
      }
      if (importJson !== undefined) {
        self.postMessage({ id, documentJson: JSON.stringify(importDocument(importJson)) });
        return;
      }
      // One model serves every call, whatever its options: nothing is kept per option set.
      const started = performance.now();
      const annotated = annotate(text, options ?? {});
      const milliseconds = performance.now() - started;
      // A document goes back as JSON text: the page parses it several times faster than it
      // would deserialise the same objects from a structured clone (20 vs 90 ms for 1 MB).
      self.postMessage({ id, documentJson: JSON.stringify(annotated), milliseconds });
    } catch (error) {
      self.postMessage({ id, error: String(error?.message ?? error) });
    }
  };
}
