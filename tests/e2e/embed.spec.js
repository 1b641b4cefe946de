// Embedding on someone else's site: the example host page under a strict CSP, in-place
// highlighting (CSS Custom Highlight API and the overlay fallback) and the custom element.
import { test, expect } from '@playwright/test';

const HOST = '/examples/host/index.html';

/** Records CSP violations, page errors and every request the page makes. */
async function watch(page) {
  const seen = { errors: [], requests: [] };
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') seen.errors.push(message.text()); });
  page.on('request', (request) => seen.requests.push(new URL(request.url())));
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return seen;
}

test('in place: highlights the host article and leaves its DOM byte-identical', async ({ page }) => {
  const seen = await watch(page);
  await page.goto(`${HOST}?manual`);
  await expect(page.locator('#wire mark').first()).toBeVisible();
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  const result = await page.evaluate(async () => {
    const { annotateElement } = await import('/www/article-annotator.js');
    const handle = await annotateElement(document.querySelector('#story'));
    // "<strong>European</strong> Union": one highlight across an element boundary.
    const ranges = [...CSS.highlights.values()].flatMap((highlight) => [...highlight]);
    const crossing = ranges.find((r) => r.toString() === 'European Union' && r.startContainer !== r.endContainer);
    const summary = {
      mode: handle.mode,
      highlights: [...CSS.highlights.keys()],
      texts: handle.entities.map((e) => `${e.label} ${e.text}`),
      crossing: Boolean(crossing),
      sheets: document.adoptedStyleSheets.length,
      html: document.documentElement.outerHTML,
    };
    handle.clear();
    summary.highlightsAfterClear = CSS.highlights.size;
    summary.sheetsAfterClear = document.adoptedStyleSheets.length;
    return summary;
  });
  expect(result.mode).toBe('highlight-api');
  expect(result.html).toBe(before);
  expect(result.highlights.length).toBeGreaterThan(1);
  expect(result.texts).toContain('PER Luís Montenegro');
  expect(result.texts).toContain('ORG European Union');
  expect(result.crossing).toBe(true);
  expect(result.highlightsAfterClear).toBe(0);
  expect(result.sheetsAfterClear).toBe(result.sheets - 1);
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(seen.errors).toEqual([]);
});

test('in place: a tooltip names what is under the pointer', async ({ page }) => {
  await page.goto(HOST);
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  const box = await page.locator('#story a').first().boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const tooltip = page.locator('article-annotator-tooltip [role="tooltip"]');
  await expect(tooltip).toHaveText(/Person \(PER\)/);
  await page.mouse.move(5, 5);
  await expect(page.locator('article-annotator-tooltip')).toHaveCount(0);
});

test('in place: falls back to an overlay without the Highlight API', async ({ page }) => {
  await page.addInitScript(() => { window.Highlight = undefined; });
  await page.goto(`${HOST}?manual`);
  const result = await page.evaluate(async () => {
    const { annotateElement } = await import('/www/article-annotator.js');
    const handle = await annotateElement(document.querySelector('#story'));
    const overlay = document.querySelector('article-annotator-overlay');
    const boxes = overlay?.shadowRoot.querySelectorAll('div').length ?? 0;
    handle.clear();
    return { mode: handle.mode, boxes, left: document.querySelectorAll('article-annotator-overlay').length };
  });
  expect(result.mode).toBe('overlay');
  expect(result.boxes).toBeGreaterThan(3);
  expect(result.left).toBe(0);
});

