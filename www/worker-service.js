// What the annotation worker does, whichever way its WebAssembly arrives: answers
// { id, method, args } by calling that method of wasm-methods.js, with { id, result } or
// { id, error }.
import * as wasm from './pkg/article_annotator.js';
import { CROSSING, wasmMethods } from './wasm-methods.js';

/** Answers the page's calls once `initialised` (the module's `init(…)` promise) settles. */
export function serveAnnotations(initialised) {
  const ready = initialised.then((exports) => wasmMethods(wasm, exports));
  self.onmessage = async (event) => {
    const { id, method, args } = event.data;
    try {
      const methods = await ready;
      if (!Object.hasOwn(methods, method)) throw new Error(`no method ${JSON.stringify(method)}`);
      const result = methods[method](...(args ?? []));
      self.postMessage({ id, result: CROSSING[method] ? CROSSING[method].encode(result) : result });
    } catch (error) {
      self.postMessage({ id, error: String(error?.message ?? error) });
    }
  };
}
