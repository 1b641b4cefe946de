// Browser benchmark: ours, wink-nlp and compromise on the same text in this page, one after the
// other (a warm-up, then the median of three runs each), with the ratios; then ours in the Web
// Worker as the page uses it, and the entity tagger alone. The text is `?input=URL` (the real
// news `node scripts/bench-browser.mjs` serves) or, without it, generated text, said so.
import { WorkerAnnotator } from './annotator.js';
import { generateArticle } from './generate.js';
import init, { Annotator } from './pkg/article_annotator.js';

const log = document.querySelector('#log');
const result = document.querySelector('#result');
const say = (line) => { log.textContent += `${line}\n`; };
const RUNS = 3;

async function benchmarkText() {
  const input = new URLSearchParams(location.search).get('input');
  if (input) {
    const response = await fetch(input);
    if (!response.ok) throw new Error(`could not fetch ${input}: HTTP ${response.status}`);
    return { text: await response.text(), source: input };
  }
  return { text: generateArticle(1_000_000), source: 'generated text (fallback: no ?input=)' };
}

/** The median wall-clock milliseconds of `RUNS` calls of `work` after one warm-up. */
async function medianMilliseconds(name, work) {
  work();
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
    // Let the page breathe between runs (and the log repaint).
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  times.sort((a, b) => a - b);
  say(`${name}: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  return times[Math.floor(RUNS / 2)];
}

async function run() {
  const { text, source } = await benchmarkText();
  const megabytes = new TextEncoder().encode(text).length / 1e6;
  await init();
  const annotator = new Annotator({ today: '2024-01-01' });
  const sample = annotator.annotate(text);
  say(`input: ${source}, ${megabytes.toFixed(2)} MB, ${sample.entities.length} of our entities`);

  const { competitors } = await import('./vendor/bench-competitors.js');
  const rates = new Map();
  for (const { name, annotate } of [{ name: 'article-annotator', annotate: (t) => annotator.annotate(t) }, ...competitors]) {
    rates.set(name, megabytes / ((await medianMilliseconds(name, () => annotate(text))) / 1000));
  }
  const ours = rates.get('article-annotator');
  const wink = rates.get('wink-nlp');
  for (const [name, rate] of rates) say(`${name.padEnd(18)} ${rate.toFixed(2).padStart(6)} MB/s  ${(rate / wink).toFixed(2)}× wink-nlp`);

  const worker = new WorkerAnnotator();
  const { document } = await worker.annotateTimed(text, { tokens: true });
  const tokens = document.tokens.length;
  const workerTimes = [];
  for (let i = 0; i < RUNS; i++) workerTimes.push((await worker.annotateTimed(text)).milliseconds);
  workerTimes.sort((a, b) => a - b);
  const workerRate = megabytes / (workerTimes[1] / 1000);
  say(`article-annotator in the Web Worker (as the page runs it, excluding transfer): ${workerRate.toFixed(2)} MB/s, ${Math.round(tokens / (workerTimes[1] / 1000))} tokens/s`);
  const taggerTokensPerSecond = annotator.benchmarkTagger(text, RUNS);
  say(`entity tagger alone: ${Math.round(taggerTokensPerSecond)} tokens/s`);

  result.dataset.mbPerSecond = ours.toFixed(2);
  result.dataset.winkMbPerSecond = wink.toFixed(2);
  result.dataset.compromiseMbPerSecond = rates.get('compromise').toFixed(2);
  result.dataset.ratioToWink = (ours / wink).toFixed(2);
  result.dataset.taggerTokensPerSecond = String(Math.round(taggerTokensPerSecond));
  result.textContent = `${ours.toFixed(2)} MB/s, ${(ours / wink).toFixed(2)}× wink-nlp`;
}

run().catch((error) => say(`failed: ${error.message}`));
