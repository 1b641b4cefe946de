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

/** Most array items per JSON piece of a Document crossing from the worker. */
const ITEMS_PER_PIECE = 4000;

/** A Document as JSON pieces: each top-level field, its long arrays cut into pieces. */
function documentPieces(document) {
  return Object.entries(document).map(([key, value]) => {
    if (!Array.isArray(value) || value.length <= ITEMS_PER_PIECE) return { key, json: JSON.stringify(value) };
    const pieces = [];
    for (let at = 0; at < value.length; at += ITEMS_PER_PIECE) pieces.push(JSON.stringify(value.slice(at, at + ITEMS_PER_PIECE)));
    return { key, pieces };
  });
}

/** The Document back from its pieces, parsed a piece per task (a 1 MB article's document parsed
 * at once would hold the page for 100 ms or more). */
async function documentFromPieces(fields) {
  const document = {};
  for (const { key, json, pieces } of fields) {
    if (json !== undefined) {
      document[key] = JSON.parse(json);
      continue;
    }
    document[key] = [];
    for (const piece of pieces) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      document[key].push(...JSON.parse(piece));
    }
  }
  return document;
}

/** How results cross from the worker to the page: Documents as JSON text in pieces, which the
 * page parses several times faster than it would deserialise a structured clone (20 vs 90 ms
 * for 1 MB), a piece per task so that no task holds the page long. */
export const CROSSING = {
  annotateTimed: {
    encode: ({ document, milliseconds }) => ({ fields: documentPieces(document), milliseconds }),
    decode: async ({ fields, milliseconds }) => ({ document: await documentFromPieces(fields), milliseconds }),
  },
  import: { encode: documentPieces, decode: documentFromPieces },
};
