// How responsive the page stays while a 1 MB article is pasted, annotated and rendered: the
// longest main-thread task (Long Tasks API) over three pastes, printed with the block count.
// A figure, not a test: the Playwright suite checks the mechanism (rendering in many slices).
// Usage: node scripts/bench-paste.mjs   (after scripts/build.sh)
import { withPage } from './browser.mjs';

const RUNS = 3;

await withPage('/', async (page) => {
  await page.waitForFunction(() => window.articleAnnotatorDocument);
  const longest = [];
  for (let run = 1; run <= RUNS; run++) {
    const result = await page.evaluate(async (run) => {
      const { generateArticle } = await import('/www/generate.js');
      // A different article each run, so that no run is a no-op.
      const text = `Run ${run}.\n\n${generateArticle(1_000_000)}`;
      const tasks = [];
      const observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) tasks.push(entry.duration); });
      observer.observe({ type: 'longtask' });
      const area = document.querySelector('#input');
      const started = performance.now();
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((resolve) => {
        const done = () => window.articleAnnotatorDocument?.text === text
          && document.querySelectorAll('#article .block').length === window.articleAnnotatorDocument.blocks.length;
        const check = () => (done() ? resolve() : setTimeout(check, 100));
        check();
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      observer.disconnect();
      return { longest: Math.max(0, ...tasks), seconds: (performance.now() - started) / 1000, blocks: document.querySelectorAll('#article .block').length };
    }, run);
    longest.push(result.longest);
    console.log(`1 MB paste, run ${run}: longest main-thread task ${Math.round(result.longest)} ms; ${result.blocks} blocks shown in ${result.seconds.toFixed(1)} s`);
  }
  console.log(`1 MB paste: longest main-thread task over ${RUNS} runs ${Math.round(Math.max(...longest))} ms (median ${Math.round(longest.sort((a, b) => a - b)[1])} ms)`);
});
