// Browser benchmark: annotate a generated 1 MB article in the worker; report MB/s.
import { createAnnotator } from './annotator-client.js';
import { generateArticle } from './generate.js';

const log = document.querySelector('#log');
const result = document.querySelector('#result');
const say = (line) => { log.textContent += `${line}\n`; };

async function run() {
  const text = generateArticle(1_000_000);
  const megabytes = new TextEncoder().encode(text).length / 1e6;
  const annotator = createAnnotator();
  const warm = await annotator.annotate(text, { tokens: true });
  const tokens = warm.document.tokens.length;
  say(`input: ${megabytes.toFixed(2)} MB, ${tokens} tokens, ${warm.document.entities.length} entities`);
  const times = [];
  for (let i = 0; i < 5; i++) {
    const { milliseconds } = await annotator.annotate(text);
    times.push(milliseconds);
    say(`run ${i + 1}: ${milliseconds.toFixed(0)} ms`);
  }
  times.sort((a, b) => a - b);
  const median = times[2];
  const mbPerSecond = megabytes / (median / 1000);
  const tokensPerSecond = tokens / (median / 1000);
  say(`median: ${median.toFixed(0)} ms → ${mbPerSecond.toFixed(2)} MB/s, ${Math.round(tokensPerSecond)} tokens/s (annotate in the worker, excluding transfer)`);
  result.dataset.mbPerSecond = mbPerSecond.toFixed(2);
  result.dataset.tokensPerSecond = String(Math.round(tokensPerSecond));
  result.textContent = `${mbPerSecond.toFixed(2)} MB/s`;
}

run().catch((error) => say(`failed: ${error.message}`));
