// Opens www/bench.html in Debian's Chromium and prints its figures: article-annotator, wink-nlp
// and compromise on the same text in one page, with the ratios. The text is about 1 MB of real
// news: the PolNeAR dev texts, then train texts, from ../shared (generated text when absent,
// said so in the output).
// Usage: node scripts/bench-browser.mjs   (after scripts/build.sh; serves the repo itself)
import { realNews } from './bench-input.mjs';
import { withPage } from './browser.mjs';

const text = realNews();
if (!text) console.log('note: ../shared is absent; the page benchmarks generated text instead of real news');
const path = text ? '/www/bench.html?input=/bench-input.txt' : '/www/bench.html';
await withPage(path, async (page) => {
  await page.waitForSelector('#result[data-mb-per-second], #log:has-text("failed:")', { timeout: 600_000 });
  console.log((await page.locator('#log').textContent()).trimEnd());
}, text ? { '/bench-input.txt': text } : {});
