// Hostile markup pasted into the page or handed to the embeddable element never runs: no
// dialog, no page error, no request beyond the site's own files, no injected element.
import { test, expect } from '@playwright/test';

/** Script tags, event handlers, javascript: URLs, SVG and MathML payloads, CSS injection. */
const CORPUS = [
  '<script>alert("script")</script>',
  '<img src=x onerror=alert("img")>',
  '<svg onload=alert("svg")><script>alert("svg-script")</script></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert("math")>',
  '<a href="javascript:alert(\'href\')">Click President Erdoğan</a>',
  '<iframe src="javascript:alert(\'iframe\')"></iframe>',
  '<div style="background:url(https://evil.example/x.png)">Ankara</div>',
  '<style>@import url(https://evil.example/x.css); body { display: none }</style>',
  '"><script>alert("attr")</script>',
  '\u003cimg src=x onerror=alert("escaped")\u003e',
  '<details open ontoggle=alert("details")>',
  '<object data="data:text/html,<script>alert(\'object\')</script>"></object>',
  '{{constructor.constructor("alert(1)")()}}',
  '<link rel=stylesheet href=https://evil.example/x.css>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
];
const ARTICLE = `date 2024-12-13 (WIRE- Example)\n\nThe payloads follow.\n\n${CORPUS.map((p) => `Antony Blinken said ${p} in Ankara.`).join('\n\n')}\n`;

/** Fails on any dialog, page error, console error or request that is not the site's own. */
function watch(page) {
  const trouble = [];
  page.on('dialog', (dialog) => { trouble.push(`dialog: ${dialog.message()}`); dialog.dismiss(); });
  page.on('pageerror', (error) => trouble.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') trouble.push(`console: ${message.text()}`); });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' || url.pathname === '/x') trouble.push(`request: ${request.url()}`);
  });
  return trouble;
}

test('pasting the XSS corpus shows it as text', async ({ page }) => {
  const trouble = watch(page);
  await page.goto('/');
  await expect(page.locator('#status')).toContainText('annotated in');
  await page.locator('#input').fill(ARTICLE);
  await expect(page.locator('#article')).toContainText('<svg onload=alert("svg")>');
  await page.waitForTimeout(500);
  await expect(page.locator('#article :is(script, img, svg, math, iframe, a, style, object, details, link, meta, div)')).toHaveCount(0);
  // Every payload is on the page, character for character, as text.
  const shown = await page.locator('#article').textContent();
  for (const payload of CORPUS) expect(shown).toContain(payload);
  // The quotes and entity panels show it as text too.
  await expect(page.locator('#quotes :is(script, img, svg, iframe)')).toHaveCount(0);
  expect(trouble).toEqual([]);
});

test('the embeddable element shows the XSS corpus as text', async ({ page }) => {
  const trouble = watch(page);
  await page.goto('/examples/host/index.html');
  await expect(page.locator('#wire mark').first()).toBeVisible();
  const shown = await page.evaluate((article) => new Promise((resolve) => {
    const element = document.createElement('article-annotator');
    element.addEventListener('annotated', () => {
      const root = element.shadowRoot;
      resolve({ text: root.textContent, injected: root.querySelectorAll('script, img, svg, math, iframe, a, object, details, link, meta').length });
    }, { once: true });
    element.text = article;
    document.body.append(element);
  }), ARTICLE);
  expect(shown.injected).toBe(0);
  for (const payload of CORPUS) expect(shown.text).toContain(payload);
  await page.waitForTimeout(500);
  expect(trouble).toEqual([]);
});
