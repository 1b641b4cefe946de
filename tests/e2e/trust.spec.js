// The page a fact-checker can trust: corrections are never lost or half-kept, exports never
// break, and long articles are searchable. Each test does what a person did when the defect was
// found, and asserts on what they see and on the files they get.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { annotate, exportAs, selectInArticle, watchForTrouble } from './helpers.js';

const ARTICLE = 'Angela Merkel met officials of Northwind Robotics in Lisbon on Friday. '
  + 'Merkel said the Lisbon talks went well.';

test('the correction toolbar shows only for a selection, and a stray click breaks no export', async ({ page }) => {
  const trouble = watchForTrouble(page);
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  const toolbar = page.locator('#correct');
  await expect(toolbar).toBeHidden();
  await page.locator('#clear').click();
  await annotate(page, ARTICLE);
  await expect(toolbar).toBeHidden();
  // Even if a label button is pressed with nothing selected, nothing is corrected.
  const people = await page.locator('.legend-item[data-label="PER"] .legend-count').textContent();
  await page.evaluate(() => document.querySelector('#correct button[data-label="PER"]').click());
  await page.waitForTimeout(300);
  await expect(page.locator('.legend-item[data-label="PER"] .legend-count')).toHaveText(people);
  expect(await page.evaluate(() => window.articleAnnotatorDocument.entities.some((e) => e.origin === 'human'))).toBe(false);
  for (const format of ['json', 'csv', 'conll']) {
    const file = await exportAs(page, format);
    expect(file.content).toContain('Northwind');
  }
  await expect(page.locator('#status')).not.toContainText('Could not');
  expect(trouble).toEqual([]);
});

test('importing our JSON brings corrections back as corrections: they outlive an edit and a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  await annotate(page, ARTICLE);
  await selectInArticle(page, 'Northwind Robotics');
  await page.keyboard.press('2');
  await page.locator('#article mark', { hasText: /^Lisbon$/ }).first().focus();
  await page.keyboard.press('0');
  await expect(page.locator('#article mark', { hasText: /^Lisbon$/ })).toHaveCount(1);
  const exported = await exportAs(page, 'json');
  expect(JSON.parse(exported.content).corrections.map((c) => `${c.label} ${c.text}`)).toEqual(['ORG Northwind Robotics', 'null Lisbon']);
  await page.locator('#clear').click();
  await page.locator('#import').setInputFiles(exported.path);
  await expect(page.locator('#status')).toContainText('Imported');
  const northwind = page.locator('#article mark.corrected[data-label="ORG"]', { hasText: 'Northwind Robotics' });
  await expect(northwind).toHaveCount(1);
  // The round trip is exact: exporting again gives the same file.
  expect((await exportAs(page, 'json')).content).toBe(exported.content);
  // A keystroke re-annotates with the model: the corrections still apply.
  const edited = `${ARTICLE} She flew home.`;
  await annotate(page, edited);
  await expect(northwind).toHaveCount(1);
  await expect(page.locator('#article mark', { hasText: /^Lisbon$/ })).toHaveCount(1);
  await page.waitForTimeout(400);
  await page.reload();
  await page.waitForFunction((t) => window.articleAnnotatorDocument?.text === t, edited);
  await expect(northwind).toHaveCount(1);
  await expect(page.locator('#article mark', { hasText: /^Lisbon$/ })).toHaveCount(1);
});

test('the entity panel and legend count a person’s corrections', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  await annotate(page, ARTICLE);
  const row = (name) => page.locator('#entities .entity-item', { hasText: name });
  await expect(row('Lisbon')).toContainText('×2');
  // Remove both mentions of Lisbon: the place leaves the list.
  for (let left = 2; left > 0; left--) {
    await page.locator('#article mark', { hasText: /^Lisbon$/ }).first().focus();
    await page.keyboard.press('0');
    await expect(page.locator('#article mark', { hasText: /^Lisbon$/ })).toHaveCount(left - 1);
  }
  await expect(row('Lisbon')).toHaveCount(0);
  // Add a name the model missed: it is listed under its label, and counted.
  await selectInArticle(page, 'Northwind Robotics');
  await page.keyboard.press('2');
  await expect(page.locator('#entities .entity-group[data-label="ORG"] .entity-item', { hasText: 'Northwind Robotics' })).toContainText('×1');
  const orgs = await page.evaluate(() => window.articleAnnotatorDocument.entities.filter((e) => e.label === 'ORG').length);
  await expect(page.locator('.legend-item[data-label="ORG"] .legend-count')).toHaveText(String(orgs));
});

