// Peak WebAssembly memory of the shipped module (www/pkg, built by scripts/build.sh) on a
// 10 MB article stays within ten times the article's size. Linear memory never shrinks, so its
// size after annotating is the peak. Each case runs in a worker thread of its own: a fresh
// WebAssembly instance, whose baseline (the loaded model) is counted too.
//
//   node --test tests/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';

const MEGABYTES = 10;

/** Runs `kind` ("wire", "generated", "model" or "options") in a fresh worker; resolves to its measurements. */
function measure(kind) {
  const worker = new Worker(new URL('./memory-worker.mjs', import.meta.url), { workerData: { kind, megabytes: MEGABYTES } });
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
}

for (const [kind, description] of [
  ['wire', 'a dense wire story repeated (non-ASCII names, 40 entities per KB)'],
  ['generated', 'generated news of varied sentences (the benchmark text)'],
]) {
  test(`peak WebAssembly memory on ${MEGABYTES} MB of ${description} is at most 10× the input`, async (t) => {
    const { inputBytes, baselineBytes, peakBytes, entities, seconds } = await measure(kind);
    const ratio = peakBytes / inputBytes;
    t.diagnostic(`${kind}: input ${(inputBytes / 1e6).toFixed(1)} MB, model loaded ${(baselineBytes / 1e6).toFixed(1)} MB, `
      + `peak ${(peakBytes / 1e6).toFixed(1)} MB = ${ratio.toFixed(2)}× the input; ${entities} entities in ${seconds.toFixed(1)} s`);
    assert.ok(entities > MEGABYTES * 10_000, `only ${entities} entities`);
    assert.ok(ratio <= 10, `peak memory is ${ratio.toFixed(2)}× the input`);
  });
}

test('the loaded model takes at most 8 MB of WebAssembly memory', async (t) => {
  const { moduleBytes, loadedBytes } = await measure('model');
  const model = loadedBytes - moduleBytes;
  t.diagnostic(`fresh instance ${(moduleBytes / 1e6).toFixed(1)} MB (code, data and stack), `
    + `model loaded ${(loadedBytes / 1e6).toFixed(1)} MB: the model takes ${(model / 1e6).toFixed(1)} MB`);
  assert.ok(model <= 8e6, `loading the model took ${(model / 1e6).toFixed(1)} MB`);
});

test('a thousand annotators with different options share one model: memory grows by at most 8 MB', async (t) => {
  const { annotators, baselineBytes, peakBytes } = await measure('options');
  const growth = peakBytes - baselineBytes;
  t.diagnostic(`${annotators} annotators: memory ${(baselineBytes / 1e6).toFixed(1)} MB after the first, `
    + `${(peakBytes / 1e6).toFixed(1)} MB after all (+${(growth / 1e6).toFixed(2)} MB)`);
  assert.equal(annotators, 1000);
  assert.ok(growth <= 8e6, `memory grew by ${(growth / 1e6).toFixed(1)} MB`);
});
