// The annotator page as a person uses it: paste, look at the highlights, toggle labels.
import { test, expect } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { exportAs, selectInArticle, watchForTrouble } from './helpers.js';

const SAMPLE = new URL('../../../shared/samples/seed-article.txt', import.meta.url);

async function paste(page, text) {
  const before = await page.locator('#status').textContent();
  await page.locator('#input').fill(text);
  await expect(page.locator('#status')).not.toHaveText(before ?? '');
  await expect(page.locator('#status')).toContainText('annotated in');
}

test('the first visit shows an annotated example', async ({ page }) => {
  const trouble = watchForTrouble(page);
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  await expect(page.locator('mark.entity').first()).toBeVisible();
  await expect(page.locator('#meta [data-field="date"] dd')).toHaveText('2025-03-06');
  await expect(page.locator('#article .title')).toHaveCount(1);
  await expect(page.locator('#article .boilerplate').first()).toBeVisible();
  expect(trouble).toEqual([]);
});

test('pasting the sample article shows its structure and highlights', async ({ page }) => {
  test.skip(!existsSync(SAMPLE), 'skipped: ../shared/samples/seed-article.txt is absent');
  const trouble = watchForTrouble(page);
  await page.goto('/');
  await paste(page, readFileSync(SAMPLE, 'utf8'));
  await expect(page.locator('#meta [data-field="date"] dd')).toHaveText('2024-12-13');
  await expect(page.locator('#meta [data-field="wire"] dd')).toHaveText('MENAFN');
  await expect(page.locator('#meta [data-field="publisher"] dd')).toHaveText('Khaama Press');
  await expect(page.locator('#article .paragraph')).toHaveCount(9);
  await expect(page.locator('#article .header')).toHaveCount(1);
  const boilerplate = page.locator('#article .boilerplate');
  await expect(boilerplate).toHaveCount(1);
  await expect(boilerplate).toContainText('ShareFacebook');
  await expect(boilerplate.locator('mark')).toHaveCount(0);
  await expect(page.locator('mark[data-label="LOC"]', { hasText: /^Ankara$/ })).toHaveCount(1);
  // The name written with a combining breve is highlighted whole.
  const names = await page.locator('mark', { hasText: 'Erdog' }).allTextContents();
  expect(names.length).toBeGreaterThan(0);
  for (const name of names) expect(name.endsWith('Erdog\u0306an')).toBe(true);
  // Paragraphs and boilerplate look different.
  const paragraphColour = await page.locator('#article .paragraph').first().evaluate((e) => getComputedStyle(e).color);
  const boilerplateColour = await boilerplate.evaluate((e) => getComputedStyle(e).color);
  expect(boilerplateColour).not.toEqual(paragraphColour);
  await page.screenshot({ path: 'test-results/sample-article.png', fullPage: true });
  expect(trouble).toEqual([]);
});

test('the legend toggles a label on and off', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('mark[data-label="PER"]').first()).toBeVisible();
  const person = page.locator('.legend-item[data-label="PER"]');
  await expect(person).toHaveAttribute('aria-pressed', 'true');
  const background = () => page.locator('mark[data-label="PER"]').first().evaluate((e) => getComputedStyle(e).backgroundColor);
  const shown = await background();
  await person.click();
  await expect(person).toHaveAttribute('aria-pressed', 'false');
  expect(await background()).toBe('rgba(0, 0, 0, 0)');
  await person.click();
  await expect(person).toHaveAttribute('aria-pressed', 'true');
  expect(await background()).toBe(shown);
});

test('pasted markup is shown as text and never runs', async ({ page }) => {
  const trouble = watchForTrouble(page);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  requests.length = 0;
  const payload = 'President Maria Lopez said <img src=x onerror=alert(1)> and <script>alert(2)</script> in Paris.';
  await paste(page, payload);
  await expect(page.locator('#article')).toContainText('<img src=x onerror=alert(1)>');
  await expect(page.locator('#article img, #article script')).toHaveCount(0);
  await page.waitForTimeout(300);
  expect(trouble).toEqual([]);
  expect(requests.filter((url) => !url.startsWith('http://127.0.0.1'))).toEqual([]);
  expect(requests.filter((url) => url.endsWith('/x'))).toEqual([]);
});

test('every control is reachable from the keyboard', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  const reached = new Set();
  // The page's controls, then the quote and entity panels, then the legend.
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    reached.add(await page.evaluate(() => document.activeElement?.id || document.activeElement?.dataset?.label || document.activeElement?.className));
  }
  for (const id of ['example', 'clear', 'input', 'PER', 'LOC']) expect(reached).toContain(id);
  // Space on a focused legend button toggles it.
  await page.locator('.legend-item[data-label="LOC"]').focus();
  await page.keyboard.press('Space');
  await expect(page.locator('.legend-item[data-label="LOC"]')).toHaveAttribute('aria-pressed', 'false');
});

