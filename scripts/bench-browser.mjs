// Opens www/bench.html in Debian's Chromium and prints the browser benchmark figures.
// Usage: node scripts/bench-browser.mjs   (after scripts/build.sh; serves the repo itself)
import { withPage } from './browser.mjs';

await withPage('/www/bench.html', async (page) => {
  await page.waitForSelector('#result[data-mb-per-second]', { timeout: 120_000 });
  console.log(await page.locator('#log').textContent());
});
