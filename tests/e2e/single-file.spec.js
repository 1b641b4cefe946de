// The single-file page (dist/article-annotator.html, built by scripts/build.sh): opened straight
// from disk and from a static host, it annotates, autosaves and exports with nothing fetched.
import { test, expect } from '@playwright/test';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SINGLE_FILE = fileURLToPath(new URL('../../dist/article-annotator.html', import.meta.url));
const FILE_URL = pathToFileURL(SINGLE_FILE).href;

test.beforeAll(() => {
  if (!existsSync(SINGLE_FILE)) throw new Error(`${SINGLE_FILE} is missing: run bash scripts/build.sh`);
});

/** Records dialogs, page errors, console errors (CSP violations among them) and every request
 * that is not the page itself, a Blob URL or a data URL. */
function watch(page, pageUrl) {
  const trouble = [];
  page.on('dialog', (dialog) => { trouble.push(`dialog: ${dialog.message()}`); dialog.dismiss(); });
  page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') trouble.push(`console: ${message.text()}`); });
  page.on('request', (request) => {
    const url = request.url();
    if (url !== pageUrl && !url.startsWith('blob:') && !url.startsWith('data:')) trouble.push(`request: ${url}`);
  });
  return trouble;
}

/** What a person checks first: the example annotated, dates resolved, a pasted quote attributed. */
async function expectWorkingPage(page) {
  await expect(page.locator('#status')).toContainText('annotated in');
  await expect(page.locator('#meta [data-field="date"] dd')).toHaveText('2025-03-06');
  await expect(page.locator('mark[data-label="DATE"]', { hasText: 'Wednesday' })).toHaveAttribute('title', /2025-03-05/);
  await expect(page.locator('mark[data-label="MONEY"]', { hasText: '€40 million' })).toBeVisible();
  await page.locator('#input').fill('Angela Merkel visited Lisbon on Friday. "We agree," she said.');
  await expect(page.locator('#article mark[data-label="PER"]', { hasText: 'Angela Merkel' })).toBeVisible();
  await expect(page.locator('#article mark[data-label="LOC"]', { hasText: 'Lisbon' })).toBeVisible();
  await expect(page.locator('#quotes .quote-speaker')).toHaveText('Angela Merkel');
}

test('the single file opened from disk annotates the example and pasted text', async ({ page }) => {
  expect(statSync(SINGLE_FILE).size).toBeGreaterThan(1_000_000); // the WebAssembly is inside
  const trouble = watch(page, FILE_URL);
  await page.goto(FILE_URL);
  await expectWorkingPage(page);
  // Export works without a server: our JSON downloads with the pasted text in it.
  await page.locator('#export-format').selectOption('json');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export').click()]);
  const exported = JSON.parse(await (await download.createReadStream()).toArray().then((parts) => Buffer.concat(parts).toString('utf8')));
  expect(exported.text).toBe('Angela Merkel visited Lisbon on Friday. "We agree," she said.');
  expect(trouble).toEqual([]);
});

test('the single file from disk keeps the draft across a reload', async ({ page }) => {
  await page.goto(FILE_URL);
  await expect(page.locator('#status')).toContainText('annotated in');
  await page.locator('#input').fill('The European Central Bank met in Frankfurt on Monday.');
  await expect(page.locator('#article mark[data-label="ORG"]', { hasText: 'European Central Bank' })).toBeVisible();
  await page.reload();
  await expect(page.locator('#input')).toHaveValue('The European Central Bank met in Frankfurt on Monday.');
  await expect(page.locator('#article mark[data-label="LOC"]', { hasText: 'Frankfurt' })).toBeVisible();
});

test('the single file works from a static host too', async ({ page, baseURL }) => {
  const url = new URL('dist/article-annotator.html', baseURL).href;
  const trouble = watch(page, url);
  await page.goto(url);
  await expectWorkingPage(page);
  expect(trouble).toEqual([]);
});

test('the single file opened from disk offers the JSON export instead of a link that opens nowhere', async ({ page }) => {
  await page.goto(FILE_URL);
  await expect(page.locator('#status')).toContainText('annotated in');
  await page.locator('#share').click();
  await expect(page.locator('#status')).toContainText('a link to it would open nowhere else');
  await expect(page.locator('#share-link')).toBeHidden();
  await expect(page.locator('#export-format')).toHaveValue('json');
});
