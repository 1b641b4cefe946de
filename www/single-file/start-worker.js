// The single-file page's stand-in for `../start-worker.js`: the worker's bundled code is a
// string in the page, started from a Blob URL. It is a classic worker because Chromium refuses
// module workers from the Blob URLs of a page opened from file://.
import workerCode from 'inline:worker';

/** A classic worker running the bundled annotation worker. */
export function startWorker() {
  return new Worker(URL.createObjectURL(new Blob([workerCode], { type: 'text/javascript' })));
}
