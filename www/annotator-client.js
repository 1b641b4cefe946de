// A promise-based client for the annotation worker: annotation never blocks the page.

/** Starts a worker and returns `{ annotate(text, options) → Promise<{document, milliseconds}> }`. */
export function createAnnotator(workerUrl = new URL('./worker.js', import.meta.url)) {
  const worker = new Worker(workerUrl, { type: 'module' });
  const pending = new Map();
  let nextId = 1;
  worker.onmessage = (event) => {
    const { id, error, ...result } = event.data;
    const request = pending.get(id);
    if (!request) return;
    pending.delete(id);
    if (error) request.reject(new Error(error));
    else request.resolve(result);
  };
  worker.onerror = (event) => {
    for (const request of pending.values()) request.reject(new Error(event.message || 'the annotation worker failed'));
    pending.clear();
  };
  return {
    annotate(text, options = {}) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.postMessage({ id, text, options });
      });
    },
    terminate() {
      worker.terminate();
    },
  };
}