test('dates show their normalised value and line up on a timeline', async ({ page }) => {
  test.skip(!existsSync(SAMPLE), 'skipped: ../shared/samples/seed-article.txt is absent');
  const trouble = watchForTrouble(page);
  await page.goto('/');
  await paste(page, readFileSync(SAMPLE, 'utf8'));
  const thursday = page.locator('mark[data-label="DATE"]', { hasText: 'Thursday, December 12' });
  await expect(thursday).toHaveCount(1);
  await expect(thursday).toHaveAttribute('title', /2024-12-12 · Thursday, 12 December 2024/);
  const timeline = page.locator('#timeline');
  await expect(timeline).toBeVisible();
  const rows = timeline.locator('li');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Thursday, 12 December 2024');
  await expect(rows.nth(1)).toContainText('article date (from the header)');
  await rows.nth(0).getByRole('button').click();
  await expect(thursday).toBeFocused();
  // A dateline without a year dates the article too, and says so.
  await paste(page, 'Ferry talks\n\nLISBON, March 3 - The harbour board met on Tuesday.');
  await expect(rows.filter({ hasText: 'article date' })).toContainText('3 March');
  await expect(rows.filter({ hasText: 'article date' })).toContainText('(from the dateline)');
  expect(trouble).toEqual([]);
});

test('the example shows dates, amounts and their legend entries', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  await expect(page.locator('mark[data-label="PERCENT"]', { hasText: '15 percent' })).toHaveAttribute('title', /15%/);
  await expect(page.locator('mark[data-label="MONEY"]', { hasText: '€40 million' })).toHaveAttribute('title', /40000000 EUR · €40,000,000\.00/);
  await expect(page.locator('mark[data-label="DURATION"]', { hasText: 'the next three years' })).toHaveAttribute('title', /P3Y · 3 years/);
  // The dateline's "March 5" is part of the dateline; Wednesday resolves against the header date.
  await expect(page.locator('mark[data-label="DATE"]', { hasText: 'Wednesday' })).toHaveAttribute('title', /2025-03-05/);
  const dateToggle = page.locator('#legend button[data-label="DATE"]');
  await expect(dateToggle.locator('.legend-count')).toHaveText('3');
  await dateToggle.click();
  await expect(dateToggle).toHaveAttribute('aria-pressed', 'false');
  const background = await page.locator('mark[data-label="DATE"]').first().evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(background).toBe('rgba(0, 0, 0, 0)');
});

test('who said what: quotes with speakers, entity clusters, linked mentions', async ({ page }) => {
  test.skip(!existsSync(SAMPLE), 'skipped: ../shared/samples/seed-article.txt is absent');
  const trouble = watchForTrouble(page);
  await page.goto('/');
  await paste(page, readFileSync(SAMPLE, 'utf8'));
  const quotes = page.locator('#quotes .quote-item');
  await expect(quotes).toHaveCount(12);
  await expect(quotes.nth(0).locator('.quote-speaker')).toHaveText('Antony Blinken');
  await expect(quotes.nth(4).locator('.quote-speaker')).toHaveText('Recep Tayyip Erdog\u0306an');
  // "both leaders agreed on …" is a position the two take, not a statement of one.
  await expect(quotes.nth(10).locator('.quote-kind')).toHaveText('position');
  await expect(quotes.nth(11).locator('.quote-speaker')).toHaveText('Unknown speaker');
  // Choosing a quote highlights it in the text.
  await quotes.nth(2).locator('.quote-link').click();
  expect(await page.evaluate(() => CSS.highlights.get('quote')?.size)).toBe(1);
  // The entity panel lists people by salience with their mention counts.
  const people = page.locator('#entities section[data-label="PER"] .entity-link');
  await expect(people.nth(0)).toContainText('Antony Blinken');
  await expect(people.nth(0).locator('.entity-count')).toHaveText('×5');
  await expect(people.nth(1)).toContainText('Recep Tayyip Erdog\u0306an');
  // Hovering a mention links every mention of the same person, and no one else.
  await page.locator('#article mark', { hasText: /^Blinken$/ }).first().hover();
  await expect(page.locator('#article mark.linked')).toHaveCount(5);
  await expect(page.locator('#article mark.linked', { hasText: 'Erdog' })).toHaveCount(0);
  // Focusing a row in the panel does the same.
  await page.mouse.move(0, 0);
  await people.nth(1).focus();
  await expect(page.locator('#article mark.linked')).toHaveCount(4);
  expect(trouble).toEqual([]);
});

