// What an annotator can be asked, implemented once over the initialised WebAssembly module and
// shared by both implementations of the Annotator interface (annotator.js): the main-thread one
// calls these directly, the worker (worker-service.js) calls them by name for the page.

/** The methods by name, over the module `wasm` (its `annotate`, `exportDocument`, …) and the
 * `exports` of its instance (what its `init` resolved to). */
export function wasmMethods(wasm, exports) {
  return {
    /** `{ document, milliseconds }`: the Document (UTF-16 offsets) and the time annotation took. */
    annotateTimed(text, options = {}) {
      const started = performance.now();
      // One model serves every call, whatever its options: nothing is kept per option set.
      const document = wasm.annotate(text, options ?? {});
      return { document, milliseconds: performance.now() - started };
    },
    /** The Document in an export format (offsets in code points, as those tools count). */
    export(document, format) {
      return wasm.exportDocument(document, format);
    },
    /** A Document read back from our JSON. */
    import(json) {
      return wasm.importDocument(json);
    },
    /** The library version (from Cargo.toml). */
    version() {
      return wasm.version();
    },
    /** The size of the WebAssembly memory in bytes (it grows and never shrinks), for hosts that
     * watch what annotation costs. */
    memoryBytes() {
      return exports.memory.buffer.byteLength;
    },
  };
}

/** How results cross from the worker to the page: Documents as JSON text, which the page parses
 * several times faster than it would deserialise a structured clone (20 vs 90 ms for 1 MB). */
export const CROSSING = {
  annotateTimed: {
    encode: ({ document, milliseconds }) => ({ documentJson: JSON.stringify(document), milliseconds }),
    decode: ({ documentJson, milliseconds }) => ({ document: JSON.parse(documentJson), milliseconds }),
  },
  import: { encode: (document) => JSON.stringify(document), decode: (json) => JSON.parse(json) },
};
