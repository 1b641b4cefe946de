// The annotation worker: fetches the WebAssembly module next to it, then serves annotations.
import init from './pkg/article_annotator.js';
import { serveAnnotations } from './worker-service.js';

serveAnnotations(init());
