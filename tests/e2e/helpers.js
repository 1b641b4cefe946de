// What the page tests share: watching for errors, typing an article and waiting for its
// annotation, selecting words in the article as a mouse would, downloading an export.
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Collects any dialog, page error or console error, for a test to assert there were none. */
export function watchForTrouble(page) {
  const trouble = [];
  page.on('dialog', (dialog) => { trouble.push(`dialog: ${dialog.message()}`); dialog.dismiss(); });
  page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') trouble.push(`console: ${message.text()}`); });
  return trouble;
}

/** Puts `text` in the text box and waits until the article shows its annotation. */
export async function annotate(page, text) {
  await page.locator('#input').fill(text);
  await page.waitForFunction((t) => window.articleAnnotatorDocument?.text === t, text);
}

/** Selects the first occurrence of `words` in the article and lets go of the mouse there. */
export async function selectInArticle(page, words) {
  await page.locator('#article').focus();
  await page.evaluate((wanted) => {
    const article = document.querySelector('#article');
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(wanted);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        getSelection().removeAllRanges();
        getSelection().addRange(range);
        node.parentElement.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return;
      }
    }
    throw new Error(`${wanted} is not in the article`);
  }, words);
}

/** Exports in `format` with the page's Export button; resolves to the (last) file's name,
 * path and content. */
export async function exportAs(page, format) {
  await page.locator('#export-format').selectOption(format);
  const downloads = [];
  const listener = (download) => downloads.push(download);
  page.on('download', listener);
  await page.locator('#export').click();
  await expect.poll(() => downloads.length).toBe(format === 'brat' ? 2 : 1);
  page.off('download', listener);
  const last = downloads[downloads.length - 1];
  const path = await last.path();
  return { name: last.suggestedFilename(), path, content: readFileSync(path, 'utf8') };
}
