// Opens www/bench.html in Debian's Chromium and prints its figures: article-annotator, wink-nlp
// and compromise on the same text in one page, with the ratios. The text is about 1 MB of real
// news: the PolNeAR dev texts, then train texts, from ../shared (generated text when absent,
// said so in the output).
// Usage: node scripts/bench-browser.mjs   (after scripts/build.sh; serves the repo itself)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withPage } from './browser.mjs';

const MEGABYTE = 1_000_000;
const shared = new URL('../../shared/data/polnear/', import.meta.url).pathname;

/** About 1 MB of PolNeAR texts (dev first), articles separated by a blank line; or null. */
function realNews() {
  const parts = [];
  let size = 0;
  for (const split of ['dev', 'train']) {
    const folder = join(shared, split, 'text');
    if (!existsSync(folder)) return null;
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.txt')).sort()) {
      if (size >= MEGABYTE) return parts.join('\n\n');
      const text = readFileSync(join(folder, name), 'utf8').trim();
      parts.push(text);
      size += Buffer.byteLength(text) + 2;
    }
  }
  return parts.join('\n\n');
}

const text = realNews();
if (!text) console.log('note: ../shared is absent; the page benchmarks generated text instead of real news');
const path = text ? '/www/bench.html?input=/bench-input.txt' : '/www/bench.html';
await withPage(path, async (page) => {
  await page.waitForSelector('#result[data-mb-per-second], #log:has-text("failed:")', { timeout: 600_000 });
  console.log((await page.locator('#log').textContent()).trimEnd());
}, text ? { '/bench-input.txt': text } : {});
