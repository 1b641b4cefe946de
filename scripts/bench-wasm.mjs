// Compares WebAssembly builds of the module in Node on the benchmarks' 1 MB of real news
// (bench-input.mjs; generated text when ../shared is absent, said so): each build in a fresh
// process, rounds alternating between builds, five annotations a round; prints each round's
// median and the best, in ms and MB/s, and whether every build's annotation of the text is the
// same (a speed-up must change no output). Builds share the JS glue of www/pkg (their bindings
// must be the same).
// Usage: node scripts/bench-wasm.mjs [--rounds N] [FILE.wasm ...]   (default: www/pkg's module)
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { realNews } from './bench-input.mjs';

const RUNS = 5;
const glue = new URL('../www/pkg/article_annotator.js', import.meta.url);

/** Annotates the text RUNS times with one build; prints the sorted times as JSON. */
async function measureOne(wasmPath) {
  const { initSync, Annotator } = await import(glue);
  initSync({ module: readFileSync(wasmPath) });
  let text = realNews();
  if (!text) {
    const { generateArticle } = await import('../www/generate.js');
    text = generateArticle(1_000_000);
  }
  const annotator = new Annotator({ date: '2016-10-01' });
  annotator.annotate(text.slice(0, 20_000));
  const times = [];
  let annotation;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    annotation = annotator.annotate(text);
    times.push(performance.now() - started);
  }
  const output = createHash('sha256').update(JSON.stringify(annotation)).digest('hex');
  console.log(JSON.stringify({ bytes: Buffer.byteLength(text), times: times.sort((a, b) => a - b), output }));
}

const args = process.argv.slice(2);
if (args[0] === '--one') {
  await measureOne(args[1]);
} else {
  let rounds = 3;
  if (args[0] === '--rounds') {
    rounds = Number(args[1]);
    args.splice(0, 2);
  }
  const builds = args.length > 0 ? args : [fileURLToPath(new URL('../www/pkg/article_annotator_bg.wasm', import.meta.url))];
  if (!realNews()) console.log('note: ../shared is absent; generated text instead of real news');
  const results = new Map(builds.map((build) => [build, []]));
  for (let round = 0; round < rounds; round++) {
    for (const build of builds) {
      const output = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--one', build], { encoding: 'utf8' });
      results.get(build).push(JSON.parse(output));
    }
  }
  const outputs = new Set([...results.values()].flat().map((m) => m.output));
  console.log(outputs.size === 1
    ? `output: identical across builds and rounds (sha256 ${[...outputs][0].slice(0, 16)}…)`
    : `output: DIFFERS between builds (${outputs.size} different annotations)`);
  if (outputs.size !== 1) process.exitCode = 1;
  for (const [build, measured] of results) {
    const megabytes = measured[0].bytes / 1e6;
    const medians = measured.map((m) => m.times[Math.floor(RUNS / 2)]);
    const best = Math.min(...measured.map((m) => m.times[0]));
    console.log(`${build}: medians ${medians.map((t) => t.toFixed(0)).join(', ')} ms `
      + `(${medians.map((t) => (megabytes / (t / 1000)).toFixed(2)).join(', ')} MB/s), best ${best.toFixed(0)} ms `
      + `(${(megabytes / (best / 1000)).toFixed(2)} MB/s) on ${megabytes.toFixed(2)} MB`);
  }
}