test('unnamed speakers are shown by their own words, pronouns alone as unknown', async ({ page }) => {
  await page.goto('/');
  await paste(page, 'A spokesman for the port authority said the cranes would be replaced next year. '
    + '"We need them," they said.');
  const speakers = page.locator('#quotes .quote-speaker');
  await expect(speakers).toHaveText(['A spokesman for the port authority', 'Unknown speaker']);
  await expect(speakers.first()).toHaveClass(/unknown/);
  // "According to" and "In" read before their source, verbs after it.
  await paste(page, 'Harbour news\n\nThe ferry will run again by May, according to the port authority. '
    + 'In a Daily Courier poll last month, most islanders backed the bridge. Ines Lund said the vote was close.');
  await expect(page.locator('#quotes .quote-link').nth(0)).toContainText(/^According to the port authority/);
  await expect(page.locator('#quotes .quote-link').nth(1)).toContainText(/^In a Daily Courier poll last month/);
  await expect(page.locator('#quotes .quote-link').nth(2)).toContainText(/^Ines Lund said/);
  // A position taken is marked as such, apart from what was said.
  await paste(page, 'The dockers\' union endorsed Ines Lund for mayor. Ines Lund said the vote was close.');
  await expect(page.locator('#quotes .quote-kind')).toHaveText(['position', 'reported']);
});

test('places and groups are never shown as speakers, a country speaks for its government, and ``…\'\' quotes are quotes', async ({ page }) => {
  await page.goto('/');
  await paste(page, '"Prices will rise," Wall Street said on Monday. "We are ready," the Czech said. '
    + '"We agree," the Hungarian said. "We will retaliate," North Korea said.\n\n'
    + "``We are in,'' said Madeleine Albright. ``It is a great day.''");
  const speakers = page.locator('#quotes .quote-speaker');
  await expect(speakers).toHaveText(['Unknown speaker', 'Unknown speaker', 'Unknown speaker', 'North Korea',
    'Madeleine Albright']);
  await expect(speakers.first()).toHaveAttribute('title', 'Attributed through “Wall Street”');
  await expect(page.locator('#quotes .quote-text').nth(4)).toContainText("``We are in,''");
});

test('the text survives closing the page mid-edit, and New article starts afresh', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  await page.locator('#input').fill('');
  await page.locator('#input').pressSequentially('Angela Merkel visited Lisbon on Friday. "We agree," she said.');
  // Close without waiting for anything: the draft is saved as the page goes away.
  await page.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto('/');
  await expect(again.locator('#input')).toHaveValue('Angela Merkel visited Lisbon on Friday. "We agree," she said.');
  await expect(again.locator('#article mark[data-label="PER"]', { hasText: 'Angela Merkel' })).toBeVisible();
  await expect(again.locator('#quotes .quote-speaker')).toHaveText('Angela Merkel');
  await again.locator('#clear').click();
  await expect(again.locator('#input')).toHaveValue('');
  await again.reload();
  await expect(again.locator('#input')).toHaveValue('');
});

test('export in every format, and our JSON imports back with every annotation', async ({ page }) => {
  await page.goto('/');
  const text = '🇹🇷 President Recep Tayyip Erdog\u0306an met Antony Blinken in Ankara on Thursday. "We stay," he said.';
  await page.locator('#input').fill(text);
  await page.waitForFunction((t) => window.articleAnnotatorDocument?.text === t, text);
  const original = await page.evaluate(() => window.articleAnnotatorDocument);
  const saved = {};
  for (const format of ['json', 'webanno', 'brat', 'conll', 'spacy', 'csv']) saved[format] = await exportAs(page, format);
  expect(saved.brat.name).toBe('article.ann');
  expect(saved.brat.content).toContain('PER');
  expect(saved.conll.content).toContain('Antony B-PER\nBlinken I-PER\n');
  expect(JSON.parse(saved.spacy.content).spans.length).toBe(original.entities.length);
  expect(JSON.parse(saved.webanno.content).first.items.length).toBe(original.entities.length);
  expect(saved.csv.content.trim().split('\n').length).toBe(original.entities.length + 1);
  // Import the JSON into a fresh page: the same entities, quotes and offsets come back.
  await page.locator('#clear').click();
  await page.locator('#import').setInputFiles(saved.json.path);
  await expect(page.locator('#status')).toContainText(`${original.entities.length} entities, ${original.quotes.length} quotes`);
  const imported = await page.evaluate(() => window.articleAnnotatorDocument);
  expect(imported.text).toBe(original.text);
  expect(imported.entities).toEqual(original.entities);
  expect(imported.quotes).toEqual(original.quotes);
  await expect(page.locator('#input')).toHaveValue(original.text);
  await expect(page.locator('#article mark[data-label="PER"]').first()).toBeVisible();
});