test('on a long article the filters search every name and quote, keep their text, and say when nothing matches', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  // 140 people, each quoted: more than the panels list at once.
  const people = Array.from({ length: 140 }, (_, i) => `Person${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}`);
  const text = people.map((name, i) => `"We will build ${i + 1} bridges," said Maria ${name}, a mayor.`).join('\n\n');
  await annotate(page, text);
  const last = `Maria ${people[people.length - 1]}`;
  await expect(page.locator('#entities .entity-item', { hasText: last })).toHaveCount(0);
  await page.locator('#entities .panel-search').fill(people[people.length - 1]);
  await expect(page.locator('#entities .entity-item')).toHaveCount(1);
  await expect(page.locator('#entities .entity-item')).toContainText(last);
  await page.locator('#quotes .panel-search').fill('140 bridges');
  await expect(page.locator('#quotes .quote-item')).toHaveCount(1);
  await expect(page.locator('#quotes .quote-item')).toContainText(last);
  // An edit re-annotates: the filters keep their text and their result.
  await annotate(page, `${text}\n\nThe end.`);
  await expect(page.locator('#entities .panel-search')).toHaveValue(people[people.length - 1]);
  await expect(page.locator('#entities .entity-item')).toHaveCount(1);
  await page.locator('#entities .panel-search').fill('Zanzibar');
  await expect(page.locator('#entities .no-match')).toHaveText('No entities match “Zanzibar”.');
});

test('New article and Load example can be undone, even after a reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  await annotate(page, ARTICLE);
  await selectInArticle(page, 'Northwind Robotics');
  await page.keyboard.press('2');
  const northwind = page.locator('#article mark.corrected[data-label="ORG"]', { hasText: 'Northwind Robotics' });
  await expect(northwind).toHaveCount(1);
  await page.locator('#clear').click();
  await expect(page.locator('#input')).toHaveValue('');
  await expect(page.locator('#status')).toContainText('Undo (Ctrl+Z) brings the previous article back');
  // Ctrl+Z right away, in the (now empty) text box, brings the article and its correction back.
  await page.keyboard.press('Control+z');
  await expect(page.locator('#input')).toHaveValue(ARTICLE);
  await expect(northwind).toHaveCount(1);
  await page.locator('#example').click();
  await expect(page.locator('#input')).not.toHaveValue(ARTICLE);
  await page.waitForTimeout(400);
  await page.reload();
  await expect(page.locator('#status')).toContainText('annotated in');
  await page.locator('#undo').click();
  await expect(page.locator('#input')).toHaveValue(ARTICLE);
  await expect(northwind).toHaveCount(1);
  await page.locator('#redo').click();
  await expect(page.locator('#input')).not.toHaveValue(ARTICLE);
});

