// Shared by the browser benchmarks: serves the repository on 127.0.0.1 (a free port) and opens
// one page of it in Debian's Chromium (never a downloaded browser).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url).pathname;
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.wasm': 'application/wasm' };

/**
 * Opens `path` (e.g. "/www/bench.html") and resolves to what `use(page)` resolves to. `served`
 * maps extra URL paths to texts served beside the repository (e.g. a benchmark's input).
 */
export async function withPage(path, use, served = {}) {
  const server = createServer(async (request, response) => {
    const urlPath = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (Object.hasOwn(served, urlPath)) {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(served[urlPath]);
      return;
    }
    const file = normalize(join(root, urlPath));
    try {
      const body = await readFile(file.endsWith('/') ? join(file, 'index.html') : file);
      response.writeHead(200, { 'content-type': types[extname(file) || '.html'] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  }).listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}${path}`);
    return await use(page);
  } finally {
    await browser.close();
    server.close();
  }
}