test('review from the keyboard, filter the entity list, and every label colour meets WCAG AA in both themes', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  // n / p move between annotations.
  await page.locator('#article').focus();
  await page.keyboard.press('n');
  const first = await page.evaluate(() => document.activeElement.textContent);
  await page.keyboard.press('n');
  const second = await page.evaluate(() => document.activeElement.textContent);
  await page.keyboard.press('p');
  expect(await page.evaluate(() => document.activeElement.textContent)).toBe(first);
  expect(second).not.toBe(first);
  expect(await page.evaluate(() => document.activeElement.tagName)).toBe('MARK');
  // The search box filters the entity list, ignoring accents.
  await page.locator('#entities .panel-search').fill('luis');
  await expect(page.locator('#entities .entity-item:visible')).toHaveCount(1);
  await expect(page.locator('#entities .entity-item:visible')).toContainText('Luís Montenegro');
  await page.locator('#entities .panel-search').fill('');
  expect(await page.locator('#entities .entity-item:visible').count()).toBeGreaterThan(10);
  // Contrast of every label's text on its background, light and dark.
  const contrast = async () => page.evaluate(async () => {
    const { contrastRatio, LABELS } = await import('/www/label-styles.js');
    const probe = document.createElement('mark');
    probe.className = 'entity';
    document.querySelector('#article').append(probe);
    const ratios = {};
    for (const label of Object.keys(LABELS)) {
      probe.dataset.label = label;
      const style = getComputedStyle(probe);
      ratios[label] = contrastRatio(style.color, style.backgroundColor);
    }
    probe.remove();
    return ratios;
  });
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const ratios = await contrast();
    for (const [label, ratio] of Object.entries(ratios)) expect(ratio, `${label} in ${scheme}`).toBeGreaterThanOrEqual(4.5);
  }
});

