// The JavaScript API with strings Rust cannot hold as they are: lone surrogates become U+FFFD
// (one UTF-16 unit, like the surrogate), so every offset still selects the same text in the
// caller's own string.
import { test, expect } from '@playwright/test';

test('lone surrogates keep every offset in place', async ({ page }) => {
  await page.goto('/');
  const result = await page.evaluate(async () => {
    const { annotate } = await import('/www/article-annotator.js');
    const text = 'President Recep Tayyip Erdog\u0306an \uD800met Antony Blinken \uDC00in Ankara 🇹🇷 on Thursday. "We stay," \uD83D he said.';
    const doc = await annotate(text, { date: '2024-12-13' });
    return {
      length: [text.length, doc.text.length],
      mismatches: doc.entities.filter((e) => text.slice(e.start, e.end).replace(/[\uD800-\uDFFF]/g, '\uFFFD') !== e.text).length,
      entities: doc.entities.map((e) => text.slice(e.start, e.end)),
      quotes: doc.quotes.map((q) => text.slice(q.start, q.end)),
    };
  });
  expect(result.length[0]).toBe(result.length[1]);
  expect(result.mismatches).toBe(0);
  expect(result.entities).toEqual(expect.arrayContaining(['Recep Tayyip Erdog\u0306an', 'Antony Blinken', 'Ankara', 'Thursday']));
  expect(result.quotes).toEqual(['"We stay,"']);
});

test('the package exports and imports documents with UTF-16 offsets intact', async ({ page }) => {
  await page.goto('/');
  const result = await page.evaluate(async () => {
    const { annotate, exportDocument, importDocument } = await import('/www/article-annotator.js');
    const text = '👩‍👩‍👧 Antony Blinken met Recep Tayyip Erdog\u0306an in 東京 on Thursday.';
    const doc = await annotate(text, { date: '2024-12-13' });
    const back = await importDocument(await exportDocument(doc, 'json'));
    const spacy = JSON.parse(await exportDocument(doc, 'spacy'));
    const codePoints = [...text];
    let unknown = null;
    try { await exportDocument(doc, 'docx'); } catch (error) { unknown = error.message; }
    return {
      same: JSON.stringify(back.entities) === JSON.stringify(doc.entities),
      spacy: spacy.spans.map((s) => codePoints.slice(s.start, s.end).join('')),
      entities: doc.entities.map((e) => e.text),
      unknown,
    };
  });
  expect(result.same).toBe(true);
  expect(result.spacy).toEqual(result.entities);
  expect(result.unknown).toContain('unknown export format "docx"');
});
