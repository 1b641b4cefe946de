// Browser benchmark: annotate a generated 1 MB article in the worker (MB/s, tokens/s), then
// time the entity tagger alone on the main thread (tokens/s).
import { WorkerAnnotator } from './annotator.js';
import { generateArticle } from './generate.js';
import init, { Annotator } from './pkg/article_annotator.js';

const log = document.querySelector('#log');
const result = document.querySelector('#result');
const say = (line) => { log.textContent += `${line}\n`; };

async function run() {
  const text = generateArticle(1_000_000);
  const megabytes = new TextEncoder().encode(text).length / 1e6;
  const annotator = new WorkerAnnotator();
  const warm = await annotator.annotateTimed(text, { tokens: true });
  const tokens = warm.document.tokens.length;
  say(`input: ${megabytes.toFixed(2)} MB, ${tokens} tokens, ${warm.document.entities.length} entities`);
  const times = [];
  for (let i = 0; i < 5; i++) {
    const { milliseconds } = await annotator.annotateTimed(text);
    times.push(milliseconds);
    say(`run ${i + 1}: ${milliseconds.toFixed(0)} ms`);
  }
  times.sort((a, b) => a - b);
  const median = times[2];
  const mbPerSecond = megabytes / (median / 1000);
  const tokensPerSecond = tokens / (median / 1000);
  say(`median: ${median.toFixed(0)} ms → ${mbPerSecond.toFixed(2)} MB/s, ${Math.round(tokensPerSecond)} tokens/s (annotate in the worker, excluding transfer)`);
  // The entity tagger alone, on this (main) thread, as `article-annotator bench` measures it.
  await init();
  const taggerTokensPerSecond = new Annotator({ today: '2024-01-01' }).benchmarkTagger(text, 5);
  say(`entity tagger alone: ${Math.round(taggerTokensPerSecond)} tokens/s`);
  result.dataset.taggerTokensPerSecond = String(Math.round(taggerTokensPerSecond));
  result.dataset.mbPerSecond = mbPerSecond.toFixed(2);
  result.dataset.tokensPerSecond = String(Math.round(tokensPerSecond));
  result.textContent = `${mbPerSecond.toFixed(2)} MB/s`;
}

run().catch((error) => say(`failed: ${error.message}`));