test('a share link carries the text in its fragment, and a too-long article says so', async ({ context }) => {
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  const text = 'Antony Blinken met Recep Tayyip Erdog\u0306an in Ankara 🇹🇷 on Thursday. "We stay," he said.';
  await page.locator('#input').fill(text);
  await page.locator('#share').click();
  await expect(page.locator('#share-link')).toHaveValue(/#a=/);
  const link = await page.locator('#share-link').inputValue();
  expect(link).toMatch(/#a=[A-Za-z0-9_-]+$/);
  // The text never travels in a request: only in the fragment.
  expect(requests.some((url) => url.includes('Blinken'))).toBe(false);
  const other = await context.browser().newContext();
  const opened = await other.newPage();
  await opened.goto(link);
  await expect(opened.locator('#input')).toHaveValue(text);
  await expect(opened.locator('#article mark[data-label="PER"]').first()).toBeVisible();
  await other.close();
  // A long article is refused with a clear message.
  const long = Array.from({ length: 4000 }, (_, i) => `Paragraph ${i} ${Math.random().toString(36).slice(2)} ${Math.random().toString(36).slice(2)}.`).join('\n\n');
  // Set as a paste would (typing 200 KB into a textarea is slow in any browser).
  await page.locator('#input').evaluate((area, value) => {
    area.value = value;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, long);
  await page.waitForFunction((t) => window.articleAnnotatorDocument?.text === t, long);
  await page.locator('#share').click();
  await expect(page.locator('#status')).toContainText('too long for a link');
  await expect(page.locator('#share-link')).toBeHidden();
});

test('corrections: label a selection, remove and relabel from the keyboard, undo, redo, keep them across edits and reloads', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  const text = 'Angela Merkel met officials of Northwind Robotics in Lisbon on Friday.';
  await page.locator('#input').fill(text);
  await page.waitForFunction((t) => window.articleAnnotatorDocument?.text === t, text);
  // Select "Northwind Robotics" in the article (as a mouse would: focus leaves the text box)
  // and press 2 (ORG, second in the legend).
  await selectInArticle(page, 'Northwind Robotics');
  await expect(page.locator('#correct')).toBeVisible();
  await page.keyboard.press('2');
  const northwind = page.locator('#article mark.corrected[data-label="ORG"]', { hasText: 'Northwind Robotics' });
  await expect(northwind).toHaveCount(1);
  await expect(northwind).toHaveAttribute('title', /corrected by you/);
  // Focus "Lisbon" and press 0: no longer an entity. Then undo and redo.
  await page.locator('#article mark', { hasText: /^Lisbon$/ }).focus();
  await page.keyboard.press('0');
  await expect(page.locator('#article mark', { hasText: /^Lisbon$/ })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.locator('#article mark', { hasText: /^Lisbon$/ })).toHaveCount(1);
  await page.keyboard.press('Control+Shift+z');
  await expect(page.locator('#article mark', { hasText: /^Lisbon$/ })).toHaveCount(0);
  // Relabel with the toolbar: Angela Merkel as an organisation, then undo it.
  await page.locator('#article mark', { hasText: 'Angela Merkel' }).click();
  await page.locator('#correct button[data-label="ORG"]').click();
  await expect(page.locator('#article mark[data-label="ORG"]', { hasText: 'Angela Merkel' })).toHaveCount(1);
  await page.locator('#undo').click();
  await expect(page.locator('#article mark[data-label="PER"]', { hasText: 'Angela Merkel' })).toHaveCount(1);
  // Editing elsewhere re-annotates and keeps the corrections; so does a reload.
  const longer = `${text} She returned home on Sunday.`;
  await page.locator('#input').fill(longer);
  await page.waitForFunction((t) => window.articleAnnotatorDocument?.text === t, longer);
  await expect(northwind).toHaveCount(1);
  await expect(page.locator('#article mark', { hasText: /^Lisbon$/ })).toHaveCount(0);
  await page.waitForTimeout(400);
  await page.reload();
  await page.waitForFunction((t) => window.articleAnnotatorDocument?.text === t, longer);
  await expect(northwind).toHaveCount(1);
  const exported = await page.evaluate(() => window.articleAnnotatorDocument.entities.filter((e) => e.origin === 'human').map((e) => `${e.label} ${e.text}`));
  expect(exported).toEqual(['ORG Northwind Robotics']);
  // Exports tell a person's corrections from the model's output, with when they were made.
  await page.locator('#export-format').selectOption('csv');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export').click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toMatch(/^ORG,Northwind Robotics,\d+,\d+,,\d+,1\.000,human,\d{4}-\d\d-\d\dT[\d:.]+Z$/m);
  expect(csv).toMatch(/,model,$/m);
  // A share link carries the corrections too.
  await page.locator('#share').click();
  await expect(page.locator('#share-link')).toHaveValue(/#a=/);
  const link = await page.locator('#share-link').inputValue();
  const other = await page.context().browser().newContext();
  const opened = await other.newPage();
  await opened.goto(link);
  await opened.waitForFunction((t) => window.articleAnnotatorDocument?.text === t, longer);
  await expect(opened.locator('#article mark.corrected[data-label="ORG"]', { hasText: 'Northwind Robotics' })).toHaveCount(1);
  await expect(opened.locator('#article mark', { hasText: /^Lisbon$/ })).toHaveCount(0);
  await other.close();
});

test('a 1 MB paste renders in many slices: no task renders the whole article', async ({ page }) => {
  // The mechanism, not a timing (the figure is printed by `node scripts/bench-paste.mjs`): the
  // article's blocks arrive in many separate tasks, none of them adding more than a tenth.
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  const result = await page.evaluate(async () => {
    const { generateArticle } = await import('/www/generate.js');
    const text = generateArticle(1_000_000);
    const article = document.querySelector('#article');
    const batches = [];
    // A MutationObserver reports once per task: each report is what one task added.
    new MutationObserver((records) => {
      const added = records.reduce((sum, r) => sum + [...r.addedNodes].filter((n) => n.classList?.contains('block')).length, 0);
      if (added) batches.push(added);
    }).observe(article, { childList: true });
    const area = document.querySelector('#input');
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((resolve) => {
      const done = () => window.articleAnnotatorDocument?.text === text
        && document.querySelector('#entities .entity-item')
        && article.querySelectorAll('.block').length === window.articleAnnotatorDocument.blocks.length;
      const check = () => (done() ? resolve() : setTimeout(check, 200));
      check();
    });
    return { batches, blocks: article.querySelectorAll('.block').length };
  });
  expect(result.blocks).toBeGreaterThan(2000);
  expect(result.batches.reduce((a, b) => a + b, 0)).toBe(result.blocks);
  expect(result.batches.length).toBeGreaterThanOrEqual(10);
  expect(Math.max(...result.batches)).toBeLessThanOrEqual(result.blocks / 10);
});
