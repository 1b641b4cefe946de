// The annotation worker of the single-file page: the same service, with the WebAssembly
// bytes bundled into the worker's own code (nothing is fetched, so it works from file://).
import init from '../pkg/article_annotator.js';
import wasm from '../pkg/article_annotator_bg.wasm';
import { serveAnnotations } from '../worker-service.js';

serveAnnotations(init({ module_or_path: wasm }));