test('element: renders its content, src and text, with events', async ({ page }) => {
  const seen = await watch(page);
  await page.goto(HOST);
  // Own content, dark theme.
  await expect(page.locator('#wire mark[data-label="PER"]', { hasText: 'William Ruto' })).toBeVisible();
  const wireBackground = await page.locator('#wire').evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(wireBackground).toBe('rgb(22, 24, 27)');
  // src (same origin), labels="PER ORG", a colour set by the host through a custom property.
  const person = page.locator('#whos-who mark[data-label="PER"]').first();
  await expect(person).toBeVisible();
  expect(await person.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 236, 179)');
  await expect(page.locator('#whos-who mark[data-label="LOC"]')).toHaveCount(0);
  await expect(page.locator('#whos-who')).toContainText('Lisbon hosts fishing talks');
  // The host's `mark { background: red !important }` does not reach inside; ours does not leak out.
  expect(await person.evaluate((e) => getComputedStyle(e).backgroundColor)).not.toBe('rgb(200, 0, 0)');
  expect(await page.locator('aside > p > mark').evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(200, 0, 0)');
  // select: clicking a mention reports it.
  const selected = page.evaluate(() => new Promise((resolve) => {
    document.querySelector('#wire').addEventListener('select', (e) => resolve(e.detail.entity.text), { once: true });
  }));
  await page.locator('#wire mark[data-label="PER"]').click();
  expect(await selected).toBe('William Ruto');
  // The text property and the annotated event.
  const count = await page.evaluate(() => new Promise((resolve) => {
    const element = document.createElement('article-annotator');
    element.addEventListener('annotated', (e) => resolve(e.detail.document.entities.map((x) => x.text)), { once: true });
    element.text = 'Angela Merkel visited Paris.';
    document.body.append(element);
  }));
  expect(count).toEqual(['Angela Merkel', 'Paris']);
  expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
  expect(seen.errors).toEqual([]);
  // Only the site's own files are fetched.
  const origins = new Set(seen.requests.map((url) => url.origin));
  expect([...origins]).toEqual([new URL(page.url()).origin]);
  const paths = seen.requests.map((url) => url.pathname).filter((p) => !p.startsWith('/www/') && !p.startsWith('/examples/host/'));
  expect(paths).toEqual([]);
});

test('element: a src on another origin is refused with an error event', async ({ page }) => {
  await page.goto(`${HOST}?manual`);
  const message = await page.evaluate(() => new Promise((resolve) => {
    const element = document.createElement('article-annotator');
    element.addEventListener('error', (e) => resolve(e.detail.error.message), { once: true });
    element.setAttribute('src', 'https://elsewhere.example/story.txt');
    document.body.append(element);
  }));
  expect(message).toContain("must be on this site's origin");
});

test('importing the module adds no globals and defines nothing until asked', async ({ page }) => {
  await page.goto('/index.html');
  const result = await page.evaluate(async () => {
    const before = new Set(Object.getOwnPropertyNames(window));
    const module = await import('/www/article-annotator.js');
    const definedOnImport = Boolean(customElements.get('article-annotator'));
    module.defineArticleAnnotator();
    const added = Object.getOwnPropertyNames(window).filter((name) => !before.has(name));
    return { added, definedOnImport, defined: Boolean(customElements.get('article-annotator')), version: await module.version() };
  });
  expect(result.added).toEqual([]);
  expect(result.definedOnImport).toBe(false);
  expect(result.defined).toBe(true);
  expect(result.version).toMatch(/^\d+\.\d+\.\d+$/);
});

test('a 1 MB article given to the element is annotated in the worker, never on the host page', async ({ page }) => {
  const seen = await watch(page);
  // Count, on the host's main thread, the workers started and every WebAssembly module
  // instantiated: annotation there would instantiate ours.
  await page.addInitScript(() => {
    window.workersStarted = 0;
    window.mainThreadWasm = 0;
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(...args) {
        super(...args);
        window.workersStarted += 1;
      }
    };
    for (const name of ['instantiate', 'instantiateStreaming', 'compile', 'compileStreaming']) {
      const native = WebAssembly[name];
      WebAssembly[name] = (...args) => {
        window.mainThreadWasm += 1;
        return native.apply(WebAssembly, args);
      };
    }
    window.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longestTask = Math.max(window.longestTask, entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${HOST}?manual`);
  const result = await page.evaluate(async () => {
    const { defineArticleAnnotator } = await import('/www/article-annotator.js');
    defineArticleAnnotator();
    const element = document.createElement('article-annotator');
    const paragraph = 'Prime Minister Ana Ruiz met officials of the European Union in Lisbon on Thursday. '
      + '"We will stay," she said.\n\n';
    element.text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const annotated = new Promise((resolve) => element.addEventListener('annotated', resolve, { once: true }));
    document.body.append(element);
    await annotated;
    return {
      chars: element.text.length,
      entities: element.document.entities.length,
      marks: element.shadowRoot.querySelectorAll('mark').length,
      workers: window.workersStarted,
      mainThreadWasm: window.mainThreadWasm,
      longestTask: window.longestTask,
    };
  });
  console.log(`element, 1 MB: ${result.entities} entities; longest main-thread task ${result.longestTask.toFixed(0)} ms`);
  expect(result.chars).toBeGreaterThanOrEqual(1_000_000);
  expect(result.entities).toBeGreaterThan(20_000);
  expect(result.marks).toBeGreaterThan(0);
  expect(result.workers).toBe(1);
  expect(result.mainThreadWasm).toBe(0);
  expect(seen.errors).toEqual([]);
});

test('element: every label is readable in both themes, with or without the README’s host colours', async ({ page }) => {
  await page.goto(HOST);
  await expect(page.locator('#wire mark').first()).toBeVisible();
  const ratios = await page.evaluate(async () => {
    const { contrastRatio, LABELS } = await import('/www/label-styles.js');
    // The README's embed example: a light background for people, set by the host.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('.readme { --article-annotator-font: Georgia, serif; --article-annotator-per-background: #ffecb3; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const found = {};
    for (const theme of ['light', 'dark']) {
      for (const host of ['ours', 'readme']) {
        const box = document.createElement('article-annotator');
        box.setAttribute('theme', theme);
        if (host === 'readme') box.className = 'readme';
        box.textContent = 'Turkish President Recep Tayyip Erdoğan met Antony Blinken in Ankara on Thursday.';
        const annotated = new Promise((resolve) => box.addEventListener('annotated', resolve, { once: true }));
        document.body.append(box);
        await annotated;
        const view = box.shadowRoot.querySelector('[part="article"]');
        const probe = document.createElement('mark');
        view.append(probe);
        for (const label of Object.keys(LABELS)) {
          probe.dataset.label = label;
          const style = getComputedStyle(probe);
          found[`${label} ${theme} ${host}`] = contrastRatio(style.color, style.backgroundColor);
        }
        box.remove();
      }
    }
    return found;
  });
  expect(Object.keys(ratios).length).toBe(48);
  for (const [what, ratio] of Object.entries(ratios)) expect(ratio, what).toBeGreaterThanOrEqual(4.5);
});