test('two tabs keep two drafts, and recent drafts bring an earlier article back with its corrections', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/');
  await expect(first.locator('#status')).toContainText('annotated in');
  await annotate(first, ARTICLE);
  await selectInArticle(first, 'Northwind Robotics');
  await first.keyboard.press('2');
  await first.waitForTimeout(400);
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.locator('#status')).toContainText('annotated in');
  const other = 'Rishi Sunak visited Oslo on Monday.';
  await annotate(second, other);
  await second.waitForTimeout(400);
  // Each tab, reloaded, shows its own article: the last writer did not win.
  await first.reload();
  await expect(first.locator('#input')).toHaveValue(ARTICLE);
  await expect(first.locator('#article mark.corrected', { hasText: 'Northwind Robotics' })).toHaveCount(1);
  await second.reload();
  await expect(second.locator('#input')).toHaveValue(other);
  // The second tab goes back to the first tab's article from the recent list.
  await second.locator('#recent').focus();
  await expect(second.locator('#recent option', { hasText: 'Angela Merkel met officials' })).toHaveCount(1);
  const value = await second.locator('#recent option', { hasText: 'Angela Merkel met officials' }).getAttribute('value');
  await second.locator('#recent').selectOption(value);
  await expect(second.locator('#input')).toHaveValue(ARTICLE);
  await expect(second.locator('#article mark.corrected', { hasText: 'Northwind Robotics' })).toHaveCount(1);
  await expect(second.locator('#status')).toContainText('Opened “Angela Merkel met officials');
  await second.locator('#undo').click();
  await expect(second.locator('#input')).toHaveValue(other);
});

test('a drag that starts or ends inside a word labels whole words', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  await annotate(page, ARTICLE);
  await selectInArticle(page, 'rthwind Robot');
  await expect(page.locator('#correct .correct-what')).toHaveText('“Northwind Robotics”');
  await page.keyboard.press('2');
  await expect(page.locator('#article mark.corrected[data-label="ORG"]')).toHaveText('Northwind Robotics');
});

test('every export holds every entity, those of the header, byline and dateline too', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  await annotate(page, '2024-12-13 (WIRE- Harbour Times)\n\nBy Ines Lund\n\nOSLO, Dec 12 (Harbour Times) - Jonas Berg met officials of Statoil in Bergen.');
  const entities = await page.evaluate(() => window.articleAnnotatorDocument.entities.length);
  const conll = (await exportAs(page, 'conll')).content;
  expect(conll.split('\n').filter((line) => / B-/.test(line)).length).toBe(entities);
  expect((await exportAs(page, 'csv')).content.trim().split('\n').length).toBe(entities + 1);
  expect((await exportAs(page, 'brat')).content.split('\n').filter((line) => line.startsWith('T')).length).toBe(entities);
  expect(JSON.parse((await exportAs(page, 'spacy')).content).spans.length).toBe(entities);
});

test('the article date: read from the dateline, or set by the person, and relative dates follow it', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  // A wire dateline without a year: the latest such day up to today.
  await annotate(page, 'JOHANNESBURG, August 7 (Xinhua) -- South Africa’s president said on Wednesday that talks would resume.');
  await expect(page.locator('#meta [data-field="dateline"] dd')).toContainText('JOHANNESBURG');
  await expect(page.locator('#article-date')).toHaveValue(/^\d{4}-08-07$/);
  await expect(page.locator('#article-date-source')).toHaveText('from the dateline');
  // A 2016 story without a date: set it, and "Wednesday" is the Wednesday before it.
  const story = 'Officials met on Wednesday and will meet again next month.';
  await annotate(page, story);
  await expect(page.locator('#article-date-source')).toHaveText('today: the article names no date');
  await page.locator('#article-date').fill('2016-03-10');
  await expect(page.locator('#article-date-source')).toHaveText('set by you');
  await expect(page.locator('#article mark[data-label="DATE"]', { hasText: 'Wednesday' })).toHaveAttribute('title', /2016-03-09/);
  await expect(page.locator('#article mark[data-label="DATE"]', { hasText: 'next month' })).toHaveAttribute('title', /2016-04/);
  await expect(page.locator('#timeline .timeline-item.reference')).toContainText('article date (set by you)');
  // Kept with the draft; and the article's own date can be taken back.
  await page.waitForTimeout(400);
  await page.reload();
  await expect(page.locator('#article mark[data-label="DATE"]', { hasText: 'Wednesday' })).toHaveAttribute('title', /2016-03-09/);
  await page.locator('#article-date-reset').click();
  await expect(page.locator('#article-date-source')).toHaveText('today: the article names no date');
  await expect(page.locator('#article mark[data-label="DATE"]', { hasText: 'Wednesday' })).not.toHaveAttribute('title', /2016-03-09/);
});

