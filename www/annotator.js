// One interface for annotation, two implementations (as harper.js has WorkerLinter and
// LocalLinter): `WorkerAnnotator` runs the WebAssembly in a Web Worker, so a long article never
// blocks the page; `LocalAnnotator` runs it on the calling thread. Both answer the same methods
// with the same results:
//   annotate(text, options) → Promise<Document>
//   annotateTimed(text, options) → Promise<{ document, milliseconds }>
//   export(document, format) → Promise<string>
//   import(json) → Promise<Document>
//   version() → Promise<string>
//   memoryBytes() → Promise<number>
//   dispose()
import { startWorker } from './start-worker.js';
import { CROSSING, wasmMethods } from './wasm-methods.js';

/** Annotation in a Web Worker (by default a new one running `worker.js` beside this module). */
export class WorkerAnnotator {
  #worker;
  #pending = new Map();
  #nextId = 1;

  constructor(worker = startWorker()) {
    this.#worker = worker;
    worker.onmessage = (event) => {
      const { id, result, error } = event.data;
      const request = this.#pending.get(id);
      if (!request) return;
      this.#pending.delete(id);
      if (error !== undefined) request.reject(new Error(error));
      else request.resolve(CROSSING[request.method] ? CROSSING[request.method].decode(result) : result);
    };
    worker.onerror = (event) => this.#failAll(new Error(event.message || 'the annotation worker failed'));
  }

  /** Calls `method` in the worker with `args`; resolves to its result. */
  #call(method, ...args) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { method, resolve, reject });
      this.#worker.postMessage({ id, method, args });
    });
  }

  #failAll(error) {
    for (const request of this.#pending.values()) request.reject(error);
    this.#pending.clear();
  }

  async annotate(text, options = {}) {
    return (await this.annotateTimed(text, options)).document;
  }

  annotateTimed(text, options = {}) {
    return this.#call('annotateTimed', text, options);
  }

  export(document, format) {
    return this.#call('export', document, format);
  }

  import(json) {
    return this.#call('import', json);
  }

  version() {
    return this.#call('version');
  }

  memoryBytes() {
    return this.#call('memoryBytes');
  }

  /** Stops the worker; calls still waiting fail. */
  dispose() {
    this.#worker.terminate();
    this.#failAll(new Error('the annotator was disposed'));
  }
}

/** Annotation on the calling thread; the WebAssembly is fetched on first use from beside this
 * module, or from `moduleOrPath`. */
export class LocalAnnotator {
  #moduleOrPath;
  #methods = null;

  constructor(moduleOrPath) {
    this.#moduleOrPath = moduleOrPath;
  }

  /** Loads the WebAssembly module once; resolves when it is ready. */
  load() {
    this.#methods ??= import('./pkg/article_annotator.js').then(async (wasm) => {
      const exports = await wasm.default(this.#moduleOrPath ? { module_or_path: this.#moduleOrPath } : undefined);
      return wasmMethods(wasm, exports);
    });
    return this.#methods;
  }

  async annotate(text, options = {}) {
    return (await this.annotateTimed(text, options)).document;
  }

  async annotateTimed(text, options = {}) {
    return (await this.load()).annotateTimed(text, options);
  }

  async export(document, format) {
    return (await this.load()).export(document, format);
  }

  async import(json) {
    return (await this.load()).import(json);
  }

  async version() {
    return (await this.load()).version();
  }

  async memoryBytes() {
    return (await this.load()).memoryBytes();
  }

  /** Nothing to stop: the module stays loaded for the page. */
  dispose() {}
}

/** An annotator: in a worker where one can start (`worker: true`, the default), else on the
 * calling thread; `moduleOrPath` (main thread only) says where the WebAssembly comes from. */
export function createAnnotator({ worker = true, moduleOrPath } = {}) {
  if (worker && !moduleOrPath && typeof Worker !== 'undefined') {
    try {
      return new WorkerAnnotator();
    } catch {
      // A worker script on another origin cannot start: annotate on this thread instead.
    }
  }
  return new LocalAnnotator(moduleOrPath);
}
