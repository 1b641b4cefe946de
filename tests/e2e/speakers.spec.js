// Who said it, as a fact-checker sees it: the quote panel says how each speaker was found (named,
// or through a pronoun), and a person can give a quote to someone else: the choice is kept
// through edits, undo and reloads, and exported.
import { test, expect } from '@playwright/test';
import { annotate, exportAs, watchForTrouble } from './helpers.js';

const ARTICLE = 'Representative Maxine Porter pressed bank chief executive Timothy Sloan on Tuesday. '
  + 'He praised the bank\'s staff and said he planned to repay every customer.\n\n'
  + 'Porter was not persuaded. "We have heard this before," she said.';

/** The quote row whose cue is `cue`. */
const row = (page, cue) => page.locator('#quotes .quote-item').filter({ has: page.locator('.quote-cue', { hasText: cue }) });

test('the quote panel says when a speaker was found through a pronoun', async ({ page }) => {
  const trouble = watchForTrouble(page);
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  await annotate(page, ARTICLE);
  const praised = row(page, 'praised');
  await expect(praised.locator('.quote-speaker')).toHaveText('Timothy Sloan');
  await expect(praised.locator('.quote-via.pronoun')).toHaveText('“He” →');
  await expect(praised.locator('.quote-via')).toHaveAttribute('title', 'Found through the pronoun “He”');
  // "she said" after a quote: she is Maxine Porter, not the man named last.
  await expect(row(page, 'said').last().locator('.quote-speaker')).toHaveText('Maxine Porter');
  expect(trouble).toEqual([]);
});

test('a person gives a quote to another speaker: kept through an edit, undo and a reload, and exported', async ({ page }) => {
  const trouble = watchForTrouble(page);
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  await annotate(page, ARTICLE);
  const praised = row(page, 'praised');
  await praised.locator('button.quote-reassign').click();
  const chooser = praised.locator('select.quote-reassign');
  await expect(chooser).toBeFocused();
  const options = await chooser.locator('option').allTextContents();
  expect(options[0]).toBe('Unknown speaker');
  expect(options.slice(1).sort()).toEqual(['Maxine Porter', 'Timothy Sloan']);
  await chooser.selectOption('Maxine Porter');
  await expect(praised.locator('.quote-speaker')).toHaveText('Maxine Porter');
  await expect(praised.locator('.quote-via.person')).toHaveText('set by you');
  await expect(praised.locator('button.quote-reassign')).toBeFocused();
  // The other quotes keep their speakers.
  await expect(row(page, 'said').first().locator('.quote-speaker')).toHaveText('Timothy Sloan');

  const file = await exportAs(page, 'json');
  const exported = JSON.parse(file.content);
  expect(exported.corrections.map((c) => `${c.kind} ${c.speaker} ${c.text.slice(0, 8)}`)).toEqual(['speaker Maxine Porter the bank']);
  const quote = exported.quotes.find((q) => q.origin === 'human');
  expect(exported.clusters[quote.speaker].name).toBe('Maxine Porter');

  // An edit elsewhere re-annotates: the choice follows its quote.
  const edited = `The hearing ran late.\n\n${ARTICLE}`;
  await annotate(page, edited);
  await expect(row(page, 'praised').locator('.quote-speaker')).toHaveText('Maxine Porter');
  await page.waitForTimeout(400);
  await page.reload();
  await page.waitForFunction((t) => window.articleAnnotatorDocument?.text === t, edited);
  await expect(row(page, 'praised').locator('.quote-speaker')).toHaveText('Maxine Porter');

  // Unknown is a choice too; Undo brings the last choice back.
  await row(page, 'praised').locator('button.quote-reassign').click();
  await row(page, 'praised').locator('select.quote-reassign').selectOption('');
  await expect(row(page, 'praised').locator('.quote-speaker')).toHaveText('Unknown speaker');
  await page.locator('#undo').click();
  await expect(row(page, 'praised').locator('.quote-speaker')).toHaveText('Maxine Porter');

  // Importing the exported file brings the choice back as a correction.
  await page.locator('#clear').click();
  await page.locator('#import').setInputFiles(file.path);
  await expect(page.locator('#status')).toContainText('Imported');
  await expect(row(page, 'praised').locator('.quote-speaker')).toHaveText('Maxine Porter');
  await expect(row(page, 'praised').locator('.quote-via.person')).toHaveText('set by you');
  expect(trouble).toEqual([]);
});