test('from the keyboard: the article is the third Tab stop, words are selected with arrows, focus stays on what was corrected', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  await annotate(page, ARTICLE);
  // Fresh from a reload, as a person arrives: skip link, text box, article.
  await page.waitForTimeout(400);
  await page.reload();
  await page.waitForFunction((t) => window.articleAnnotatorDocument?.text === t, ARTICLE);
  const stops = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => document.activeElement.id || document.activeElement.className));
  }
  expect(stops).toEqual(['skip', 'input', 'article']);
  // → word by word to "Northwind", Shift+→ takes in "Robotics", 2 labels it an organisation.
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('#correct .correct-what')).toHaveText('“Northwind”');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(page.locator('#correct .correct-what')).toHaveText('“Northwind Robotics”');
  await page.keyboard.press('2');
  const northwind = page.locator('#article mark.corrected[data-label="ORG"]', { hasText: 'Northwind Robotics' });
  await expect(northwind).toBeFocused();
  // Relabelling a focused highlight keeps focus on it, and n goes on to the next one.
  await page.keyboard.press('1');
  await expect(page.locator('#article mark.corrected[data-label="PER"]', { hasText: 'Northwind Robotics' })).toBeFocused();
  await page.keyboard.press('n');
  await expect(page.locator('#article mark:focus')).toHaveText('Lisbon');
  // Removing it moves focus to the next highlight.
  await page.keyboard.press('0');
  await expect(page.locator('#article mark:focus')).toHaveText('Friday');
  // ← / Shift+← work backwards too.
  await page.keyboard.press('ArrowLeft');
  await expect(page.locator('#correct .correct-what')).toHaveText('“on”');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(page.locator('#correct .correct-what')).toHaveText('“Lisbon on”');
});

test('what a highlight is shows on focus and on a tap, not only on hover', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  await annotate(page, ARTICLE);
  await page.locator('#article').focus();
  await page.keyboard.press('n');
  await expect(page.locator('#tip')).toBeVisible();
  await expect(page.locator('#tip')).toContainText('Person');
  await expect(page.locator('#article mark:focus')).toHaveAttribute('aria-describedby', 'tip');
  await page.keyboard.press('Escape');
  await expect(page.locator('#tip')).toBeHidden();
  await page.locator('#article mark', { hasText: 'Friday' }).click();
  await expect(page.locator('#tip')).toContainText('Date');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the article comes first, the text box and panels follow, and a tap says what a highlight is', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('#status')).toContainText('annotated in');
    const top = async (selector) => page.locator(selector).evaluate((e) => e.getBoundingClientRect().top + scrollY);
    expect(await top('#article')).toBeLessThan(844);
    expect(await top('#input')).toBeGreaterThan(await top('#article'));
    expect(await top('#entities')).toBeGreaterThan(await top('#input'));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.locator('#article mark[data-label="PER"]').first().tap();
    await expect(page.locator('#tip')).toContainText('Person');
  });
});

test.describe('accessibility (axe-core)', () => {
  const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

  /** axe-core's violations on the page as it is now, as "rule: what (where)" lines. */
  async function violations(page) {
    // Evaluated through the browser's debugging protocol: the page's CSP does not apply.
    await page.evaluate(AXE);
    const found = await page.evaluate(async () => (await window.axe.run(document)).violations);
    return found.map((v) => `${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`).join('; ')})`);
  }

  for (const scheme of ['light', 'dark']) {
    test(`the page, with an article, corrections and panels, has no violations in ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await expect(page.locator('#status')).toContainText('annotated in');
      await selectInArticle(page, 'Luís Montenegro');
      await expect(page.locator('#correct')).toBeVisible();
      expect(await violations(page)).toEqual([]);
      await page.keyboard.press('1');
      await page.locator('#entities .panel-search').fill('zzz');
      await page.locator('#article').focus();
      await page.keyboard.press('n');
      await expect(page.locator('#tip')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test(`the host example and its elements have no violations in ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/examples/host/index.html');
      await expect(page.locator('#wire mark').first()).toBeVisible();
      await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
      expect(await violations(page)).toEqual([]);
    });
  }
});
