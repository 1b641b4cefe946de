// One measurement for memory.test.mjs, in a worker thread: loads the module, annotates
// `megabytes` of text of the given kind, and posts the input size and memory sizes; or, for
// the kind "options", builds a thousand annotators with different options; for "model", measures
// the memory that loading the model takes.
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { initSync, Annotator } from '../../www/pkg/article_annotator.js';
import { generateArticle } from '../../www/generate.js';

const WIRE_STORY = 'ANKARA, Dec. 13 (Wire) - Turkish President Recep Tayyip Erdoğan met U.S. Secretary of State '
  + 'Antony Blinken on Thursday. "We will stay," he said, adding that $1.2 billion in aid had arrived two years ago. '
  + "Officials of the Kurdistan Workers' Party (PKK) said the talks failed.\n\n";

const { kind, megabytes } = workerData;
const wasm = initSync({ module: readFileSync(new URL('../../www/pkg/article_annotator_bg.wasm', import.meta.url)) });

if (kind === 'model') {
  // The model alone: memory of the fresh instance, then after the first annotator loads it.
  const moduleBytes = wasm.memory.buffer.byteLength;
  new Annotator({ date: '2020-01-01' }).free();
  parentPort.postMessage({ moduleBytes, loadedBytes: wasm.memory.buffer.byteLength });
  process.exit(0);
}

if (kind === 'options') {
  // A thousand annotators, each with its own date, each used once: they share one model.
  const first = new Annotator({ date: '2020-01-01' });
  first.annotate(WIRE_STORY);
  const baselineBytes = wasm.memory.buffer.byteLength;
  const annotators = [];
  for (let day = 0; day < 1000; day++) {
    const date = new Date(Date.UTC(2020, 0, 1 + day)).toISOString().slice(0, 10);
    const annotator = new Annotator({ date, tokens: day % 2 === 0 });
    annotator.annotate(WIRE_STORY);
    annotators.push(annotator);
  }
  parentPort.postMessage({ annotators: annotators.length, baselineBytes, peakBytes: wasm.memory.buffer.byteLength });
  process.exit(0);
}

const bytes = megabytes * 1_000_000;
const text = kind === 'wire' ? WIRE_STORY.repeat(Math.ceil(bytes / WIRE_STORY.length)) : generateArticle(bytes);
const annotator = new Annotator({ date: '2024-12-13' });
const baselineBytes = wasm.memory.buffer.byteLength;
const started = performance.now();
const document = annotator.annotate(text);
parentPort.postMessage({
  inputBytes: Buffer.byteLength(text),
  baselineBytes,
  peakBytes: wasm.memory.buffer.byteLength,
  entities: document.entities.length,
  seconds: (performance.now() - started) / 1000,
});
