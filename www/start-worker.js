// Starts the annotation worker. The single-file build replaces this module with
// `single-file/start-worker.js`, which starts the worker from code inlined in the page.

/** A module worker running `worker.js`, next to this module. */
export function startWorker() {
  return new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
}
